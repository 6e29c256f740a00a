// A learner taking a quiz: the intro, answering (all at once or one at a time), submitting, then the graded result.
// Pure: grading happens in the `submitAttempt` actor, which the island provides with `.provide({ actors })`.
import { assign, fromPromise, setup } from 'xstate';
import type { Answers, GradedAttempt, LearnerQuiz, QuizStatus } from '../lib/quizzes/types.ts';

export interface QuizInput {
  quiz: LearnerQuiz;
  /** null when signed out. */
  status: QuizStatus | null;
  /** Seeds the question shuffle when `quiz.shuffle`; random by default. */
  seed?: number;
}

export interface QuizContext {
  quiz: LearnerQuiz;
  status: QuizStatus | null;
  seed: number;
  /** Question ids in the order shown in this attempt. */
  order: string[];
  /** Position in `order` of the question shown, when one at a time. */
  index: number;
  answers: Answers;
  /** Question ids left unanswered when a submit was refused, in order. */
  incomplete: string[];
  /** Why the last submit failed; the answers are kept. */
  error: string | null;
  /** The attempt just graded. */
  result: GradedAttempt | null;
}

export type QuizEvent =
  | { type: 'quiz.start' }
  | { type: 'answer.select'; questionId: string; optionIds: string[] }
  | { type: 'question.next' }
  | { type: 'question.previous' }
  | { type: 'question.show'; questionId: string }
  | { type: 'quiz.submit' }
  | { type: 'quiz.retry' }
  | { type: 'quiz.retake' };

export interface SubmitInput { quizId: string; answers: Answers }

/** What submitAttempt throws when the server refuses: `code` 'attempts_exhausted' or 'unauthenticated' changes state. */
export class QuizSubmitError extends Error {
  code: string | undefined;
  constructor(message: string, code?: string) {
    super(message);
    this.name = 'QuizSubmitError';
    this.code = code;
  }
}

const fallbackError = 'Something went wrong. Your answers are kept: try again.';
const errorCode = (error: unknown) => (error as { code?: unknown } | null)?.code;
const errorMessage = (error: unknown) => {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message ? message : fallbackError;
};

/** Fisher–Yates driven by a seeded PRNG (mulberry32), so the same seed gives the same order. */
export function shuffledIds(ids: readonly string[], seed: number): string[] {
  const out = [...ids];
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export const isAnswered = (answers: Answers, questionId: string) => (answers[questionId]?.length ?? 0) > 0;

function statusAfter(status: QuizStatus | null, graded: GradedAttempt): QuizStatus {
  return {
    attemptsUsed: graded.attemptNumber,
    attemptsLeft: graded.attemptsLeft,
    passed: (status?.passed ?? false) || graded.passed,
    bestScore: Math.max(status?.bestScore ?? graded.score, graded.score),
  };
}

export const quizMachine = setup({
  types: { input: {} as QuizInput, context: {} as QuizContext, events: {} as QuizEvent },
  actors: {
    submitAttempt: fromPromise<GradedAttempt, SubmitInput>(async () => {
      throw new Error('Provide submitAttempt with quizMachine.provide({ actors })');
    }),
  },
  guards: {
    signedOut: ({ context }) => context.status === null,
    passed: ({ context }) => context.status?.passed === true,
    attemptsLeft: ({ context }) => context.status !== null && context.status.attemptsLeft !== 0,
    allAnswered: ({ context }) => context.order.every((id) => isAnswered(context.answers, id)),
    hasNext: ({ context }) => context.index < context.order.length - 1,
    hasPrevious: ({ context }) => context.index > 0,
  },
  actions: {
    newAttempt: assign(({ context }) => {
      const ids = context.quiz.questions.map((q) => q.id);
      const attempt = context.status?.attemptsUsed ?? 0;
      return {
        order: context.quiz.shuffle ? shuffledIds(ids, context.seed + attempt) : ids,
        index: 0, answers: {}, incomplete: [], error: null, result: null,
      };
    }),
  },
}).createMachine({
  id: 'quiz',
  context: ({ input }) => ({
    quiz: input.quiz, status: input.status, seed: input.seed ?? Math.floor(Math.random() * 2 ** 32),
    order: input.quiz.questions.map((q) => q.id), index: 0, answers: {}, incomplete: [], error: null, result: null,
  }),
  initial: 'opening',
  states: {
    // Where a learner stands before (or instead of) starting an attempt.
    opening: {
      always: [
        { guard: 'signedOut', target: 'signedOut' },
        { guard: 'passed', target: 'passed' },
        { guard: 'attemptsLeft', target: 'ready' },
        { target: 'exhausted' },
      ],
    },
    signedOut: {},
    ready: { on: { 'quiz.start': { target: 'answering', actions: 'newAttempt' } } },
    answering: {
      on: {
        'answer.select': {
          guard: ({ context, event }) => {
            const question = context.quiz.questions.find((q) => q.id === event.questionId);
            return !!question && (question.type === 'multiple' || event.optionIds.length <= 1)
              && event.optionIds.every((id) => question.options.some((o) => o.id === id));
          },
          actions: assign(({ context, event }) => {
            const answers = { ...context.answers, [event.questionId]: [...new Set(event.optionIds)] };
            if (!event.optionIds.length) delete answers[event.questionId];
            return { answers, incomplete: context.incomplete.filter((id) => !isAnswered(answers, id)) };
          }),
        },
        'question.next': { guard: 'hasNext', actions: assign({ index: ({ context }) => context.index + 1 }) },
        'question.previous': { guard: 'hasPrevious', actions: assign({ index: ({ context }) => context.index - 1 }) },
        'question.show': {
          guard: ({ context, event }) => context.order.includes(event.questionId),
          actions: assign({ index: ({ context, event }) => context.order.indexOf(event.questionId) }),
        },
        'quiz.submit': [
          { guard: 'allAnswered', target: 'submitting' },
          {
            actions: assign({ incomplete: ({ context }) => context.order.filter((id) => !isAnswered(context.answers, id)), error: null }),
          },
        ],
      },
    },
    submitting: {
      entry: assign({ incomplete: [], error: null }),
      invoke: {
        src: 'submitAttempt',
        input: ({ context }) => ({ quizId: context.quiz.id, answers: context.answers }),
        onDone: {
          target: 'feedback',
          actions: assign(({ context, event }) => ({ result: event.output, status: statusAfter(context.status, event.output) })),
        },
        onError: [
          {
            guard: ({ event }) => errorCode(event.error) === 'attempts_exhausted',
            target: 'opening',
            actions: assign({ status: ({ context }) => context.status && { ...context.status, attemptsLeft: 0 } }),
          },
          {
            guard: ({ event }) => errorCode(event.error) === 'unauthenticated',
            target: 'opening',
            actions: assign({ status: null, error: ({ event }) => errorMessage(event.error) }),
          },
          { target: 'answering', actions: assign({ error: ({ event }) => errorMessage(event.error) }) },
        ],
      },
    },
    // Where the graded attempt leaves the learner.
    feedback: {
      always: [
        { guard: 'passed', target: 'passed' },
        { guard: 'attemptsLeft', target: 'failed' },
        { target: 'exhausted' },
      ],
    },
    passed: { on: { 'quiz.retake': { guard: 'attemptsLeft', target: 'answering', actions: 'newAttempt' } } },
    failed: { on: { 'quiz.retry': { guard: 'attemptsLeft', target: 'answering', actions: 'newAttempt' } } },
    exhausted: {},
  },
});
