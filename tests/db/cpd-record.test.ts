// The CPD record: CPD done elsewhere (added and removed only by its learner, checked in SQL), course entries dated by
// the course, and lesson reflections, private to each learner, for every role.
import { describe, expect, test } from 'vitest';
import { anonClient, serviceClient, sql } from './clients.ts';
import { finishCourseWork, londonDate, person, reason, testCohort } from './learning.ts';

const lesson = 'mental-health-skills-3-week/week-1/delirium-and-dementia';
const studyDay = {
  activity: 'Trust study day: falls prevention',
  activity_date: londonDate(-10),
  hours: 6.5,
  kind: 'Participatory',
  learned: 'Lying and standing blood pressure',
  practice_change: 'I check it on admission',
};

describe('CPD done elsewhere', () => {
  test('a learner adds it with its own date, hours and reflections, and can remove it', async () => {
    const learner = await person('Nurse');
    const { data, error } = await learner.client.rpc('add_external_cpd', studyDay);
    expect(error).toBeNull();
    expect(data).toMatchObject({
      source: 'external',
      activity: studyDay.activity,
      activity_date: studyDay.activity_date,
      hours: 6.5,
      kind: 'Participatory',
      learned: studyDay.learned,
    });
    const { data: mine } = await learner.client.from('cpd_entries').select('id, source');
    expect(mine).toEqual([{ id: data.id, source: 'external' }]);
    const removed = await learner.client.rpc('remove_external_cpd', { entry: data.id });
    expect(removed.data).toMatchObject({ id: data.id, source: 'external' });
    expect(await sql('select 1 from public.cpd_entries where user_id = $1', [learner.id])).toHaveLength(0);
  });

  test('refuses a date to come, hours out of range and an unknown type, with reasons, writing nothing', async () => {
    const learner = await person('Nurse');
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ activity_date: londonDate(2) }, /today or in the last 10 years/],
      [{ hours: 0 }, /0.25 to 200/],
      [{ hours: 1.1 }, /quarter hours/],
      [{ kind: 'Reading' }, /participatory or self-directed/],
      [{ activity: '  ' }, /what the activity was/],
    ];
    for (const [change, message] of cases) {
      const { error } = await learner.client.rpc('add_external_cpd', { ...studyDay, ...change });
      expect(reason(error), JSON.stringify(change)).toBe('invalid');
      expect(error?.message).toMatch(message);
    }
    expect(await sql('select 1 from public.cpd_entries where user_id = $1', [learner.id])).toHaveLength(0);
  });

  test('nobody signed out can add it; nobody else can see or remove it; platform entries cannot be removed', async () => {
    const [owner, stranger] = [await person('Owner'), await person('Stranger')];
    expect((await anonClient().rpc('add_external_cpd', studyDay)).error).not.toBeNull();
    const { data: entry } = await owner.client.rpc('add_external_cpd', studyDay);
    expect((await stranger.client.from('cpd_entries').select('id').eq('id', entry.id)).data).toEqual([]);
    expect(reason((await stranger.client.rpc('remove_external_cpd', { entry: entry.id })).error)).toBe('not_found');
    expect((await stranger.client.from('cpd_entries').delete().eq('id', entry.id)).error?.code).toBe('42501');
    expect((await anonClient().rpc('remove_external_cpd', { entry: entry.id })).error).not.toBeNull();
    expect((await anonClient().from('cpd_entries').select('id')).data ?? []).toEqual([]);

    await sql(
      `insert into public.cpd_entries (user_id, source, source_id, activity, activity_date, hours, kind)
      values ($1, 'webinar', 'some-webinar', 'Webinar', current_date, 1, 'Self-directed')`,
      [owner.id],
    );
    const [webinarEntry] = await sql(`select id from public.cpd_entries where user_id = $1 and source = 'webinar'`, [owner.id]);
    const refused = await owner.client.rpc('remove_external_cpd', { entry: webinarEntry.id });
    expect(reason(refused.error)).toBe('not_found');
    expect(refused.error?.message).toBe('That activity could not be removed: only CPD you added yourself can be.');
    expect((await owner.client.from('cpd_entries').update({ hours: 99 }).eq('id', entry.id)).error?.code).toBe('42501');
    expect(await sql('select source from public.cpd_entries where user_id = $1 order by source', [owner.id])).toEqual([
      { source: 'external' },
      { source: 'webinar' },
    ]);
  });
});

describe("a course's CPD entry", () => {
  test('is dated by the last day of the course dates, not the day the course was marked complete', async () => {
    const learner = await person('Nurse');
    const cohort = await testCohort({ startsIn: -8 });
    await sql(`insert into public.bookings (cohort_id, user_id, status, confirmed_at) values ($1, $2, 'confirmed', now())`, [
      cohort,
      learner.id,
    ]);
    await finishCourseWork(learner.id);
    const { error } = await learner.client.rpc('complete_course', { course: 'mental-health-skills-5-day' });
    expect(error).toBeNull();
    const [{ ends_on }] = await sql(`select ends_on::text from catalog.cohorts where id = $1`, [cohort]);
    const { data } = await learner.client.from('cpd_entries').select('activity_date').eq('source', 'course');
    expect(data).toEqual([{ activity_date: ends_on }]);
    expect(ends_on).not.toBe(londonDate(0));
  });
});

describe('lesson reflections', () => {
  test('a learner writes, changes, reads and deletes their own reflection on a lesson', async () => {
    const learner = await person('Nurse');
    expect(
      (await learner.client.from('lesson_reflections').insert({ lesson_id: lesson, reflection: 'We screen with the 4AT.' })).error,
    ).toBeNull();
    const upsert = await learner.client
      .from('lesson_reflections')
      .upsert({ lesson_id: lesson, reflection: 'We screen with the 4AT on admission.' })
      .select('reflection');
    expect(upsert.error).toBeNull();
    expect(upsert.data).toEqual([{ reflection: 'We screen with the 4AT on admission.' }]);
    expect((await learner.client.from('lesson_reflections').select('lesson_id, reflection')).data).toEqual([
      { lesson_id: lesson, reflection: 'We screen with the 4AT on admission.' },
    ]);
    expect((await learner.client.from('lesson_reflections').delete().eq('lesson_id', lesson).select('lesson_id')).data).toEqual([
      { lesson_id: lesson },
    ]);
  });

  test('refuses an empty reflection and one for a lesson that does not exist', async () => {
    const learner = await person('Nurse');
    expect((await learner.client.from('lesson_reflections').insert({ lesson_id: lesson, reflection: '   ' })).error?.code).toBe('23514');
    expect((await learner.client.from('lesson_reflections').insert({ lesson_id: 'no/such/lesson', reflection: 'x' })).error?.code).toBe(
      '23503',
    );
  });

  test('are private: not to another learner, an educator, an admin or anyone signed out; nobody writes one for someone else', async () => {
    const [owner, stranger, educator, admin] = [
      await person('Owner'),
      await person('Stranger'),
      await person('Educator', ['educator']),
      await person('Admin', ['admin']),
    ];
    await owner.client.from('lesson_reflections').insert({ lesson_id: lesson, reflection: 'Private thoughts' });
    for (const other of [stranger, educator, admin]) {
      expect((await other.client.from('lesson_reflections').select('reflection').eq('user_id', owner.id)).data).toEqual([]);
      expect(
        (await other.client.from('lesson_reflections').update({ reflection: 'Changed' }).eq('user_id', owner.id).select('reflection')).data,
      ).toEqual([]);
      expect((await other.client.from('lesson_reflections').delete().eq('user_id', owner.id).select('lesson_id')).data).toEqual([]);
    }
    expect(
      (await stranger.client.from('lesson_reflections').insert({ user_id: owner.id, lesson_id: lesson, reflection: 'Forged' })).error?.code,
    ).toBe('42501');
    expect((await anonClient().from('lesson_reflections').select('reflection')).error?.code).toBe('42501');
    expect((await anonClient().from('lesson_reflections').insert({ lesson_id: lesson, reflection: 'x' })).error?.code).toBe('42501');
    expect((await serviceClient().from('lesson_reflections').select('reflection').eq('user_id', owner.id)).data).toEqual([
      { reflection: 'Private thoughts' },
    ]);
    expect(await sql('select reflection from public.lesson_reflections where user_id = $1', [owner.id])).toEqual([
      { reflection: 'Private thoughts' },
    ]);
  });
});
