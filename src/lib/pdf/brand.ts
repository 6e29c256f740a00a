// The partnership's name and the NHS colours the PDFs are drawn in.
import { rgb } from 'pdf-lib';

export const partnership = 'Mind & Body Learning, an NHS academic health partnership';
export const nhsBlue = rgb(0, 94 / 255, 184 / 255);
export const textColour = rgb(33 / 255, 43 / 255, 50 / 255);
export const greyColour = rgb(76 / 255, 98 / 255, 114 / 255);

/** Who issues certificates, and the role (not a person) that signs them for the partnership. */
export const issuingOrganisation =
  "The Mind & Body programme of South London and Maudsley, King's College Hospital and Guy's and St Thomas' NHS foundation trusts";
export const signatoryRole = 'Education Lead, Mind & Body programme';
