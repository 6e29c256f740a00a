// The pure parts of the webinar player: watched ranges, the cue or chapter at a moment, and transcript search.

/** A stretch of the video, [start, end] in seconds. */
export type Range = [number, number];

/** The shape of the browser's TimeRanges (video.played), so ranges can be read without a real video. */
export interface TimeRangesLike {
  readonly length: number;
  start(index: number): number;
  end(index: number): number;
}

export function timeRangesToList(ranges: TimeRangesLike): Range[] {
  const list: Range[] = [];
  for (let i = 0; i < ranges.length; i++) list.push([ranges.start(i), ranges.end(i)]);
  return list;
}

const tenth = (n: number) => Math.round(n * 10) / 10;

/**
 * Sorted, merged ranges rounded to 0.1 s and kept within [0, max]: invalid or empty pairs are dropped, and ranges that
 * overlap or touch after rounding become one.
 */
export function normaliseRanges(ranges: Iterable<readonly [number, number]>, max = Infinity): Range[] {
  const clean: Range[] = [];
  for (const [from, to] of ranges) {
    if (!Number.isFinite(from) || !Number.isFinite(to)) continue;
    const start = tenth(Math.max(0, from));
    const end = tenth(Math.min(to, max));
    if (end > start) clean.push([start, end]);
  }
  clean.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const [start, end] of clean) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The index of the last item that has started by `time` (a binary search: items sorted by start), or -1. */
export function indexAt(items: readonly { start: number }[], time: number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (items[mid]!.start <= time) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/**
 * The moment a chosen time means. Chapters and links give whole seconds, as the transcript shows its times, so when no
 * cue has started yet within that second, the cue starting later in it is the one meant: 3:31 means the cue at 3:31.3.
 */
export function chosenTime(cues: readonly { start: number }[], time: number): number {
  const i = indexAt(cues, time);
  const next = cues[i + 1];
  const second = Math.floor(time);
  return (i < 0 || cues[i]!.start < second) && next && next.start < second + 1 ? next.start : time;
}

/**
 * The time to follow the video at. A seek can land up to a second before its aim (on a keyframe, or by rounding), and
 * counts as at the aim until playback passes it.
 */
export function followedTime(time: number, aim: number | null): number {
  return aim !== null && time <= aim && time > aim - 1 ? aim : time;
}

/** A piece of cue text: `match` pieces are shown in <mark>. */
export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Text folded for searching, one folded character per original character where possible, with the index in the
 * original of each folded character: lower case, accents dropped, curly quotes straight, whitespace runs as one space.
 */
function fold(text: string): { folded: string; at: number[] } {
  let folded = '';
  const at: number[] = [];
  let index = 0;
  for (const ch of text) {
    let f = ch
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/[\u201c\u201d]/g, '"');
    if (/\s/.test(f)) f = folded.endsWith(' ') ? '' : ' ';
    for (let i = 0; i < f.length; i++) at.push(index);
    folded += f;
    index += ch.length;
  }
  at.push(index);
  return { folded, at };
}

const foldQuery = (query: string) => fold(query.trim()).folded;

/** Where the query occurs in the text, as [start, end) offsets into the original text. */
function occurrences(text: string, query: string): Range[] {
  const q = foldQuery(query);
  if (!q) return [];
  const { folded, at } = fold(text);
  const found: Range[] = [];
  for (let i = folded.indexOf(q); i !== -1; i = folded.indexOf(q, i + q.length)) found.push([at[i]!, at[i + q.length]!]);
  return found;
}

/** The indexes of the cues whose text contains the query (ignoring case, accents and the kind of quote marks). */
export function searchTranscript(cues: readonly { text: string }[], query: string): number[] {
  const q = foldQuery(query);
  if (!q) return [];
  const matches: number[] = [];
  cues.forEach((cue, i) => {
    if (fold(cue.text).folded.includes(q)) matches.push(i);
  });
  return matches;
}

/** The text split so each occurrence of the query is its own segment, marked as a match. */
export function highlight(text: string, query: string): Segment[] {
  const segments: Segment[] = [];
  let from = 0;
  for (const [start, end] of occurrences(text, query)) {
    if (start > from) segments.push({ text: text.slice(from, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    from = end;
  }
  if (from < text.length || segments.length === 0) segments.push({ text: text.slice(from), match: false });
  return segments;
}

/** What a screen reader hears about a transcript search: "3 matches", "Match 2 of 3", "No matches". */
export function matchesText(query: string, count: number, active: number): string {
  if (!query.trim()) return '';
  if (count === 0) return 'No matches';
  if (active >= 0) return `Match ${active + 1} of ${count}`;
  return count === 1 ? '1 match' : `${count} matches`;
}

/** The progress a report answers with (and, without cpdMinutes, the progress known when the page loads). */
export interface WatchProgress {
  percent: number;
  completed: boolean;
  justCompleted?: boolean;
  cpdMinutes?: number;
  message?: string;
}

/**
 * The progress as a sentence. The percentage goes down to a multiple of 10, so the live region that shows it speaks
 * at most once every tenth of the webinar.
 */
export function progressText(p: WatchProgress): string {
  if (p.message) return p.message;
  if (p.completed) {
    return p.cpdMinutes
      ? `Watched. ${p.cpdMinutes} CPD minutes added to your CPD record.`
      : 'Watched. Its CPD minutes are in your CPD record.';
  }
  const percent = Math.max(0, Math.min(100, Math.floor(p.percent / 10) * 10));
  if (percent === 0) return 'Watch at least 90% of this webinar to add it to your CPD record.';
  return `You have watched ${percent}% of this webinar.`;
}

/** The scrollTop that brings an item fully into a scrolling box by the shortest move, or null when it is in view. */
export function nearestScrollTop(
  box: { top: number; bottom: number; scrollTop: number },
  item: { top: number; bottom: number },
): number | null {
  if (item.top < box.top || item.bottom - item.top > box.bottom - box.top) return box.scrollTop + item.top - box.top;
  if (item.bottom > box.bottom) return box.scrollTop + item.bottom - box.bottom;
  return null;
}
