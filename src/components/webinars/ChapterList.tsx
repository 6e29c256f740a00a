// The chapters of a webinar: each a button that goes to its start; the chapter playing (or last chosen) is current.
import { formatTime } from '#lib/webinars/format-time.ts';

interface Props {
  chapters: { start: number; title: string }[];
  /** Index of the current chapter, or -1. */
  current: number;
  onChoose: (start: number) => void;
}

export default function ChapterList({ chapters, current, onChoose }: Props) {
  return (
    <ol className="nhsuk-list app-chapters">
      {chapters.map((chapter, i) => (
        <li key={`${chapter.start}-${i}`} className={i === current ? 'app-chapters__item--current' : undefined}>
          <button
            type="button"
            className="app-link-button"
            aria-current={i === current ? 'true' : undefined}
            onClick={() => onChoose(chapter.start)}
          >
            <span className="app-chapters__time">{formatTime(chapter.start)}</span> {chapter.title}
          </button>
        </li>
      ))}
    </ol>
  );
}
