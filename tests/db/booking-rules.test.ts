// What My learning offers a learner for a booking (src/lib/booking/stage.ts) is what cancel_booking allows them.
import { describe, expect, test } from 'vitest';
import { sql } from './clients.ts';
import { londonDate, person, testCohort } from './learning.ts';
import { bookingActions, bookingStage } from '#lib/booking/stage.ts';

describe('booking rules: the page and the database agree', () => {
  test.each([-1, 0, 1])(
    'a learner may cancel their own place on a cohort starting in %i days exactly when the page offers it',
    async (startsIn) => {
      const learner = await person();
      const cohort = await testCohort({ startsIn, opensIn: -5 });
      const { data: booking, error } = await learner.client.rpc('book_place', { cohort });
      expect(error).toBeNull();
      const [dates] = await sql(`select starts_on::text as start, ends_on::text as "end" from catalog.cohorts where id = $1`, [cohort]);
      const offered = bookingActions('confirmed', bookingStage(dates, londonDate(0))).cancel;
      const cancelled = await learner.client.rpc('cancel_booking', { booking: booking.id });
      expect(cancelled.error === null).toBe(offered);
      if (!offered) expect(cancelled.error?.hint).toBe('started');
    },
  );
});
