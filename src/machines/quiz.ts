// A learner taking a quiz: answering (all at once, or one at a time then checking the answers), submitting, then the
// graded result. Pure: grading happens in the `submitAttempt` actor, which the island provides with
// `.provide({ actors })`. The server runs the same machine to render the page the island hydrates, and to take the
// steps of a browser without JavaScript, so `input` can start it anywhere an attempt can be.
import { assign, fromPromise, setup } from 'xstate';
import type { Answers, GradedAttempt, LearnerQuiz, QuizStatus } from '#lib/quizzes/types.ts';

export interface QuizInput {
  quiz: LearnerQuiz;
  /** null when signed out. */
  status: QuizStatus | null;
  /** Seeds the question shuffle when `quiz.shuffle`; random by default (give one when rendering on the server). */
  seed?: number;
  /** An attempt already under way (posted by a browser without JavaScript). */
  resume?: { index: number; answers: Answers; reviewing: boolean; returnToReview?: boolean; incomplete?: string[]; error?: string | null };
  /** An attempt just graded on the server. */
  result?: GradedAttempt | null;
  /** Start a new attempt even though the quiz is passed (a retake asked for without JavaScript). */
  retake?: boolean;
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
  /** A question was opened from the check-your-answers list: Continue goes back there. */
  returnToReview: boolean;
  /** From the input: start at the check-your-answers list, or start a retake. */
  reviewing: boolean;
  retake: boolean;
}

export type QuizEvent =
  | { type: 'answer.select'; questionId: string; optionIds: string[] }
  | { type: 'question.next' }
  | { type: 'question.previous' }
  | { type: 'question.show'; questionId: string }
  | { type: 'quiz.review' }
  | { type: 'quiz.submit' }
  | { type: 'quiz.retry' }
  | { type: 'quiz.retake' };

export interface SubmitInput {
  quizId: string;
  answers: Answers;
}

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

/** The question order of the learner's next attempt: shuffled by seed and attempt number when the quiz asks. */
function attemptOrder(quiz: LearnerQuiz, seed: number, status: QuizStatus | null): string[] {
  const ids = quiz.questions.map((q) => q.id);
  return quiz.shuffle ? shuffledIds(ids, seed + (status?.attemptsUsed ?? 0)) : ids;
}

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
    oneAtATime: ({ context }) => context.quiz.display === 'one-at-a-time',
    returnToReview: ({ context }) => context.returnToReview,
  },
  actions: {
    newAttempt: assign(({ context }) => ({
      order: attemptOrder(context.quiz, context.seed, context.status),
      index: 0,
      answers: {},
      incomplete: [],
      error: null,
      result: null,
      returnToReview: false,
      retake: false,
    })),
  },
}).createMachine({
  id: 'quiz',
  context: ({ input }) => {
    const seed = input.seed ?? Math.floor(Math.random() * 2 ** 32);
    const resume = input.resume;
    return {
      quiz: input.quiz,
      status: input.status,
      seed,
      order: attemptOrder(input.quiz, seed, input.status),
      index: resume ? Math.min(Math.max(resume.index, 0), input.quiz.questions.length - 1) : 0,
      answers: resume?.answers ?? {},
      incomplete: resume?.incomplete ?? [],
      error: resume?.error ?? null,
      result: input.result ?? null,
      returnToReview: resume?.returnToReview ?? false,
      reviewing: resume?.reviewing ?? false,
      retake: input.retake ?? false,
    };
  },
  initial: 'opening',
  states: {
    // Where a learner stands before (or instead of) answering: straight into the first question when they can.
    opening: {
      always: [
        { guard: 'signedOut', target: 'signedOut' },
        { guard: ({ context }) => context.result !== null, target: 'feedback' },
        { guard: ({ context }) => (context.retake || !context.status?.passed) && context.status?.attemptsLeft !== 0, target: 'resuming' },
        { guard: 'passed', target: 'passed' },
        { target: 'exhausted' },
      ],
    },
    signedOut: {},
    resuming: {
      always: [{ guard: ({ context }) => context.reviewing, target: 'reviewing' }, { target: 'answering' }],
      exit: assign({ reviewing: false, retake: false }),
    },
    answering: {
      on: {
        'answer.select': {
          guard: ({ context, event }) => {
            const question = context.quiz.questions.find((q) => q.id === event.questionId);
            return (
              !!question &&
              (question.type === 'multiple' || event.optionIds.length <= 1) &&
              event.optionIds.every((id) => question.options.some((o) => o.id === id))
            );
          },
          actions: assign(({ context, event }) => {
            const answers = { ...context.answers, [event.questionId]: [...new Set(event.optionIds)] };
            if (!event.optionIds.length) delete answers[event.questionId];
            return { answers, incomplete: context.incomplete.filter((id) => !isAnswered(answers, id)) };
          }),
        },
        'question.next': [
          { guard: 'returnToReview', target: 'reviewing' },
          { guard: 'hasNext', actions: assign({ index: ({ context }) => context.index + 1 }) },
          { guard: 'oneAtATime', target: 'reviewing' },
        ],
        'question.previous': { guard: 'hasPrevious', actions: assign({ index: ({ context }) => context.index - 1 }) },
        'question.show': {
          guard: ({ context, event }) => context.order.includes(event.questionId),
          actions: assign({ index: ({ context, event }) => context.order.indexOf(event.questionId) }),
        },
        'quiz.review': { guard: 'oneAtATime', target: 'reviewing' },
        'quiz.submit': [
          { guard: 'allAnswered', target: 'submitting' },
          {
            actions: assign({ incomplete: ({ context }) => context.order.filter((id) => !isAnswered(context.answers, id)), error: null }),
          },
        ],
      },
    },
    // One question at a time ends on a check-your-answers list, from which any answer can be changed before submitting.
    reviewing: {
      entry: assign({ returnToReview: false }),
      on: {
        'question.show': {
          guard: ({ context, event }) => context.order.includes(event.questionId),
          target: 'answering',
          actions: assign({ index: ({ context, event }) => context.order.indexOf(event.questionId), returnToReview: true }),
        },
        'question.previous': { target: 'answering', actions: assign({ index: ({ context }) => context.order.length - 1 }) },
        'quiz.submit': [
          { guard: 'allAnswered', target: 'submitting' },
          {
            target: 'answering',
            actions: assign(({ context }) => {
              const incomplete = context.order.filter((id) => !isAnswered(context.answers, id));
              return { incomplete, index: context.order.indexOf(incomplete[0]!), error: null };
            }),
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
          {
            guard: 'oneAtATime',
            target: 'reviewing',
            actions: assign({ error: ({ event }) => errorMessage(event.error) }),
          },
          { target: 'answering', actions: assign({ error: ({ event }) => errorMessage(event.error) }) },
        ],
      },
    },
    // Where the graded attempt leaves the learner.
    feedback: {
      always: [{ guard: 'passed', target: 'passed' }, { guard: 'attemptsLeft', target: 'failed' }, { target: 'exhausted' }],
    },
    passed: { on: { 'quiz.retake': { guard: 'attemptsLeft', target: 'answering', actions: 'newAttempt' } } },
    failed: { on: { 'quiz.retry': { guard: 'attemptsLeft', target: 'answering', actions: 'newAttempt' } } },
    exhausted: {},
  },
});
