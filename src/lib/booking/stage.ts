// Where a booked course date stands today, which decides what a learner can still do with the booking: before it
// starts they can cancel and add it to their calendar; once it has started only the educator can withdraw them (the
// database refuses a cancel); once it has ended there is nothing to add to a calendar either.
export type BookingStage = 'upcoming' | 'running' | 'past';

export function bookingStage(dates: { start: string; end: string }, today: string): BookingStage {
  if (today < dates.start) return 'upcoming';
  return today <= dates.end ? 'running' : 'past';
}

export interface BookingActions {
  cancel: boolean;
  calendar: boolean;
}

export function bookingActions(status: 'confirmed' | 'waitlisted', stage: BookingStage): BookingActions {
  return { cancel: stage === 'upcoming', calendar: status === 'confirmed' && stage !== 'past' };
}
