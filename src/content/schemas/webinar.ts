import { z } from 'zod';
import { clinicalReview, entryId, isoDate } from './review.ts';

/** "mm:ss" or "h:mm:ss" from the start of the video. */
const timestamp = z.string().regex(/^(\d+:)?[0-5]?\d:[0-5]\d$/, { error: 'expected a time such as 12:30 or 1:02:05' });

/** A recorded webinar (MDX body: the abstract). The transcript is a WebVTT file in content/transcripts/. */
export const webinarSchema = z.object({
  title: z.string().min(3),
  summary: z.string().min(10),
  series: z.enum(['physical-health-for-psychiatry', 'pharmacy-network', 'imphs']),
  /** Position within its series, from 1. */
  order: z.number().int().positive(),
  speakers: z.array(z.object({ name: z.string(), role: z.string() })).min(1),
  date: isoDate,
  durationMinutes: z.number().int().positive(),
  /** Path under public/ of the video; absent means "video not included in the demo". */
  video: z.string().startsWith('/').optional(),
  /** The WebVTT captions, which are also the transcript, under content/: `transcripts/<webinar id>.vtt`. Served only
   * through the site, so that members-only transcripts stay with members. */
  captions: z.string().regex(/^transcripts\/[a-z0-9-]+\.vtt$/, { error: 'expected transcripts/<name>.vtt' }),
  chapters: z.array(z.object({ start: timestamp, title: z.string() })).min(1),
  /** The slide deck, one entry a slide: rendered on the page and offered as a PDF download. */
  slides: z.array(z.object({ title: z.string(), points: z.array(z.string()).default([]) })).min(3),
  cpdMinutes: z.number().int().positive(),
  relatedGuidelines: z.array(entryId).default([]),
  /** Default false: members of the pharmacy network only. */
  membersOnly: z.boolean().default(false),
  ...clinicalReview,
}).refine((w) => w.cpdMinutes <= w.durationMinutes, {
  path: ['cpdMinutes'],
  error: 'must not be more than durationMinutes: a CPD record may only count the time the webinar lasts',
});
