// The CPD record as an A4 portrait PDF in Noto Sans (any script): person details, a table of activities (header
// repeated on each page), total hours.
import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { london } from '#lib/dates.ts';
import { greyColour, nhsBlue, partnership, textColour } from '#lib/pdf/brand.ts';
import { wrapText } from '#lib/pdf/text.ts';
import { embedTypefaces, type Typeface } from '#lib/pdf/typeface.ts';
import { cpdColumns, cpdRow, formatHours, orderEntries, totalHours, type CpdEntry, type CpdPerson } from './cpd-record.ts';

const [pageW, pageH] = [595.28, 841.89];
const margin = 40;
const bottom = 62; // above the footer
const widths = [54, 97, 34, 62, 134, 134]; // sums to the 515pt between the margins
const size = 8.5;
const lineH = size * 1.25;
const pad = 4;
const rule = rgb(216 / 255, 221 / 255, 224 / 255);
const zebra = rgb(240 / 255, 244 / 255, 245 / 255);

interface Ctx {
  pdf: PDFDocument;
  page: PDFPage;
  y: number;
  regular: Typeface;
  bold: Typeface;
}

function drawRow(ctx: Ctx, cells: string[][], from: number, count: number, style: 'header' | 'even' | 'odd') {
  const height = count * lineH + 2 * pad;
  const fill = style === 'header' ? nhsBlue : style === 'odd' ? zebra : undefined;
  if (fill) ctx.page.drawRectangle({ x: margin, y: ctx.y - height, width: pageW - 2 * margin, height, color: fill });
  let x = margin;
  cells.forEach((lines, c) => {
    lines.slice(from, from + count).forEach((line, i) => {
      (style === 'header' ? ctx.bold : ctx.regular).draw(ctx.page, line, {
        x: x + pad,
        y: ctx.y - pad - size * 0.8 - i * lineH,
        size,
        color: style === 'header' ? rgb(1, 1, 1) : textColour,
      });
    });
    x += widths[c]!;
  });
  ctx.y -= height;
  ctx.page.drawLine({ start: { x: margin, y: ctx.y }, end: { x: pageW - margin, y: ctx.y }, thickness: 0.5, color: rule });
}

function newPage(ctx: Ctx, header: string[][]) {
  ctx.page = ctx.pdf.addPage([pageW, pageH]);
  ctx.y = pageH - margin;
  drawRow(ctx, header, 0, Math.max(...header.map((h) => h.length)), 'header');
}

/** Draws one entry; a row too tall for the space left moves to a new page, and one taller than a whole page is split. */
function drawEntry(ctx: Ctx, cells: string[][], header: string[][], style: 'even' | 'odd') {
  const total = Math.max(...cells.map((c) => c.length));
  const pageLines = () => Math.floor((ctx.y - bottom - 2 * pad) / lineH);
  const fresh = Math.floor((pageH - margin - (Math.max(...header.map((h) => h.length)) * lineH + 2 * pad) - bottom - 2 * pad) / lineH);
  for (let from = 0; from < total;) {
    const left = total - from;
    if (pageLines() < 1 || (from === 0 && left > pageLines() && left <= fresh)) {
      newPage(ctx, header);
      continue;
    }
    const count = Math.min(left, pageLines());
    drawRow(ctx, cells, from, count, style);
    from += count;
    if (from < total) newPage(ctx, header);
  }
}

export async function cpdPdf(person: CpdPerson, entries: readonly CpdEntry[], generatedAt: Date): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const sorted = orderEntries(entries);
  const rows = sorted.length ? sorted.map(cpdRow) : [['', 'No CPD activities recorded yet.', '', '', '', '']];
  const { regular, bold } = await embedTypefaces(pdf, [
    person.fullName,
    person.profession ?? '',
    person.registrationBody ?? '',
    person.registrationNumber ?? '',
    ...rows.flat(),
  ]);
  const ctx: Ctx = { pdf, page: pdf.addPage([pageW, pageH]), y: pageH - margin, regular, bold };
  const text = (t: string, x: number, font: Typeface, s: number, color = textColour) =>
    font.draw(ctx.page, t, { x, y: ctx.y, size: s, color });
  const hours = totalHours(sorted);
  const participatory = totalHours(sorted.filter((e) => e.type === 'Participatory'));

  ctx.y -= 20;
  text('CPD record', margin, bold, 20, nhsBlue);
  ctx.y -= 16;
  text(partnership, margin, regular, 10, greyColour);
  const registration = [person.registrationBody, person.registrationNumber].filter(Boolean).join(' ') || 'Not given';
  for (const [label, value] of [
    ['Name', person.fullName],
    ['Profession', person.profession || 'Not given'],
    ['Registration', registration],
  ] as const) {
    ctx.y -= 16;
    text(`${label}:`, margin, bold, 10);
    wrapText(value, regular, 10, pageW - 2 * margin - 75).forEach((line, i) => {
      if (i) ctx.y -= 13;
      text(line, margin + 75, regular, 10);
    });
  }
  ctx.y -= 20;

  const header = cpdColumns.map((c, i) => wrapText(c, bold, size, widths[i]! - 2 * pad));
  drawRow(ctx, header, 0, Math.max(...header.map((h) => h.length)), 'header');
  rows.forEach((row, r) =>
    drawEntry(
      ctx,
      row.map((cell, i) => wrapText(cell, regular, size, widths[i]! - 2 * pad)),
      header,
      r % 2 ? 'odd' : 'even',
    ),
  );

  if (ctx.y - 30 < bottom) {
    ctx.page = pdf.addPage([pageW, pageH]);
    ctx.y = pageH - margin;
  }
  ctx.y -= 22;
  text(`Total hours: ${formatHours(hours)}`, margin, bold, 11);
  text(
    `(participatory ${formatHours(participatory)}, self-directed ${formatHours(hours - participatory)})`,
    margin + 12 + bold.widthOfTextAtSize(`Total hours: ${formatHours(hours)}`, 11),
    regular,
    10,
    greyColour,
  );

  const generated = format(new TZDate(generatedAt, london), 'd MMMM yyyy');
  const footer = `Generated by Mind & Body Learning on ${generated}. Keep this record for NMC or GPhC revalidation.`;
  const pages = pdf.getPages();
  pages.forEach((page, i) => {
    regular.draw(page, footer, { x: margin, y: 36, size: 8, color: greyColour });
    const label = `Page ${i + 1} of ${pages.length}`;
    regular.draw(page, label, { x: pageW - margin - regular.widthOfTextAtSize(label, 8), y: 36, size: 8, color: greyColour });
  });

  pdf.setTitle(`CPD record: ${person.fullName}`);
  pdf.setAuthor(partnership);
  pdf.setSubject('Continuing professional development record for NMC or GPhC revalidation');
  pdf.setCreator('Mind & Body Learning');
  pdf.setProducer('Mind & Body Learning');
  pdf.setLanguage('en-GB');
  pdf.setCreationDate(generatedAt);
  pdf.setModificationDate(generatedAt);
  return pdf.save();
}
