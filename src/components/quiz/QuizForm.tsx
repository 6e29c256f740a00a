// The questions of one attempt, all at once or one at a time, with the error summary and the submit button.
import type { SubmitEvent } from 'react';
import type { Answers, LearnerQuiz } from '../../lib/quizzes/types.ts';
import QuestionFieldset, { missingAnswer } from './QuestionFieldset.tsx';
import QuizErrorSummary, { type Problem } from './QuizErrorSummary.tsx';

interface Props {
  quiz: LearnerQuiz;
  /** Question ids in this attempt's order. */
  order: string[];
  index: number;
  answers: Answers;
  incomplete: string[];
  error: string | null;
  submitting: boolean;
  summaryId: string;
  /** The id prefix of a question's fieldset (its first input's id). */
  domId: (questionId: string) => string;
  onAnswer: (questionId: string, optionIds: string[]) => void;
  onNext: () => void;
  onPrevious: () => void;
  onSubmit: () => void;
  /** An error summary link was followed. */
  onGoTo: (questionId: string) => void;
}

export default function QuizForm(props: Props) {
  const { quiz, order, index, answers, incomplete, error, submitting, summaryId, domId } = props;
  const questions = order.map((id) => quiz.questions.find((q) => q.id === id)!);
  const oneAtATime = quiz.display === 'one-at-a-time';
  const last = !oneAtATime || index === order.length - 1;
  const shown = oneAtATime ? questions.slice(index, index + 1) : questions;
  const numberOf = (id: string) => order.indexOf(id) + 1;

  const problems: Problem[] = [
    ...(error ? [{ text: error }] : []),
    ...questions.filter((q) => incomplete.includes(q.id)).map((q) => ({ text: missingAnswer(q, numberOf(q.id)), target: domId(q.id) })),
  ];
  const byTarget = new Map(order.map((id) => [domId(id), id]));

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (last) props.onSubmit();
    else props.onNext();
  };

  return (
    <form noValidate onSubmit={submit}>
      {problems.length > 0 && (
        <QuizErrorSummary id={summaryId} problems={problems} onGoTo={(target) => props.onGoTo(byTarget.get(target)!)} />
      )}
      {shown.map((q) => (
        <QuestionFieldset
          key={q.id} question={q} number={numberOf(q.id)} total={order.length} domId={domId(q.id)}
          chosen={answers[q.id] ?? []} onChange={(optionIds) => props.onAnswer(q.id, optionIds)}
          error={incomplete.includes(q.id) ? missingAnswer(q, numberOf(q.id)) : null}
        />
      ))}
      <p className="nhsuk-u-visually-hidden" role="status" aria-live="polite">{submitting ? 'Submitting your answers' : ''}</p>
      <div className="nhsuk-button-group">
        {oneAtATime && index > 0 && (
          <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={props.onPrevious} disabled={submitting}>
            Previous
          </button>
        )}
        <button className="nhsuk-button" type="submit" disabled={submitting}>
          {!last ? 'Next' : submitting ? 'Submitting…' : 'Submit answers'}
        </button>
      </div>
    </form>
  );
}
