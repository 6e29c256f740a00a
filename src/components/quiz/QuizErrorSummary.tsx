// The NHS.UK error summary: focused by the island when it appears, each problem linking to its question.
import type { MouseEvent } from 'react';

export interface Problem {
  text: string;
  /** Id of the input to go to, when there is one. */
  target?: string;
}

interface Props {
  id: string;
  problems: Problem[];
  onGoTo?: (target: string) => void;
}

export default function QuizErrorSummary({ id, problems, onGoTo }: Props) {
  const goTo = (event: MouseEvent<HTMLAnchorElement>, target: string) => {
    if (!onGoTo) return;
    event.preventDefault();
    onGoTo(target);
  };
  return (
    <div className="nhsuk-error-summary" id={id} aria-labelledby={`${id}-heading`} role="alert" tabIndex={-1}>
      <h2 className="nhsuk-error-summary__heading" id={`${id}-heading`}>
        There is a problem
      </h2>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {problems.map((p) => (
            <li key={p.target ?? p.text}>
              {p.target ? (
                <a href={`#${p.target}`} onClick={(e) => goTo(e, p.target!)}>
                  {p.text}
                </a>
              ) : (
                p.text
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
