// Search within the transcript: matches are marked in the transcript; Enter or Next and Previous move between them,
// and a polite live region says how many there are (after a short pause in typing, so it does not talk over it).
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { matchesText } from '#lib/webinars/player.ts';

interface Props {
  query: string;
  count: number;
  /** Position among the matches of the one moved to, or -1. */
  active: number;
  onQueryChange: (query: string) => void;
  /** +1 for the next match, -1 for the previous. */
  onMove: (step: 1 | -1) => void;
}

export default function TranscriptSearch({ query, count, active, onQueryChange, onMove }: Props) {
  const id = useId();
  const text = matchesText(query, count, active);
  const [spoken, setSpoken] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(text), 400);
    return () => clearTimeout(timer);
  }, [text]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    onMove(event.shiftKey ? -1 : 1);
  };
  const none = count === 0;
  return (
    <>
      <div className="app-transcript-search">
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor={`${id}-q`}>
            Search the transcript
          </label>
          <div className="nhsuk-hint" id={`${id}-hint`}>
            Press Enter for the next match, Shift and Enter for the previous
          </div>
          <input
            className="nhsuk-input"
            id={`${id}-q`}
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={query}
            aria-describedby={`${id}-hint`}
            onChange={(e) => onQueryChange(e.target.value)}
            onKeyDown={onKeyDown}
          />
        </div>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          disabled={none}
          onClick={() => onMove(-1)}
        >
          Previous<span className="nhsuk-u-visually-hidden"> match</span>
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          disabled={none}
          onClick={() => onMove(1)}
        >
          Next<span className="nhsuk-u-visually-hidden"> match</span>
        </button>
      </div>
      <p className="nhsuk-body-s app-transcript-search__count" role="status" aria-live="polite">
        {spoken}
      </p>
    </>
  );
}
