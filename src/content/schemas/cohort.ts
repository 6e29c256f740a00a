import { z } from 'zod';
import { entryId, isoDate } from './review.ts';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a 24-hour time such as 09:30' });

/** Where a session happens: a site with an address, or online with a joining link. */
const place = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('site'), name: z.string(), address: z.string() }),
  z.object({ kind: z.literal('online'), name: z.string(), link: z.url({ protocol: /^https$/ }).optional() }),
]);

/** A dated run of a course. All dates and times are Europe/London wall-clock times. */
export const cohortSchema = z.object({
  course: entryId,
  title: z.string().min(3),
  start: isoDate,
  end: isoDate,
  sessions: z.array(z.object({ date: isoDate, start: time, end: time, title: z.string().optional(), place })).min(1),
  capacity: z.number().int().positive(),
  /** Default 20: places on the waiting list once the cohort is full; 0 means no waiting list. */
  waitlistCapacity: z.number().int().min(0).default(20),
  bookingOpens: isoDate,
  bookingCloses: isoDate,
  facilitator: z.string(),
}).refine((c) => c.start <= c.end, { error: 'start must be on or before end', path: ['end'] })
  .refine((c) => c.bookingOpens <= c.bookingCloses, { error: 'bookingOpens must be on or before bookingCloses', path: ['bookingCloses'] });
