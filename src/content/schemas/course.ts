import { z } from 'zod';
import { clinicalReview, entryId } from './review.ts';

/** A module of a course: its lessons point at it by `id` and are ordered by their own `order`. */
const module = z.object({
  id: entryId,
  title: z.string().min(3),
  summary: z.string().optional(),
});

/** A course: the 5-day or the 3-week course on mental-health skills. The MDX body is the course overview. */
export const courseSchema = z.object({
  title: z.string().min(3),
  summary: z.string().min(10),
  /** Who the course is for, e.g. "Ward nurses". */
  audience: z.array(z.string()).min(1),
  format: z.enum(['5-day', '3-week']),
  /** Human-readable duration, e.g. "5 days (about 30 hours)". */
  duration: z.string(),
  cpdHours: z.number().positive(),
  outcomes: z.array(z.string()).min(1),
  /** Modules in teaching order. */
  modules: z.array(module).min(1),
  /** Completion rule: all required lessons done and every listed quiz passed. */
  completion: z.object({
    requiredQuizzes: z.array(entryId).default([]),
  }).default({ requiredQuizzes: [] }),
  /** Text printed on the certificate after the learner's name. */
  certificateWording: z.string().min(10),
  /** E-mail addresses of the educators who run this course and may see its learners. */
  educators: z.array(z.email()).default([]),
  ...clinicalReview,
});
