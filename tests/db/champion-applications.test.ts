// Applying to be a champion: admins approve (granting the role) or decline with a reason; who can read or write each.
import { describe, expect, test } from 'vitest';
import { anonClient, sql } from './clients.ts';
import { person, reason } from './learning.ts';

const kch = "King's College Hospital";
const application = {
  trust: kch,
  job_role: 'Staff nurse, acute medical unit',
  motivation: 'I would share the delirium leaflets our ward made.',
};

async function applicant() {
  const p = await person('nurse');
  const { data, error } = await p.client.rpc('apply_to_be_champion', application);
  expect(error).toBeNull();
  expect(data).toMatchObject({ status: 'pending', trust: kch });
  return p;
}

describe('applying', () => {
  test('approval grants the champion role, who can then share a resource; the decision is audited and e-mailed', async () => {
    const p = await applicant();
    expect(reason((await p.client.rpc('apply_to_be_champion', application)).error)).toBe('already_applied');
    expect(
      (
        await p.client.from('resources').insert({
          title: 'Delirium leaflet',
          url: 'https://example.nhs.uk/delirium',
          summary: 'A leaflet for families about delirium.',
          audience: 'Everyone',
          trust: 'All trusts',
        })
      ).error?.code,
    ).toBe('42501');

    const admin = await person('admin', ['admin']);
    const { data, error } = await admin.client.rpc('decide_champion_application', { applicant: p.id, approve: true });
    expect(error).toBeNull();
    expect(data).toMatchObject({ status: 'approved', decided_by: admin.id });
    expect((await p.client.from('user_roles').select('role')).data).toContainEqual({ role: 'champion' });
    expect(
      (
        await p.client.from('resources').insert({
          title: 'Delirium leaflet',
          url: 'https://example.nhs.uk/delirium',
          summary: 'A leaflet for families about delirium.',
          audience: 'Everyone',
          trust: 'All trusts',
        })
      ).error,
    ).toBeNull();
    expect(reason((await p.client.rpc('apply_to_be_champion', application)).error)).toBe('already_champion');

    expect((await sql('select action from public.audit_log where subject_id = $1 order by id', [p.id])).map((r) => r.action)).toEqual([
      'role.granted',
      'champion.approved',
    ]);
    expect(await sql('select kind from private.notifications where user_id = $1', [p.id])).toEqual([{ kind: 'champion_approved' }]);
  });

  test('a decline needs a reason, the applicant sees it, and they may apply again', async () => {
    const p = await applicant();
    const admin = await person('admin', ['admin']);
    expect(reason((await admin.client.rpc('decide_champion_application', { applicant: p.id, approve: false, reason: ' ' })).error)).toBe(
      'invalid',
    );
    await admin.client.rpc('decide_champion_application', {
      applicant: p.id,
      approve: false,
      reason: 'Please ask your ward manager to support your application first.',
    });
    expect((await p.client.from('champion_applications').select('status, decision_reason')).data).toEqual([
      { status: 'declined', decision_reason: 'Please ask your ward manager to support your application first.' },
    ]);
    expect(await sql('select kind, reason from private.notifications where user_id = $1', [p.id])).toEqual([
      { kind: 'champion_declined', reason: 'Please ask your ward manager to support your application first.' },
    ]);
    const again = await p.client.rpc('apply_to_be_champion', {
      ...application,
      motivation: 'My ward manager supports me: I would share leaflets.',
    });
    expect(again.data).toMatchObject({ status: 'pending', decision_reason: null, decided_at: null });
    expect(reason((await admin.client.rpc('decide_champion_application', { applicant: (await person()).id, approve: true })).error)).toBe(
      'not_found',
    );
  });

  test('bad applications get a clear message and change nothing', async () => {
    const p = await person('nurse');
    const cases: [object, RegExp][] = [
      [{ ...application, trust: 'Somewhere else' }, /Choose the trust/],
      [{ ...application, job_role: ' ' }, /Enter your job title/],
      [{ ...application, motivation: 'Yes' }, /what you would do/],
      [{ ...application, motivation: 'x'.repeat(1001) }, /1,000 characters/],
    ];
    for (const [args, message] of cases) expect((await p.client.rpc('apply_to_be_champion', args)).error?.message).toMatch(message);
    expect(await sql('select 1 from public.champion_applications where user_id = $1', [p.id])).toHaveLength(0);
  });
});

describe('who can read and write applications', () => {
  test('only admins decide and read every application; nobody writes them directly; others see only their own', async () => {
    const p = await applicant();
    const [learner, educator, champion] = [await person(), await person('educator', ['educator']), await person('champion', ['champion'])];
    for (const who of [p, learner, educator, champion]) {
      expect(reason((await who.client.rpc('decide_champion_application', { applicant: p.id, approve: true })).error)).toBe('forbidden');
      expect((await who.client.from('champion_applications').select('user_id').eq('user_id', p.id)).data).toEqual(
        who === p ? [{ user_id: p.id }] : [],
      );
    }
    expect((await p.client.from('champion_applications').update({ status: 'approved' }).eq('user_id', p.id)).error?.code).toBe('42501');
    expect(
      (await learner.client.from('champion_applications').insert({ user_id: learner.id, ...application, status: 'approved' })).error?.code,
    ).toBe('42501');
    expect((await p.client.from('champion_applications').delete().eq('user_id', p.id)).error?.code).toBe('42501');
    expect((await anonClient().from('champion_applications').select('user_id')).error?.code).toBe('42501');
    expect((await anonClient().rpc('apply_to_be_champion', application)).error?.code).toBe('42501');
    const admin = await person('admin', ['admin']);
    expect((await admin.client.from('champion_applications').select('user_id').eq('user_id', p.id)).data).toHaveLength(1);
    expect(await sql('select status from public.champion_applications where user_id = $1', [p.id])).toEqual([{ status: 'pending' }]);
  });

  test("a person's data export includes their application", async () => {
    const p = await applicant();
    const { data } = await p.client.rpc('export_my_data');
    expect(data.championApplication).toMatchObject({ status: 'pending', motivation: application.motivation });
  });
});
