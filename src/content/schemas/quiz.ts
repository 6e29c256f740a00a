import { z } from 'zod';
import { entryId } from './review.ts';

const option = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  /** Default false. */
  correct: z.boolean().default(false),
  /** Shown after submission when this option was chosen. */
  feedback: z.string().optional(),
});

const question = z.object({
  id: z.string().min(1),
  type: z.enum(['single', 'multiple', 'true-false']),
  prompt: z.string().min(5),
  options: z.array(option).min(2),
  /** Shown after submission, whatever was chosen. */
  explanation: z.string().optional(),
}).refine((q) => q.options.some((o) => o.correct), { error: 'every question needs at least one correct option' })
  .refine((q) => q.type === 'multiple' || q.options.filter((o) => o.correct).length === 1, {
    error: 'single-choice and true/false questions need exactly one correct option',
  });

/** A quiz (YAML). Answer keys go to the database only, never to the browser before submission. */
export const quizSchema = z.object({
  title: z.string().min(3),
  course: entryId,
  /** Percentage needed to pass, 0–100. */
  passMark: z.number().int().min(0).max(100),
  /** Default 3; null means unlimited. */
  attemptsAllowed: z.number().int().positive().nullable().default(3),
  /** Default false: shuffle question order per attempt. */
  shuffle: z.boolean().default(false),
  /** Default `one-at-a-time`. */
  display: z.enum(['one-at-a-time', 'all-at-once']).default('one-at-a-time'),
  /** Default false: a final assessment for the course. */
  final: z.boolean().default(false),
  questions: z.array(question).min(1),
});
