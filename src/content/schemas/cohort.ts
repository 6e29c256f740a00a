import { z } from 'astro/zod';
import { entryId, isoDate } from './review.ts';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a 24-hour time such as 09:30' });

/** Where a session happens: a site with an address, or online with a joining link. */
const place = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('site').describe('site: in person.'),
    name: z.string().describe('The building or room.'),
    address: z.string().describe('The postal address.'),
  }),
  z.object({
    kind: z.literal('online').describe('online: by video call.'),
    name: z.string().describe('The service, e.g. "Online (Microsoft Teams)".'),
    link: z.url({ protocol: /^https$/ }).optional().describe('The https joining link, if any.'),
  }),
]).describe('Where the session happens: kind site with an address, or kind online with a link.');

const session = z.object({
  date: isoDate.describe('The day of the session, YYYY-MM-DD.'),
  start: time.describe('Start time, 24-hour, Europe/London, e.g. 09:30.'),
  end: time.describe('End time, 24-hour, Europe/London, e.g. 16:30.'),
  title: z.string().optional().describe('What the session covers.'),
  place,
});

/** A dated run of a course. All dates and times are Europe/London wall-clock times. */
export const cohortSchema = z.object({
  course: entryId.describe('The id of the course this cohort runs.'),
  title: z.string().min(3).describe('The cohort as learners see it, e.g. "January 2027 (SLaM)".'),
  start: isoDate.describe('First day, YYYY-MM-DD.'),
  end: isoDate.describe('Last day, YYYY-MM-DD; on or after start.'),
  sessions: z.array(session).min(1).describe('Each taught session, at least one.'),
  capacity: z.number().int().positive().describe('Confirmed places.'),
  waitlistCapacity: z.number().int().min(0).default(20)
    .describe('Default 20: places on the waiting list once the cohort is full; 0 means no waiting list.'),
  bookingOpens: isoDate.describe('First day of booking, YYYY-MM-DD.'),
  bookingCloses: isoDate.describe('Last day of booking, YYYY-MM-DD; on or after bookingOpens.'),
  facilitator: z.string().describe('Who runs the cohort.'),
}).refine((c) => c.start <= c.end, { error: 'start must be on or before end', path: ['end'] })
  .refine((c) => c.bookingOpens <= c.bookingCloses, { error: 'bookingOpens must be on or before bookingCloses', path: ['bookingCloses'] });
