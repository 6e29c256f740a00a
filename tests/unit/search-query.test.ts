import { beforeAll, describe, expect, it } from 'vitest';
import { indexFromContent } from '#lib/search/load-index.ts';
import { pageOf } from '#lib/search/group.ts';
import { search } from '#lib/search/query.ts';
import type { SearchIndexData } from '#lib/search/types.ts';

let data: SearchIndexData;
beforeAll(async () => {
  data = await indexFromContent();
});

const top = (query: string, filters = {}) => search(data, query, filters).results;
const urls = (query: string, n = 3) =>
  top(query)
    .slice(0, n)
    .map((r) => r.url);

describe('top results for what staff type', () => {
  it.each([
    ['QTc', '/guidelines/qtc-prolonging-drugs-and-ecg#'],
    ['low sodium', '/guidelines/ssris-and-hyponatraemia'],
    ['raised prolactin', '/guidelines/hyperprolactinaemia'],
    ['white cell count clozapine', '/guidelines/clozapine-monitoring-and-neutropenia'],
    ['blood sugar antipsychotic', '/guidelines/antipsychotics-and-diabetes'],
    ['hyponatremia', '/guidelines/ssris-and-hyponatraemia'],
    ['hyperprolactinemia', '/guidelines/hyperprolactinaemia'],
    ['NMS', '/guidelines/neuroleptic-malignant-syndrome'],
    ['RT', '/guidelines/physical-health-monitoring-after-rapid-tranquillisation'],
    ['bowels clozapine', '/guidelines/clozapine-induced-constipation'],
    ['weight gain metformin', '/guidelines/antipsychotic-induced-weight-gain-and-metformin'],
    ['smoking olanzapine', '/guidelines/smoking-and-clozapine-olanzapine-levels'],
    ['valproate pregnancy', '/guidelines/valproate-in-women-and-girls'],
  ])('"%s" first finds %s', (query, url) => {
    expect(top(query)[0]?.url).toMatch(new RegExp(`^${url.replace(/[?#]/g, '\\$&')}`));
  });

  it('"QTc" leads to the section on monitoring and interpreting the QTc', () => {
    expect(top('QTc')[0]).toMatchObject({
      type: 'guideline',
      section: 'Baseline and ongoing monitoring',
      url: '/guidelines/qtc-prolonging-drugs-and-ecg#baseline-and-ongoing-monitoring',
    });
  });

  it('a phrase from a webinar transcript leads to that moment of the webinar', () => {
    const [first] = top('draw a tangent along the steepest part of its down slope');
    expect(first).toMatchObject({
      type: 'webinar',
      start: 211,
      url: '/webinars/cardiology-ecg-and-qtc?t=211#cue-211',
      section: 'Measuring the QT: Bazett and Fridericia',
    });
  });

  it('"delirium" finds the delirium lessons first', () => {
    const [a, b] = top('delirium');
    expect([a?.type, b?.type]).toEqual(['lesson', 'lesson']);
    expect(urls('delirium', 2)).toContain('/courses/mental-health-skills-5-day/day-2/delirium-and-the-4at');
  });

  it('finds a word still being typed', () => {
    expect(top('hypona')[0]?.url).toMatch(/^\/guidelines\/ssris-and-hyponatraemia/);
  });

  it('falls back to similar spellings when nothing matches, and says so', () => {
    const response = search(data, 'hyponatramia');
    expect(response.fuzzy).toBe(true);
    expect(response.results[0]?.url).toMatch(/^\/guidelines\/ssris-and-hyponatraemia/);
  });

  it('ranks reference lists below the guidance that names the same drug', () => {
    for (const drug of ['lithium', 'clozapine', 'olanzapine']) expect(urls(drug, 3).join(' ')).not.toContain('#key-references');
  });

  it('does not let one guideline fill the first results', () => {
    const pages = top('QTc')
      .slice(0, 5)
      .map((r) => r.url.replace(/[?#].*/, ''));
    expect(new Set(pages).size).toBe(5);
  });
});

describe('results grouped by guideline and webinar', () => {
  it('"clozapine neutropenia" shows the neutropenia guideline once, its best section first, then other guidelines and webinars', () => {
    const results = top('clozapine neutropenia');
    expect(results[0]).toMatchObject({
      type: 'guideline',
      url: expect.stringMatching(/^\/guidelines\/clozapine-monitoring-and-neutropenia/),
    });
    expect(results[0]!.more!.count).toBeGreaterThanOrEqual(3);
    expect(results[0]!.more!.links.length).toBe(3);
    expect(results[0]!.more!.links.every((l) => l.url.startsWith('/guidelines/clozapine-monitoring-and-neutropenia#') && l.section)).toBe(
      true,
    );
    const firstPage = results.slice(0, 10).map((r) => pageOf(r.url));
    expect(new Set(firstPage).size).toBe(firstPage.length);
    expect(results.slice(0, 10).filter((r) => r.type === 'guideline').length).toBeGreaterThanOrEqual(4);
    expect(results.some((r) => r.type === 'webinar')).toBe(true);
  });

  it.each(['clozapine neutropenia', 'low sodium', 'lithium level', 'qtc haloperidol', 'weight gain'])(
    '"%s" gives each guideline, webinar or page one result, fewer than 100',
    (query) => {
      const response = search(data, query, {}, 500);
      const pages = response.results.map((r) => pageOf(r.url));
      expect(new Set(pages).size).toBe(pages.length);
      expect(response.total).toBe(pages.length);
      expect(response.total).toBeLessThan(100);
    },
  );

  it('a webinar’s other matching moments are linked under its best one', () => {
    const webinar = top('QTc', { type: 'webinar' }).find((r) => r.more);
    expect(webinar?.more?.links[0]).toMatchObject({
      url: expect.stringMatching(/^\/webinars\/[a-z-]+\?t=\d+#cue-\d+$/),
      start: expect.any(Number),
    });
  });
});

describe('pages of results', () => {
  const question = 'what do I need to check on an ECG for QTc';
  const allPages = (query: string, filters = {}) => {
    const { total } = search(data, query, filters);
    return Array.from({ length: Math.ceil(total / 20) }, (_, i) => search(data, query, filters, 20, i + 1));
  };
  const passagesPerWebinar = (results: { url: string; start?: number }[]) => {
    const counts = new Map<string, number>();
    for (const r of results) if (r.start !== undefined) counts.set(pageOf(r.url), (counts.get(pageOf(r.url)) ?? 0) + 1);
    return Math.max(0, ...counts.values());
  };

  it('reach every result once, 20 at a time', () => {
    for (const query of [question, 'clozapine']) {
      const pages = allPages(query);
      const urls = pages.flatMap((p) => p.results.map((r) => r.url));
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.map((p) => p.page)).toEqual(pages.map((_, i) => i + 1));
      expect(pages.slice(0, -1).every((p) => p.results.length === 20)).toBe(true);
      expect(new Set(urls).size).toBe(urls.length);
      expect(urls.length).toBe(pages[0]!.total);
    }
  });

  it('show the last page for a page past the end', () => {
    const last = allPages('qtc').at(-1)!;
    expect(search(data, 'qtc', {}, 20, 999)).toEqual(last);
    expect(search(data, 'qtc', {}, 20, 0).page).toBe(1);
  });

  it('show one result for each webinar, its best passage, however many passages match', () => {
    const [first, ...rest] = allPages(question);
    expect(first!.results[0]).toMatchObject({
      type: 'guideline',
      url: '/guidelines/qtc-prolonging-drugs-and-ecg#baseline-and-ongoing-monitoring',
    });
    for (const page of [first!, ...rest]) expect(passagesPerWebinar(page.results)).toBeLessThanOrEqual(1);
    expect(first!.results.filter((r) => r.type === 'guideline').length).toBeGreaterThanOrEqual(5);
    expect(first!.results.filter((r) => r.type === 'webinar').length).toBeGreaterThanOrEqual(1);
  });
});

describe('snippets', () => {
  it('mark the words that matched, including synonyms and other spellings', () => {
    const [first] = top('low sodium');
    const marked = first!.snippet.filter((s) => s.match).map((s) => s.text.toLowerCase());
    expect(marked).toContain('sodium');
    expect(marked).toContain('hyponatraemia');
    expect(top('hyponatremia')[0]!.snippet.some((s) => s.match && s.text === 'hyponatraemia')).toBe(true);
  });

  it('are short plain-text segments', () => {
    for (const result of top('clozapine')) {
      const text = result.snippet.map((s) => s.text).join('');
      expect(text.length).toBeLessThan(240);
      expect(text).not.toMatch(/[<>]|\n/);
    }
  });

  it('come only from the public summary of members-only content', () => {
    const result = top('antipsychotics diabetes')[0]!;
    expect(result).toMatchObject({ membersOnly: true, url: '/guidelines/antipsychotics-and-diabetes' });
    expect(result.section).toBeUndefined();
  });
});

describe('filters', () => {
  it('keep only the chosen type', () => {
    const results = top('clozapine', { type: 'webinar' });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.type === 'webinar')).toBe(true);
  });

  it('keep only the chosen topic, and count what they hid', () => {
    const response = search(data, 'clozapine', { topic: 'gastrointestinal' });
    expect(response.results.length).toBeGreaterThan(0);
    expect(response.results.every((r) => r.topic === 'gastrointestinal' && r.topicLabel === 'Gastrointestinal')).toBe(true);
    expect(response.unfiltered).toBeGreaterThan(response.total);
  });

  it('topics of lessons are their course', () => {
    expect(top('delirium', { topic: 'mental-health-skills-3-week' })[0]?.url).toBe(
      '/courses/mental-health-skills-3-week/week-1/delirium-and-dementia',
    );
  });
});

describe('any input at all', () => {
  it.each([
    [''],
    ['   '],
    ['foo:'],
    ['~~~'],
    ['*'],
    ['title:qtc^10'],
    ['"unclosed'],
    ['+-'],
    ['qt*c'],
    ['\u0000\u001f'],
    ['the of and'],
    ['x'.repeat(500)],
    ['zqxwvutsrq'.repeat(20)],
    ['qwertyuiopasdfghjklz '.repeat(9)],
    ['clozapine '.repeat(50)],
    ['😀 émigré ß'],
    ['<script>alert(1)</script>'],
  ])('%j returns a response without throwing', (query) => {
    const response = search(data, query);
    expect(response.results.length).toBeLessThanOrEqual(20);
    expect(response.query.length).toBeLessThanOrEqual(200);
  });

  it('an empty query finds nothing (not everything)', () => {
    expect(search(data, '')).toMatchObject({ total: 0, results: [] });
    expect(search(data, 'the of and').total).toBe(0);
  });

  it('lunr query syntax is treated as words', () => {
    expect(top('qtc:')[0]?.url).toMatch(/^\/guidelines\/qtc-prolonging-drugs-and-ecg/);
    expect(top('~lithium~')[0]?.url).toMatch(/lithium/);
  });

  it('non-string input is searched as text', () => {
    expect(search(data, undefined).total).toBe(0);
    expect(search(data, 42).query).toBe('42');
  });
});
