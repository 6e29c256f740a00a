// One line of the interactive transcript: a button with its time that goes there, the speaker, and the words, with
// the words searched for in <mark>.
import { memo } from 'react';
import { formatTime } from '#lib/webinars/format-time.ts';
import { highlight } from '#lib/webinars/player.ts';

export interface CueData {
  start: number;
  end: number;
  text: string;
  voice?: string;
}

interface Props {
  cue: CueData;
  index: number;
  /** `cue-<seconds>` for the first cue of each whole second, so `#cue-<seconds>` links land here. */
  anchor: string | undefined;
  current: boolean;
  /** The match the search has moved to. */
  active: boolean;
  /** The search query when this cue matches it, else ''. */
  query: string;
  onChoose: (start: number) => void;
}

function TranscriptCue({ cue, index, anchor, current, active, query, onChoose }: Props) {
  const classes = ['app-transcript__cue', current && 'app-transcript__cue--current', active && 'app-transcript__cue--match'];
  return (
    <li id={anchor} className={classes.filter(Boolean).join(' ')} data-cue={index} aria-current={current ? 'true' : undefined}>
      <button type="button" className="app-link-button app-transcript__time" onClick={() => onChoose(cue.start)}>
        <span className="nhsuk-u-visually-hidden">Go to </span>
        {formatTime(cue.start)}
      </button>
      <span>
        {cue.voice && <span className="app-transcript__voice">{cue.voice}: </span>}
        {query
          ? highlight(cue.text, query).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))
          : cue.text}
      </span>
    </li>
  );
}

export default memo(TranscriptCue);
