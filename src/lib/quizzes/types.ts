// The quiz shapes shared by the quiz machine, the quiz island and the endpoint that grades an attempt.
import type { z } from 'zod';
import type { quizSchema } from '#content/schemas/quiz.ts';

/** A question as the learner sees it before submitting: no answer key, no feedback. */
export interface LearnerQuestion {
  id: string;
  type: 'single' | 'multiple' | 'true-false';
  prompt: string;
  options: { id: string; text: string }[];
}

/** A quiz as sent to the browser. Never holds answer keys, feedback or explanations. */
export interface LearnerQuiz {
  id: string;
  title: string;
  passMark: number;
  /** null means unlimited. */
  attemptsAllowed: number | null;
  display: 'one-at-a-time' | 'all-at-once';
  /** Shuffle question order per attempt. */
  shuffle: boolean;
  questions: LearnerQuestion[];
}

/** Question id -> chosen option ids. */
export type Answers = Record<string, string[]>;

/** How one question went, as graded by the server. */
export interface QuestionResult {
  id: string;
  correct: boolean;
  chosen: string[];
  /** The feedback of each chosen option that has some. */
  feedback: { optionId: string; text: string }[];
  explanation: string | null;
  /** null when the server keeps the answer key back (for example while attempts are left). */
  correctOptions: string[] | null;
}

/** The server's answer to a submitted attempt. `score` is a percentage, 0–100. */
export interface GradedAttempt {
  attemptId: string;
  attemptNumber: number;
  attemptsAllowed: number | null;
  attemptsLeft: number | null;
  score: number;
  correctCount: number;
  questionCount: number;
  passMark: number;
  passed: boolean;
  questions: QuestionResult[];
}

/** Where a signed-in learner stands with a quiz before starting. */
export interface QuizStatus {
  attemptsUsed: number;
  /** null means unlimited. */
  attemptsLeft: number | null;
  passed: boolean;
  bestScore: number | null;
}

/** A quiz as authored (YAML, after the content schema fills in defaults). */
export type AuthoredQuiz = z.output<typeof quizSchema>;

/** The learner's view of an authored quiz: copies only the fields the browser may see, so keys cannot leak. */
export function toLearnerQuiz(id: string, quiz: AuthoredQuiz): LearnerQuiz {
  return {
    id,
    title: quiz.title,
    passMark: quiz.passMark,
    attemptsAllowed: quiz.attemptsAllowed,
    display: quiz.display,
    shuffle: quiz.shuffle,
    questions: quiz.questions.map((q) => ({
      id: q.id,
      type: q.type,
      prompt: q.prompt,
      options: q.options.map((o) => ({ id: o.id, text: o.text })),
    })),
  };
}
