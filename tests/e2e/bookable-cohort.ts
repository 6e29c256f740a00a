// The cohort a learner would book today: the soonest one of a course whose booking window is open and which has not
// started. The end-to-end tests book it, so they do not go stale as the dates in content pass.
export const nextBookableCohortSql = `
  select id, title, starts_on::text as "startsOn", capacity, sessions
  from catalog.cohorts
  where course_id = $1 and retired_at is null
    and private.london_today() between booking_opens and booking_closes
    and starts_on > private.london_today()
  order by starts_on, id
  limit 1`;

export interface BookableCohort {
  id: string;
  title: string;
  startsOn: string;
  capacity: number;
  sessions: { date: string; start: string }[];
}
