import { describe, expect, it } from 'vitest';
import { buildIndex, fieldBoosts } from '#lib/search/build-index.ts';
import { search } from '#lib/search/query.ts';
import type { SearchDocument } from '#lib/search/types.ts';

const docs: SearchDocument[] = [
  {
    id: 'guideline:a#interactions',
    type: 'guideline',
    title: 'Lithium monitoring',
    section: 'Interactions',
    text: 'NSAIDs raise the level.',
    keywords: ['lithium'],
    topic: 'mood-stabilisers',
    url: '/guidelines/a#interactions',
  },
  {
    id: 'guideline:b',
    type: 'guideline',
    title: 'Clozapine and smoking',
    text: 'Stopping smoking raises clozapine levels; interactions matter.',
    topic: 'smoking',
    url: '/guidelines/b',
    membersOnly: true,
  },
  {
    id: 'webinar:w@95',
    type: 'webinar',
    title: 'Kidneys',
    section: 'Lithium',
    text: 'We talk about interactions with lithium.',
    topic: 'pharmacy-network',
    url: '/webinars/w?t=95#cue-95',
    start: 95,
  },
  {
    id: 'course:c',
    type: 'course',
    title: 'Mental health skills',
    text: 'A course.',
    topic: 'c',
    topicLabel: '5-day course',
    url: '/courses/c',
  },
  { id: 'lesson:c/d/e', type: 'lesson', title: 'Interactions on the ward', text: 'A lesson.', topic: 'c', url: '/courses/c/d/e' },
];

describe('buildIndex', () => {
  it('is pure: the same documents give the same JSON', () => {
    expect(JSON.stringify(buildIndex(docs))).toBe(JSON.stringify(buildIndex(docs)));
  });

  it('survives a JSON round trip, as the browser loads it', () => {
    const data = JSON.parse(JSON.stringify(buildIndex(docs)));
    expect(search(data, 'cigarettes').results.map((r) => r.url)).toEqual(['/guidelines/b']);
  });

  it('ranks a title match over a section match over a keyword match over the text', () => {
    expect(fieldBoosts.title).toBeGreaterThan(fieldBoosts.section);
    expect(fieldBoosts.section).toBeGreaterThan(fieldBoosts.keywords);
    expect(fieldBoosts.keywords).toBeGreaterThan(fieldBoosts.text);
    const one = (id: string, fields: Partial<SearchDocument>): SearchDocument => ({
      id,
      type: 'guideline',
      title: 'Alpha beta',
      section: 'Gamma delta',
      keywords: ['epsilon'],
      text: 'Eta theta iota kappa.',
      topic: 't',
      url: `/${id}`,
      ...fields,
    });
    const ranked = search(
      buildIndex([
        one('in-text', { text: 'Eta theta iota zeta.' }),
        one('in-keywords', { keywords: ['zeta'] }),
        one('in-section', { section: 'Gamma zeta' }),
        one('in-title', { title: 'Alpha zeta' }),
      ]),
      'zeta',
    ).results.map((r) => r.url);
    expect(ranked).toEqual(['/in-title', '/in-section', '/in-keywords', '/in-text']);
  });

  it('stores what results show, marking members-only documents', () => {
    const data = buildIndex(docs);
    expect(data.docs[1]).toEqual({
      type: 'guideline',
      title: 'Clozapine and smoking',
      topic: 'smoking',
      url: '/guidelines/b',
      text: 'Stopping smoking raises clozapine levels; interactions matter.',
      membersOnly: true,
    });
    expect(data.docs[2]).toMatchObject({ section: 'Lithium', start: 95 });
  });

  it('offers each topic once, labelled and grouped', () => {
    expect(buildIndex(docs).topics).toEqual([
      { value: 'mood-stabilisers', label: 'Mood stabilisers', group: 'Guideline topics' },
      { value: 'smoking', label: 'Smoking', group: 'Guideline topics' },
      { value: 'pharmacy-network', label: 'Pharmacy network', group: 'Webinar series' },
      { value: 'c', label: '5-day course', group: 'Courses' },
    ]);
  });
});
