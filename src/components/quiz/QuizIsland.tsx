// The quiz island: runs the quiz machine with the real submitAttempt (a POST to the grading endpoint) and renders each
// state with the components beside it. Focus follows the learner: to the question shown, the error summary, the score.
import { useActor } from '@xstate/react';
import { useEffect, useRef, useState } from 'react';
import { fromPromise } from 'xstate';
import type { GradedAttempt, LearnerQuiz, QuizStatus } from '../../lib/quizzes/types.ts';
import { QuizSubmitError, quizMachine, type SubmitInput } from '../../machines/quiz.ts';
import { headingId } from './QuestionFieldset.tsx';
import QuizFeedback from './QuizFeedback.tsx';
import QuizForm from './QuizForm.tsx';
import { QuizIntro, QuizOutcome } from './QuizOutcome.tsx';

interface Props {
  quiz: LearnerQuiz;
  /** null when signed out. */
  status: QuizStatus | null;
  /** Where the answers are POSTed as `{ answers }`; answers with a GradedAttempt, or `{ code?, message }`. */
  submitUrl: string;
  signInHref: string;
}

export const unreachable = 'We could not reach the server. Your answers are kept: try again.';

/** POSTs the answers; a refusal becomes a QuizSubmitError carrying the server's code and message. */
export function submitTo(url: string) {
  return fromPromise<GradedAttempt, SubmitInput>(async ({ input, signal }) => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers: input.answers }),
        credentials: 'same-origin', signal,
      });
    } catch {
      throw new QuizSubmitError(unreachable);
    }
    const body: unknown = await response.json().catch(() => null);
    if (response.ok && body) return body as GradedAttempt;
    const { code, message } = (body ?? {}) as { code?: string; message?: string };
    throw new QuizSubmitError(message || `The server could not grade your answers (error ${response.status}). Your answers are kept: try again.`, code);
  });
}

export default function QuizIsland({ quiz, status, submitUrl, signInHref }: Props) {
  const [logic] = useState(() => quizMachine.provide({ actors: { submitAttempt: submitTo(submitUrl) } }));
  const [snapshot, send, actorRef] = useActor(logic, { input: { quiz, status } });
  // Nothing until hydrated (an empty fragment, which Astro still recognises as React): without JavaScript the page's
  // plain form stands in, and a dead Start button would mislead.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const { context } = snapshot;
  const state = snapshot.value;

  const base = `quiz-${quiz.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const domId = (questionId: string) => `${base}-${questionId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const ids = { summary: `${base}-problems`, score: `${base}-score`, signIn: `${base}-sign-in` };

  // The id of the element to focus after the next render, set by the handlers below or when a submit settles.
  const focusNext = useRef<string | null>(null);
  const previous = useRef(state);
  useEffect(() => {
    if (previous.current === 'submitting' && state !== 'submitting') {
      focusNext.current = state === 'answering' ? ids.summary : state === 'signedOut' ? ids.signIn : ids.score;
    }
    previous.current = state;
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  // Send an event that shows a question (starting an attempt, Next, Previous), then focus that question's heading.
  const show = (event: Parameters<typeof send>[0]) => {
    send(event);
    const { order, index } = actorRef.getSnapshot().context;
    const id = order[index];
    if (id) focusNext.current = headingId(domId(id));
  };

  if (!hydrated) return <></>;
  if (state === 'signedOut' || !context.status) {
    return (
      <p id={ids.signIn} tabIndex={-1}>
        {context.error && <>{context.error} </>}<a href={signInHref}>Sign in to take this quiz</a>
      </p>
    );
  }
  if (state === 'ready') return <QuizIntro quiz={quiz} status={context.status} onStart={() => show({ type: 'quiz.start' })} />;
  if (state === 'answering' || state === 'submitting') {
    return (
      <QuizForm
        quiz={quiz} order={context.order} index={context.index} answers={context.answers} incomplete={context.incomplete}
        error={context.error} submitting={state === 'submitting'} summaryId={ids.summary} domId={domId}
        onAnswer={(questionId, optionIds) => send({ type: 'answer.select', questionId, optionIds })}
        onNext={() => show({ type: 'question.next' })}
        onPrevious={() => show({ type: 'question.previous' })}
        onSubmit={() => { focusNext.current = ids.summary; send({ type: 'quiz.submit' }); }}
        onGoTo={(questionId) => {
          const input = document.getElementById(domId(questionId));
          if (input) input.focus();
          else focusNext.current = domId(questionId);
          send({ type: 'question.show', questionId });
        }}
      />
    );
  }
  const outcome = state === 'passed' || state === 'failed' ? state : 'exhausted';
  return (
    <>
      {context.result && <QuizFeedback quiz={quiz} result={context.result} headingId={ids.score} />}
      <QuizOutcome
        outcome={outcome} quiz={quiz} status={context.status}
        onRetry={() => show({ type: 'quiz.retry' })} onRetake={() => show({ type: 'quiz.retake' })}
      />
    </>
  );
}
