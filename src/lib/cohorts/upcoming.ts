// Cohorts from content: the ones still to come for a course, soonest first.
import { getCollection, type CollectionEntry } from 'astro:content';
import { todayInLondon } from '#lib/dates.ts';

export type Cohort = CollectionEntry<'cohorts'>;

export async function upcomingCohorts(courseId: string, today = todayInLondon()): Promise<Cohort[]> {
  const cohorts = await getCollection('cohorts', (c) => c.data.course === courseId && c.data.end >= today);
  return cohorts.sort((a, b) => a.data.start.localeCompare(b.data.start));
}

/** "Online", or the site's name, or "Mixed: site and online" when sessions differ. */
export function placeSummary(cohort: Cohort): string {
  const names = [...new Set(cohort.data.sessions.map((s) => (s.place.kind === 'online' ? 'Online' : s.place.name)))];
  return names.length === 1 ? names[0]! : names.join(' and ');
}
