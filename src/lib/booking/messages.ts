// What to tell a learner after booking, from the booking the database returned.
import { longDate } from '../dates.ts';
import type { Clash } from './clashes.ts';
export interface BookingRow {
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  waitlist_position: number | null;
}

export function bookedMessage(booking: BookingRow, cohortTitle: string): string {
  return booking.status === 'confirmed'
    ? `You have a place on ${cohortTitle}. We have e-mailed you the details and a calendar file.`
    : `${cohortTitle} is full, so you are number ${booking.waitlist_position} on the waiting list. We will e-mail you if a place comes free.`;
}

export function clashMessage(clash: Clash): string {
  return `These dates clash with your place on ${clash.title} (both on ${longDate(clash.date)}). If you cannot go to both, cancel one from My learning so that someone else can have it.`;
}
