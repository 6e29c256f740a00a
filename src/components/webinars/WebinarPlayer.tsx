// The webinar player island: the video with captions and a speed control, chapters, and an interactive transcript
// that follows the video and can be searched. Without a video the chapters and transcript still go to their place.
// The server renders it all (chapters and transcript as plain HTML); hydration adds seeking, following and search.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { chosenTime, followedTime, indexAt, nearestScrollTop, searchTranscript } from '#lib/webinars/player.ts';
import { formatTime } from '#lib/webinars/format-time.ts';
import { loadPosition, savePosition } from '#lib/webinars/resume.ts';
import '#styles/webinar-player.scss';
import ChapterList from './ChapterList.tsx';
import TranscriptCue, { type CueData } from './TranscriptCue.tsx';
import TranscriptSearch from './TranscriptSearch.tsx';
import { WatchStatus, useWatchTracking } from './WatchProgress.tsx';

interface Props {
  webinarId: string;
  title: string;
  /** Video URL, or null: the video is not included in the demo; transcript and chapters still work. */
  video: string | null;
  /** The title card shown before the video plays. */
  poster: string;
  /** WebVTT URL for the <track>. */
  captionsUrl: string;
  /** The transcript (the same cues as the captions), in seconds. */
  cues: CueData[];
  chapters: { start: number; title: string }[];
  durationSeconds: number;
  /** Start position from ?t= (a search result or chapter link). */
  startAt: number | null;
  /** Where watched ranges are POSTed as JSON `{ ranges: [[start, end], ...] }`; null when signed out (no tracking). */
  progressUrl: string | null;
  /** Already watched, as shown on load. */
  watched: { percent: number; completed: boolean } | null;
}

const speeds = [0.75, 1, 1.25, 1.5, 1.75, 2];
/** How often, in seconds of playback, the position to resume at is saved. */
const saveEvery = 5;
/** How long after someone scrolls the transcript it stops following the video. */
const userScrollPause = 5_000;

const smooth = (): ScrollBehavior => (window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');

export default function WebinarPlayer({
  webinarId,
  title,
  video,
  poster,
  captionsUrl,
  cues,
  chapters,
  durationSeconds,
  startAt,
  progressUrl,
  watched,
}: Props) {
  const id = useId();
  const videoRef = useRef<HTMLVideoElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const playing = useRef(false);
  const userScrolledAt = useRef(0);
  const ownScrollUntil = useRef(0);
  const startTime = startAt === null ? null : chosenTime(cues, startAt);
  /** Where the learner last sent the video, until playback passes it. */
  const aim = useRef(startTime);
  const [position, setPosition] = useState(() => ({
    cue: startTime === null ? -1 : indexAt(cues, startTime),
    chapter: startTime === null ? -1 : indexAt(chapters, startTime),
  }));
  const [rate, setRate] = useState(1);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const [resumed, setResumed] = useState<number | null>(null);
  const savedAt = useRef(0);
  const { progress, problem } = useWatchTracking(videoRef, progressUrl, durationSeconds, watched);

  const anchors = useMemo(() => {
    const seen = new Set<number>();
    return cues.map((cue) => {
      const s = Math.floor(cue.start);
      if (seen.has(s)) return undefined;
      seen.add(s);
      return `cue-${s}`;
    });
  }, [cues]);
  const matches = useMemo(() => searchTranscript(cues, query), [cues, query]);
  const matching = useMemo(() => new Set(matches), [matches]);

  const moveTo = useCallback(
    (time: number) => {
      const at = followedTime(time, aim.current);
      if (at !== aim.current) aim.current = null;
      setPosition((p) => {
        const next = { cue: indexAt(cues, at), chapter: indexAt(chapters, at) };
        return next.cue === p.cue && next.chapter === p.chapter ? p : next;
      });
    },
    [cues, chapters],
  );

  /** Brings a cue into view inside the transcript box only, so the page itself never jumps. */
  const showCue = useCallback((index: number, behavior: ScrollBehavior) => {
    const box = boxRef.current;
    const item = box?.querySelector<HTMLElement>(`[data-cue="${index}"]`);
    if (!box || !item || box.scrollHeight <= box.clientHeight) return;
    const b = box.getBoundingClientRect();
    const i = item.getBoundingClientRect();
    const top = nearestScrollTop({ top: b.top, bottom: b.bottom, scrollTop: box.scrollTop }, { top: i.top - 8, bottom: i.bottom + 8 });
    if (top === null) return;
    ownScrollUntil.current = Date.now() + 1_000;
    box.scrollTo({ top, behavior });
  }, []);

  const choose = useCallback(
    (chosen: number, play: boolean) => {
      const el = videoRef.current;
      const time = chosenTime(cues, chosen);
      aim.current = time;
      moveTo(time);
      userScrolledAt.current = 0;
      if (el) {
        el.currentTime = time;
        if (play) el.play().catch(() => {});
        showCue(indexAt(cues, time), smooth());
        return;
      }
      // No video: go to the words instead, and start keyboard navigation from there.
      const item = boxRef.current?.querySelector<HTMLElement>(`[data-cue="${Math.max(0, indexAt(cues, time))}"]`);
      if (!item) return;
      item.scrollIntoView({ block: 'nearest', behavior: smooth() });
      if (!item.contains(document.activeElement)) item.querySelector('button')?.focus({ preventScroll: true });
    },
    [cues, moveTo, showCue],
  );
  const chooseCue = useCallback((start: number) => choose(start, false), [choose]);
  const chooseChapter = useCallback((start: number) => choose(start, true), [choose]);

  // Open at ?t=: seek there (once the video knows its length) and show that cue.
  useEffect(() => {
    if (startTime === null) return;
    showCue(indexAt(cues, startTime), 'auto');
    const el = videoRef.current;
    if (!el) return;
    const seek = () => {
      el.currentTime = startTime;
    };
    if (el.readyState >= 1) seek();
    else el.addEventListener('loadedmetadata', seek, { once: true });
    return () => el.removeEventListener('loadedmetadata', seek);
    // The island's props never change, so this runs once, when the page opens.
  }, [cues, showCue, startTime]);

  // Without ?t=, pick up where this person left off last time in this browser.
  useEffect(() => {
    const el = videoRef.current;
    if (!el || startTime !== null) return;
    const at = loadPosition(webinarId, durationSeconds);
    if (at === null) return;
    const seek = () => {
      if (el.currentTime > 0) return;
      el.currentTime = at;
      aim.current = at;
      moveTo(at);
      showCue(indexAt(cues, at), 'auto');
      setResumed(at);
    };
    if (el.readyState >= 1) seek();
    else el.addEventListener('loadedmetadata', seek, { once: true });
    return () => el.removeEventListener('loadedmetadata', seek);
  }, [cues, durationSeconds, moveTo, showCue, startTime, webinarId]);

  const remember = (time: number, always = false) => {
    if (!always && Math.abs(time - savedAt.current) < saveEvery) return;
    savedAt.current = time;
    savePosition(webinarId, time);
  };

  // Follow the video, unless the reader has scrolled the transcript in the last few seconds.
  useEffect(() => {
    if (position.cue >= 0 && playing.current && Date.now() - userScrolledAt.current > userScrollPause) showCue(position.cue, smooth());
  }, [position.cue, showCue]);

  const onQueryChange = (next: string) => {
    setQuery(next);
    setActive(-1);
  };
  const onMove = (step: 1 | -1) => {
    if (matches.length === 0) return;
    const next = active < 0 ? (step === 1 ? 0 : matches.length - 1) : (active + step + matches.length) % matches.length;
    setActive(next);
    userScrolledAt.current = Date.now();
    showCue(matches[next]!, smooth());
  };
  const userScrolled = () => {
    userScrolledAt.current = Date.now();
  };

  return (
    <div className="app-webinar-player" data-webinar={webinarId}>
      <div className="app-webinar-player__media">
        {video ? (
          <>
            <video
              ref={videoRef}
              className="app-video"
              controls
              preload="metadata"
              playsInline
              src={video}
              poster={poster}
              aria-label={`Video: ${title}`}
              onTimeUpdate={(e) => {
                moveTo(e.currentTarget.currentTime);
                if (playing.current) remember(e.currentTarget.currentTime);
              }}
              onSeeked={(e) => moveTo(e.currentTarget.currentTime)}
              onPlay={() => {
                playing.current = true;
              }}
              onPause={(e) => {
                playing.current = false;
                remember(e.currentTarget.currentTime, true);
              }}
              onEnded={() => {
                playing.current = false;
                remember(0, true);
              }}
              onRateChange={(e) => setRate(e.currentTarget.playbackRate)}
            >
              <track kind="captions" src={captionsUrl} srcLang="en-GB" label="English" default />
              <p>
                Your browser cannot play this video. <a href={video}>Download the video</a> and read the transcript below.
              </p>
            </video>
            {resumed !== null && (
              <p className="nhsuk-body-s app-webinar-player__resumed" role="status">
                Continuing from {formatTime(resumed)}, where you left off.{' '}
                <button
                  type="button"
                  className="app-link-button"
                  onClick={() => {
                    choose(0, false);
                    setResumed(null);
                  }}
                >
                  Start from the beginning
                </button>
              </p>
            )}
            <div className="nhsuk-form-group app-webinar-player__controls">
              <label className="nhsuk-label" htmlFor={`${id}-speed`}>
                Playback speed
              </label>
              <select
                className="nhsuk-select app-webinar-player__speed"
                id={`${id}-speed`}
                value={String(rate)}
                onChange={(e) => {
                  const value = Number(e.target.value);
                  setRate(value);
                  if (videoRef.current) videoRef.current.playbackRate = value;
                }}
              >
                {speeds.map((s) => (
                  <option key={s} value={String(s)}>
                    {s === 1 ? 'Normal (1×)' : `${s}×`}
                  </option>
                ))}
              </select>
            </div>
            {progressUrl && <WatchStatus progress={progress} problem={problem} />}
          </>
        ) : (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>The video of this webinar is not included in the demo. The transcript and chapters below work on their own.</p>
          </div>
        )}

        <h2 className="nhsuk-heading-m" id={`${id}-chapters`}>
          Chapters
        </h2>
        <ChapterList chapters={chapters} current={position.chapter} onChoose={chooseChapter} />
      </div>

      <div className="app-webinar-player__side">
        <h2 className="nhsuk-heading-m" id={`${id}-transcript`}>
          Transcript
        </h2>
        {cues.length === 0 ? (
          <p>There is no transcript for this webinar yet.</p>
        ) : (
          <>
            <TranscriptSearch query={query} count={matches.length} active={active} onQueryChange={onQueryChange} onMove={onMove} />
            <div
              ref={boxRef}
              className="app-transcript-box"
              role="region"
              aria-labelledby={`${id}-transcript`}
              onWheel={userScrolled}
              onTouchMove={userScrolled}
              onScroll={() => {
                if (Date.now() > ownScrollUntil.current) userScrolled();
              }}
            >
              <ol className="nhsuk-list app-transcript">
                {cues.map((cue, i) => (
                  <TranscriptCue
                    key={i}
                    cue={cue}
                    index={i}
                    anchor={anchors[i]}
                    current={i === position.cue}
                    active={active >= 0 && matches[active] === i}
                    query={matching.has(i) ? query : ''}
                    onChoose={chooseCue}
                  />
                ))}
              </ol>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
