// Demo learning records for a new embedded database, made the way a learner makes them: the demo learner attended the
// November 2026 5-day course, has done every lesson and passed every quiz but the last (graded by submit_quiz_attempt),
// so signing in as them shows a course one quiz away from its certificate. Then demo-cohorts.sql gives the demo
// educator's started cohorts their other learners, and demo-webinars.sql the webinars their viewers.
import { readFile } from 'node:fs/promises';
import pg from 'pg';

const learner = { sub: '00000000-0000-4000-8000-000000000001', email: 'learner@mindbody.example', role: 'authenticated' };
const course = 'mental-health-skills-5-day';
const attended = 'mental-health-skills-5-day-2026-11';

type Question = { id: string; options: { id: string; correct: boolean }[] };
const rightAnswers = (questions: Question[]) =>
  Object.fromEntries(questions.map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.id)]));

export async function seedDemoLearning(adminUrl: string): Promise<void> {
  const db = new pg.Client({ connectionString: adminUrl });
  await db.connect();
  try {
    // Booking for a course that has run is closed, so the place is recorded directly, as it was when they booked.
    await db.query(
      `insert into public.bookings (cohort_id, user_id, status, confirmed_at)
      select id, $1, 'confirmed', booking_closes from catalog.cohorts where id = $2 on conflict do nothing`,
      [learner.sub, attended],
    );
    await db.query(
      `insert into public.lesson_progress (user_id, lesson_id)
      select $1, id from catalog.lessons where course_id = $2 and retired_at is null on conflict do nothing`,
      [learner.sub, course],
    );
    const { rows: quizzes } = await db.query(
      'select id, questions from catalog.quizzes where course_id = $1 and retired_at is null order by id',
      [course],
    );

    await db.query('begin');
    await db.query('set local role authenticated');
    await db.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(learner)]);
    for (const quiz of quizzes.slice(0, -1)) {
      await db.query('select public.submit_quiz_attempt($1, $2)', [quiz.id, JSON.stringify(rightAnswers(quiz.questions))]);
    }
    await db.query('commit');
    await db.query(await readFile(new URL('./demo-cohorts.sql', import.meta.url), 'utf8'));
    await db.query(await readFile(new URL('./demo-webinars.sql', import.meta.url), 'utf8'));
  } catch (error) {
    await db.query('rollback').catch(() => {});
    throw error;
  } finally {
    await db.end();
  }
}
