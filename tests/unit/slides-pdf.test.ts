import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { slidesPdf, type SlidesInput } from '#lib/webinars/slides-pdf.ts';

const input: SlidesInput = {
  title: 'Cardiology for psychiatry: ECGs and the QTc',
  speakers: [
    { name: 'Dr Sarah Whitfield', role: 'Consultant liaison psychiatrist' },
    { name: 'Dr James Okafor', role: 'Consultant cardiologist' },
  ],
  date: '2026-03-12',
  slides: [
    { title: 'Why the QTc matters', points: ['Long QT raises the risk of torsades de pointes', 'Many psychotropics lengthen it'] },
    { title: 'Measuring it', points: ['Use Fridericia’s formula at high heart rates', 'Measure by hand when the machine disagrees'] },
    { title: 'Questions', points: [] },
  ],
  status: 'sample',
};

async function read(bytes: Uint8Array) {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(doc, { mergePages: false });
  return { doc, totalPages, pages: text.map((t) => t.replace(/\s+/g, ' ')) };
}

describe('slidesPdf', () => {
  it('has a title page, then one page a slide, each numbered', async () => {
    const bytes = await slidesPdf(input);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const { doc, totalPages, pages } = await read(bytes);
    expect(totalPages).toBe(4);
    expect(pages[0]).toContain('Cardiology for psychiatry: ECGs and the QTc');
    expect(pages[0]).toContain('Dr Sarah Whitfield');
    expect(pages[0]).toContain('Consultant cardiologist');
    expect(pages[0]).toContain('Recorded 12 March 2026');
    expect(pages[1]).toContain('Why the QTc matters');
    expect(pages[1]).toContain('Long QT raises the risk of torsades de pointes');
    expect(pages[2]).toContain('Use Fridericia’s formula at high heart rates');
    expect(pages[3]).toContain('Questions');
    pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of 4`);
      expect(text).toContain('Sample content, pending clinical review');
    });
    const page = await doc.getPage(1);
    const [, , width, height] = page.view;
    expect(width).toBeGreaterThan(height);
    expect(Math.round(width!)).toBe(842);
  });

  it('leaves out the sample notice once approved', async () => {
    const { pages } = await read(await slidesPdf({ ...input, status: 'approved' }));
    for (const text of pages) expect(text).not.toContain('Sample content');
    expect(pages[1]).toContain('Page 2 of 4');
  });

  it('keeps a crowded slide on one page and inside its edges', async () => {
    const points = Array.from({ length: 14 }, (_, i) => `Point ${i + 1}: ${'a long explanation that wraps across the slide '.repeat(3)}`);
    const bytes = await slidesPdf({ ...input, slides: [{ title: 'Crowded '.repeat(20), points }, ...input.slides] });
    const { doc, totalPages, pages } = await read(bytes);
    expect(totalPages).toBe(5);
    expect(pages[1]).toContain('Point 1:');
    const page = await doc.getPage(2);
    const content = await page.getTextContent();
    const [, , width] = page.view;
    for (const item of content.items) {
      if (!('transform' in item)) continue;
      const [, , , , x, y] = item.transform as number[];
      expect(x).toBeGreaterThanOrEqual(40);
      expect(x + item.width).toBeLessThanOrEqual(width! - 40);
      expect(y).toBeGreaterThanOrEqual(20);
      // Nothing but the footer sits in the bottom 50 points.
      if (y < 50) expect(item.str).toMatch(/^(Sample content, pending clinical review|Page 2 of 5|\s*)$/);
    }
    expect(pages[1]).toContain('…');
  });

  it('sets the document title and author', async () => {
    const { doc } = await read(await slidesPdf(input));
    const { info } = await getMeta(doc);
    expect(info.Title).toBe('Slides: Cardiology for psychiatry: ECGs and the QTc');
    expect(info.Author).toBe('Dr Sarah Whitfield, Dr James Okafor');
  });
});
