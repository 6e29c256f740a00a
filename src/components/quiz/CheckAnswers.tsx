// The NHS.UK check-your-answers list at the end of a one-at-a-time quiz: each question with the answer given and a
// Change button that goes back to it, then Submit. The buttons post the quiz form, so this works without JavaScript.
import type { Answers, LearnerQuiz } from '#lib/quizzes/types.ts';

interface Props {
  quiz: LearnerQuiz;
  order: string[];
  answers: Answers;
  headingId: string;
  submitting: boolean;
}

export default function CheckAnswers({ quiz, order, answers, headingId, submitting }: Props) {
  return (
    <>
      <h2 className="nhsuk-heading-m" id={headingId} tabIndex={-1}>
        Check your answers before submitting
      </h2>
      <dl className="nhsuk-summary-list">
        {order.map((id, i) => {
          const question = quiz.questions.find((q) => q.id === id)!;
          const chosen = question.options.filter((o) => answers[id]?.includes(o.id));
          return (
            <div className="nhsuk-summary-list__row" key={id}>
              <dt className="nhsuk-summary-list__key">Question {i + 1}</dt>
              <dd className="nhsuk-summary-list__value">
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">{question.prompt}</p>
                {chosen.length === 0 ? (
                  <strong>Not answered</strong>
                ) : (
                  <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                    {chosen.map((o) => (
                      <li key={o.id}>
                        <strong>{o.text}</strong>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
              <dd className="nhsuk-summary-list__actions">
                <button className="app-link-button" type="submit" name="intent" value={`show:${id}`} disabled={submitting}>
                  Change<span className="nhsuk-u-visually-hidden"> your answer to question {i + 1}</span>
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}
