// Before and after an attempt: the intro with the start button, and where the learner stands once graded.
import type { LearnerQuiz, QuizStatus } from '../../lib/quizzes/types.ts';

/** "1 attempt left", "2 attempts left"; "" when attempts are unlimited. */
export const attemptsLeftText = (left: number | null) => (left === null ? '' : `${left} attempt${left === 1 ? '' : 's'} left`);
const withLeft = (label: string, left: number | null) => (left === null ? label : `${label} (${attemptsLeftText(left)})`);

export function QuizIntro({ quiz, status, onStart }: { quiz: LearnerQuiz; status: QuizStatus; onStart: () => void }) {
  const count = quiz.questions.length;
  return (
    <>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>{count} question{count === 1 ? '' : 's'}</li>
        <li>Pass mark: {quiz.passMark}%</li>
        <li>
          {status.attemptsLeft === null
            ? 'You can take this quiz as many times as you need'
            : `Attempts left: ${status.attemptsLeft}${quiz.attemptsAllowed === null ? '' : ` of ${quiz.attemptsAllowed}`}`}
        </li>
        {status.bestScore !== null && <li>Your best score so far: {Math.round(status.bestScore)}%</li>}
      </ul>
      <button className="nhsuk-button" type="button" onClick={onStart}>Start the quiz</button>
    </>
  );
}

interface OutcomeProps {
  outcome: 'passed' | 'failed' | 'exhausted';
  quiz: LearnerQuiz;
  status: QuizStatus;
  onRetry: () => void;
  onRetake: () => void;
}

export function QuizOutcome({ outcome, quiz, status, onRetry, onRetake }: OutcomeProps) {
  const best = status.bestScore === null ? '' : ` Your best score is ${Math.round(status.bestScore)}%.`;
  if (outcome === 'failed') {
    return <button className="nhsuk-button" type="button" onClick={onRetry}>{withLeft('Try again', status.attemptsLeft)}</button>;
  }
  if (outcome === 'exhausted') {
    const all = quiz.attemptsAllowed === null ? 'all your attempts' : `all ${quiz.attemptsAllowed} attempts`;
    return <p className="nhsuk-body-l">You have used {all}. Contact the course educator.{best}</p>;
  }
  return (
    <>
      <p className="nhsuk-body-l">You have passed this quiz.{best}</p>
      {status.attemptsLeft !== 0 && (
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onRetake}>
          {withLeft('Retake the quiz', status.attemptsLeft)}
        </button>
      )}
    </>
  );
}
