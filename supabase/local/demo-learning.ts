// Demo learning records for a new embedded database, made the way a learner makes them: the demo learner books the next
// 5-day cohort open for booking, has done the day 1 lessons and passed the day 1 quiz (graded by submit_quiz_attempt).
import pg from 'pg';
import { nextBookableCohortSql } from './bookable-cohort.ts';

const learner = { sub: '00000000-0000-4000-8000-000000000001', email: 'learner@mindbody.example', role: 'authenticated' };
const course = 'mental-health-skills-5-day';
const quiz = 'mental-health-skills-5-day-day-1';

export async function seedDemoLearning(adminUrl: string): Promise<void> {
  const db = new pg.Client({ connectionString: adminUrl });
  await db.connect();
  try {
    await db.query(`insert into public.lesson_progress (user_id, lesson_id)
      select $1, id from catalog.lessons where module_id = 'day-1' and course_id = $2 on conflict do nothing`, [learner.sub, course]);
    const { rows: [row] } = await db.query('select questions from catalog.quizzes where id = $1', [quiz]);
    if (!row) return;
    const answers = Object.fromEntries((row.questions as { id: string; options: { id: string; correct: boolean }[] }[])
      .map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.id)]));

    const { rows: [cohort] } = await db.query(nextBookableCohortSql, [course]);

    await db.query('begin');
    await db.query('set local role authenticated');
    await db.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(learner)]);
    await db.query('select public.submit_quiz_attempt($1, $2)', [quiz, JSON.stringify(answers)]);
    if (cohort) await db.query('select public.book_place($1)', [cohort.id]);
    await db.query('commit');
  } catch (error) {
    await db.query('rollback').catch(() => {});
    throw error;
  } finally {
    await db.end();
  }
}
