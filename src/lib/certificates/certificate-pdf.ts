// The certificate of completion as a one-page A4 landscape PDF, with a QR code of its verification link.
// Also home to the small text helpers the PDFs share (standard fonts print WinAnsi only).
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { london, longDate } from '../dates.ts';

export const partnership = 'Mind & Body Learning, an NHS academic health partnership';
export const nhsBlue = rgb(0, 94 / 255, 184 / 255);
export const textColour = rgb(33 / 255, 43 / 255, 50 / 255);
export const greyColour = rgb(76 / 255, 98 / 255, 114 / 255);

export interface CertificateInput {
  learnerName: string;
  courseTitle: string;
  certificateWording: string;
  cohortStart: string;
  cohortEnd: string;
  cpdHours: number;
  issuedAt: Date;
  code: string;
  verifyUrl: string;
}

const fallbacks: Record<string, string> = {
  'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ħ': 'h', 'Ħ': 'H', 'ı': 'i', 'ø': 'o', 'Ø': 'O',
  '\u2010': '-', '\u2011': '-', '\u2212': '-', '\u2032': "'", '\u2033': '"', '\u2192': '->', '≤': '<=', '≥': '>=',
};
const charsets = new WeakMap<PDFFont, Set<number>>();

/** Text the font can encode: whitespace runs become one space, accents the font lacks are dropped, anything else becomes "?". */
export function printable(text: string, font: PDFFont): string {
  let set = charsets.get(font);
  if (!set) charsets.set(font, (set = new Set(font.getCharacterSet())));
  const can = (s: string) => [...s].every((c) => set.has(c.codePointAt(0)!));
  let out = '';
  for (const ch of text.replace(/\s+/g, ' ')) {
    // "ễ" falls back to "ê", then "e": drop combining marks from the end, one at a time.
    const parts = [...ch.normalize('NFD')];
    const options = [ch, ...parts.map((_, i) => parts.slice(0, parts.length - i).join('').normalize('NFC')), fallbacks[ch] ?? ''];
    out += options.find((o) => o !== '' && can(o)) ?? '?';
  }
  return out;
}

/** Wraps text to lines no wider than `width`; a word too long for a line is broken between characters. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (let word of printable(text, font).split(' ').filter(Boolean)) {
    if (fits(line ? `${line} ${word}` : word)) { line = line ? `${line} ${word}` : word; continue; }
    if (line) lines.push(line);
    line = '';
    while (!fits(word)) {
      let cut = 1;
      while (cut < word.length && fits(word.slice(0, cut + 1))) cut++;
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    line = word;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** The largest size from `max` down to `min` at which the text fits in `maxLines`; at `min` extra lines are cut with "…". */
export function fitText(text: string, font: PDFFont, o: { max: number; min: number; width: number; maxLines: number }) {
  for (let size = o.max; size > o.min; size -= 1) {
    const lines = wrapText(text, font, size, o.width);
    if (lines.length <= o.maxLines) return { size, lines };
  }
  const lines = wrapText(text, font, o.min, o.width);
  if (lines.length > o.maxLines) {
    lines.length = o.maxLines;
    let last = lines[o.maxLines - 1]!;
    while (last && font.widthOfTextAtSize(`${last}…`, o.min) > o.width) last = last.slice(0, -1);
    lines[o.maxLines - 1] = `${last.trimEnd()}…`;
  }
  return { size: o.min, lines };
}

/** "11 to 15 January 2027", "28 January to 1 February 2027" or "29 December 2026 to 2 January 2027". */
export function cohortDateRange(start: string, end: string): string {
  if (start === end) return longDate(start);
  const [s, e] = [longDate(start).split(' '), longDate(end).split(' ')];
  if (s[2] !== e[2]) return `${s.join(' ')} to ${e.join(' ')}`;
  return s[1] === e[1] ? `${s[0]} to ${e.join(' ')}` : `${s[0]} ${s[1]} to ${e.join(' ')}`;
}

function centred(page: PDFPage, lines: string[], y: number, font: PDFFont, size: number, colour = textColour): number {
  for (const line of lines) {
    page.drawText(line, { x: (page.getWidth() - font.widthOfTextAtSize(line, size)) / 2, y, size, font, color: colour });
    y -= size * 1.3;
  }
  return y;
}

export async function certificatePdf(input: CertificateInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([841.89, 595.28]);
  const [regular, bold] = await Promise.all([pdf.embedFont(StandardFonts.Helvetica), pdf.embedFont(StandardFonts.HelveticaBold)]);
  const { width: W, height: H } = page.getSize();
  const issued = format(new TZDate(input.issuedAt, london), 'd MMMM yyyy');

  page.drawRectangle({ x: 20, y: 20, width: W - 40, height: H - 40, borderColor: nhsBlue, borderWidth: 4 });
  page.drawRectangle({ x: 28, y: 28, width: W - 56, height: H - 56, borderColor: nhsBlue, borderWidth: 0.75 });

  let y = centred(page, [printable(partnership, regular)], H - 72, regular, 13, nhsBlue) - 24;
  y = centred(page, ['Certificate of completion'], y, bold, 34, nhsBlue);
  page.drawLine({ start: { x: W / 2 - 60, y: y + 20 }, end: { x: W / 2 + 60, y: y + 20 }, thickness: 2, color: nhsBlue });
  y = centred(page, ['This is to certify that'], y - 10, regular, 14, greyColour) - 6;

  const content = W - 160;
  const name = fitText(input.learnerName, bold, { max: 30, min: 16, width: content, maxLines: 2 });
  y = centred(page, name.lines, y - name.size * 0.3, bold, name.size) - 4;
  const wording = fitText(input.certificateWording, regular, { max: 13, min: 9, width: content - 60, maxLines: 5 });
  y = centred(page, wording.lines, y - 2, regular, wording.size) - 14;
  const course = fitText(input.courseTitle, bold, { max: 18, min: 11, width: content, maxLines: 2 });
  y = centred(page, course.lines, y, bold, course.size, nhsBlue);
  centred(page, [printable(`${cohortDateRange(input.cohortStart, input.cohortEnd)}  ·  CPD hours: ${input.cpdHours}`, regular)], y - 4, regular, 13);

  // Footer: issue details on the left, the QR code of the verification link on the right.
  const qr = await pdf.embedPng(await QRCode.toBuffer(input.verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 300 }));
  const qrSize = 92;
  page.drawImage(qr, { x: W - 60 - qrSize, y: 58, width: qrSize, height: qrSize });
  page.drawText('Scan to verify', { x: W - 60 - qrSize / 2 - regular.widthOfTextAtSize('Scan to verify', 8) / 2, y: 46, size: 8, font: regular, color: greyColour });
  const footer = [`Issued ${issued}`, `Certificate code: ${input.code}`, ...wrapText(`Verify at ${input.verifyUrl}`, regular, 10, W - 140 - qrSize - 40)];
  let fy = 58 + 14 * Math.min(footer.length, 5);
  for (const line of footer.slice(0, 5)) {
    page.drawText(printable(line, regular), { x: 60, y: fy, size: 10, font: regular, color: textColour });
    fy -= 14;
  }

  pdf.setTitle(`Certificate of completion: ${input.courseTitle}`);
  pdf.setAuthor(partnership);
  pdf.setSubject(`${input.learnerName} completed ${input.courseTitle} (certificate ${input.code})`);
  pdf.setKeywords(['certificate', 'CPD', input.code]);
  pdf.setCreator('Mind & Body Learning');
  pdf.setProducer('Mind & Body Learning');
  pdf.setLanguage('en-GB');
  pdf.setCreationDate(input.issuedAt);
  pdf.setModificationDate(input.issuedAt);
  return pdf.save();
}
