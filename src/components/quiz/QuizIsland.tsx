// The quiz island: runs the quiz machine with the real submitAttempt (a POST to the grading endpoint) and renders each
// state with the components beside it. The server renders the same state first (the first question, or wherever a
// browser without JavaScript has got to), so the page reads before its JavaScript loads and hydrates without a jump.
// Focus follows the learner: to the question shown, the error summary, the check-your-answers list, the score.
import { useActor } from '@xstate/react';
import { useEffect, useRef, useState } from 'react';
import { fromPromise } from 'xstate';
import type { GradedAttempt, LearnerQuiz, QuizStatus } from '#lib/quizzes/types.ts';
import { plainFieldName } from '#lib/quizzes/form-answers.ts';
import { QuizSubmitError, quizMachine, type QuizInput, type SubmitInput } from '#machines/quiz.ts';
import { headingId } from './QuestionFieldset.tsx';
import QuizFeedback from './QuizFeedback.tsx';
import QuizForm, { type QuizIntent } from './QuizForm.tsx';
import { QuizFacts, QuizOutcome } from './QuizOutcome.tsx';

interface Props extends Pick<QuizInput, 'resume' | 'result' | 'retake'> {
  quiz: LearnerQuiz;
  /** null when signed out. */
  status: QuizStatus | null;
  /** Chosen on the server, so both render the same question order. */
  seed: number;
  /** Where the answers are POSTed as `{ answers }`; answers with a GradedAttempt, or `{ code?, message }`. */
  submitUrl: string;
  /** The quiz page, where the form posts without JavaScript. */
  action: string;
  signInHref: string;
  completeAction: string | null;
}

export const unreachable = 'We could not reach the server. Your answers are kept: try again.';

/** POSTs the answers; a refusal becomes a QuizSubmitError carrying the server's code and message. */
export function submitTo(url: string) {
  return fromPromise<GradedAttempt, SubmitInput>(async ({ input, signal }) => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers: input.answers }),
        credentials: 'same-origin',
        signal,
      });
    } catch {
      throw new QuizSubmitError(unreachable);
    }
    const body: unknown = await response.json().catch(() => null);
    if (response.ok && body) return body as GradedAttempt;
    const { code, message } = (body ?? {}) as { code?: string; message?: string };
    throw new QuizSubmitError(
      message || `The server could not grade your answers (error ${response.status}). Your answers are kept: try again.`,
      code,
    );
  });
}

export default function QuizIsland({ quiz, status, seed, resume, result, retake, submitUrl, action, signInHref, completeAction }: Props) {
  const [logic] = useState(() => quizMachine.provide({ actors: { submitAttempt: submitTo(submitUrl) } }));
  const [snapshot, send, actorRef] = useActor(logic, { input: { quiz, status, seed, resume, result, retake } });
  const { context } = snapshot;
  const state = snapshot.value;

  const base = `quiz-${quiz.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const ids = { summary: `${base}-problems`, score: `${base}-score`, signIn: `${base}-sign-in`, review: `${base}-review` };

  // The id of the element to focus after the next render, set by the handlers below or when a submit settles.
  const focusNext = useRef<string | null>(null);
  const previous = useRef(state);
  useEffect(() => {
    if (previous.current === 'submitting' && state !== 'submitting') {
      focusNext.current = state === 'answering' || state === 'reviewing' ? ids.summary : state === 'signedOut' ? ids.signIn : ids.score;
    }
    previous.current = state;
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  // Send an event that may show another question or the answers list, then focus its heading.
  const show = (event: Parameters<typeof send>[0]) => {
    send(event);
    const after = actorRef.getSnapshot();
    const id = after.context.order[after.context.index];
    focusNext.current = after.matches('reviewing') ? ids.review : id ? headingId(plainFieldName(id)) : null;
  };
  const onIntent = (intent: QuizIntent) => {
    if (intent === 'next') show({ type: 'question.next' });
    else if (intent === 'previous') show({ type: 'question.previous' });
    else if (intent === 'submit') {
      focusNext.current = ids.summary;
      send({ type: 'quiz.submit' });
    } else show({ type: 'question.show', questionId: intent.slice('show:'.length) });
  };

  if (state === 'signedOut' || !context.status) {
    return (
      <p id={ids.signIn} tabIndex={-1}>
        {context.error && <>{context.error} </>}
        <a href={signInHref}>Sign in to take this quiz</a>
      </p>
    );
  }
  if (state === 'answering' || state === 'reviewing' || state === 'submitting') {
    return (
      <>
        <QuizFacts quiz={quiz} status={context.status} />
        <QuizForm
          quiz={quiz}
          action={action}
          seed={context.seed}
          order={context.order}
          index={context.index}
          reviewing={state === 'reviewing' || (state === 'submitting' && quiz.display === 'one-at-a-time')}
          returnToReview={context.returnToReview}
          answers={context.answers}
          incomplete={context.incomplete}
          error={context.error}
          submitting={state === 'submitting'}
          summaryId={ids.summary}
          reviewHeadingId={ids.review}
          onAnswer={(questionId, optionIds) => send({ type: 'answer.select', questionId, optionIds })}
          onIntent={onIntent}
          onGoTo={(questionId) => {
            const input = document.getElementById(plainFieldName(questionId));
            if (input) input.focus();
            else focusNext.current = plainFieldName(questionId);
            send({ type: 'question.show', questionId });
          }}
        />
      </>
    );
  }
  const outcome = state === 'passed' || state === 'failed' ? state : 'exhausted';
  return (
    <>
      {context.result && <QuizFeedback quiz={quiz} result={context.result} headingId={ids.score} />}
      <QuizOutcome
        outcome={outcome}
        quiz={quiz}
        status={context.status}
        action={action}
        completeAction={context.result?.passed ? completeAction : null}
        onRetry={() => show({ type: 'quiz.retry' })}
        onRetake={() => show({ type: 'quiz.retake' })}
      />
    </>
  );
}
