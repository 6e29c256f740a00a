// A graded attempt: the score, whether it passed, then how each question went, with its feedback and explanation.
import type { GradedAttempt, LearnerQuiz, QuestionResult } from '#lib/quizzes/types.ts';

interface Props {
  quiz: LearnerQuiz;
  result: GradedAttempt;
  /** The score heading's id: the island moves focus to it. */
  headingId: string;
}

export default function QuizFeedback({ quiz, result, headingId }: Props) {
  const verdictId = `${headingId}-verdict`;
  return (
    <section aria-labelledby={headingId}>
      <h2 className="nhsuk-heading-l" id={headingId} tabIndex={-1} aria-describedby={verdictId}>
        You scored {Math.round(result.score)}% ({result.correctCount} of {result.questionCount})
      </h2>
      <p className="nhsuk-body-l" id={verdictId}>
        {result.passed ? 'You passed' : `You did not pass: the pass mark is ${result.passMark}%`}
      </p>
      <ol className="nhsuk-list">
        {result.questions.map((r, i) => (
          <li key={r.id}>
            <QuestionFeedback quiz={quiz} result={r} number={i + 1} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function QuestionFeedback({ quiz, result, number }: { quiz: LearnerQuiz; result: QuestionResult; number: number }) {
  const question = quiz.questions.find((q) => q.id === result.id);
  const text = (optionId: string) => question?.options.find((o) => o.id === optionId)?.text ?? optionId;
  const plural = (ids: string[]) => (ids.length === 1 ? '' : 's');
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s">
          Question {number}{' '}
          <strong className={result.correct ? 'nhsuk-tag nhsuk-tag--green' : 'nhsuk-tag nhsuk-tag--red'}>
            {result.correct ? 'Correct' : 'Not correct'}
          </strong>
        </h3>
        {question && <p>{question.prompt}</p>}
        <h4 className="nhsuk-heading-xs">Your answer{plural(result.chosen)}</h4>
        <ul className="nhsuk-list">
          {result.chosen.map((id) => {
            const feedback = result.feedback.find((f) => f.optionId === id)?.text;
            return (
              <li key={id}>
                <strong>{text(id)}</strong>
                {feedback && <p className="nhsuk-u-margin-bottom-0">{feedback}</p>}
              </li>
            );
          })}
        </ul>
        {result.explanation && <p>{result.explanation}</p>}
        {result.correctOptions && (
          <>
            <h4 className="nhsuk-heading-xs">Correct answer{plural(result.correctOptions)}</h4>
            <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
              {result.correctOptions.map((id) => (
                <li key={id}>{text(id)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
