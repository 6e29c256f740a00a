// Lesson progress and quiz grading: graded only in SQL, attempts limited, keys hidden, records private.
import { describe, expect, test } from 'vitest';
import { anonClient, sql } from './clients.ts';
import { people, person, reason, rightAnswers, testCohort, type Person } from './learning.ts';

const quiz = 'mental-health-skills-5-day-day-1';
const lesson = 'mental-health-skills-5-day/day-1/mind-body-and-the-biopsychosocial-model';

async function wrongAnswers(): Promise<Record<string, string[]>> {
  const [row] = await sql<{ questions: { id: string; options: { id: string; correct: boolean }[] }[] }>(
    'select questions from catalog.quizzes where id = $1',
    [quiz],
  );
  return Object.fromEntries(row!.questions.map((q) => [q.id, [q.options.find((o) => !o.correct)!.id]]));
}

/** A place on a cohort of the course (recorded directly), as quizzes are for people who booked. */
async function booked<T extends Person>(p: T, course = 'mental-health-skills-5-day', status = 'confirmed'): Promise<T> {
  const cohort = await testCohort({ course, capacity: 1 });
  // Someone waits only for a full cohort (else the next fill_all_places, in another test, would promote them).
  if (status === 'waitlisted')
    await sql(`insert into public.bookings (cohort_id, user_id, status, confirmed_at) values ($1, $2, 'confirmed', now())`, [
      cohort,
      (await person()).id,
    ]);
  await sql(
    `insert into public.bookings (cohort_id, user_id, status, confirmed_at, cancelled_at, waitlist_position)
    values ($1, $2, $3::public.booking_status, now(), case when $3 = 'cancelled' then now() end, case when $3 = 'waitlisted' then 1 end)`,
    [cohort, p.id, status],
  );
  return p;
}
const learner = async () => booked(await person());

describe('lesson progress', () => {
  test('a learner marks a lesson done and undone; it is theirs alone', async () => {
    const [a, b] = await people(2);
    expect((await a!.client.from('lesson_progress').insert({ lesson_id: lesson })).error).toBeNull();
    expect((await a!.client.from('lesson_progress').select('lesson_id')).data).toEqual([{ lesson_id: lesson }]);
    expect((await b!.client.from('lesson_progress').select('lesson_id').eq('user_id', a!.id)).data).toEqual([]);

    const again = await a!.client.from('lesson_progress').insert({ lesson_id: lesson });
    expect(again.error?.code).toBe('23505');
    expect((await a!.client.from('lesson_progress').delete().eq('lesson_id', lesson)).error).toBeNull();
    expect(await sql('select 1 from public.lesson_progress where user_id = $1', [a!.id])).toHaveLength(0);
  });

  test('nobody marks progress for someone else, changes its time, or marks a lesson that does not exist', async () => {
    const [a, b] = await people(2);
    await a!.client.from('lesson_progress').insert({ lesson_id: lesson });
    expect(
      (
        await b!.client
          .from('lesson_progress')
          .insert({ user_id: a!.id, lesson_id: 'mental-health-skills-5-day/day-1/diagnostic-overshadowing' })
      ).error?.code,
    ).toBe('42501');
    expect((await a!.client.from('lesson_progress').update({ completed_at: '2020-01-01' }).eq('lesson_id', lesson)).error?.code).toBe(
      '42501',
    );
    expect((await b!.client.from('lesson_progress').delete().eq('user_id', a!.id).select()).data).toEqual([]);
    expect(await sql('select 1 from public.lesson_progress where user_id = $1', [a!.id])).toHaveLength(1);
    expect((await a!.client.from('lesson_progress').insert({ lesson_id: 'no-such-lesson' })).error?.code).toBe('23503');
    expect((await anonClient().from('lesson_progress').select()).error?.code).toBe('42501');
  });
});

describe('submit_quiz_attempt', () => {
  test('grades in SQL: a wrong attempt fails with feedback but no answer key; a right one passes and shows the key', async () => {
    const p = await learner();
    const failed = await p.client.rpc('submit_quiz_attempt', { quiz, answers: await wrongAnswers() });
    expect(failed.error).toBeNull();
    expect(failed.data).toMatchObject({
      attemptNumber: 1,
      attemptsAllowed: 3,
      attemptsLeft: 2,
      score: 0,
      correctCount: 0,
      passed: false,
      passMark: 70,
    });
    const first = failed.data.questions[0];
    expect(first).toMatchObject({ correct: false, correctOptions: null });
    expect(first.feedback[0].text.length).toBeGreaterThan(10);
    expect(JSON.stringify(failed.data)).not.toMatch(/"key"/);

    const passed = await p.client.rpc('submit_quiz_attempt', { quiz, answers: await rightAnswers(quiz) });
    expect(passed.data).toMatchObject({ attemptNumber: 2, attemptsLeft: 1, score: 100, passed: true });
    expect(
      passed.data.questions.every((q: { correct: boolean; correctOptions: string[] }) => q.correct && q.correctOptions.length > 0),
    ).toBe(true);
  });

  test('limits attempts, and never shows the key to someone who has not passed, even with no attempts left', async () => {
    const p = await learner();
    const wrong = await wrongAnswers();
    await p.client.rpc('submit_quiz_attempt', { quiz, answers: wrong });
    await p.client.rpc('submit_quiz_attempt', { quiz, answers: wrong });
    const last = await p.client.rpc('submit_quiz_attempt', { quiz, answers: wrong });
    expect(last.data).toMatchObject({ attemptNumber: 3, attemptsLeft: 0, passed: false });
    expect(last.data.questions.every((q: { correctOptions: unknown }) => q.correctOptions === null)).toBe(true);
    const fourth = await p.client.rpc('submit_quiz_attempt', { quiz, answers: await rightAnswers(quiz) });
    expect(reason(fourth.error)).toBe('attempts_exhausted');
    expect(fourth.error?.message).toBe('You have used all 3 attempts at this quiz. Contact the course educator.');
    expect(await sql('select passed from public.quiz_attempts where user_id = $1', [p.id])).toHaveLength(3);
  });

  test('partly right scores proportionally', async () => {
    const p = await learner();
    const right = await rightAnswers(quiz);
    const wrong = await wrongAnswers();
    const ids = Object.keys(right);
    const mixed = Object.fromEntries(ids.map((id, i) => [id, i < 2 ? right[id]! : wrong[id]!]));
    const { data } = await p.client.rpc('submit_quiz_attempt', { quiz, answers: mixed });
    expect(data.correctCount).toBe(2);
    expect(data.score).toBe(Math.round((100 * 2) / ids.length));
  });

  test('refuses bad input with a clear message and records nothing', async () => {
    const p = await learner();
    const right = await rightAnswers(quiz);
    const [firstId] = Object.keys(right);
    const cases: [unknown, string, RegExp][] = [
      [{ [firstId!]: right[firstId!] }, 'incomplete', /^Answer every question before you submit: \d+ still to answer\.$/],
      [{ ...right, [firstId!]: ['zz'] }, 'invalid', /Question 1 has an answer that is not one of its options/],
      [{ ...right, [firstId!]: ['a', 'b'] }, 'invalid', /Question 1 takes one answer only/],
      [{ ...right, nonsense: ['a'] }, 'invalid', /not in this quiz/],
      [['a'], 'invalid', /Send your answers/],
    ];
    for (const [answers, code, message] of cases) {
      const { error } = await p.client.rpc('submit_quiz_attempt', { quiz, answers });
      expect(reason(error), JSON.stringify(answers)).toBe(code);
      expect(error?.message).toMatch(message);
    }
    expect((await p.client.rpc('submit_quiz_attempt', { quiz: 'no-such-quiz', answers: right })).error?.hint).toBe('not_found');
    expect(await sql('select 1 from public.quiz_attempts where user_id = $1', [p.id])).toHaveLength(0);
  });

  test("nobody inserts a passed attempt, changes a score or reads another learner's attempts", async () => {
    const [a, b] = await people(2);
    await booked(a!);
    const { data } = await a!.client.rpc('submit_quiz_attempt', { quiz, answers: await wrongAnswers() });
    const forged = await a!.client.from('quiz_attempts').insert({
      user_id: a!.id,
      quiz_id: quiz,
      attempt_number: 9,
      answers: {},
      score: 100,
      correct_count: 6,
      question_count: 6,
      passed: true,
    });
    expect(forged.error?.code).toBe('42501');
    expect((await a!.client.from('quiz_attempts').update({ score: 100, passed: true }).eq('id', data.attemptId)).error?.code).toBe('42501');
    expect((await a!.client.from('quiz_attempts').delete().eq('id', data.attemptId)).error?.code).toBe('42501');
    expect((await b!.client.from('quiz_attempts').select('id').eq('user_id', a!.id)).data).toEqual([]);
    expect((await a!.client.from('quiz_attempts').select('score, passed')).data).toEqual([{ score: 0, passed: false }]);
    expect((await anonClient().rpc('submit_quiz_attempt', { quiz, answers: {} })).error?.code).toBe('42501');
  });

  test('quizzes are for people with a live booking on the course, or its educators and admins; nobody else learns the key', async () => {
    const strangers = [
      await person(),
      await booked(await person(), 'mental-health-skills-3-week'),
      await booked(await person(), undefined, 'cancelled'),
    ];
    for (const p of strangers) {
      for (let i = 0; i < 4; i++) {
        const { data, error } = await p.client.rpc('submit_quiz_attempt', { quiz, answers: await wrongAnswers() });
        expect(data).toBeNull();
        expect(reason(error)).toBe('not_booked');
        expect(error?.message).toBe('Book a place on a date of this course to take its quizzes.');
      }
      expect(await sql('select 1 from public.quiz_attempts where user_id = $1', [p.id])).toHaveLength(0);
    }
    const waiting = await booked(await person(), undefined, 'waitlisted');
    for (const p of [waiting, await person('educator', ['educator']), await person('admin', ['admin'])]) {
      expect((await p.client.rpc('submit_quiz_attempt', { quiz, answers: await rightAnswers(quiz) })).data).toMatchObject({ passed: true });
    }
  });
});
