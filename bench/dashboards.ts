// Educator dashboards at scale through the local API: course_dashboard and cohort_learners over 30,000 learners and
// 100,000 progress rows (seeded as tests/db/educator-insight.test.ts does), and a 5,000-learner cohort's CSV export.
import { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startBackend } from '#local/backend.ts';
import { freePort } from '#local/free-port.ts';
import { signJwt } from '#local/api/keys.ts';
import { toCsv } from '#lib/csv.ts';
import { learnersTable } from '#lib/educator/exports.ts';
import type { CohortLearner } from '#lib/educator/types.ts';
import { ms, percentile } from './stats.ts';

const course = 'bench-scale-course';
const learners = 30_000;
const bigCohort = `${course}-big`;
const bigCohortSize = 5_000;
const calls = 30;
const educator = { id: '00000000-be0c-4000-8000-000000000001', email: 'bench.educator@test.example' };

/** The scale course of the database test, plus one cohort with 5,000 of the same learners booked on it. */
async function seed(db: pg.Client): Promise<void> {
  const user = `('00000000-5ca1-4000-8000-' || lpad(n::text, 12, '0'))::uuid`;
  await db.query(`insert into auth.users (id, email, raw_user_meta_data) values ($1, $2, '{"full_name":"Bench Educator"}')`, [
    educator.id,
    educator.email,
  ]);
  await db.query(`insert into public.user_roles (user_id, role) values ($1, 'educator')`, [educator.id]);
  await db.query(
    `insert into catalog.courses (id, title, format, cpd_hours, required_quizzes, educators) values ($1, 'Scale course', '5-day', 30, '{bench-scale-quiz}', $2)`,
    [course, [educator.email]],
  );
  await db.query(
    `insert into catalog.lessons (id, course_id, module_id, position, required) select $1 || '/m/lesson-' || n, $1, 'm', n, true from generate_series(1, 10) n`,
    [course],
  );
  await db.query(
    `insert into catalog.quizzes (id, course_id, pass_mark, attempts_allowed, shuffle, questions) values ('bench-scale-quiz', $1, 50, 3, false,
    '[{"id":"q1","type":"single","prompt":"Easy","options":[{"id":"a","correct":true},{"id":"b","correct":false}]},
      {"id":"q2","type":"single","prompt":"Hard","options":[{"id":"a","correct":true},{"id":"b","correct":false}]}]')`,
    [course],
  );
  await db.query(
    `insert into catalog.cohorts (id, course_id, title, starts_on, ends_on, sessions, capacity, waitlist_capacity, booking_opens, booking_closes, facilitator)
    select $1 || '-' || n, $1, 'Cohort ' || n, current_date + n * 7, current_date + n * 7 + 4, '[]'::jsonb, 3000, 100, current_date - 30, current_date + 1, 'Bench'
    from generate_series(1, 10) n
    union all select $2, $1, 'Big cohort', current_date + 90, current_date + 94, '[]'::jsonb, $3, 100, current_date - 30, current_date + 1, 'Bench'`,
    [course, bigCohort, bigCohortSize],
  );
  await db.query(
    `insert into auth.users (id, email, raw_user_meta_data)
    select ${user}, 'scale.' || n || '@test.example', jsonb_build_object('full_name', 'Scale learner ' || n) from generate_series(1, $1::int) n`,
    [learners],
  );
  await db.query(
    `insert into public.bookings (cohort_id, user_id, status, confirmed_at, booked_at)
    select $1 || '-' || (n % 10 + 1), ${user}, 'confirmed', now() - interval '20 days', now() - interval '20 days' from generate_series(1, $2::int) n`,
    [course, learners],
  );
  await db.query(
    `insert into public.bookings (cohort_id, user_id, status, confirmed_at, booked_at)
    select $1, ${user}, 'confirmed', now() - interval '20 days', now() - interval '20 days' from generate_series(1, $2::int) n`,
    [bigCohort, bigCohortSize],
  );
  await db.query(
    `insert into public.lesson_progress (user_id, lesson_id) select ${user}, $1 || '/m/lesson-' || l from generate_series(1, 10000) n, generate_series(1, 10) l`,
    [course],
  );
  await db.query(`insert into public.quiz_attempts (user_id, quiz_id, attempt_number, answers, score, correct_count, question_count, passed)
    select ${user}, 'bench-scale-quiz', 1, jsonb_build_object('q1', jsonb_build_array('a'), 'q2', jsonb_build_array(case when n % 2 = 0 then 'a' else 'b' end)),
      case when n % 2 = 0 then 100 else 50 end, case when n % 2 = 0 then 2 else 1 end, 2, n % 2 = 0
    from generate_series(1, 20000) n`);
  await db.query(
    `insert into public.course_completions (user_id, course_id, cohort_id, completed_at)
    select ${user}, $1, $1 || '-' || (n % 10 + 1), now() - interval '10 days' from generate_series(1, 5000) n`,
    [course],
  );
  await db.query('analyze');
}

/** Runs `work` `times` times in a row and returns each run's milliseconds. */
async function timed(times: number, work: () => Promise<unknown> | unknown): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await work();
    latencies.push(performance.now() - t);
  }
  return latencies;
}

const line = (name: string, latencies: number[]) =>
  console.log(`  ${name}: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))} (${latencies.length} calls in a row)`);

export async function benchDashboards(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'mbl-bench-dashboards-'));
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  const backend = await startBackend({ dataDir, pgPort: await freePort(), siteUrl });
  const server = createServer(async (req, res) => {
    if (!(await backend.api.handle(req, res))) res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const db = new pg.Client({ connectionString: backend.adminUrl });
  await db.connect();
  try {
    const seeding = performance.now();
    await seed(db);
    console.log(
      `  seeded ${learners.toLocaleString('en-GB')} learners, ${(learners + bigCohortSize).toLocaleString('en-GB')} bookings, 100,000 progress rows and 20,000 quiz attempts in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
    );
    const token = await signJwt(
      { sub: educator.id, email: educator.email, role: 'authenticated', aud: 'authenticated' },
      backend.keys.jwtSecret,
      3600,
    );
    const rpc = async (fn: string, body: object) => {
      const res = await fetch(`${siteUrl}/rest/v1/rpc/${fn}`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { apikey: backend.keys.anonKey, authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      });
      if (!res.ok) throw new Error(`${fn}: ${res.status} ${await res.text()}`);
      return res.json();
    };

    const dashboard = await rpc('course_dashboard', { course });
    console.log(
      `  course_dashboard says: ${dashboard.booked} booked, ${dashboard.started} started, ${dashboard.completed} completed, ${dashboard.cohorts.length} cohorts`,
    );
    line('course_dashboard (all cohorts, quizzes and questions)', await timed(calls, () => rpc('course_dashboard', { course })));
    line('cohort_learners (3,000-learner cohort)', await timed(calls, () => rpc('cohort_learners', { cohort: `${course}-2` })));

    let rows: CohortLearner[] = [];
    line(
      `cohort_learners (${bigCohortSize.toLocaleString('en-GB')}-learner cohort, fetch and JSON parse)`,
      await timed(calls, async () => {
        rows = await rpc('cohort_learners', { cohort: bigCohort });
      }),
    );
    let csv = '';
    line(
      `learners CSV build (${rows.length} rows, csv-stringify)`,
      await timed(calls, () => {
        csv = toCsv(learnersTable(rows));
      }),
    );
    console.log(`  learners CSV: ${(Buffer.byteLength(csv) / 1024).toFixed(0)} KiB`);
  } finally {
    await db.end();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await backend.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
