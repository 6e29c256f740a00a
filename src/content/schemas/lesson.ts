import { z } from 'zod';
import { entryId } from './review.ts';

/** A lesson: MDX body, placed in a course module and ordered within it. */
export const lessonSchema = z.object({
  title: z.string().min(3),
  summary: z.string().optional(),
  course: entryId,
  /** The `id` of one of the course's modules. */
  module: entryId,
  /** Position within the module, from 1; unique within the module. */
  order: z.number().int().positive(),
  minutes: z.number().int().positive(),
  /** Default true: required lessons count towards completion. */
  required: z.boolean().default(true),
  /** The quiz taken at the end of this lesson, if any. */
  quiz: entryId.optional(),
});
