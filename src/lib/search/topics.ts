// Labels for result types and topics, and the topic choices offered by the filter.
import type { DocumentType, SearchDocument, TopicFacet } from './types.ts';

export const typeLabels: Record<DocumentType, string> = {
  guideline: 'Guideline',
  webinar: 'Webinar',
  course: 'Course',
  lesson: 'Lesson',
  page: 'Programme page',
};

const seriesLabels: Record<string, string> = {
  'physical-health-for-psychiatry': 'Physical health for psychiatry',
  'pharmacy-network': 'Pharmacy network',
  imphs: 'IMPHS',
};

const humanise = (slug: string) => slug.charAt(0).toUpperCase() + slug.slice(1).replaceAll('-', ' ');

const groups = ['Guideline topics', 'Webinar series', 'Courses', 'Programme'];

/** Every topic the documents use, labelled and grouped for the filter: guideline topics, series, courses. */
export function topicFacets(documents: SearchDocument[]): TopicFacet[] {
  const courseLabels = new Map(documents.filter((d) => d.type === 'course').map((d) => [d.topic, d.topicLabel ?? d.title]));
  const facets = new Map<string, TopicFacet>();
  for (const doc of documents) {
    if (facets.has(doc.topic)) continue;
    const facet: TopicFacet =
      doc.type === 'guideline'
        ? { value: doc.topic, label: humanise(doc.topic), group: groups[0]! }
        : doc.type === 'webinar'
          ? { value: doc.topic, label: seriesLabels[doc.topic] ?? humanise(doc.topic), group: groups[1]! }
          : doc.type === 'page'
            ? { value: doc.topic, label: 'About the programme', group: groups[3]! }
            : { value: doc.topic, label: courseLabels.get(doc.topic) ?? humanise(doc.topic), group: groups[2]! };
    facets.set(doc.topic, facet);
  }
  return [...facets.values()].sort((a, b) => groups.indexOf(a.group) - groups.indexOf(b.group) || a.label.localeCompare(b.label));
}
