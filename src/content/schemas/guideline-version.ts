import { z } from 'astro/zod';
import { entryId, isoDate } from './review.ts';

/**
 * An earlier version of a prescribing guideline, kept so readers can see what changed. The file lives at
 * `content/guideline-versions/<guideline id>/<version>.mdx` and its MDX body is the full text of that version.
 */
export const guidelineVersionSchema = z.object({
  guideline: entryId.describe('The id of the guideline this is a version of, e.g. lithium-monitoring; same as the folder name.'),
  version: z.string().regex(/^\d+\.\d+$/, { error: 'expected a version such as 1.2' })
    .describe('The version, in quotes, e.g. "2.1"; same as the file name and earlier than the guideline\'s current version.'),
  date: isoDate.describe("The date of this version: its date in the guideline's changeLog, YYYY-MM-DD."),
});
