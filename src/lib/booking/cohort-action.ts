// What a visitor can do about one course date, from its live places and their own booking: one answer that the
// featured date and the "more dates" table both show.
import type { Availability } from './availability.ts';

export type CohortAction =
  | { kind: 'book' | 'waitlist' }
  | { kind: 'booked' | 'waitlisted'; bookingId: string; position: number | null }
  | { kind: 'opens'; on: string }
  | { kind: 'closed' | 'full' | 'unknown' };

export function cohortAction(a: Availability | undefined, bookingOpens: string, today: string): CohortAction {
  if (!a) return { kind: 'unknown' };
  if (a.myStatus && a.myBookingId) {
    return { kind: a.myStatus === 'confirmed' ? 'booked' : 'waitlisted', bookingId: a.myBookingId, position: a.myWaitlistPosition };
  }
  if (!a.bookingOpen) return today < bookingOpens ? { kind: 'opens', on: bookingOpens } : { kind: 'closed' };
  if (a.placesLeft > 0) return { kind: 'book' };
  return a.waitlistPlacesLeft > 0 ? { kind: 'waitlist' } : { kind: 'full' };
}

/** "3 of 20 places left", "Full: you can join the waiting list", ... */
export function placesText(a: Availability | undefined): string | null {
  if (!a) return null;
  if (a.placesLeft > 0) return `${a.placesLeft} of ${a.capacity} places left`;
  return a.waitlistPlacesLeft > 0 ? 'Full: you can join the waiting list' : 'Full, and the waiting list is full';
}
