// The end-to-end platform's today. Tests book the cohorts open on that day, so they need both courses to have one: the
// real date when they do; otherwise the day nearest to it when they did, pinned in the database (private.london_today)
// and in the site (MBL_TODAY), so the tests run the same after the last booking window in content/cohorts has closed.
import type pg from 'pg';

export const e2eCourses = ['mental-health-skills-3-week', 'mental-health-skills-5-day'];

const dayWithCohortsOpenSql = `
  with days as (
    select day::date from generate_series(
      (select min(booking_opens) from catalog.cohorts), (select max(booking_closes) from catalog.cohorts), interval '1 day') day
  )
  select day::text, day = private.london_today() as real from days
  where (select count(distinct course_id) from catalog.cohorts
         where course_id = any($1) and retired_at is null and day between booking_opens and booking_closes and starts_on > day) = cardinality($1)
  order by abs(day - private.london_today()), day desc
  limit 1`;

/** Pins today to a day on which both courses have a cohort open for booking, unless the real date is one; returns it. */
export async function pinToday(db: pg.Client): Promise<{ today: string; pinned: boolean }> {
  const {
    rows: [found],
  } = await db.query(dayWithCohortsOpenSql, [e2eCourses]);
  if (!found) throw new Error(`No day in content/cohorts has a cohort of each of ${e2eCourses.join(' and ')} open for booking.`);
  if (found.real) return { today: found.day, pinned: false };
  await db.query(`create or replace function private.london_today() returns date
    language sql stable set search_path = '' as $$ select '${found.day}'::date $$`);
  process.env.MBL_TODAY = found.day;
  return { today: found.day, pinned: true };
}
