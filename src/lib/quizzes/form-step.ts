// A step of a quiz posted by a browser without JavaScript: the answers so far, where the learner was, and which button
// they pressed. The quiz page runs the quiz machine from there, as the island would in the browser.
import { createActor } from 'xstate';
import { quizMachine, type QuizInput } from '../../machines/quiz.ts';
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

export function postedStep(form: FormData, quiz: LearnerQuiz): PostedStep {
  const intent = String(form.get('intent') ?? 'submit');
  const seed = Number(form.get('seed'));
  const index = Number(form.get('index'));
  return {
    intent: intent.startsWith('show:') ? { show: intent.slice(5) } : intent === 'next' || intent === 'previous' ? intent : 'submit',
    seed: Number.isSafeInteger(seed) && seed >= 0 ? seed : 0,
    index: Number.isSafeInteger(index) ? index : 0,
    reviewing: form.get('reviewing') === 'yes',
    returnToReview: form.get('return') === 'review',
    answers: Object.fromEntries(Object.entries(answersFromForm(form, quiz)).filter(([, ids]) => ids.length > 0)),
  };
}

/** Where a Next, Previous or Change leaves the attempt: the machine's own answer, as the island's starting point. */
export function stepTaken(quiz: LearnerQuiz, status: QuizStatus, step: PostedStep): { seed: number } & Pick<QuizInput, 'resume'> {
  const actor = createActor(quizMachine, {
    input: { quiz, status, seed: step.seed, resume: { index: step.index, answers: step.answers, reviewing: step.reviewing, returnToReview: step.returnToReview } },
  }).start();
  if (step.intent === 'next') actor.send({ type: 'question.next' });
  else if (step.intent === 'previous') actor.send({ type: 'question.previous' });
  else if (typeof step.intent === 'object') actor.send({ type: 'question.show', questionId: step.intent.show });
  const snapshot = actor.getSnapshot();
  actor.stop();
  const { index, answers, returnToReview } = snapshot.context;
  return { seed: step.seed, resume: { index, answers, reviewing: snapshot.value === 'reviewing', returnToReview } };
}
