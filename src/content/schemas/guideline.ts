import { z } from 'zod';
import { clinicalReview, entryId, isoDate } from './review.ts';

export const guidelineTopics = [
  'antipsychotics', 'clozapine', 'mood-stabilisers', 'antidepressants', 'cardiac', 'metabolic',
  'haematology', 'electrolytes', 'endocrine', 'gastrointestinal', 'reproductive-health', 'acute-care', 'smoking',
] as const;

export const trusts = ['South London and Maudsley', "King's College Hospital", "Guy's and St Thomas'"] as const;

/** A shared prescribing guideline (MDX body with H2 sections: indications, monitoring, interactions, advice). */
export const guidelineSchema = z.object({
  title: z.string().min(3),
  summary: z.string().min(10),
  keyPoints: z.array(z.string().min(20).max(300)).min(2).max(6)
    .describe('Key points: the 2 to 6 things a prescriber most needs, each a sentence, shown first on the guideline page and in print.'),
  topic: z.enum(guidelineTopics),
  drugs: z.array(z.string()).default([]),
  conditions: z.array(z.string()).default([]),
  trusts: z.array(z.enum(trusts)).min(1),
  version: z.string().regex(/^\d+\.\d+$/, { error: 'expected a version such as 1.2' }),
  changeLog: z.array(z.object({ version: z.string(), date: isoDate, summary: z.string() })).min(1),
  related: z.array(entryId).default([]),
  /** Default false: members of the pharmacy network only. */
  membersOnly: z.boolean().default(false),
  ...clinicalReview,
});
