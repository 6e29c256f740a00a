// Row-level security decides who teaches what once per request, not once per row: reading every visible row of a
// table costs the same few helper calls whether it holds ten rows or a hundred thousand.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import pg from 'pg';
import { backend, sql } from './clients.ts';
import { finishCourseWork, people, testCohort, type Person } from './learning.ts';

const educator = { sub: '00000000-0000-4000-8000-000000000004', email: 'educator@mindbody.example', role: 'authenticated' };
const admin = { sub: '00000000-0000-4000-8000-000000000005', email: 'admin@mindbody.example', role: 'authenticated' };
const learners = 30;

let booked: Person[];
let db: pg.Client;

beforeAll(async () => {
  const cohort = await testCohort({ capacity: learners });
  booked = await people(learners);
  await sql(`insert into public.bookings (cohort_id, user_id, status, confirmed_at) select $1, unnest($2::uuid[]), 'confirmed', now()`, [
    cohort,
    booked.map((p) => p.id),
  ]);
  for (const p of booked) await finishCourseWork(p.id);
  await sql(
    `insert into public.course_completions (user_id, course_id, cohort_id) select unnest($1::uuid[]), 'mental-health-skills-5-day', $2`,
    [booked.map((p) => p.id), cohort],
  );
  // Counting function calls (track_functions) is a superuser's setting.
  db = new pg.Client({ connectionString: backend.superuserDbUrl ?? backend.adminDbUrl });
  await db.connect();
  await db.query(`set track_functions = 'all'`);
});

afterAll(async () => {
  await db.end();
});

/** Calls of the functions in the private schema counted by this connection's statistics so far. */
const helperCallsSoFar = async () =>
  (
    await db.query(`select coalesce(sum(pg_stat_get_xact_function_calls(p.oid)), 0)::int as n
  from pg_proc p where p.pronamespace = 'private'::regnamespace`)
  ).rows[0].n as number;

/** Rows the person reads from a table, and how many calls of the private helper functions reading them took. */
async function readAs(claims: object, table: string): Promise<{ rows: number; helperCalls: number }> {
  await db.query('begin');
  try {
    const before = await helperCallsSoFar();
    await db.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims)]);
    await db.query('set local role authenticated');
    const { rowCount } = await db.query(`select * from public.${table}`);
    await db.query('reset role');
    return { rows: rowCount ?? 0, helperCalls: (await helperCallsSoFar()) - before };
  } finally {
    await db.query('rollback');
  }
}

describe('policies that ask who teaches what', () => {
  for (const table of ['bookings', 'lesson_progress', 'quiz_attempts', 'course_completions']) {
    test(`an educator reading every ${table} row of the courses they run calls the helpers a few times, not once a row`, async () => {
      const { rows, helperCalls } = await readAs(educator, table);
      expect(rows).toBeGreaterThanOrEqual(learners);
      expect(helperCalls).toBeLessThanOrEqual(6);
    });
  }

  test('an educator reading certificates, and an admin or a learner reading bookings, also call the helpers a few times', async () => {
    await sql(
      `insert into public.certificates (completion_id, user_id, course_id, code, learner_name, course_title, cohort_starts_on, cohort_ends_on, cpd_hours)
      select c.id, c.user_id, c.course_id, private.certificate_code(), 'Someone', 'Course', current_date, current_date, 30
      from public.course_completions c where c.user_id = any ($1::uuid[])`,
      [booked.map((p) => p.id)],
    );
    for (const [claims, table] of [
      [educator, 'certificates'],
      [admin, 'bookings'],
      [{ sub: booked[0]!.id, email: booked[0]!.email, role: 'authenticated' }, 'bookings'],
    ] as const) {
      const { helperCalls } = await readAs(claims, table);
      expect(helperCalls, `${claims.email} ${table}`).toBeLessThanOrEqual(6);
    }
  });
});
