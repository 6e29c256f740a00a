import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { extractText, extractTextItems, getDocumentProxy } from 'unpdf';
import { cpdCsv } from '#lib/cpd/cpd-csv.ts';
import { cpdPdf } from '#lib/cpd/cpd-pdf.ts';
import { orderEntries, totalHours, ukDate, withLessonReflections, type CpdEntry, type CpdPerson } from '#lib/cpd/cpd-record.ts';

const course: CpdEntry = {
  date: '2027-01-15',
  activity: 'Mental health skills (five-day course)',
  hours: 30,
  type: 'Participatory',
  source: 'course',
  learned: 'How to open a conversation about low mood, and when to refer.',
  practiceChange: 'I now ask every patient about sleep and mood.',
};
const webinar: CpdEntry = {
  date: '2026-11-03',
  activity: 'Webinar: lithium monitoring',
  hours: 1.5,
  type: 'Self-directed',
  source: 'webinar',
  learned: 'Target "levels", and the signs of toxicity',
  practiceChange: 'Checked our ward protocol; café staff briefed – all good.',
};
const hostile: CpdEntry = {
  ...webinar,
  date: '2026-12-01',
  activity: '=HYPERLINK("https://evil.example","Click")',
  learned: '+SUM(A1:A2)',
  practiceChange: "@cmd|' /C calc'!A0",
};
const person: CpdPerson = {
  fullName: 'Siobhán O’Connor',
  profession: 'Registered nurse (adult)',
  registrationBody: 'NMC',
  registrationNumber: '12A3456E',
};
const generatedAt = new Date('2027-01-20T09:00:00Z');

/** CSV rows as a spreadsheet would read them (csv-parse, the sibling of csv-stringify). */
const parseCsv = (csv: string): string[][] => parse(csv, { bom: true });

describe('CPD record', () => {
  it('orders entries oldest first and totals hours', () => {
    expect(orderEntries([course, webinar]).map((e) => e.date)).toEqual(['2026-11-03', '2027-01-15']);
    expect(totalHours([course, webinar])).toBe(31.5);
    expect(
      totalHours([
        { ...webinar, hours: 0.1 },
        { ...webinar, hours: 0.2 },
      ]),
    ).toBe(0.3);
    expect(totalHours([])).toBe(0);
    expect(ukDate('2027-01-05')).toBe('05/01/2027');
    expect(() => ukDate('5/1/2027')).toThrow();
  });
});

describe('lesson reflections in the exports', () => {
  const reflections = [
    { courseId: 'mental-health-skills-5-day', title: 'Diagnostic overshadowing', reflection: 'I will look for a physical cause first.' },
    { courseId: 'mental-health-skills-5-day', title: 'Delirium', reflection: 'We screen with the 4AT.' },
    { courseId: 'mental-health-skills-3-week', title: 'Self-harm', reflection: 'Not this course.' },
  ];

  it('adds a course’s lesson reflections, with their lessons’ titles, to what the learner learned on it, and nothing to other entries', () => {
    const entries = [
      { ...course, sourceId: 'mental-health-skills-5-day' },
      { ...webinar, sourceId: 'mental-health-skills-5-day' },
    ];
    const [withCourse, withWebinar] = withLessonReflections(entries, reflections);
    expect(withCourse!.learned).toBe(
      `${course.learned}\n\nDiagnostic overshadowing: I will look for a physical cause first.\n\nDelirium: We screen with the 4AT.`,
    );
    expect(withWebinar).toBe(entries[1]);
    expect(parseCsv(cpdCsv([withCourse!]).slice(1))[1]![4]).toContain('Delirium: We screen with the 4AT.');
  });

  it('gives a course entry with no words of its own only the reflections', () => {
    const [entry] = withLessonReflections([{ ...course, learned: '', sourceId: 'mental-health-skills-3-week' }], reflections);
    expect(entry!.learned).toBe('Self-harm: Not this course.');
  });
});

describe('cpdCsv', () => {
  const csv = cpdCsv([course, webinar, hostile]);
  const rows = parseCsv(csv.slice(1));

  it('starts with a UTF-8 BOM and the header row', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe('Date,Activity,Hours,Type,What I learned,How it changed my practice');
  });

  it('writes one row per entry, oldest first, dates as DD/MM/YYYY', () => {
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['03/11/2026', '01/12/2026', '15/01/2027']);
    expect(rows[3]).toEqual(['15/01/2027', course.activity, '30', 'Participatory', course.learned, course.practiceChange]);
    expect(rows[1]![2]).toBe('1.5');
  });

  it('escapes quotes and commas and keeps non-ASCII text', () => {
    expect(csv).toContain('"Target ""levels"", and the signs of toxicity"');
    expect(rows[1]![4]).toBe(webinar.learned);
    expect(rows[1]![5]).toBe('Checked our ward protocol; café staff briefed – all good.');
  });

  it('neutralises spreadsheet formulas in learner text', () => {
    const row = rows[2]!;
    expect(row[1]).toBe(`'${hostile.activity}`);
    expect(row[4]).toBe(`'${hostile.learned}`);
    expect(row[5]).toBe(`'${hostile.practiceChange}`);
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(parseCsv(cpdCsv([{ ...webinar, learned: '-2+3', practiceChange: '\tTAB' }]).slice(1))[1]!.slice(4)).toEqual(["'-2+3", "'\tTAB"]);
  });
});

describe('cpdPdf', { timeout: 30_000 }, () => {
  async function read(bytes: Uint8Array) {
    const doc = await getDocumentProxy(new Uint8Array(bytes));
    const { totalPages, text } = await extractText(doc, { mergePages: true });
    return { doc, totalPages, text: text.replace(/\s+/g, ' ') };
  }

  it('prints the person, each entry and the total', async () => {
    const { totalPages, text } = await read(await cpdPdf(person, [course, webinar], generatedAt));
    expect(totalPages).toBe(1);
    for (const expected of [
      'CPD record',
      'Siobhán O’Connor',
      'Registered nurse (adult)',
      'NMC 12A3456E',
      'What I learned',
      '03/11/2026',
      '15/01/2027',
      'Webinar: lithium monitoring',
      'Participatory',
      'Self-directed',
      'Total hours: 31.5',
      'Generated by Mind & Body Learning on 20 January 2027. Keep this record for NMC or GPhC revalidation.',
    ])
      expect(text).toContain(expected);
  });

  it('prints names and reflections in Polish, Vietnamese, Arabic and Chinese', async () => {
    const writer = { ...person, fullName: 'Łukasz Nguyễn' };
    const reflective = { ...webinar, learned: 'Đánh giá nguy cơ; 王芳 explained it', practiceChange: 'أسأل عن النوم' };
    const { text } = await read(await cpdPdf(writer, [reflective], generatedAt));
    for (const expected of ['Łukasz Nguyễn', 'Đánh giá nguy cơ; 王芳 explained it']) expect(text).toContain(expected);
    // Extraction spaces small Arabic glyphs apart, so compare its letters without the spaces.
    expect(text.replace(/\s|\p{Cc}/gu, '')).toContain('أسألعنالنوم');
    expect(text).not.toContain('?');
  });

  it('spreads 60 entries over several pages, repeating the header, within the page', async () => {
    const many = Array.from({ length: 60 }, (_, i): CpdEntry => ({
      ...course,
      date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      activity: `Activity number ${i + 1}`,
      hours: 2,
      learned: `${'Something worth remembering. '.repeat(4)}(entry ${i + 1})`,
    }));
    const { doc, totalPages, text } = await read(await cpdPdf(person, many, generatedAt));
    expect(totalPages).toBeGreaterThanOrEqual(3);
    expect(text).toContain('Total hours: 120');
    for (let n = 1; n <= 60; n++) expect(text).toContain(`Activity number ${n}`);
    const { items } = await extractTextItems(doc);
    expect(items).toHaveLength(totalPages);
    for (const [p, pageItems] of items.entries()) {
      expect(
        pageItems.some((i) => i.str === 'How it changed my practice'),
        `header on page ${p + 1}`,
      ).toBe(true);
      expect(
        pageItems.some((i) => i.str.startsWith('Generated by Mind & Body Learning')),
        `footer on page ${p + 1}`,
      ).toBe(true);
      expect(pageItems.some((i) => i.str === `Page ${p + 1} of ${totalPages}`)).toBe(true);
      for (const item of pageItems.filter((i) => i.str.trim())) {
        expect(item.x + item.width, item.str).toBeLessThanOrEqual(595.28 - 39);
        const footer = item.str.startsWith('Generated by') || item.str.startsWith('Page ');
        expect(item.y, item.str).toBeGreaterThanOrEqual(footer ? 30 : 60);
      }
    }
  });

  it('splits a single entry taller than a page instead of losing text', async () => {
    const huge = { ...course, practiceChange: `${'A very long reflection. '.repeat(500)}THE END` };
    const { totalPages, text } = await read(await cpdPdf(person, [huge], generatedAt));
    expect(totalPages).toBeGreaterThanOrEqual(2);
    expect(text).toContain('THE END');
  });
});
