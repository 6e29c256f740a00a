// Where a person left off in a webinar, kept in their browser so the player picks up there next time.

const key = (webinarId: string) => `webinar-position:${webinarId}`;
/** Positions this close to the start or the end are not worth resuming. */
const margin = 10;

/** The saved position to resume at, or null when there is none worth resuming (too near the start or end). */
export function resumeAt(saved: string | null, durationSeconds: number): number | null {
  const at = Number(saved);
  if (saved === null || !Number.isFinite(at) || at < margin) return null;
  if (Number.isFinite(durationSeconds) && durationSeconds > 0 && at > durationSeconds - margin) return null;
  return at;
}

export function loadPosition(webinarId: string, durationSeconds: number): number | null {
  try {
    return resumeAt(localStorage.getItem(key(webinarId)), durationSeconds);
  } catch {
    return null;
  }
}

export function savePosition(webinarId: string, seconds: number): void {
  try {
    localStorage.setItem(key(webinarId), String(Math.floor(seconds)));
  } catch {
    // Storage full or blocked: resuming is a convenience.
  }
}
