import { z } from 'astro/zod';

/**
 * ISO calendar date, e.g. 2026-11-23. Kept as a string so it never shifts across time zones; YAML parsers that turn
 * unquoted dates into Date objects are brought back to the string.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'expected a date written as YYYY-MM-DD' }),
);

/** A slug id of another entry, e.g. `clozapine-monitoring`. */
export const entryId = z.string().regex(/^[a-z0-9][a-z0-9\-/]*$/, { error: 'expected a lowercase id such as clozapine-monitoring' });

/**
 * Who owns a clinical page and when it was last and is next reviewed.
 * `sample` means "Sample content, pending clinical review": nothing invented is ever `approved`.
 */
export const clinicalReview = {
  owner: z.string().min(3).describe('The named clinician or team responsible for the content.'),
  approver: z.string().optional().describe('Who signed it off; only meaningful once status is approved.'),
  lastReviewed: isoDate.describe('When it was last reviewed, YYYY-MM-DD.'),
  nextReview: isoDate.describe('When it is next due for review, YYYY-MM-DD.'),
  status: z.enum(['sample', 'approved', 'retired']).default('sample')
    .describe('Default sample: shown as "Sample content, pending clinical review"; approved only once a named clinician has.'),
};
