// Text typed into a form field, as a zod schema: trimmed, and refused when it holds control characters (a NUL cannot
// be stored, and no keyboard types the others), with a message naming the field.
import { z } from 'zod';

const controlCharacters = /^(?:[\t\n\r]|\P{Cc})*$/u;

/** `missing` is the message when the field is not in the form at all (or is posted twice); `label` names it. */
export const formText = (missing: string, label: string) =>
  z.string({ error: missing }).trim().regex(controlCharacters, `${label} must not include control characters`);
