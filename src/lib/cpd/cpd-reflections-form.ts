// The forms on the CPD record: reflections on one activity (what I learned, how it changed my practice), and
// removing CPD the learner added.
import { z } from 'zod';
import { formText } from '#lib/account/form-text.ts';
import { fieldLimits } from '#lib/field-limits.ts';

export const reflectionsLimit = fieldLimits.cpd.reflection;

const notFound = 'That activity could not be found.';
const entry = formText(notFound, 'Activity').regex(/^[0-9a-f-]{36}$/i, notFound);
const tooLong = `Keep each answer to ${reflectionsLimit} characters or fewer`;
const sendOnce = 'Write your reflections in the boxes under the activity';

export const cpdReflectionsForm = z.object({
  entry,
  learned: formText(sendOnce, 'What I learned').max(reflectionsLimit, tooLong).default(''),
  practice_change: formText(sendOnce, 'How it changed my practice').max(reflectionsLimit, tooLong).default(''),
});

export const removeCpdForm = z.object({ entry, intent: z.literal('remove') });
