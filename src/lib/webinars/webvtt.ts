// Reads a WebVTT file into cues: start and end in seconds and the spoken text without voice or style tags.
import { stripInline } from '#lib/search/strip-markdown.ts';

export interface Cue {
  start: number;
  end: number;
  text: string;
  /** The speaker, from a `<v Name>` voice tag. */
  voice?: string;
}

const timing = /^((?:\d+:)?\d{1,2}:\d{2}(?:\.\d{1,3})?)\s+-->\s+((?:\d+:)?\d{1,2}:\d{2}(?:\.\d{1,3})?)/;

/** "01:02:03.500", "02:03.5" or "2:03" to seconds. */
export function parseTimestamp(text: string): number {
  const parts = text.trim().split(':').map(Number);
  if (parts.length < 2 || parts.length > 3 || parts.some((n) => !Number.isFinite(n) || n < 0)) return NaN;
  return parts.reduce((total, n) => total * 60 + n, 0);
}

export function parseWebVtt(source: string): Cue[] {
  const cues: Cue[] = [];
  const blocks = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/);
  for (const block of blocks) {
    const lines = block.split('\n');
    const at = lines.findIndex((line) => timing.test(line));
    if (at === -1 || /^(NOTE|STYLE|REGION)\b/.test(lines[0]!)) continue;
    const [, from, to] = timing.exec(lines[at]!)!;
    const raw = lines.slice(at + 1).join(' ');
    const voice = /<v(?:\.[\w.-]+)?\s+([^>]+)>/.exec(raw)?.[1]?.trim();
    const text = stripInline(raw.replace(/<[^>]*>/g, ''));
    const start = parseTimestamp(from!);
    const end = parseTimestamp(to!);
    if (text && Number.isFinite(start) && Number.isFinite(end)) cues.push({ start, end, text, ...(voice ? { voice } : {}) });
  }
  return cues.sort((a, b) => a.start - b.start);
}
