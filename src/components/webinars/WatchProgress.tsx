// Watch tracking: reports what the browser actually played (video.played, which leaves out what was skipped) every 15
// seconds while playing, on pause and at the end, and by beacon when the page is hidden. Never stops the video: a
// failure only shows a small message, and the next report tries again.
import { useEffect, useState, type RefObject } from 'react';
import { normaliseRanges, progressText, timeRangesToList, type WatchProgress } from '#lib/webinars/player.ts';

const every = 15_000;
const unsaved = 'Your viewing could not be saved just now. We will try again as you watch.';

export function useWatchTracking(
  video: RefObject<HTMLVideoElement | null>,
  url: string | null,
  durationSeconds: number,
  initial: WatchProgress | null,
) {
  const [progress, setProgress] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const el = video.current;
    if (!el || !url) return;
    let lastSent = '';
    let stopped = false;
    let timer: ReturnType<typeof setInterval> | undefined;

    /** The report to send, or null when nothing new has been played since the last one. */
    const next = () => {
      const ranges = normaliseRanges(timeRangesToList(el.played), durationSeconds);
      const body = JSON.stringify({ ranges });
      return stopped || ranges.length === 0 || body === lastSent ? null : body;
    };
    const send = async () => {
      const body = next();
      if (!body) return;
      lastSent = body;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          credentials: 'same-origin',
        });
        const data = (await response.json().catch(() => null)) as (WatchProgress & { message?: string }) | null;
        if (response.ok && data && typeof data.percent === 'number') {
          setProgress(data);
          setProblem(null);
          return;
        }
        lastSent = '';
        if ([401, 403, 404].includes(response.status)) stopped = true;
        setProblem(data?.message || unsaved);
      } catch {
        lastSent = '';
        setProblem(unsaved);
      }
    };
    const beacon = () => {
      const body = next();
      if (!body) return;
      lastSent = body;
      const queued =
        typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(url, new Blob([body], { type: 'application/json' }));
      if (!queued)
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          credentials: 'same-origin',
          keepalive: true,
        }).catch(() => {});
    };
    const onPlay = () => {
      timer ??= setInterval(() => {
        void send();
      }, every);
    };
    const onStop = () => {
      clearInterval(timer);
      timer = undefined;
      void send();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') beacon();
    };

    el.addEventListener('play', onPlay);
    el.addEventListener('pause', onStop);
    el.addEventListener('ended', onStop);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', beacon);
    return () => {
      clearInterval(timer);
      el.removeEventListener('play', onPlay);
      el.removeEventListener('pause', onStop);
      el.removeEventListener('ended', onStop);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', beacon);
    };
  }, [video, url, durationSeconds]);

  return { progress, problem };
}

/** The progress, and any problem saving it, in a polite live region. */
export function WatchStatus({ progress, problem }: { progress: WatchProgress | null; problem: string | null }) {
  return (
    <div className="app-webinar-player__status" role="status" aria-live="polite">
      {progress && <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">{progressText(progress)}</p>}
      {problem && <p className="nhsuk-body-s nhsuk-u-margin-bottom-0 app-webinar-player__problem">{problem}</p>}
    </div>
  );
}
