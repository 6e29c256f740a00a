import { z } from 'astro/zod';
import { entryId } from './review.ts';

const option = z.object({
  id: z.string().min(1).describe('Unique within the question; put true, false or numbers in quotes.'),
  text: z.string().min(1).describe('The answer as the learner sees it.'),
  correct: z.boolean().default(false).describe('Default false: true for a right answer.'),
  feedback: z.string().optional().describe('Shown after submission when this option was chosen.'),
});

const question = z.object({
  id: z.string().min(1).describe('Unique within the quiz; answers are recorded against it.'),
  type: z.enum(['single', 'multiple', 'true-false']).describe('single, multiple or true-false.'),
  prompt: z.string().min(5).describe('The question, at least 5 characters.'),
  options: z.array(option).min(2).describe('The answers to choose from, at least 2.'),
  explanation: z.string().optional().describe('Shown after submission, whatever was chosen.'),
}).refine((q) => q.options.some((o) => o.correct), { error: 'every question needs at least one correct option' })
  .refine((q) => q.type === 'multiple' || q.options.filter((o) => o.correct).length === 1, {
    error: 'single-choice and true/false questions need exactly one correct option',
  });

/** A quiz (YAML). Answer keys go to the database only, never to the browser before submission. */
export const quizSchema = z.object({
  title: z.string().min(3).describe('The quiz title, at least 3 characters.'),
  course: entryId.describe('The id of the course the quiz belongs to.'),
  passMark: z.number().int().min(0).max(100).describe('Percentage needed to pass, 0–100.'),
  attemptsAllowed: z.number().int().positive().nullable().default(3).describe('Default 3; null means unlimited.'),
  shuffle: z.boolean().default(false).describe('Default false: shuffle question order per attempt.'),
  display: z.enum(['one-at-a-time', 'all-at-once']).default('one-at-a-time').describe('Default one-at-a-time, or all-at-once.'),
  final: z.boolean().default(false).describe('Default false: a final assessment for the course.'),
  questions: z.array(question).min(1).describe('The questions, at least one.'),
});
