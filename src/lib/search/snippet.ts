// A short extract of a document's text around the words a query matched, as marked and unmarked segments.
import type lunr from 'lunr';
import { metadataOf } from './pipeline.ts';
import type { Segment } from './types.ts';

type Range = [start: number, end: number];

/** Where in `text` the analysed tokens whose terms matched lie, trimmed of punctuation, merged and in order. */
export function matchedRanges(text: string, tokens: lunr.Token[], matched: Set<string>): Range[] {
  const ranges: Range[] = [];
  for (const token of tokens) {
    const position = metadataOf(token).position;
    if (!position || !matched.has(token.toString())) continue;
    let [start, end] = [position[0], position[0] + position[1]];
    while (start < end && /[^\p{L}\p{N}]/u.test(text[start]!)) start++;
    while (end > start && /[^\p{L}\p{N}]/u.test(text[end - 1]!)) end--;
    if (end > start) ranges.push([start, end]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** The window of `length` characters holding the most different matched words, starting at a line or a word. */
function bestWindow(text: string, ranges: Range[], length: number): Range {
  if (text.length <= length) return [0, text.length];
  let best: Range = [0, length];
  let bestScore = -1;
  for (const [anchor] of ranges) {
    const lineStart = text.lastIndexOf('\n', anchor) + 1;
    let start = anchor - lineStart <= length / 2 ? lineStart : anchor - Math.floor(length / 4);
    if (start > lineStart) {
      const space = text.indexOf(' ', start);
      start = space !== -1 && space < anchor ? space + 1 : anchor;
    }
    start = Math.min(start, Math.max(0, text.length - length));
    while (start < anchor && /[\s.,;:–—-]/.test(text[start]!)) start++;
    const words = new Set(ranges.filter(([s, e]) => s >= start && e <= start + length).map(([s, e]) => text.slice(s, e).toLowerCase()));
    if (words.size > bestScore) [best, bestScore] = [[start, start + length], words.size];
  }
  const start = best[0];
  let end = best[1];
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), start + Math.floor(length / 2));
  return [start, Math.min(end, text.length)];
}

const tidy = (text: string) => text.replace(/\s+/g, ' ');

/** Segments of about `length` characters, with the matched words marked; an empty text gives no segments. */
export function buildSnippet(text: string, ranges: Range[], length = 220): Segment[] {
  if (!text) return [];
  const [start, end] = bestWindow(text, ranges, length);
  const segments: Segment[] = [];
  const push = (piece: string, match: boolean) => {
    if (!piece) return;
    const last = segments.at(-1);
    if (last && last.match === match) last.text += piece;
    else segments.push({ text: piece, match });
  };
  if (start > 0) push('… ', false);
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    push(tidy(text.slice(at, Math.max(at, s))), false);
    push(tidy(text.slice(Math.max(s, at), Math.min(e, end))), true);
    at = Math.min(e, end);
  }
  push(tidy(text.slice(at, end)), false);
  if (end < text.length) push(' …', false);
  const first = segments[0];
  if (first && !first.match) first.text = first.text.trimStart();
  const last = segments.at(-1);
  if (last && !last.match) last.text = last.text.trimEnd();
  return segments;
}
