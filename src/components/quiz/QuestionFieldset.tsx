// One quiz question as an NHS.UK fieldset: radios for single-choice and true/false, checkboxes for multiple choice.
import type { LearnerQuestion } from '#lib/quizzes/types.ts';

interface Props {
  question: LearnerQuestion;
  /** Position in this attempt, from 1. */
  number: number;
  total: number;
  /** Prefix of the fieldset's ids; the first option's input takes it as its id, so error links can point at it. */
  domId: string;
  chosen: string[];
  /** Shown when a submit was refused with this question unanswered. */
  error: string | null;
  onChange: (optionIds: string[]) => void;
}

/** The error shown on an unanswered question, and in the error summary. */
export function missingAnswer(question: LearnerQuestion, number: number): string {
  return question.type === 'multiple' ? `Select at least one answer to question ${number}` : `Select an answer to question ${number}`;
}

export const headingId = (domId: string) => `${domId}-heading`;

export default function QuestionFieldset({ question, number, total, domId, chosen, error, onChange }: Props) {
  const multiple = question.type === 'multiple';
  const kind = multiple ? 'checkboxes' : 'radios';
  const hintId = `${domId}-hint`;
  const errorId = `${domId}-error`;
  const showHint = multiple && !/select all that apply/i.test(question.prompt);
  const describedBy = [showHint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;

  const toggle = (optionId: string, checked: boolean) => {
    if (!multiple) return onChange(checked ? [optionId] : []);
    onChange(question.options.filter((o) => (o.id === optionId ? checked : chosen.includes(o.id))).map((o) => o.id));
  };

  return (
    <div className={error ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
          <h2 className="nhsuk-fieldset__heading" id={headingId(domId)} tabIndex={-1}>
            <span className="nhsuk-caption-m">
              Question {number} of {total}
              <span className="nhsuk-u-visually-hidden"> - </span>
            </span>
            {question.prompt}
          </h2>
        </legend>
        {showHint && (
          <div className="nhsuk-hint" id={hintId}>
            Select all that apply
          </div>
        )}
        {error && (
          <span className="nhsuk-error-message" id={errorId}>
            <span className="nhsuk-u-visually-hidden">Error: </span>
            {error}
          </span>
        )}
        <div className={`nhsuk-${kind}`}>
          {question.options.map((option, i) => {
            const id = i === 0 ? domId : `${domId}-${i + 1}`;
            return (
              <div className={`nhsuk-${kind}__item`} key={option.id}>
                <input
                  className={`nhsuk-${kind}__input`}
                  id={id}
                  name={domId}
                  type={multiple ? 'checkbox' : 'radio'}
                  value={option.id}
                  checked={chosen.includes(option.id)}
                  onChange={(e) => toggle(option.id, e.target.checked)}
                />
                <label className={`nhsuk-label nhsuk-${kind}__label`} htmlFor={id}>
                  {option.text}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
