import { z } from 'astro/zod';
import { clinicalReview, entryId, isoDate } from './review.ts';
import { trusts } from '#lib/vocabularies.ts';

export const guidelineTopics = [
  'antipsychotics', 'clozapine', 'mood-stabilisers', 'antidepressants', 'cardiac', 'metabolic',
  'haematology', 'electrolytes', 'endocrine', 'gastrointestinal', 'reproductive-health', 'acute-care', 'smoking',
] as const;

/** A shared prescribing guideline (MDX body with H2 sections: indications, monitoring, interactions, advice). */
export const guidelineSchema = z.object({
  title: z.string().min(3).describe('The guideline title, at least 3 characters.'),
  summary: z.string().min(10).describe('One or two sentences shown in lists and search results.'),
  keyPoints: z.array(z.string().min(20).max(300)).min(2).max(6)
    .describe('Key points: the 2 to 6 things a prescriber most needs, each a sentence, shown first on the guideline page and in print.'),
  topic: z.enum(guidelineTopics).describe('One topic, e.g. mood-stabilisers; used by the topic filter.'),
  drugs: z.array(z.string()).default([]).describe('Drugs it covers, as prescribers search for them.'),
  conditions: z.array(z.string()).default([]).describe('Conditions it covers.'),
  trusts: z.array(z.enum(trusts)).min(1).describe('The trusts it applies in, at least one.'),
  version: z.string().regex(/^\d+\.\d+$/, { error: 'expected a version such as 1.2' }).describe('The current version, in quotes, e.g. "2.2".'),
  changeLog: z.array(z.object({
    version: z.string().describe('The version, in quotes, e.g. "2.1".'),
    date: isoDate.describe('When it took effect, YYYY-MM-DD.'),
    summary: z.string().describe('What changed.'),
  })).min(1).describe('Every version, the current one included.'),
  related: z.array(entryId).default([]).describe('Ids of related guidelines.'),
  membersOnly: z.boolean().default(false).describe('Default false: members of the pharmacy network only.'),
  ...clinicalReview,
});
