// The certificate of completion as a one-page A4 landscape PDF in Noto Sans (names print in any script), with the
// issuing organisation, the signatory's role and a QR code of its verification link.
import { PDFDocument, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { cohortDateRange, london } from '#lib/dates.ts';
import { greyColour, issuingOrganisation, nhsBlue, partnership, signatoryRole, textColour } from '#lib/pdf/brand.ts';
import { fitText, wrapText } from '#lib/pdf/text.ts';
import { embedTypefaces, type Typeface } from '#lib/pdf/typeface.ts';

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

function centred(
  page: PDFPage,
  lines: string[],
  y: number,
  font: Typeface,
  size: number,
  colour = textColour,
  middle = page.getWidth() / 2,
): number {
  for (const line of lines) {
    font.draw(page, line, { x: middle - font.widthOfTextAtSize(line, size) / 2, y, size, color: colour });
    y -= size * 1.3;
  }
  return y;
}

export async function certificatePdf(input: CertificateInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([841.89, 595.28]);
  const { regular, bold } = await embedTypefaces(pdf, [input.learnerName, input.courseTitle, input.certificateWording, input.verifyUrl]);
  const { width: W, height: H } = page.getSize();
  const issued = format(new TZDate(input.issuedAt, london), 'd MMMM yyyy');

  page.drawRectangle({ x: 20, y: 20, width: W - 40, height: H - 40, borderColor: nhsBlue, borderWidth: 4 });
  page.drawRectangle({ x: 28, y: 28, width: W - 56, height: H - 56, borderColor: nhsBlue, borderWidth: 0.75 });

  let y = centred(page, [partnership], H - 72, regular, 13, nhsBlue) - 24;
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
  centred(page, [`${cohortDateRange(input.cohortStart, input.cohortEnd)}  ·  CPD hours: ${input.cpdHours}`], y - 4, regular, 13);

  // Footer: issue details on the left, the signatory in the middle, the QR code of the verification link on the right.
  const qr = await pdf.embedPng(await QRCode.toBuffer(input.verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 300 }));
  const qrSize = 92;
  page.drawImage(qr, { x: W - 60 - qrSize, y: 58, width: qrSize, height: qrSize });
  centred(page, ['Scan to verify'], 46, regular, 8, greyColour, W - 60 - qrSize / 2);
  const footerWidth = 250;
  const footer = [
    `Issued ${issued}`,
    `Certificate code: ${input.code}`,
    ...wrapText(`Verify at ${input.verifyUrl}`, regular, 9, footerWidth),
  ];
  let fy = 58 + 13 * Math.min(footer.length, 5);
  for (const line of footer.slice(0, 5)) {
    regular.draw(page, line, { x: 60, y: fy, size: 9, color: textColour });
    fy -= 13;
  }
  const middle = (60 + footerWidth + 20 + W - 60 - qrSize - 20) / 2;
  page.drawLine({ start: { x: middle - 110, y: 112 }, end: { x: middle + 110, y: 112 }, thickness: 0.75, color: greyColour });
  centred(page, [signatoryRole], 98, bold, 10, textColour, middle);
  centred(page, wrapText(`for ${issuingOrganisation}`, regular, 8, 220), 85, regular, 8, greyColour, middle);

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
