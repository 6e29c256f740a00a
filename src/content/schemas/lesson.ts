import { z } from 'astro/zod';
import { entryId } from './review.ts';

/** A lesson: MDX body, placed in a course module and ordered within it. */
export const lessonSchema = z.object({
  title: z.string().min(3).describe('The lesson title, at least 3 characters.'),
  summary: z.string().optional().describe('One or two sentences shown in the course outline and search results.'),
  course: entryId.describe('The id of the course, e.g. mental-health-skills-5-day.'),
  module: entryId.describe("The `id` of one of the course's modules."),
  order: z.number().int().positive().describe('Position within the module, from 1; unique within the module.'),
  minutes: z.number().int().positive().describe('Estimated minutes to work through the lesson.'),
  required: z.boolean().default(true).describe('Default true: required lessons count towards completion.'),
  quiz: entryId.optional().describe('The id of the quiz taken at the end of this lesson, if any.'),
});
