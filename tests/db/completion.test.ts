// Completing a course: the rule is checked in SQL, the certificate is issued once and verifiable by anyone.
import { describe, expect, test } from 'vitest';
import { anonClient, serviceClient, sql } from './clients.ts';
import { finishCourseWork, people, person, reason, testCohort } from './learning.ts';

const course = 'mental-health-skills-5-day';

/** A learner on a cohort that started yesterday. */
async function bookedLearner() {
  const learner = await person('Nurse');
  await learner.client.rpc('book_place', { cohort: await testCohort({ startsIn: -1 }) });
  return learner;
}

describe('complete_course', () => {
  test('refuses until every required lesson is done and every required quiz passed, saying what is left', async () => {
    const learner = await bookedLearner();
    const { error } = await learner.client.rpc('complete_course', { course });
    expect(reason(error)).toBe('incomplete');
    const [{ lessons, quizzes }] = await sql(
      `select (select count(*) from catalog.lessons where course_id = $1 and required)::int as lessons,
              (select cardinality(required_quizzes) from catalog.courses where id = $1) as quizzes`,
      [course],
    );
    expect(error?.message).toBe(`Not finished yet: ${lessons} required lessons and ${quizzes} quizzes still to pass.`);
    expect(await sql('select 1 from public.course_completions where user_id = $1', [learner.id])).toHaveLength(0);
  });

  test('refuses without a confirmed place on a cohort', async () => {
    const learner = await person('Nurse');
    await finishCourseWork(learner.id);
    expect(reason((await learner.client.rpc('complete_course', { course })).error)).toBe('no_booking');

    const full = await testCohort({ capacity: 1 });
    await (await person()).client.rpc('book_place', { cohort: full });
    await learner.client.rpc('book_place', { cohort: full });
    expect(reason((await learner.client.rpc('complete_course', { course })).error)).toBe('no_booking');
  });

  test('issues one certificate with a readable unguessable code, the cohort dates, CPD hours and a CPD entry', async () => {
    const learner = await bookedLearner();
    await finishCourseWork(learner.id);
    const { data: cert, error } = await learner.client.rpc('complete_course', { course });
    expect(error).toBeNull();
    expect(cert.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(cert).toMatchObject({ learner_name: 'Nurse 1', course_title: expect.stringMatching(/Mental health skills/), cpd_hours: 30 });
    const again = await learner.client.rpc('complete_course', { course });
    expect(again.data.code).toBe(cert.code);
    expect(await sql('select 1 from public.certificates where user_id = $1', [learner.id])).toHaveLength(1);
    const cpd = (await learner.client.from('cpd_entries').select('source, source_id, hours, kind')).data;
    expect(cpd).toEqual([{ source: 'course', source_id: course, hours: 30, kind: 'Participatory' }]);
  });

  test('waits until the cohort has started, because the certificate names the taught dates', async () => {
    const learner = await person('Nurse');
    await learner.client.rpc('book_place', { cohort: await testCohort({ startsIn: 5 }) });
    await finishCourseWork(learner.id);
    const { error } = await learner.client.rpc('complete_course', { course });
    expect(reason(error)).toBe('not_started');
    expect(error?.message).toMatch(/^You can complete the course once your cohort has started on \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
  });

  test('a place on a retired cohort does not count, as the course page says: it is no longer running', async () => {
    const learner = await bookedLearner();
    await finishCourseWork(learner.id);
    await sql('update catalog.cohorts set retired_at = now() where id = (select cohort_id from public.bookings where user_id = $1)', [
      learner.id,
    ]);
    expect(reason((await learner.client.rpc('complete_course', { course })).error)).toBe('no_booking');
    expect(await sql('select 1 from public.certificates where user_id = $1', [learner.id])).toHaveLength(0);
    expect((await learner.client.rpc('completion_gate', { course })).data).toEqual({ open: false, reason: 'no-place' });
  });

  test('with two places still to start, it waits for the soonest, and says that date', async () => {
    const learner = await person('Nurse');
    const later = await testCohort({ startsIn: 30 });
    const sooner = await testCohort({ startsIn: 12 });
    await learner.client.rpc('book_place', { cohort: later });
    await learner.client.rpc('book_place', { cohort: sooner });
    await finishCourseWork(learner.id);
    const [{ starts_on: startsOn, words }] = await sql(
      `select starts_on::text, to_char(starts_on, 'FMDD FMMonth YYYY') as words from catalog.cohorts where id = $1`,
      [sooner],
    );
    const { error } = await learner.client.rpc('complete_course', { course });
    expect(error?.message).toBe(`You can complete the course once your cohort has started on ${words}.`);
    expect((await learner.client.rpc('completion_gate', { course })).data).toEqual({ open: false, reason: 'not-started', startsOn });
  });

  test('once complete, the booking cannot be cancelled, and a second click gives the same certificate', async () => {
    const learner = await bookedLearner();
    await finishCourseWork(learner.id);
    const [a, b] = await Promise.all([1, 2].map(() => learner.client.rpc('complete_course', { course })));
    expect(a!.error).toBeNull();
    expect(b!.error).toBeNull();
    expect(a!.data.code).toBe(b!.data.code);
    const [booking] = await sql('select id from public.bookings where user_id = $1', [learner.id]);
    const admin = await person('admin', ['admin']);
    expect(reason((await admin.client.rpc('cancel_booking', { booking: booking.id })).error)).toBe('completed');
  });

  test('asks for a name first, because the certificate prints it', async () => {
    const learner = await bookedLearner();
    await finishCourseWork(learner.id);
    await sql(`update public.profiles set full_name = ' ' where id = $1`, [learner.id]);
    expect(reason((await learner.client.rpc('complete_course', { course })).error)).toBe('no_name');
  });
});

describe("completion_gate: whether the learner's place lets them complete now", () => {
  test('open with a confirmed place on a cohort that has started, today included', async () => {
    const learner = await person('Nurse');
    await learner.client.rpc('book_place', { cohort: await testCohort({ startsIn: 0 }) });
    expect((await learner.client.rpc('completion_gate', { course })).data).toEqual({ open: true });
    const other = await bookedLearner();
    await other.client.rpc('book_place', { cohort: await testCohort({ startsIn: 40 }) });
    expect((await other.client.rpc('completion_gate', { course })).data).toEqual({ open: true });
  });

  test('asks for a place when there is none, or only a waiting-list one; anonymous visitors cannot ask', async () => {
    const learner = await person('Nurse');
    expect((await learner.client.rpc('completion_gate', { course })).data).toEqual({ open: false, reason: 'no-place' });
    const full = await testCohort({ capacity: 1, startsIn: -1 });
    await (await person()).client.rpc('book_place', { cohort: full });
    await learner.client.rpc('book_place', { cohort: full });
    expect((await learner.client.rpc('completion_gate', { course })).data).toEqual({ open: false, reason: 'no-place' });
    expect((await anonClient().rpc('completion_gate', { course })).error?.code).toBe('42501');
  });
});

describe('verify_certificate', () => {
  test('anyone can check a code, typed loosely; it says for whom and for what, and nothing else', async () => {
    const learner = await bookedLearner();
    await finishCourseWork(learner.id);
    const cert = (await learner.client.rpc('complete_course', { course })).data;
    const typed = cert.code.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o').replaceAll('1', 'l');
    const { data, error } = await anonClient().rpc('verify_certificate', { certificate_code: typed });
    expect(error).toBeNull();
    expect(data).toHaveLength(1);
    expect(Object.keys(data[0]).sort()).toEqual([
      'code',
      'cohort_ends_on',
      'cohort_starts_on',
      'course_title',
      'cpd_hours',
      'issued_at',
      'learner_name',
      'revoked',
      'revoked_at',
    ]);
    expect(data[0]).toMatchObject({ code: cert.code, learner_name: 'Nurse 1', revoked: false });
    expect((await anonClient().rpc('verify_certificate', { certificate_code: 'AAAA-BBBB-CCCC-DDDD' })).data).toEqual([]);
  });

  test("a revoked certificate says so; only an admin or the course's educator can revoke, with a reason", async () => {
    const learner = await bookedLearner();
    await finishCourseWork(learner.id);
    const cert = (await learner.client.rpc('complete_course', { course })).data;
    expect(reason((await learner.client.rpc('revoke_certificate', { certificate: cert.id, reason: 'mine' })).error)).toBe('not_found');
    const admin = await person('admin', ['admin']);
    expect(reason((await admin.client.rpc('revoke_certificate', { certificate: cert.id, reason: ' ' })).error)).toBe('invalid');
    expect((await admin.client.rpc('revoke_certificate', { certificate: cert.id, reason: 'Issued in error' })).error).toBeNull();
    const [check] = (await anonClient().rpc('verify_certificate', { certificate_code: cert.code })).data;
    expect(check).toMatchObject({ revoked: true });
    expect(check.revoked_at).not.toBeNull();
  });
});

describe('completions, certificates and the CPD record: who can read and write', () => {
  test('a learner cannot insert a completion or a certificate, nor change one', async () => {
    const learner = await bookedLearner();
    const cohort = (await sql('select cohort_id from public.bookings where user_id = $1', [learner.id]))[0].cohort_id;
    expect(
      (await learner.client.from('course_completions').insert({ user_id: learner.id, course_id: course, cohort_id: cohort })).error?.code,
    ).toBe('42501');
    expect(
      (
        await learner.client.from('certificates').insert({
          user_id: learner.id,
          course_id: course,
          code: 'AAAA-BBBB-CCCC-DDDD',
          learner_name: 'x',
          course_title: 'x',
          cohort_starts_on: '2027-01-01',
          cohort_ends_on: '2027-01-02',
          cpd_hours: 30,
          completion_id: crypto.randomUUID(),
        })
      ).error?.code,
    ).toBe('42501');
    await finishCourseWork(learner.id);
    const cert = (await learner.client.rpc('complete_course', { course })).data;
    expect((await learner.client.from('certificates').update({ cpd_hours: 99 }).eq('id', cert.id)).error?.code).toBe('42501');
    expect((await learner.client.from('certificates').delete().eq('id', cert.id)).error?.code).toBe('42501');
    expect((await learner.client.from('course_completions').delete().eq('user_id', learner.id)).error?.code).toBe('42501');
    expect(await sql('select cpd_hours from public.certificates where id = $1', [cert.id])).toEqual([{ cpd_hours: '30.0' }]);
  });

  test("others see nothing of a learner's completions, certificates or CPD; anonymous visitors see nothing at all", async () => {
    const learner = await bookedLearner();
    await finishCourseWork(learner.id);
    await learner.client.rpc('complete_course', { course });
    const [other] = await people(1);
    for (const table of ['course_completions', 'certificates', 'cpd_entries']) {
      expect((await other!.client.from(table).select('id').eq('user_id', learner.id)).data, table).toEqual([]);
      expect((await anonClient().from(table).select('id')).error?.code, table).toBe('42501');
      expect((await serviceClient().from(table).select('id').eq('user_id', learner.id)).data, table).toHaveLength(1);
    }
    const admin = await person('admin', ['admin']);
    expect((await admin.client.from('certificates').select('id').eq('user_id', learner.id)).data).toHaveLength(1);
  });

  test("a learner writes their reflections on a CPD entry, but not its hours, and not someone else's", async () => {
    const learner = await bookedLearner();
    await finishCourseWork(learner.id);
    await learner.client.rpc('complete_course', { course });
    const [entry] = (await learner.client.from('cpd_entries').select('id')).data!;
    const update = await learner.client
      .from('cpd_entries')
      .update({ learned: 'How delirium presents', practice_change: 'I use 4AT on admission' })
      .eq('id', entry.id);
    expect(update.error).toBeNull();
    expect((await learner.client.from('cpd_entries').update({ hours: 100 }).eq('id', entry.id)).error?.code).toBe('42501');
    expect(
      (
        await learner.client
          .from('cpd_entries')
          .update({ learned: 'x'.repeat(2001) })
          .eq('id', entry.id)
      ).error?.code,
    ).toBe('23514');
    const [other] = await people(1);
    expect((await other!.client.from('cpd_entries').update({ learned: 'vandalised' }).eq('id', entry.id).select()).data).toEqual([]);
    expect((await learner.client.from('cpd_entries').delete().eq('id', entry.id)).error?.code).toBe('42501');
    expect(await sql('select learned, practice_change, hours from public.cpd_entries where id = $1', [entry.id])).toEqual([
      { learned: 'How delirium presents', practice_change: 'I use 4AT on admission', hours: '30.00' },
    ]);
  });

  test('an educator who runs the course sees its completions and certificates', async () => {
    const learner = await bookedLearner();
    await finishCourseWork(learner.id);
    await learner.client.rpc('complete_course', { course });
    const runner = await person('educator', ['educator']);
    await sql(`update catalog.courses set educators = educators || $1::text where id = $2`, [runner.email, course]);
    expect((await runner.client.from('course_completions').select('id').eq('user_id', learner.id)).data).toHaveLength(1);
    expect((await runner.client.from('certificates').select('id').eq('user_id', learner.id)).data).toHaveLength(1);
    expect((await runner.client.from('cpd_entries').select('id').eq('user_id', learner.id)).data).toEqual([]);
  });
});
