import { describe, expect, it } from 'vitest';
import type { Availability } from '#lib/booking/availability.ts';
import { featuredCohort } from './featured.ts';

const cohort = (id: string, start: string) => ({ id, data: { start } });
const open = (cohortId: string, over: Partial<Availability> = {}): [string, Availability] => [
  cohortId,
  {
    cohortId,
    startsOn: '',
    capacity: 10,
    placesLeft: 3,
    waitlistPlacesLeft: 5,
    bookingOpen: true,
    myBookingId: null,
    myStatus: null,
    myWaitlistPosition: null,
    ...over,
  },
];
const cohorts = [
  cohort('running', '2027-01-04'),
  cohort('full', '2027-02-01'),
  cohort('next', '2027-03-01'),
  cohort('later', '2027-04-05'),
];
const today = '2027-01-06';

describe('featuredCohort', () => {
  it('leads with the soonest date still to start that can be booked', () => {
    const live = new Map([open('running'), open('full', { placesLeft: 0, waitlistPlacesLeft: 0 }), open('next'), open('later')]);
    expect(featuredCohort(cohorts, live, today)?.id).toBe('next');
  });

  it('counts a date with only the waiting list open as bookable', () => {
    const live = new Map([open('full', { placesLeft: 0 }), open('next')]);
    expect(featuredCohort(cohorts, live, today)?.id).toBe('full');
  });

  it("leads with the learner's own place, even on a later date", () => {
    const live = new Map([open('next'), open('later', { myStatus: 'waitlisted', myBookingId: 'b1', myWaitlistPosition: 2 })]);
    expect(featuredCohort(cohorts, live, today)?.id).toBe('later');
  });

  it('falls back to the soonest date to come when places cannot be loaded or none can be booked', () => {
    expect(featuredCohort(cohorts, null, today)?.id).toBe('full');
    expect(featuredCohort(cohorts, new Map([open('next', { bookingOpen: false })]), today)?.id).toBe('full');
    expect(featuredCohort([], null, today)).toBeNull();
  });
});
