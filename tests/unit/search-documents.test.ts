import { beforeAll, describe, expect, it } from 'vitest';
import { stripMarkdown } from '#lib/search/strip-markdown.ts';
import { splitSections } from '#lib/search/sections.ts';
import { parseWebVtt } from '#lib/webinars/webvtt.ts';
import { groupPassages } from '#lib/search/passages.ts';
import { buildDocuments } from '#lib/search/documents.ts';
import { documentsFromContent } from '#lib/search/load-index.ts';
import type { SearchDocument } from '#lib/search/types.ts';

describe('stripMarkdown', () => {
  it('keeps the words and drops the syntax', () => {
    const md = [
      'import Note from "./Note.astro";',
      '## Heading with **bold**',
      '- a *list* item with [a link](https://example.org) and `code`',
      '1. numbered &amp; escaped \\*star\\*',
      '> quoted <abbr title="x">HTML</abbr>',
      '| Test | Baseline |',
      '| --- | :---: |',
      '| Serum sodium (U&Es) | Before starting |',
      '---',
      '**P**ain and de**H**ydration',
    ].join('\n');
    expect(stripMarkdown(md).split('\n')).toEqual([
      'Heading with bold',
      'a list item with a link and code',
      'numbered & escaped *star*',
      'quoted HTML',
      'Test – Baseline',
      'Serum sodium (U&Es) – Before starting',
      'Pain and deHydration',
    ]);
  });

  it('keeps the text of code fences but not the fences', () => {
    expect(stripMarkdown('```js\nconst x = 1;\n```\nafter')).toBe('const x = 1;\nafter');
  });
});

describe('splitSections', () => {
  it('splits on ## headings and gives each the id Astro renders', () => {
    const sections = splitSections(
      'Opening text.\n\n## Indications\nUse it.\n### Interpreting the `QTc`\nDetail.\n## When to seek *advice*\nCall.',
    );
    expect(sections).toEqual([
      { body: 'Opening text.' },
      { heading: 'Indications', slug: 'indications', body: 'Use it.\n### Interpreting the `QTc`\nDetail.' },
      { heading: 'When to seek advice', slug: 'when-to-seek-advice', body: 'Call.' },
    ]);
  });

  it('numbers repeated headings across all levels as github-slugger does, and ignores headings in code', () => {
    const sections = splitSections('## Notes\n### Notes\n```\n## not a heading\n```\n## Notes\n## Drugs (risk of toxicity)');
    expect(sections.map((s) => s.slug)).toEqual(['notes', 'notes-2', 'drugs-risk-of-toxicity']);
  });
});

describe('WebVTT passages', () => {
  const vtt = `WEBVTT

NOTE a comment --> not a cue

intro
00:00:00.000 --> 00:00:12.500 align:start
<v Dr A>First &amp; foremost.

00:00:12.500 --> 00:00:25.000
<v Dr A>Second.

00:00:25.000 --> 00:00:33.200
<v Dr B><i>Third.</i>

00:00:33.200 --> 00:00:40.000
Fourth.

00:01:10.000 --> 00:01:20.000
Fifth, in chapter two.
`;

  it('reads cues with their times in seconds, their speaker and no tags', () => {
    expect(parseWebVtt(vtt).slice(0, 3)).toEqual([
      { start: 0, end: 12.5, text: 'First & foremost.', voice: 'Dr A' },
      { start: 12.5, end: 25, text: 'Second.', voice: 'Dr A' },
      { start: 25, end: 33.2, text: 'Third.', voice: 'Dr B' },
    ]);
  });

  it('groups cues into passages of 30 to 60 seconds that never cross a chapter', () => {
    const passages = groupPassages(parseWebVtt(vtt), [0, 60]);
    expect(passages.map(({ start, text, chapter }) => ({ start, text, chapter }))).toEqual([
      { start: 0, text: 'First & foremost. Second. Third.', chapter: 0 },
      { start: 33, text: 'Fourth.', chapter: 0 },
      { start: 70, text: 'Fifth, in chapter two.', chapter: 1 },
    ]);
  });

  it('starts a new passage rather than run past 60 seconds', () => {
    const cues = [
      { start: 0, end: 25, text: 'a' },
      { start: 25, end: 70, text: 'b' },
    ];
    expect(groupPassages(cues).map((p) => p.start)).toEqual([0, 25]);
  });
});

describe('documents from the real content', () => {
  let docs: SearchDocument[];
  beforeAll(async () => {
    docs = await documentsFromContent();
  });

  it('has one document per course, lesson and page, and several per guideline and webinar', () => {
    const count = (type: string) => docs.filter((d) => d.type === type).length;
    expect(count('course')).toBe(2);
    expect(count('lesson')).toBe(34);
    expect(count('page')).toBe(6);
    expect(count('guideline')).toBeGreaterThan(18 * 5);
    expect(count('webinar')).toBeGreaterThan(8 * 10);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });

  it('links each document to its page with the URLs the site uses', () => {
    const byId = new Map(docs.map((d) => [d.id, d]));
    expect(byId.get('course:mental-health-skills-5-day')?.url).toBe('/courses/mental-health-skills-5-day');
    expect(byId.get('lesson:mental-health-skills-5-day/day-1/diagnostic-overshadowing')?.url).toBe(
      '/courses/mental-health-skills-5-day/day-1/diagnostic-overshadowing',
    );
    expect(byId.get('page:imparts')?.url).toBe('/programme/imparts');
    expect(byId.get('webinar:haematology')?.url).toBe('/webinars/haematology');
    const section = byId.get('guideline:qtc-prolonging-drugs-and-ecg#baseline-and-ongoing-monitoring')!;
    expect(section).toMatchObject({
      title: 'QTc-prolonging psychotropics and ECG monitoring',
      section: 'Baseline and ongoing monitoring',
      topic: 'cardiac',
      url: '/guidelines/qtc-prolonging-drugs-and-ecg#baseline-and-ongoing-monitoring',
    });
    expect(section.keywords).toContain('haloperidol');
    expect(section.text).toContain('Interpreting the QTc');
  });

  it('gives each transcript passage its start in whole seconds, in the URL and the cue anchor', () => {
    const passage = docs.find((d) => d.id === 'webinar:cardiology-ecg-and-qtc@211')!;
    expect(passage).toMatchObject({
      type: 'webinar',
      start: 211,
      section: 'Measuring the QT: Bazett and Fridericia',
      topic: 'physical-health-for-psychiatry',
      url: '/webinars/cardiology-ecg-and-qtc?t=211#cue-211',
    });
    expect(passage.text).toMatch(/^The QT interval runs from the start of the QRS complex/);
    for (const d of docs.filter((d) => d.start !== undefined)) expect(d.url).toMatch(new RegExp(`\\?t=${d.start}#cue-${d.start}$`));
  });

  it('leaves no Markdown syntax in any text', () => {
    for (const d of docs) expect(d.text, d.id).not.toMatch(/\*\*|\]\(|^#{1,6} |^\s*\||<v /m);
  });

  it('gives members-only guidelines and webinars one document of their public summary, and nothing of their body', () => {
    const guideline = docs.filter((d) => d.url.startsWith('/guidelines/antipsychotics-and-diabetes'));
    expect(guideline).toHaveLength(1);
    expect(guideline[0]).toMatchObject({ membersOnly: true, url: '/guidelines/antipsychotics-and-diabetes' });
    expect(docs.filter((d) => d.url.startsWith('/webinars/lithium-in-acute-hospital-admissions'))).toHaveLength(1);
    expect(docs.find((d) => d.id === 'guideline:lithium-monitoring')?.membersOnly).toBeUndefined();
  });

  it('leaves out entries that fail their schema', () => {
    expect(
      buildDocuments([{ collection: 'courses', id: 'broken', file: 'courses/broken.mdx', data: { title: 'x' }, body: '', bodyLine: 1 }]),
    ).toEqual([]);
  });
});
