// A certificate code as someone may type or scan it: 16 letters and numbers, perhaps grouped with dashes or spaces.
import { z } from 'zod';

const message = 'A certificate code has 16 letters and numbers, like 7K4P-Q2XD-9HTR-W3NC';

/** Rejects what cannot be a code (control characters such as NUL, or far too long) before the database sees it. */
export const certificateCode = z
  .string()
  .min(1, { error: message })
  .max(64, { error: message })
  .regex(/^[^\p{Cc}]*$/u, { error: message });
