// A webinar's slides as an A4 landscape PDF: a title page (title, speakers, date), then one page a slide, each with a
// footer of page numbers and, for sample content, "Sample content, pending clinical review".
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { longDate } from '#lib/dates.ts';
import { greyColour, nhsBlue, partnership, textColour } from '#lib/pdf/brand.ts';
import { fitText, printable, wrapText } from '#lib/pdf/text.ts';

export interface SlidesInput {
  title: string;
  speakers: { name: string; role: string }[];
  /** YYYY-MM-DD */
  date: string;
  slides: { title: string; points: string[] }[];
  /** The clinical review status: 'sample' adds the pending-review footer. */
  status: string;
}

const A4Landscape: [number, number] = [841.89, 595.28];
const margin = 56;
const footerY = 28;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

function drawLines(
  page: PDFPage,
  lines: string[],
  x: number,
  y: number,
  font: PDFFont,
  size: number,
  colour = textColour,
  leading = 1.3,
): number {
  for (const line of lines) {
    page.drawText(line, { x, y, size, font, color: colour });
    y -= size * leading;
  }
  return y;
}

function titlePage(page: PDFPage, input: SlidesInput, { regular, bold }: Fonts) {
  const width = page.getWidth() - 2 * margin;
  let y = page.getHeight() - margin - 12;
  y = drawLines(page, [printable(partnership, regular)], margin, y, regular, 13, nhsBlue) - 40;
  const title = fitText(input.title, bold, { max: 36, min: 20, width, maxLines: 3 });
  y = drawLines(page, title.lines, margin, y - title.size * 0.2, bold, title.size, nhsBlue, 1.2);
  page.drawRectangle({ x: margin, y: y + 4, width: 120, height: 4, color: nhsBlue });
  y = drawLines(page, [`Recorded ${longDate(input.date)}`], margin, y - 30, regular, 14) - 24;
  for (const s of input.speakers) {
    if (y < footerY + 70) break;
    y = drawLines(page, wrapText(s.name, bold, 16, width).slice(0, 1), margin, y, bold, 16);
    y = drawLines(page, wrapText(s.role, regular, 13, width).slice(0, 2), margin, y + 2, regular, 13, greyColour) - 10;
  }
}

/** The line shortened until "…" fits after it. */
function ellipsis(line: string, font: PDFFont, size: number, width: number): string {
  let cut = line;
  while (cut && font.widthOfTextAtSize(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** The largest size from 22 down to 12 at which every point fits; at 12 the last lines that do not fit are cut. */
function fitPoints(points: string[], font: PDFFont, width: number, height: number) {
  const layout = (size: number) => points.map((p) => wrapText(p, font, size, width));
  const heightOf = (size: number, wrapped: string[][]) => wrapped.reduce((h, lines) => h + lines.length * size * 1.3 + size * 0.6, 0);
  for (let size = 22; size > 12; size -= 1) {
    const wrapped = layout(size);
    if (heightOf(size, wrapped) <= height) return { size, wrapped };
  }
  const size = 12;
  const wrapped: string[][] = [];
  let used = 0;
  for (const lines of layout(size)) {
    const room = Math.floor((height - used) / (size * 1.3));
    if (room <= 0) break;
    wrapped.push(lines.length > room ? [...lines.slice(0, room - 1), ellipsis(lines[room - 1]!, font, size, width)] : lines);
    used += wrapped.at(-1)!.length * size * 1.3 + size * 0.6;
  }
  return { size, wrapped };
}

function slidePage(page: PDFPage, slide: SlidesInput['slides'][number], { regular, bold }: Fonts) {
  const width = page.getWidth() - 2 * margin;
  const title = fitText(slide.title, bold, { max: 30, min: 18, width, maxLines: 2 });
  let y = drawLines(page, title.lines, margin, page.getHeight() - margin - title.size, bold, title.size, nhsBlue, 1.2);
  page.drawRectangle({ x: margin, y: y + 6, width, height: 2, color: nhsBlue });
  y -= 24;
  const indent = 24;
  const { size, wrapped } = fitPoints(slide.points, regular, width - indent, y - footerY - 36);
  for (const lines of wrapped) {
    page.drawText('•', { x: margin + 4, y, size, font: regular, color: nhsBlue });
    y = drawLines(page, lines, margin + indent, y, regular, size) - size * 0.6;
  }
}

function footer(page: PDFPage, number: number, total: number, sample: boolean, { regular }: Fonts) {
  const size = 9;
  const pageText = `Page ${number} of ${total}`;
  page.drawLine({
    start: { x: margin, y: footerY + 14 },
    end: { x: page.getWidth() - margin, y: footerY + 14 },
    thickness: 0.5,
    color: greyColour,
  });
  if (sample) page.drawText('Sample content, pending clinical review', { x: margin, y: footerY, size, font: regular, color: greyColour });
  page.drawText(pageText, {
    x: page.getWidth() - margin - regular.widthOfTextAtSize(pageText, size),
    y: footerY,
    size,
    font: regular,
    color: greyColour,
  });
}

export async function slidesPdf(input: SlidesInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const [regular, bold] = await Promise.all([pdf.embedFont(StandardFonts.Helvetica), pdf.embedFont(StandardFonts.HelveticaBold)]);
  const fonts = { regular, bold };
  titlePage(pdf.addPage(A4Landscape), input, fonts);
  for (const slide of input.slides) slidePage(pdf.addPage(A4Landscape), slide, fonts);
  const pages = pdf.getPages();
  pages.forEach((page, i) => footer(page, i + 1, pages.length, input.status === 'sample', fonts));

  const made = new Date(`${input.date}T12:00:00Z`);
  pdf.setTitle(`Slides: ${input.title}`);
  pdf.setAuthor(input.speakers.map((s) => s.name).join(', ') || partnership);
  pdf.setSubject(`The slides of the webinar ${input.title}`);
  pdf.setCreator('Mind & Body Learning');
  pdf.setProducer('Mind & Body Learning');
  pdf.setLanguage('en-GB');
  if (!Number.isNaN(made.getTime())) {
    pdf.setCreationDate(made);
    pdf.setModificationDate(made);
  }
  return pdf.save();
}
