// A step of a quiz posted by a browser without JavaScript: the answers so far, where the learner was, and which button
// they pressed. The quiz page runs the quiz machine from there, as the island would in the browser.
import { createActor } from 'xstate';
import { z } from 'zod';
import { readForm, type FormResult } from '#lib/forms.ts';
import { quizMachine, type QuizInput } from '#machines/quiz.ts';
import { answersFromForm } from './form-answers.ts';
import type { Answers, LearnerQuiz, QuizStatus } from './types.ts';

export interface PostedStep {
  intent: 'next' | 'previous' | 'submit' | { show: string };
  seed: number;
  index: number;
  reviewing: boolean;
  returnToReview: boolean;
  answers: Answers;
}

const unreadable = 'Your answers could not be read. Go back to the quiz and answer the questions again.';

/** The quiz form's own fields (the answers are read by question, from the inputs the quiz has). */
export const quizStepForm = z.object({
  intent: z
    .string({ error: unreadable })
    .regex(/^(next|previous|submit|show:.+)$/, unreadable)
    .default('submit'),
  seed: z
    .string({ error: unreadable })
    .regex(/^\d{1,10}$/, unreadable)
    .transform(Number)
    .refine((n) => n < 2 ** 32, unreadable),
  index: z
    .string({ error: unreadable })
    .regex(/^\d{1,3}$/, unreadable)
    .transform(Number),
  reviewing: z.literal('yes', unreadable).optional(),
  return: z.literal('review', unreadable).optional(),
});

export function postedStep(form: FormData, quiz: LearnerQuiz): FormResult<PostedStep> {
  const posted = readForm(quizStepForm, form);
  if (!posted.ok) return posted;
  const { intent, seed, index, reviewing } = posted.data;
  return {
    ok: true,
    data: {
      intent: intent.startsWith('show:') ? { show: intent.slice(5) } : (intent as 'next' | 'previous' | 'submit'),
      seed,
      index,
      reviewing: reviewing === 'yes',
      returnToReview: posted.data.return === 'review',
      answers: Object.fromEntries(Object.entries(answersFromForm(form, quiz)).filter(([, ids]) => ids.length > 0)),
    },
  };
}

/** Where a Next, Previous or Change leaves the attempt: the machine's own answer, as the island's starting point. */
export function stepTaken(quiz: LearnerQuiz, status: QuizStatus, step: PostedStep): { seed: number } & Pick<QuizInput, 'resume'> {
  const actor = createActor(quizMachine, {
    input: {
      quiz,
      status,
      seed: step.seed,
      resume: { index: step.index, answers: step.answers, reviewing: step.reviewing, returnToReview: step.returnToReview },
    },
  }).start();
  if (step.intent === 'next') actor.send({ type: 'question.next' });
  else if (step.intent === 'previous') actor.send({ type: 'question.previous' });
  else if (typeof step.intent === 'object') actor.send({ type: 'question.show', questionId: step.intent.show });
  const snapshot = actor.getSnapshot();
  actor.stop();
  const { index, answers, returnToReview } = snapshot.context;
  return { seed: step.seed, resume: { index, answers, reviewing: snapshot.value === 'reviewing', returnToReview } };
}
