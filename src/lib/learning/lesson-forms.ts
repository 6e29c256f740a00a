// The forms under a lesson: "Mark as done" (posted to /progress) and the learner's reflection (posted to /reflections).
import { z } from 'zod';
import { formText } from '#lib/account/form-text.ts';
import { fieldLimits } from '#lib/field-limits.ts';

const lesson = formText('Open the lesson again and send the form from there', 'Lesson')
  .min(1, 'Open the lesson again and send the form from there')
  .max(300, 'Open the lesson again and send the form from there');

export const reflectionLimit = fieldLimits.lessonReflection;

export const progressForm = z.object({
  lesson,
  done: z.enum(['true', 'false'], { error: 'Mark the lesson as done or not done' }).transform((done) => done === 'true'),
  next: z.string({ error: 'Open the lesson again and send the form from there' }).optional(),
});

export const reflectionForm = z.object({
  lesson,
  reflection: formText('Write your reflection', 'Your reflection').max(reflectionLimit, {
    error: (issue) => `Keep your reflection to ${reflectionLimit} characters or fewer (it has ${String(issue.input).trim().length}).`,
  }),
});
