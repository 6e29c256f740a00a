// The guideline library: guidelines sorted and filtered as the library page offers.
import { getCollection, type CollectionEntry } from 'astro:content';
import { reviewState, type ReviewState } from '#lib/content/review.ts';

export type Guideline = CollectionEntry<'guidelines'>;

export interface LibraryFilter {
  topic?: string;
  drug?: string;
  trust?: string;
  review?: ReviewState;
}

export function matchesFilter(g: Guideline, f: LibraryFilter, today?: string): boolean {
  return (
    (!f.topic || g.data.topic === f.topic) &&
    (!f.drug || g.data.drugs.some((d) => d.toLowerCase() === f.drug!.toLowerCase())) &&
    (!f.trust || (g.data.trusts as string[]).includes(f.trust)) &&
    (!f.review || reviewState(g.data.nextReview, today) === f.review)
  );
}

export async function allGuidelines(): Promise<Guideline[]> {
  return (await getCollection('guidelines')).sort((a, b) => a.data.title.localeCompare(b.data.title));
}

export const topicLabel = (topic: string) => topic.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
