import { describe, expect, it } from 'vitest';
import { extractText, extractTextItems, getDocumentProxy, getMeta } from 'unpdf';
import { certificatePdf, type CertificateInput } from '#lib/certificates/certificate-pdf.ts';
import { cohortDateRange } from '#lib/dates.ts';

const input: CertificateInput = {
  learnerName: 'Priya Ramanathan-Clarke',
  courseTitle: 'Mental health skills for non-mental-health professionals',
  certificateWording:
    'has completed Mental health skills for non-mental-health professionals, a five-day course of the Mind & Body programme (30 hours of continuing professional development).',
  cohortStart: '2027-01-11',
  cohortEnd: '2027-01-15',
  cpdHours: 30,
  issuedAt: new Date('2027-01-20T10:15:00Z'),
  code: 'MBL-7Q4K-2J9X',
  verifyUrl: 'https://learning.example.nhs.uk/verify/MBL-7Q4K-2J9X',
};

async function read(bytes: Uint8Array) {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(doc, { mergePages: true });
  // Control characters are extraction noise: a contextual Arabic form maps back to U+0007 beside its letter.
  return { doc, totalPages, text: text.replace(/\s+/g, ' ').replace(/\p{Cc}/gu, '') };
}

describe('certificatePdf', { timeout: 30_000 }, () => {
  it('prints the learner, course, dates, CPD hours, code and verification link', async () => {
    const bytes = await certificatePdf(input);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const { totalPages, text } = await read(bytes);
    expect(totalPages).toBe(1);
    for (const expected of [
      'Certificate of completion',
      'Mind & Body Learning, an NHS academic health partnership',
      'Priya Ramanathan-Clarke',
      'Mental health skills for non-mental-health professionals',
      '11 to 15 January 2027',
      'CPD hours: 30',
      'Issued 20 January 2027',
      'Certificate code: MBL-7Q4K-2J9X',
      'Verify at https://learning.example.nhs.uk/verify/MBL-7Q4K-2J9X',
    ])
      expect(text).toContain(expected);
    expect(new TextDecoder('latin1').decode(bytes)).toMatch(/\/Subtype \/Image/);
  });

  it('sets the document metadata, dated at issue', async () => {
    const { doc } = await read(await certificatePdf(input));
    const { info } = await getMeta(doc, { parseDates: true });
    expect(info.Title).toBe('Certificate of completion: Mental health skills for non-mental-health professionals');
    expect(info.Author).toBe('Mind & Body Learning, an NHS academic health partnership');
    expect(info.Subject).toContain('MBL-7Q4K-2J9X');
    expect((info.CreationDate as Date).toISOString()).toBe('2027-01-20T10:15:00.000Z');
  });

  it('keeps a 120-character name and long wording on one page, inside its edges', async () => {
    const learnerName =
      'Alexandra Wilhelmina Montgomery-Fotheringham Ashworth-Beauchamp Featherstonehaugh Cholmondeley-Marjoribanks Llewellyn Ng';
    expect(learnerName).toHaveLength(120);
    const bytes = await certificatePdf({
      ...input,
      learnerName,
      certificateWording: input.certificateWording.repeat(4),
      verifyUrl: `${input.verifyUrl}?${'x'.repeat(150)}`,
    });
    const { doc, totalPages, text } = await read(bytes);
    expect(totalPages).toBe(1);
    expect(text).toContain('Alexandra Wilhelmina');
    expect(text).toContain('CPD hours: 30');
    const page = await doc.getPage(1);
    const [, , width, height] = page.view as [number, number, number, number];
    const { items } = await extractTextItems(doc);
    for (const item of items[0]!.filter((i) => i.str.trim())) {
      expect(item.x, item.str).toBeGreaterThanOrEqual(28);
      expect(item.x + item.width, item.str).toBeLessThanOrEqual(width - 28);
      expect(item.y, item.str).toBeGreaterThanOrEqual(28);
      expect(item.y, item.str).toBeLessThanOrEqual(height - 28);
    }
  });

  it('prints names in any script: Polish, Vietnamese, Arabic, Chinese and Devanagari', async () => {
    for (const learnerName of ['Łukasz Wróbel', 'Nguyễn Thị Minh Khai', 'محمد عبد الله', '王芳', 'Zoë 王芳 Łukasz']) {
      const { text } = await read(await certificatePdf({ ...input, learnerName }));
      expect(text).toContain(learnerName);
      expect(text).not.toContain('?');
    }
  });

  it('prints Devanagari shaped, in Noto Sans Devanagari', async () => {
    // Shaped conjuncts ("प्र", "र्म") are single glyphs that extract imperfectly, so check the letters that stand alone.
    const { text } = await read(await certificatePdf({ ...input, learnerName: 'प्रिया शर्मा' }));
    for (const letter of ['य', 'श', 'ा']) expect(text).toContain(letter);
    expect(text).not.toContain('?');
  });

  it('names the issuing organisation and the signatory role', async () => {
    const { text } = await read(await certificatePdf(input));
    expect(text).toContain('Education Lead, Mind & Body programme');
    expect(text).toContain(
      "for The Mind & Body programme of South London and Maudsley, King's College Hospital and Guy's and St Thomas' NHS foundation trusts",
    );
  });

  it('embeds only the glyphs it uses, so a certificate stays small in any script', async () => {
    for (const learnerName of ['Priya Ramanathan-Clarke', '王芳', 'محمد عبد الله', 'प्रिया शर्मा']) {
      const bytes = await certificatePdf({ ...input, learnerName });
      expect(bytes.length, learnerName).toBeLessThan(120_000);
    }
  });

  it('still prints "?" for what no font has (an emoji), instead of failing', async () => {
    const { text } = await read(await certificatePdf({ ...input, learnerName: 'Zoë 😀' }));
    expect(text).toContain('Zoë ?');
  });
});

describe('cohortDateRange', () => {
  it('writes UK date ranges', () => {
    expect(cohortDateRange('2027-01-11', '2027-01-15')).toBe('11 to 15 January 2027');
    expect(cohortDateRange('2027-01-28', '2027-02-01')).toBe('28 January to 1 February 2027');
    expect(cohortDateRange('2026-12-29', '2027-01-02')).toBe('29 December 2026 to 2 January 2027');
    expect(cohortDateRange('2027-03-04', '2027-03-04')).toBe('4 March 2027');
  });
});
