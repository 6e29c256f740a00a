import { describe, expect, it } from 'vitest';
import {
  chosenTime,
  followedTime,
  highlight,
  indexAt,
  matchesText,
  nearestScrollTop,
  normaliseRanges,
  progressText,
  searchTranscript,
  timeRangesToList,
} from '#lib/webinars/player.ts';
import { parseWebVtt } from '#lib/webinars/webvtt.ts';

const timeRanges = (pairs: [number, number][]) => ({
  length: pairs.length,
  start: (i: number) => pairs[i]![0],
  end: (i: number) => pairs[i]![1],
});

describe('watched ranges', () => {
  it('reads the browser’s TimeRanges in order', () => {
    expect(
      timeRangesToList(
        timeRanges([
          [0, 12.34],
          [60, 75],
        ]),
      ),
    ).toEqual([
      [0, 12.34],
      [60, 75],
    ]);
    expect(timeRangesToList(timeRanges([]))).toEqual([]);
  });

  it('sorts, merges overlapping and touching ranges and rounds to a tenth of a second', () => {
    expect(
      normaliseRanges([
        [30, 40],
        [0.04, 10.26],
        [10.26, 15],
        [35, 50],
        [70.449, 80.051],
      ]),
    ).toEqual([
      [0, 15],
      [30, 50],
      [70.4, 80.1],
    ]);
  });

  it('keeps ranges apart when a gap remains after rounding', () => {
    expect(
      normaliseRanges([
        [0, 10],
        [10.2, 12],
      ]),
    ).toEqual([
      [0, 10],
      [10.2, 12],
    ]);
  });

  it('drops empty, reversed and non-numeric pairs and clamps to the duration', () => {
    expect(
      normaliseRanges(
        [
          [5, 5],
          [8, 3],
          [Number.NaN, 4],
          [0, Infinity],
          [-2, 1],
          [3590, 3700],
          [3650, 3660],
        ],
        3600,
      ),
    ).toEqual([
      [0, 1],
      [3590, 3600],
    ]);
    expect(normaliseRanges([[1, 1.04]])).toEqual([]);
  });
});

describe('indexAt', () => {
  const cues = [{ start: 0 }, { start: 4.5 }, { start: 9 }, { start: 9 }, { start: 20 }];

  it('finds the last item that has started', () => {
    expect(indexAt(cues, 0)).toBe(0);
    expect(indexAt(cues, 4.49)).toBe(0);
    expect(indexAt(cues, 4.5)).toBe(1);
    expect(indexAt(cues, 9)).toBe(3);
    expect(indexAt(cues, 19.99)).toBe(3);
    expect(indexAt(cues, 5000)).toBe(4);
  });

  it('answers -1 before the first item and for no items', () => {
    expect(indexAt([{ start: 2 }], 1)).toBe(-1);
    expect(indexAt([], 10)).toBe(-1);
  });

  it('agrees with a linear search over a long transcript', () => {
    const many = Array.from({ length: 997 }, (_, i) => ({ start: i * 3.7 }));
    for (let t = -1; t < 3700; t += 1.3) {
      const linear = many.findLastIndex((c) => c.start <= t);
      expect(indexAt(many, t)).toBe(linear);
    }
  });
});

describe('the cue a learner chooses', () => {
  // From the cardiology webinar, whose chapters start at 3:31 and 6:01.
  const cues = parseWebVtt(`WEBVTT

00:03:20.300 --> 00:03:25.400
If you always work in that order,

00:03:25.400 --> 00:03:31.300
and when you call us

00:03:31.300 --> 00:03:38.800
The QT interval runs

00:05:52.900 --> 00:06:01.200
even if the absolute value is under 500.

00:06:01.200 --> 00:06:05.200
Now the drugs.
`);
  const cueAt = (time: number) => cues[indexAt(cues, chosenTime(cues, time))]!.text;

  it('is the cue starting within the whole second of a chapter or link, not the one before', () => {
    expect(cues[indexAt(cues, 211)]!.text).toBe('and when you call us');
    expect(cueAt(211)).toBe('The QT interval runs');
    expect(cueAt(361)).toBe('Now the drugs.');
    expect(chosenTime(cues, 211)).toBe(211.3);
  });

  it('is the cue the time falls in when no cue starts in that second', () => {
    expect(chosenTime(cues, 215)).toBe(215);
    expect(cueAt(215)).toBe('The QT interval runs');
    expect(cueAt(358)).toBe('even if the absolute value is under 500.');
    expect(chosenTime(cues, 10_000)).toBe(10_000);
  });

  it('is the first cue of the second, or the cue whose own start was chosen', () => {
    const close = [{ start: 0.5 }, { start: 9.2 }, { start: 9.7 }];
    expect(chosenTime(close, 9)).toBe(9.2);
    expect(chosenTime(close, 9.2)).toBe(9.2);
    expect(chosenTime(close, 9.7)).toBe(9.7);
    expect(chosenTime(close, 0)).toBe(0.5);
    expect(chosenTime([{ start: 3 }], 0)).toBe(0);
    expect(chosenTime([], 12)).toBe(12);
  });

  it('stays chosen when the video lands a little early, until playback passes it', () => {
    // Chapter 3:19 of the integrated care webinar: the cue starts at 3:19.8.
    const video = [{ start: 195.8 }, { start: 199.8 }, { start: 203.8 }];
    const aim = chosenTime(video, 199);
    expect(aim).toBe(199.8);
    expect(indexAt(video, followedTime(199.65, aim))).toBe(1);
    expect(indexAt(video, followedTime(199.79999999, aim))).toBe(1);
    expect(followedTime(199.8, aim)).toBe(199.8);
    expect(followedTime(199.9, aim)).toBe(199.9);
    expect(followedTime(120, aim)).toBe(120);
    expect(followedTime(198.7, aim)).toBe(198.7);
    expect(followedTime(198.7, null)).toBe(198.7);
  });
});

describe('transcript search', () => {
  const cues = [
    { text: 'Correct the QT with Fridericia’s formula.' },
    { text: 'Bazett over-corrects at high heart rates.' },
    { text: 'Ask the café about QTc; the qtc matters.' },
  ];

  it('finds cues ignoring case, accents and curly quotes', () => {
    expect(searchTranscript(cues, 'qtc')).toEqual([2]);
    expect(searchTranscript(cues, 'QT')).toEqual([0, 2]);
    expect(searchTranscript(cues, 'cafe')).toEqual([2]);
    expect(searchTranscript(cues, "fridericia's")).toEqual([0]);
    expect(searchTranscript(cues, '  heart   rates ')).toEqual([1]);
  });

  it('finds nothing for an empty query or a missing word', () => {
    expect(searchTranscript(cues, '   ')).toEqual([]);
    expect(searchTranscript(cues, 'lithium')).toEqual([]);
  });

  it('marks every occurrence, keeping the original text', () => {
    expect(highlight(cues[2]!.text, 'QTC')).toEqual([
      { text: 'Ask the café about ', match: false },
      { text: 'QTc', match: true },
      { text: '; the ', match: false },
      { text: 'qtc', match: true },
      { text: ' matters.', match: false },
    ]);
    expect(highlight('Ask the café', 'CAFE')).toEqual([
      { text: 'Ask the ', match: false },
      { text: 'café', match: true },
    ]);
    expect(highlight('No match here', '')).toEqual([{ text: 'No match here', match: false }]);
    expect(highlight('No match here', 'zebra')).toEqual([{ text: 'No match here', match: false }]);
  });

  it('describes the matches for the live region', () => {
    expect(matchesText('', 0, -1)).toBe('');
    expect(matchesText('qt', 0, -1)).toBe('No matches');
    expect(matchesText('qt', 1, -1)).toBe('1 match');
    expect(matchesText('qt', 3, -1)).toBe('3 matches');
    expect(matchesText('qt', 3, 1)).toBe('Match 2 of 3');
  });
});

describe('progressText', () => {
  it('states the share watched in tenths, and the CPD minutes once watched', () => {
    expect(progressText({ percent: 0, completed: false })).toBe('Watch at least 90% of this webinar to add it to your CPD record.');
    expect(progressText({ percent: 40, completed: false })).toBe('You have watched 40% of this webinar.');
    expect(progressText({ percent: 47, completed: false })).toBe('You have watched 40% of this webinar.');
    expect(progressText({ percent: 92, completed: true, justCompleted: true, cpdMinutes: 60 })).toBe(
      'Watched. 60 CPD minutes added to your CPD record.',
    );
    expect(progressText({ percent: 100, completed: true })).toBe('Watched. Its CPD minutes are in your CPD record.');
    expect(progressText({ percent: 10, completed: false, message: 'Saved.' })).toBe('Saved.');
  });
});

describe('nearestScrollTop', () => {
  const box = { top: 100, bottom: 400, scrollTop: 1000 };
  it('moves by the least needed, or not at all', () => {
    expect(nearestScrollTop(box, { top: 150, bottom: 180 })).toBeNull();
    expect(nearestScrollTop(box, { top: 80, bottom: 110 })).toBe(980);
    expect(nearestScrollTop(box, { top: 390, bottom: 430 })).toBe(1030);
    expect(nearestScrollTop(box, { top: 500, bottom: 900 })).toBe(1400);
  });
});
