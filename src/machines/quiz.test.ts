// The quiz machine, driven event by event with a fake submitAttempt in place of the server.
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import type { Answers, GradedAttempt, LearnerQuiz, QuizStatus } from '#lib/quizzes/types.ts';
import { QuizSubmitError, quizMachine, shuffledIds, type QuizInput, type SubmitInput } from './quiz.ts';

const quiz: LearnerQuiz = {
  id: 'day-1',
  title: 'Day 1 quiz',
  passMark: 70,
  attemptsAllowed: 3,
  display: 'all-at-once',
  shuffle: false,
  questions: [
    {
      id: 'q1',
      type: 'single',
      prompt: 'Pick one',
      options: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
      ],
    },
    {
      id: 'q2',
      type: 'multiple',
      prompt: 'Pick some',
      options: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
        { id: 'c', text: 'C' },
      ],
    },
    {
      id: 'q3',
      type: 'true-false',
      prompt: 'True or false',
      options: [
        { id: 'true', text: 'True' },
        { id: 'false', text: 'False' },
      ],
    },
  ],
};
const fresh: QuizStatus = { attemptsUsed: 0, attemptsLeft: 3, passed: false, bestScore: null };
const full: Answers = { q1: ['a'], q2: ['a', 'c'], q3: ['true'] };

function graded(attemptNumber: number, passed: boolean, attemptsLeft: number | null): GradedAttempt {
  const correctCount = passed ? 3 : 1;
  return {
    attemptId: `attempt-${attemptNumber}`,
    attemptNumber,
    attemptsAllowed: 3,
    attemptsLeft,
    score: Math.round((correctCount / 3) * 100),
    correctCount,
    questionCount: 3,
    passMark: 70,
    passed,
    questions: quiz.questions.map((q, i) => ({
      id: q.id,
      correct: i < correctCount,
      chosen: full[q.id]!,
      feedback: [],
      explanation: null,
      correctOptions: null,
    })),
  };
}

/** An actor whose server answers with each reply in turn (a GradedAttempt, or an error to throw). */
function start(input: Partial<QuizInput>, replies: (GradedAttempt | Error)[] = []) {
  const calls: SubmitInput[] = [];
  const submitAttempt = fromPromise<GradedAttempt, SubmitInput>(async ({ input }) => {
    calls.push(input);
    const reply = replies.shift();
    if (!reply) throw new Error('no reply scripted');
    if (reply instanceof Error) throw reply;
    return reply;
  });
  const actor = createActor(quizMachine.provide({ actors: { submitAttempt } }), {
    input: { quiz, status: fresh, seed: 1, ...input },
  }).start();
  return { actor, calls };
}

function answerAll(actor: ReturnType<typeof start>['actor'], answers: Answers = full) {
  for (const [questionId, optionIds] of Object.entries(answers)) actor.send({ type: 'answer.select', questionId, optionIds });
}

const settled = (actor: ReturnType<typeof start>['actor']) => waitFor(actor, (s) => !s.matches('submitting'));

describe('quiz machine', () => {
  it('starts at the first question, then answers and submits every answer to the server', async () => {
    const { actor, calls } = start({}, [graded(1, true, 2)]);
    expect(actor.getSnapshot().value).toBe('answering');
    expect(actor.getSnapshot().context.order).toEqual(['q1', 'q2', 'q3']);
    answerAll(actor);
    actor.send({ type: 'answer.select', questionId: 'q1', optionIds: ['b'] });
    actor.send({ type: 'answer.select', questionId: 'q1', optionIds: ['a', 'b'] }); // refused: single choice
    actor.send({ type: 'answer.select', questionId: 'q1', optionIds: ['z'] }); // refused: no such option
    actor.send({ type: 'quiz.submit' });
    expect(actor.getSnapshot().value).toBe('submitting');
    await settled(actor);
    expect(calls).toEqual([{ quizId: 'day-1', answers: { ...full, q1: ['b'] } }]);
  });

  it('refuses to submit until every question is answered, naming the unanswered ones in order', () => {
    const { actor, calls } = start({});
    actor.send({ type: 'answer.select', questionId: 'q2', optionIds: ['b'] });
    actor.send({ type: 'answer.select', questionId: 'q2', optionIds: [] }); // unticking all leaves it unanswered
    actor.send({ type: 'answer.select', questionId: 'q3', optionIds: ['false'] });
    actor.send({ type: 'quiz.submit' });
    expect(actor.getSnapshot().value).toBe('answering');
    expect(actor.getSnapshot().context.incomplete).toEqual(['q1', 'q2']);
    actor.send({ type: 'answer.select', questionId: 'q1', optionIds: ['a'] });
    expect(actor.getSnapshot().context.incomplete).toEqual(['q2']);
    expect(calls).toEqual([]);
  });

  it('passes: keeps the graded attempt and the status it leaves, and offers a retake while attempts are left', async () => {
    const { actor } = start({}, [graded(1, true, 2)]);
    answerAll(actor);
    actor.send({ type: 'quiz.submit' });
    await settled(actor);
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('passed');
    expect(context.result?.attemptId).toBe('attempt-1');
    expect(context.status).toEqual({ attemptsUsed: 1, attemptsLeft: 2, passed: true, bestScore: 100 });
    actor.send({ type: 'quiz.retake' });
    expect(actor.getSnapshot().value).toBe('answering');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  it('fails, then a retry starts a new attempt with cleared answers', async () => {
    const { actor, calls } = start({}, [graded(1, false, 2), graded(2, true, 1)]);
    answerAll(actor);
    actor.send({ type: 'quiz.submit' });
    await settled(actor);
    expect(actor.getSnapshot().value).toBe('failed');
    expect(actor.getSnapshot().context.result?.score).toBe(33);
    actor.send({ type: 'quiz.retry' });
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('answering');
    expect(context).toMatchObject({ answers: {}, result: null, index: 0, incomplete: [] });
    answerAll(actor);
    actor.send({ type: 'quiz.submit' });
    await settled(actor);
    expect(actor.getSnapshot().value).toBe('passed');
    expect(actor.getSnapshot().context.status).toEqual({ attemptsUsed: 2, attemptsLeft: 1, passed: true, bestScore: 100 });
    expect(calls).toHaveLength(2);
  });

  it('is exhausted when the last attempt fails, and refuses a retry', async () => {
    const { actor } = start({ status: { attemptsUsed: 2, attemptsLeft: 1, passed: false, bestScore: 33 } }, [graded(3, false, 0)]);
    answerAll(actor);
    actor.send({ type: 'quiz.submit' });
    await settled(actor);
    expect(actor.getSnapshot().value).toBe('exhausted');
    expect(actor.getSnapshot().context.result?.attemptNumber).toBe(3);
    actor.send({ type: 'quiz.retry' });
    expect(actor.getSnapshot().value).toBe('exhausted');
  });

  it('starts exhausted when no attempts are left and the quiz is not passed; starts passed when it is', () => {
    expect(start({ status: { attemptsUsed: 3, attemptsLeft: 0, passed: false, bestScore: 50 } }).actor.getSnapshot().value).toBe(
      'exhausted',
    );
    const passed = start({ status: { attemptsUsed: 3, attemptsLeft: 0, passed: true, bestScore: 80 } }).actor;
    expect(passed.getSnapshot().value).toBe('passed');
    passed.send({ type: 'quiz.retake' });
    expect(passed.getSnapshot().value).toBe('passed');
    const unlimited = start({
      quiz: { ...quiz, attemptsAllowed: null },
      status: { attemptsUsed: 9, attemptsLeft: null, passed: false, bestScore: 10 },
    });
    expect(unlimited.actor.getSnapshot().value).toBe('answering');
  });

  it('goes to exhausted when the server says the attempts ran out meanwhile', async () => {
    const { actor } = start({}, [new QuizSubmitError('You have used all 3 attempts.', 'attempts_exhausted')]);
    answerAll(actor);
    actor.send({ type: 'quiz.submit' });
    await settled(actor);
    expect(actor.getSnapshot().value).toBe('exhausted');
    expect(actor.getSnapshot().context.status?.attemptsLeft).toBe(0);
  });

  it('keeps the answers and the message after a network or server error, and submits again', async () => {
    const { actor, calls } = start({}, [new Error('We could not reach the server. Your answers are kept: try again.'), graded(1, true, 2)]);
    answerAll(actor);
    actor.send({ type: 'quiz.submit' });
    await settled(actor);
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('answering');
    expect(context.answers).toEqual(full);
    expect(context.error).toBe('We could not reach the server. Your answers are kept: try again.');
    actor.send({ type: 'quiz.submit' });
    expect(actor.getSnapshot().context.error).toBeNull();
    await settled(actor);
    expect(actor.getSnapshot().value).toBe('passed');
    expect(calls.map((c) => c.answers)).toEqual([full, full]);
  });

  it('is signed out when there is no status, and when the server says the session ended', async () => {
    const signedOut = start({ status: null }).actor;
    expect(signedOut.getSnapshot().value).toBe('signedOut');
    signedOut.send({ type: 'quiz.submit' });
    expect(signedOut.getSnapshot().value).toBe('signedOut');

    const { actor } = start({}, [new QuizSubmitError('Sign in again', 'unauthenticated')]);
    answerAll(actor);
    actor.send({ type: 'quiz.submit' });
    await settled(actor);
    expect(actor.getSnapshot().value).toBe('signedOut');
    expect(actor.getSnapshot().context.error).toBe('Sign in again');
  });

  it('moves one question at a time within bounds, and jumps to a named question', () => {
    const { actor } = start({ quiz: { ...quiz, display: 'one-at-a-time' } });
    const index = () => actor.getSnapshot().context.index;
    actor.send({ type: 'question.previous' });
    expect(index()).toBe(0);
    actor.send({ type: 'question.next' });
    actor.send({ type: 'question.next' });
    expect(index()).toBe(2);
    actor.send({ type: 'question.previous' });
    expect(index()).toBe(1);
    actor.send({ type: 'question.show', questionId: 'q3' });
    expect(index()).toBe(2);
    actor.send({ type: 'question.show', questionId: 'nope' });
    expect(index()).toBe(2);
  });

  it('one at a time, ends on check-your-answers, where any answer can be changed before submitting', async () => {
    const { actor, calls } = start({ quiz: { ...quiz, display: 'one-at-a-time' } }, [graded(1, true, 2)]);
    answerAll(actor);
    actor.send({ type: 'question.next' });
    actor.send({ type: 'question.next' });
    actor.send({ type: 'question.next' });
    expect(actor.getSnapshot().value).toBe('reviewing');
    actor.send({ type: 'question.show', questionId: 'q2' });
    expect(actor.getSnapshot()).toMatchObject({ value: 'answering', context: { index: 1, returnToReview: true } });
    actor.send({ type: 'answer.select', questionId: 'q2', optionIds: ['b'] });
    actor.send({ type: 'question.next' }); // Continue goes back to the list, not on to question 3
    expect(actor.getSnapshot()).toMatchObject({ value: 'reviewing', context: { returnToReview: false } });
    actor.send({ type: 'question.previous' });
    expect(actor.getSnapshot()).toMatchObject({ value: 'answering', context: { index: 2 } });
    actor.send({ type: 'question.next' });
    actor.send({ type: 'quiz.submit' });
    await settled(actor);
    expect(calls).toEqual([{ quizId: 'day-1', answers: { ...full, q2: ['b'] } }]);
    expect(actor.getSnapshot().value).toBe('passed');
  });

  it('one at a time, a submit from the list with a blank goes to the first blank question', () => {
    const { actor, calls } = start({ quiz: { ...quiz, display: 'one-at-a-time' } });
    actor.send({ type: 'answer.select', questionId: 'q1', optionIds: ['a'] });
    actor.send({ type: 'quiz.review' });
    actor.send({ type: 'quiz.submit' });
    expect(actor.getSnapshot()).toMatchObject({ value: 'answering', context: { index: 1, incomplete: ['q2', 'q3'] } });
    expect(calls).toEqual([]);
  });

  it('all at once has no check-your-answers step: every answer is on screen to change', () => {
    const { actor } = start({});
    actor.send({ type: 'quiz.review' });
    actor.send({ type: 'question.next' });
    expect(actor.getSnapshot().value).toBe('answering');
  });

  it('resumes where a step posted without JavaScript left off, in the same shuffled order for the same seed', () => {
    const shuffled = { ...quiz, shuffle: true, display: 'one-at-a-time' as const };
    const resume = { index: 2, answers: { q1: ['a'] }, reviewing: false, returnToReview: true };
    const first = start({ quiz: shuffled, seed: 9, resume }).actor.getSnapshot();
    const again = start({ quiz: shuffled, seed: 9, resume }).actor.getSnapshot();
    expect(first.value).toBe('answering');
    expect(first.context).toMatchObject({ index: 2, answers: { q1: ['a'] }, returnToReview: true, order: again.context.order });
    expect(start({ quiz: shuffled, seed: 9, resume: { ...resume, reviewing: true } }).actor.getSnapshot().value).toBe('reviewing');
    expect(start({ resume: { ...resume, index: 99 } }).actor.getSnapshot().context.index).toBe(2);
  });

  it('shows an attempt graded on the server, and starts a retake when asked even though passed', () => {
    const passedStatus = { attemptsUsed: 1, attemptsLeft: 2, passed: true, bestScore: 100 };
    const shown = start({ status: passedStatus, result: graded(1, true, 2) }).actor.getSnapshot();
    expect(shown.value).toBe('passed');
    expect(shown.context.result?.attemptId).toBe('attempt-1');
    expect(start({ status: passedStatus, retake: true }).actor.getSnapshot().value).toBe('answering');
    expect(start({ status: { ...passedStatus, attemptsLeft: 0 }, retake: true }).actor.getSnapshot().value).toBe('passed');
  });

  it('shuffles question order per attempt, the same way for the same seed', async () => {
    const ids = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];
    expect(shuffledIds(ids, 7)).toEqual(shuffledIds(ids, 7));
    expect([...shuffledIds(ids, 7)].sort()).toEqual(ids);
    expect(new Set([1, 2, 3, 4, 5].map((seed) => shuffledIds(ids, seed).join()))).not.toEqual(new Set([ids.join()]));

    const { actor } = start({ quiz: { ...quiz, shuffle: true }, seed: 42 }, [graded(1, false, 2)]);
    expect(actor.getSnapshot().context.order).toEqual(shuffledIds(['q1', 'q2', 'q3'], 42));
    answerAll(actor);
    actor.send({ type: 'quiz.submit' });
    await settled(actor);
    actor.send({ type: 'quiz.retry' });
    expect(actor.getSnapshot().context.order).toEqual(shuffledIds(['q1', 'q2', 'q3'], 43));
  });
});
