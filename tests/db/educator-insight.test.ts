// Educator insight: figures computed in SQL, only for the courses an educator runs, and correct at scale.
import { beforeAll, describe, expect, test } from 'vitest';
import { sql } from './clients.ts';
import { person, reason, type Person } from './learning.ts';

const course = 'scale-test-course';
const learners = 30_000;

/** A course of its own with 30,000 booked learners and 100,000 progress rows, made in SQL. */
async function seedScaleCourse(educatorEmail: string) {
  await sql(
    `insert into catalog.courses (id, title, format, cpd_hours, required_quizzes, educators) values ($1, 'Scale test course', '5-day', 30, '{scale-test-quiz}', $2)`,
    [course, [educatorEmail]],
  );
  await sql(
    `insert into catalog.lessons (id, course_id, module_id, position, required)
    select $1 || '/m/lesson-' || n, $1, 'm', n, true from generate_series(1, 10) n`,
    [course],
  );
  await sql(
    `insert into catalog.quizzes (id, course_id, pass_mark, attempts_allowed, shuffle, questions) values ('scale-test-quiz', $1, 50, 3, false,
    '[{"id":"q1","type":"single","prompt":"Easy","options":[{"id":"a","correct":true},{"id":"b","correct":false}]},
      {"id":"q2","type":"single","prompt":"Hard","options":[{"id":"a","correct":true},{"id":"b","correct":false}]}]')`,
    [course],
  );
  await sql(
    `insert into catalog.cohorts (id, course_id, title, starts_on, ends_on, sessions, capacity, waitlist_capacity, booking_opens, booking_closes, facilitator)
    select $1 || '-' || n, $1, 'Cohort ' || n, current_date + n * 7, current_date + n * 7 + 4, '[]', 3000, 100, current_date - 30, current_date + 1, 'Scale'
    from generate_series(1, 10) n`,
    [course],
  );
  await sql(
    `insert into auth.users (id, email, raw_user_meta_data)
    select ('00000000-5ca1-4000-8000-' || lpad(n::text, 12, '0'))::uuid, 'scale.' || n || '@test.example', jsonb_build_object('full_name', 'Scale learner ' || n)
    from generate_series(1, $1::int) n`,
    [learners],
  );
  const user = `('00000000-5ca1-4000-8000-' || lpad(n::text, 12, '0'))::uuid`;
  // Every learner has a confirmed place; learners 1–10,000 did all 10 lessons (100,000 rows).
  await sql(
    `insert into public.bookings (cohort_id, user_id, status, confirmed_at, booked_at)
    select $1 || '-' || (n % 10 + 1), ${user}, 'confirmed', now() - interval '20 days', now() - interval '20 days' from generate_series(1, $2::int) n`,
    [course, learners],
  );
  await sql(
    `insert into public.lesson_progress (user_id, lesson_id)
    select ${user}, $1 || '/m/lesson-' || l from generate_series(1, 10000) n, generate_series(1, 10) l`,
    [course],
  );
  // Learners 1–20,000 took the quiz once: all got q1 right; only the even ones got q2 right (and passed).
  await sql(`insert into public.quiz_attempts (user_id, quiz_id, attempt_number, answers, score, correct_count, question_count, passed)
    select ${user}, 'scale-test-quiz', 1,
      jsonb_build_object('q1', jsonb_build_array('a'), 'q2', jsonb_build_array(case when n % 2 = 0 then 'a' else 'b' end)),
      case when n % 2 = 0 then 100 else 50 end, case when n % 2 = 0 then 2 else 1 end, 2, n % 2 = 0
    from generate_series(1, 20000) n`);
  // Learners 1–5,000 completed, 10 days after booking.
  await sql(
    `insert into public.course_completions (user_id, course_id, cohort_id, completed_at)
    select ${user}, $1, $1 || '-' || (n % 10 + 1), now() - interval '10 days' from generate_series(1, 5000) n`,
    [course],
  );
}

describe('course_dashboard at 30,000 learners', () => {
  let educator: Person;
  beforeAll(async () => {
    educator = await person('educator', ['educator']);
    await seedScaleCourse(educator.email);
  }, 120_000);

  test('counts booked, started and completed, the completion rate and the median time to complete', async () => {
    const { data, error } = await educator.client.rpc('course_dashboard', { course });
    expect(error).toBeNull();
    expect(data).toMatchObject({
      booked: 30000,
      waitlisted: 0,
      started: 20000,
      completed: 5000,
      completionRate: 0.167,
      medianDaysToComplete: 10,
    });
    expect(data.cohorts).toHaveLength(10);
    expect(data.cohorts[0]).toMatchObject({ booked: 3000, capacity: 3000 });
    expect(data.cohorts.reduce((sum: number, c: { completed: number }) => sum + c.completed, 0)).toBe(5000);
  });

  test("gives the quiz pass rate and each question's correct rate, so a bad question stands out", async () => {
    const { data } = await educator.client.rpc('course_dashboard', { course });
    expect(data.quizzes).toEqual([
      {
        quizId: 'scale-test-quiz',
        passMark: 50,
        learners: 20000,
        attempts: 20000,
        passRate: 0.5,
        questions: [
          { questionId: 'q1', prompt: 'Easy', answered: 20000, correctRate: 1 },
          { questionId: 'q2', prompt: 'Hard', answered: 20000, correctRate: 0.5 },
        ],
      },
    ]);
  });

  test("lists a cohort's learners with their progress", async () => {
    const { data, error } = await educator.client.rpc('cohort_learners', { cohort: `${course}-2` });
    expect(error).toBeNull();
    expect(data).toHaveLength(3000);
    const first = data.find((r: { email: string }) => r.email === 'scale.1@test.example');
    expect(first).toMatchObject({
      full_name: 'Scale learner 1',
      status: 'confirmed',
      lessons_done: 10,
      required_lessons: 10,
      required_quizzes: 1,
      quizzes_passed: 0,
    });
    expect(first.completed_at).not.toBeNull();
  });

  test('an educator who does not run the course, and learners, see nothing', async () => {
    const other = await person('educator', ['educator']);
    expect(reason((await other.client.rpc('course_dashboard', { course })).error)).toBe('forbidden');
    expect(reason((await other.client.rpc('cohort_learners', { cohort: `${course}-1` })).error)).toBe('forbidden');
    const learner = await person();
    expect(reason((await learner.client.rpc('course_dashboard', { course })).error)).toBe('forbidden');
    expect(reason((await learner.client.rpc('webinar_insight')).error)).toBe('forbidden');
    const admin = await person('admin', ['admin']);
    expect((await admin.client.rpc('course_dashboard', { course })).data.booked).toBe(30000);
    expect((await other.client.rpc('webinar_insight')).error).toBeNull();
  });
});
