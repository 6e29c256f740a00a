// Around an attempt: the facts above the questions, and where the learner stands once graded. The outcome's actions
// are links to the quiz page (a new attempt without JavaScript); the island handles them in place.
import type { MouseEvent } from 'react';
import type { LearnerQuiz, QuizStatus } from '#lib/quizzes/types.ts';

/** "1 attempt left", "2 attempts left"; "" when attempts are unlimited. */
export const attemptsLeftText = (left: number | null) => (left === null ? '' : `${left} attempt${left === 1 ? '' : 's'} left`);
const withLeft = (label: string, left: number | null) => (left === null ? label : `${label} (${attemptsLeftText(left)})`);

export function QuizFacts({ quiz, status }: { quiz: LearnerQuiz; status: QuizStatus }) {
  const count = quiz.questions.length;
  return (
    <ul className="nhsuk-list nhsuk-list--bullet">
      <li>
        {count} question{count === 1 ? '' : 's'}, pass mark {quiz.passMark}%
      </li>
      <li>
        {status.attemptsLeft === null
          ? 'You can take this quiz as many times as you need'
          : `Attempts left: ${status.attemptsLeft}${quiz.attemptsAllowed === null ? '' : ` of ${quiz.attemptsAllowed}`}`}
        {status.bestScore !== null && <>; your best score so far: {Math.round(status.bestScore)}%</>}
      </li>
    </ul>
  );
}

interface OutcomeProps {
  outcome: 'passed' | 'failed' | 'exhausted';
  quiz: LearnerQuiz;
  status: QuizStatus;
  /** The quiz page: a GET starts a new attempt; `?retake=1` once passed. */
  action: string;
  /** Where to post to complete the course, when passing this quiz leaves nothing else to do. */
  completeAction: string | null;
  onRetry: () => void;
  onRetake: () => void;
}

const inPlace = (handler: () => void) => (event: MouseEvent<HTMLAnchorElement>) => {
  event.preventDefault();
  handler();
};

export function QuizOutcome({ outcome, quiz, status, action, completeAction, onRetry, onRetake }: OutcomeProps) {
  const best = status.bestScore === null ? '' : ` Your best score is ${Math.round(status.bestScore)}%.`;
  if (outcome === 'failed') {
    return (
      <a className="nhsuk-button" role="button" draggable="false" href={action} onClick={inPlace(onRetry)}>
        {withLeft('Try again', status.attemptsLeft)}
      </a>
    );
  }
  if (outcome === 'exhausted') {
    const all = quiz.attemptsAllowed === null ? 'all your attempts' : `all ${quiz.attemptsAllowed} attempts`;
    return (
      <p className="nhsuk-body-l">
        You have used {all}. Contact the course educator.{best}
      </p>
    );
  }
  return (
    <>
      <p className="nhsuk-body-l">You have passed this quiz.{best}</p>
      {completeAction && (
        <form method="post" action={completeAction}>
          <p>You have now done everything this course asks. Complete it to get your certificate and CPD hours.</p>
          <button className="nhsuk-button" type="submit">
            Complete the course and get your certificate
          </button>
        </form>
      )}
      {status.attemptsLeft !== 0 && (
        <p>
          <a
            className="nhsuk-button nhsuk-button--secondary"
            role="button"
            draggable="false"
            href={`${action}?retake=1`}
            onClick={inPlace(onRetake)}
          >
            {withLeft('Retake the quiz', status.attemptsLeft)}
          </a>
        </p>
      )}
    </>
  );
}
