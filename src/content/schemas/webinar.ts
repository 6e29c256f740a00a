import { z } from 'astro/zod';
import { clinicalReview, entryId, isoDate } from './review.ts';

/** "mm:ss" or "h:mm:ss" from the start of the video. */
const timestamp = z.string().regex(/^(\d+:)?[0-5]?\d:[0-5]\d$/, { error: 'expected a time such as 12:30 or 1:02:05' });

/** A recorded webinar (MDX body: the abstract). The transcript is a WebVTT file in content/transcripts/. */
export const webinarSchema = z.object({
  title: z.string().min(3).describe('The webinar title, at least 3 characters.'),
  summary: z.string().min(10).describe('One or two sentences shown in lists and search results.'),
  series: z.enum(['physical-health-for-psychiatry', 'pharmacy-network', 'imphs'])
    .describe('physical-health-for-psychiatry, pharmacy-network or imphs.'),
  order: z.number().int().positive().describe('Position within its series, from 1.'),
  speakers: z.array(z.object({
    name: z.string().describe('The speaker\'s name.'),
    role: z.string().describe('Their role and trust.'),
  })).min(1).describe('Who speaks, at least one.'),
  date: isoDate.describe('When it was given, YYYY-MM-DD.'),
  durationMinutes: z.number().int().positive().describe('Length of the recording in minutes.'),
  video: z.string().startsWith('/').optional()
    .describe('Path under public/ of the video, e.g. /videos/x.mp4; absent means "video not included in the demo".'),
  captions: z.string().regex(/^transcripts\/[a-z0-9-]+\.vtt$/, { error: 'expected transcripts/<name>.vtt' })
    .describe('The WebVTT captions, which are also the transcript, under content/: transcripts/<webinar id>.vtt. Served only '
      + 'through the site, so that members-only transcripts stay with members.'),
  chapters: z.array(z.object({
    start: timestamp.describe('From the start of the video: mm:ss or h:mm:ss.'),
    title: z.string().describe('The chapter title.'),
  })).min(1).describe('Chapters in order, at least one.'),
  slides: z.array(z.object({
    title: z.string().describe('The slide title.'),
    points: z.array(z.string()).default([]).describe('Its bullet points.'),
  })).min(3).describe('The slide deck, one entry a slide: rendered on the page and offered as a PDF download.'),
  cpdMinutes: z.number().int().positive().describe('CPD minutes recorded for watching it; at most durationMinutes.'),
  relatedGuidelines: z.array(entryId).default([]).describe('Ids of guidelines it discusses.'),
  membersOnly: z.boolean().default(false).describe('Default false: members of the pharmacy network only.'),
  ...clinicalReview,
}).refine((w) => w.cpdMinutes <= w.durationMinutes, {
  path: ['cpdMinutes'],
  error: 'must not be more than durationMinutes: a CPD record may only count the time the webinar lasts',
});
