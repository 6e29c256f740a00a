// Which course date leads the course page: the learner's own place if they have one, otherwise the soonest date they
// can book (or join the waiting list for), otherwise the soonest date. The others go in the "more dates" table.
import type { Availability } from '#lib/booking/availability.ts';

interface Dated {
  id: string;
  data: { start: string };
}

export function featuredCohort<C extends Dated>(cohorts: C[], availability: Map<string, Availability> | null, today: string): C | null {
  const live = (c: C) => availability?.get(c.id);
  const mine = cohorts.find((c) => live(c)?.myStatus);
  const bookable = cohorts.find((c) => {
    const a = live(c);
    return a && a.bookingOpen && c.data.start > today && (a.placesLeft > 0 || a.waitlistPlacesLeft > 0);
  });
  return mine ?? bookable ?? cohorts.find((c) => c.data.start > today) ?? cohorts[0] ?? null;
}
