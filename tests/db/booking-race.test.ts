// 200 people book a cohort of 12 places at the same moment through the API.
import { expect, test } from 'vitest';
import { sql } from './clients.ts';
import { people, testCohort } from './learning.ts';

test('200 concurrent bookings for 12 places: exactly 12 confirmed, the rest waitlisted in order, no duplicates', async () => {
  const cohort = await testCohort({ capacity: 12, waitlist: 200 });
  const crowd = await people(200, 'racer');

  const results = await Promise.all(crowd.map((p) => p.client.rpc('book_place', { cohort })));
  expect(results.filter((r) => r.error)).toEqual([]);

  const rows = await sql<{ user_id: string; status: string; waitlist_position: number | null }>(
    'select user_id, status, waitlist_position from public.bookings where cohort_id = $1 order by booked_at',
    [cohort],
  );
  expect(rows).toHaveLength(200);
  expect(new Set(rows.map((r) => r.user_id)).size).toBe(200);
  expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(12);
  // Booked in the order the cohort lock was granted: the first 12 got places, then positions 1..188 in turn.
  expect(rows.slice(0, 12).every((r) => r.status === 'confirmed')).toBe(true);
  expect(rows.slice(12).map((r) => r.waitlist_position)).toEqual(Array.from({ length: 188 }, (_, i) => i + 1));
}, 60_000);

test('200 concurrent bookings with a waiting list of 20: 12 confirmed, 20 waiting, 168 told it is full', async () => {
  const cohort = await testCohort({ capacity: 12, waitlist: 20 });
  const crowd = await people(200, 'racer');
  const results = await Promise.all(crowd.map((p) => p.client.rpc('book_place', { cohort })));
  const refused = results.filter((r) => r.error);
  expect(refused).toHaveLength(168);
  expect(new Set(refused.map((r) => r.error!.hint))).toEqual(new Set(['full']));
  const [counts] = await sql(
    `select count(*) filter (where status = 'confirmed')::int as confirmed, count(*) filter (where status = 'waitlisted')::int as waiting,
       count(distinct waitlist_position)::int as positions from public.bookings where cohort_id = $1`,
    [cohort],
  );
  expect(counts).toEqual({ confirmed: 12, waiting: 20, positions: 20 });
}, 60_000);
