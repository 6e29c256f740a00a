// Groups consecutive transcript cues into passages of about 30 to 60 seconds, never across a chapter boundary.
import type { Cue } from '#lib/webinars/webvtt.ts';

export interface Passage {
  /** Whole seconds of the first cue's start: the page gives that cue the id `cue-<start>`. */
  start: number;
  end: number;
  text: string;
  /** Index into the chapters, or -1 before the first chapter. */
  chapter: number;
}

export interface PassageOptions {
  /** A passage closes once it lasts this long. Default 30. */
  minSeconds?: number;
  /** A cue that would take a passage past this length starts the next one. Default 60. */
  maxSeconds?: number;
}

/** `chapterStarts` in seconds, ascending. */
export function groupPassages(cues: Cue[], chapterStarts: number[] = [], options: PassageOptions = {}): Passage[] {
  const { minSeconds = 30, maxSeconds = 60 } = options;
  const chapterAt = (seconds: number) => chapterStarts.findLastIndex((start) => start <= seconds + 0.001);
  const passages: Passage[] = [];
  let group: Cue[] = [];

  const close = () => {
    if (group.length === 0) return;
    const first = group[0]!;
    passages.push({
      start: Math.floor(first.start),
      end: group.at(-1)!.end,
      text: group.map((cue) => cue.text).join(' '),
      chapter: chapterAt(first.start),
    });
    group = [];
  };

  for (const cue of cues) {
    const first = group[0];
    if (first) {
      const long = group.at(-1)!.end - first.start >= minSeconds;
      const tooLong = cue.end - first.start > maxSeconds;
      const newChapter = chapterAt(cue.start) !== chapterAt(first.start);
      if (long || tooLong || newChapter) close();
    }
    group.push(cue);
  }
  close();
  return passages;
}
