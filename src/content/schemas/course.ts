import { z } from 'astro/zod';
import { clinicalReview, entryId } from './review.ts';

/** A module of a course: its lessons point at it by `id` and are ordered by their own `order`. */
const module = z.object({
  id: entryId.describe('The module id that its lessons name, e.g. day-1.'),
  title: z.string().min(3).describe('The module title, at least 3 characters.'),
  summary: z.string().optional().describe('One or two sentences shown in the course outline.'),
});

/** A course: the 5-day or the 3-week course on mental-health skills. The MDX body is the course overview. */
export const courseSchema = z.object({
  title: z.string().min(3).describe('The course title, at least 3 characters.'),
  summary: z.string().min(10).describe('One or two sentences shown in the catalogue and search results.'),
  audience: z.array(z.string()).min(1).describe('Who the course is for, e.g. "Ward nurses".'),
  format: z.enum(['5-day', '3-week']).describe('5-day or 3-week.'),
  duration: z.string().describe('Human-readable duration, e.g. "5 days (about 30 hours)".'),
  cpdHours: z.number().positive().describe('CPD hours printed on the certificate.'),
  outcomes: z.array(z.string()).min(1).describe('Learning outcomes, at least one.'),
  modules: z.array(module).min(1).describe('Modules in teaching order.'),
  completion: z.object({
    requiredQuizzes: z.array(entryId).default([]).describe('Ids of the quizzes a learner must pass.'),
  }).default({ requiredQuizzes: [] }).describe('Completion rule: all required lessons done and every listed quiz passed.'),
  certificateWording: z.string().min(10).describe("Text printed on the certificate after the learner's name."),
  educators: z.array(z.email()).default([])
    .describe('E-mail addresses of the educators who run this course and may see its learners.'),
  ...clinicalReview,
});
