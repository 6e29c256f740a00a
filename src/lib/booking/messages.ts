// What to tell a learner after booking, from the booking the database returned.
export interface BookingRow {
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  waitlist_position: number | null;
}

export function bookedMessage(booking: BookingRow, cohortTitle: string): string {
  return booking.status === 'confirmed'
    ? `You have a place on ${cohortTitle}. We have e-mailed you the details and a calendar file.`
    : `${cohortTitle} is full, so you are number ${booking.waitlist_position} on the waiting list. We will e-mail you if a place comes free.`;
}
