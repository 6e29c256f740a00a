// The questions of one attempt (all at once, one at a time, or the check-your-answers list) as a real form: without
// JavaScript it posts to the quiz page, which takes the same step on the server; with it, the island handles each
// button itself. Answers to questions not on screen travel as hidden inputs, so every step posts the whole attempt.
import type { SubmitEvent } from 'react';
import type { Answers, LearnerQuiz } from '#lib/quizzes/types.ts';
import { plainFieldName } from '#lib/quizzes/form-answers.ts';
import CheckAnswers from './CheckAnswers.tsx';
import QuestionFieldset, { missingAnswer } from './QuestionFieldset.tsx';
import QuizErrorSummary, { type Problem } from './QuizErrorSummary.tsx';

/** What a quiz form button asks for: its `intent` value. */
export type QuizIntent = 'next' | 'previous' | 'submit' | `show:${string}`;

interface Props {
  quiz: LearnerQuiz;
  /** Where the form posts without JavaScript: the quiz page. */
  action: string;
  seed: number;
  /** Question ids in this attempt's order. */
  order: string[];
  index: number;
  reviewing: boolean;
  returnToReview: boolean;
  answers: Answers;
  incomplete: string[];
  error: string | null;
  submitting: boolean;
  summaryId: string;
  reviewHeadingId: string;
  onAnswer: (questionId: string, optionIds: string[]) => void;
  onIntent: (intent: QuizIntent) => void;
  /** An error summary link was followed. */
  onGoTo: (questionId: string) => void;
}

export default function QuizForm(props: Props) {
  const { quiz, order, index, reviewing, answers, incomplete, error, submitting, summaryId } = props;
  const questions = order.map((id) => quiz.questions.find((q) => q.id === id)!);
  const oneAtATime = quiz.display === 'one-at-a-time';
  const shown = reviewing ? [] : oneAtATime ? questions.slice(index, index + 1) : questions;
  const hidden = questions.filter((q) => !shown.includes(q));
  const numberOf = (id: string) => order.indexOf(id) + 1;
  const submits = reviewing || !oneAtATime;

  const problems: Problem[] = [
    ...(error ? [{ text: error }] : []),
    ...questions
      .filter((q) => incomplete.includes(q.id))
      .map((q) => ({ text: missingAnswer(q, numberOf(q.id)), target: plainFieldName(q.id) })),
  ];
  const byTarget = new Map(order.map((id) => [plainFieldName(id), id]));

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as globalThis.SubmitEvent).submitter as HTMLButtonElement | null;
    props.onIntent((submitter?.value || (submits ? 'submit' : 'next')) as QuizIntent);
  };

  return (
    <form method="post" action={props.action} noValidate onSubmit={submit}>
      {problems.length > 0 && (
        <QuizErrorSummary id={summaryId} problems={problems} onGoTo={(target) => props.onGoTo(byTarget.get(target)!)} />
      )}
      <input type="hidden" name="seed" value={props.seed} />
      <input type="hidden" name="index" value={index} />
      {reviewing && <input type="hidden" name="reviewing" value="yes" />}
      {props.returnToReview && <input type="hidden" name="return" value="review" />}
      {hidden.flatMap((q) =>
        (answers[q.id] ?? []).map((optionId) => (
          <input type="hidden" key={`${q.id}-${optionId}`} name={plainFieldName(q.id)} value={optionId} />
        )),
      )}
      {reviewing && <CheckAnswers quiz={quiz} order={order} answers={answers} headingId={props.reviewHeadingId} submitting={submitting} />}
      {shown.map((q) => (
        <QuestionFieldset
          key={q.id}
          question={q}
          number={numberOf(q.id)}
          total={order.length}
          domId={plainFieldName(q.id)}
          chosen={answers[q.id] ?? []}
          onChange={(optionIds) => props.onAnswer(q.id, optionIds)}
          error={incomplete.includes(q.id) ? missingAnswer(q, numberOf(q.id)) : null}
        />
      ))}
      <p className="nhsuk-u-visually-hidden" role="status" aria-live="polite">
        {submitting ? 'Submitting your answers' : ''}
      </p>
      <div className="nhsuk-button-group">
        <button className="nhsuk-button" type="submit" name="intent" value={submits ? 'submit' : 'next'} disabled={submitting}>
          {submitting ? 'Submitting…' : submits ? 'Submit answers' : 'Continue'}
        </button>
        {oneAtATime && (reviewing || index > 0) && (
          <button className="nhsuk-button nhsuk-button--secondary" type="submit" name="intent" value="previous" disabled={submitting}>
            Previous question
          </button>
        )}
      </div>
    </form>
  );
}
