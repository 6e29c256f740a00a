// Text a person typed into a form, as the form schemas read it: a missing field (or a file) reads as empty, Windows
// line endings are made plain and the ends trimmed, and a NUL character, which Postgres cannot store, is refused.
import { z } from 'zod';

/** Characters as Postgres counts them (code points, not UTF-16 units). */
export const charCount = (text: string) => [...text].length;

const plain = (value: unknown) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '');

/** A typed field; `label` names it in the message about a NUL character ("Title", "Reason"). */
export const typedText = (label: string) =>
  z.preprocess(
    plain,
    z.string().refine((v) => !v.includes('\u0000'), `Remove the hidden NUL character from the ${label.toLowerCase()}`),
  );

/** What was typed into each field, trimmed, to show the form again with a person's answers after a problem. */
export function typedFields(form: FormData): Record<string, string> {
  return Object.fromEntries([...new Set(form.keys())].map((name) => [name, plain(form.get(name))]));
}
