// Admins grant and revoke roles (audited); a person downloads all their data and can delete their account.
import { describe, expect, test } from 'vitest';
import { anonClient, sql } from './clients.ts';
import { finishCourseWork, people, person, reason, testCohort } from './learning.ts';

const lesson = 'mental-health-skills-3-week/week-1/delirium-and-dementia';

describe('roles', () => {
  test('an admin finds people and grants and revokes roles, each change in the audit log', async () => {
    const admin = await person('admin', ['admin']);
    const someone = await person('Rolf');
    const found = (await admin.client.rpc('admin_people', { search: someone.email })).data;
    expect(found).toEqual([{ id: someone.id, email: someone.email, full_name: 'Rolf 1', roles: ['learner'] }]);
    expect(
      (await admin.client.from('user_roles').insert({ user_id: someone.id, role: 'champion', granted_by: admin.id })).error,
    ).toBeNull();
    expect((await admin.client.from('user_roles').delete().eq('user_id', someone.id).eq('role', 'champion')).error).toBeNull();
    expect(await sql(`select action, actor, details from public.audit_log where subject_id = $1 order by id`, [someone.id])).toEqual([
      { action: 'role.granted', actor: admin.id, details: { role: 'champion' } },
      { action: 'role.revoked', actor: admin.id, details: { role: 'champion' } },
    ]);
  });

  test('nobody else grants roles or lists people', async () => {
    const [learner, educator] = [await person(), await person('educator', ['educator'])];
    for (const who of [learner, educator]) {
      expect((await who.client.from('user_roles').insert({ user_id: who.id, role: 'admin', granted_by: who.id })).error?.code).toBe(
        '42501',
      );
      expect(reason((await who.client.rpc('admin_people', { search: '' })).error)).toBe('forbidden');
    }
    expect((await anonClient().rpc('admin_people', { search: '' })).error?.code).toBe('42501');
  });
});

describe('data rights', () => {
  test('a person downloads everything the platform holds about them, and nothing of anyone else', async () => {
    const [me, other] = await people(2, 'Dana');
    const cohort = await testCohort();
    await me!.client.rpc('book_place', { cohort });
    await other!.client.rpc('book_place', { cohort });
    for (const who of [me!, other!])
      await who.client.from('lesson_reflections').insert({ lesson_id: lesson, reflection: `${who.email} reflects.` });
    const { data, error } = await me!.client.rpc('export_my_data');
    expect(error).toBeNull();
    expect(data.account.email).toBe(me!.email);
    expect(data.profile.full_name).toBe('Dana 1');
    expect(data.bookings).toHaveLength(1);
    expect(data.lessonReflections).toEqual([expect.objectContaining({ lessonId: lesson, reflection: `${me!.email} reflects.` })]);
    expect(JSON.stringify(data)).not.toContain(other!.id);
    expect(Object.keys(data)).toEqual(
      expect.arrayContaining([
        'lessonProgress',
        'quizAttempts',
        'certificates',
        'cpdRecord',
        'webinarViews',
        'pharmacyNetwork',
        'sharedResources',
      ]),
    );
  });

  test('deleting an account removes personal data, gives up places, and keeps certificates verifiable without the name', async () => {
    const learner = await person('Della');
    const cohort = await testCohort({ capacity: 1, waitlist: 2, startsIn: -1 });
    await learner.client.rpc('book_place', { cohort });
    const next = await person();
    await next.client.rpc('book_place', { cohort });
    await finishCourseWork(learner.id);
    await learner.client.from('lesson_reflections').insert({ lesson_id: lesson, reflection: 'Private thoughts.' });
    const cert = (await learner.client.rpc('complete_course', { course: 'mental-health-skills-5-day' })).data;

    expect(reason((await learner.client.rpc('delete_my_account', { confirm_email: 'wrong@example.com' })).error)).toBe('invalid');
    expect((await learner.client.rpc('delete_my_account', { confirm_email: learner.email.toUpperCase() })).error).toBeNull();

    expect(await sql('select 1 from auth.users where id = $1', [learner.id])).toHaveLength(0);
    for (const table of [
      'profiles',
      'bookings',
      'lesson_progress',
      'quiz_attempts',
      'course_completions',
      'cpd_entries',
      'user_roles',
      'lesson_reflections',
    ]) {
      const column = table === 'profiles' ? 'id' : 'user_id';
      expect(await sql(`select 1 from public.${table} where ${column} = $1`, [learner.id]), table).toHaveLength(0);
    }
    expect(await sql('select status from public.bookings where user_id = $1', [next.id])).toEqual([{ status: 'confirmed' }]);
    const [verified] = (await anonClient().rpc('verify_certificate', { certificate_code: cert.code })).data;
    expect(verified).toMatchObject({ code: cert.code, learner_name: null, revoked: false });
    expect(
      await sql(`select 1 from public.audit_log where details::text like $1 or subject_id = $2`, [`%${learner.id}%`, learner.id]),
    ).toHaveLength(0);
    expect(
      await sql(`select 1 from public.audit_log where action = 'booking.cancelled' and details ->> 'cohort' = $1`, [cohort]),
    ).toHaveLength(1);
  });
});
