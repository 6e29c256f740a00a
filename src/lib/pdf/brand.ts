// The partnership's name and the NHS colours the PDFs are drawn in.
import { rgb } from 'pdf-lib';

export const partnership = 'Mind & Body Learning, an NHS academic health partnership';
export const nhsBlue = rgb(0, 94 / 255, 184 / 255);
export const textColour = rgb(33 / 255, 43 / 255, 50 / 255);
export const greyColour = rgb(76 / 255, 98 / 255, 114 / 255);
