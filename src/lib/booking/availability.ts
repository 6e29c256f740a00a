// Places left on each cohort of a course, and the signed-in person's own booking, read live from the database.
import type { Supabase } from '#lib/supabase/server.ts';

export interface Availability {
  cohortId: string;
  /** YYYY-MM-DD, London. */
  startsOn: string;
  capacity: number;
  placesLeft: number;
  waitlistPlacesLeft: number;
  bookingOpen: boolean;
  myBookingId: string | null;
  myStatus: 'confirmed' | 'waitlisted' | null;
  myWaitlistPosition: number | null;
}

/** Null when the database cannot be reached, so the page can say so instead of showing wrong numbers. */
export async function cohortAvailability(supabase: Supabase, courseId: string): Promise<Map<string, Availability> | null> {
  const { data, error } = await supabase.rpc('cohort_availability', { course: courseId });
  if (error || !data) return null;
  return new Map(
    data.map((r) => [
      r.cohort_id,
      {
        cohortId: r.cohort_id,
        startsOn: r.starts_on,
        capacity: r.capacity,
        placesLeft: r.places_left,
        waitlistPlacesLeft: r.waitlist_places_left,
        bookingOpen: r.booking_open,
        myBookingId: r.my_booking_id,
        myStatus: r.my_status as Availability['myStatus'],
        myWaitlistPosition: r.my_waitlist_position,
      },
    ]),
  );
}
