// The pharmacy network: applying, approval and decline with a reason, bookmarks, and who can read or write each.
import { describe, expect, test } from 'vitest';
import { anonClient, sql } from './clients.ts';
import { people, person, reason } from './learning.ts';

const slam = 'South London and Maudsley';

async function applicant() {
  const p = await person('pharmacist');
  const { error } = await p.client.rpc('join_network', { trust: slam, job_role: 'Ward pharmacist', gphc_number: '2012345' });
  expect(error).toBeNull();
  return p;
}

describe('joining the network', () => {
  test('an application is pending until an admin or network lead decides; approval grants the pharmacist role', async () => {
    const p = await applicant();
    expect((await p.client.from('network_members').select('status')).data).toEqual([{ status: 'pending' }]);
    expect((await p.client.rpc('is_network_member')).data).toBe(false);
    expect(reason((await p.client.rpc('join_network', { trust: slam, job_role: 'Ward pharmacist', gphc_number: '2012345' })).error)).toBe(
      'already_applied',
    );

    const lead = await person('lead', ['network_lead']);
    expect((await lead.client.from('profiles').select('full_name').eq('id', p.id)).data).toEqual([{ full_name: 'pharmacist 1' }]);
    const bystander = await person();
    expect((await lead.client.from('profiles').select('full_name').eq('id', bystander.id)).data).toEqual([]);
    expect((await bystander.client.from('profiles').select('full_name').eq('id', p.id)).data).toEqual([]);
    const { data, error } = await lead.client.rpc('decide_membership', { member: p.id, approve: true });
    expect(error).toBeNull();
    expect(data).toMatchObject({ status: 'approved', decided_by: lead.id });
    expect((await p.client.rpc('is_network_member')).data).toBe(true);
    expect((await p.client.from('user_roles').select('role')).data).toContainEqual({ role: 'pharmacist' });
    expect((await sql(`select action from public.audit_log where subject_id = $1 order by id`, [p.id])).map((r) => r.action)).toEqual([
      'role.granted',
      'network.approved',
    ]);
  });

  test('a decline needs a reason, the applicant sees it, and they may apply again', async () => {
    const p = await applicant();
    const admin = await person('admin', ['admin']);
    expect(reason((await admin.client.rpc('decide_membership', { member: p.id, approve: false, reason: ' ' })).error)).toBe('invalid');
    await admin.client.rpc('decide_membership', {
      member: p.id,
      approve: false,
      reason: 'We could not find that GPhC number on the register.',
    });
    expect((await p.client.from('network_members').select('status, decision_reason')).data).toEqual([
      { status: 'declined', decision_reason: 'We could not find that GPhC number on the register.' },
    ]);
    const again = await p.client.rpc('join_network', { trust: slam, job_role: 'Ward pharmacist', gphc_number: '2054321' });
    expect(again.data).toMatchObject({ status: 'pending', decision_reason: null, gphc_number: '2054321' });
  });

  test('bad applications get a clear message and change nothing', async () => {
    const p = await person('pharmacist');
    const cases: [object, RegExp][] = [
      [{ trust: 'Somewhere else', job_role: 'Pharmacist', gphc_number: '2012345' }, /Choose the trust/],
      [{ trust: slam, job_role: ' ', gphc_number: '2012345' }, /Enter your job title/],
      [{ trust: slam, job_role: 'Pharmacist', gphc_number: '12345' }, /7 digits/],
      [{ trust: slam, job_role: 'Pharmacist', gphc_number: '20123456' }, /7 digits/],
    ];
    for (const [args, message] of cases) expect((await p.client.rpc('join_network', args)).error?.message).toMatch(message);
    expect(await sql('select 1 from public.network_members where user_id = $1', [p.id])).toHaveLength(0);
  });

  test('only admins and network leads decide; nobody writes memberships directly; others see only their own', async () => {
    const p = await applicant();
    const [learner, educator] = [await person(), await person('educator', ['educator'])];
    for (const who of [p, learner, educator]) {
      expect(reason((await who.client.rpc('decide_membership', { member: p.id, approve: true })).error)).toBe('forbidden');
    }
    expect((await p.client.from('network_members').update({ status: 'approved' }).eq('user_id', p.id)).error?.code).toBe('42501');
    expect(
      (
        await learner.client
          .from('network_members')
          .insert({ user_id: learner.id, trust: slam, job_role: 'x', gphc_number: '2012345', status: 'approved' })
      ).error?.code,
    ).toBe('42501');
    expect((await p.client.from('network_members').delete().eq('user_id', p.id)).error?.code).toBe('42501');
    expect((await learner.client.from('network_members').select('user_id').eq('user_id', p.id)).data).toEqual([]);
    expect((await anonClient().from('network_members').select('user_id')).error?.code).toBe('42501');
    expect((await anonClient().rpc('join_network', { trust: slam, job_role: 'x', gphc_number: '2012345' })).error?.code).toBe('42501');
    const lead = await person('lead', ['network_lead']);
    expect((await lead.client.from('network_members').select('user_id').eq('user_id', p.id)).data).toHaveLength(1);
    expect(await sql('select status from public.network_members where user_id = $1', [p.id])).toEqual([{ status: 'pending' }]);
  });
});

describe('guideline bookmarks', () => {
  test('members bookmark guidelines and see which changed since they last opened them', async () => {
    const member = await person('pharmacist');
    await sql(
      `insert into public.network_members (user_id, trust, job_role, gphc_number, status, decided_at) values ($1, $2, 'Pharmacist', '2011111', 'approved', now())`,
      [member.id, slam],
    );
    expect((await member.client.rpc('bookmark_guideline', { guideline: 'lithium-monitoring' })).error).toBeNull();
    const [before] = (await member.client.rpc('my_guidelines')).data;
    expect(before).toMatchObject({ guideline_id: 'lithium-monitoring', changed: false });

    const [{ version }] = await sql(`select version from catalog.guidelines where id = 'lithium-monitoring'`);
    try {
      await sql(`update catalog.guidelines set version = '99.0' where id = 'lithium-monitoring'`);
      const [after] = (await member.client.rpc('my_guidelines')).data;
      expect(after).toMatchObject({ changed: true, seen_version: version, current_version: '99.0' });
      await member.client.rpc('open_guideline', { guideline: 'lithium-monitoring' });
      expect((await member.client.rpc('my_guidelines')).data[0]).toMatchObject({ changed: false, seen_version: '99.0' });
    } finally {
      await sql(`update catalog.guidelines set version = $1 where id = 'lithium-monitoring'`, [version]);
    }
  });

  test("non-members cannot bookmark; nobody reads or removes another person's bookmarks", async () => {
    const [outsider, other] = await people(2);
    expect(reason((await outsider!.client.rpc('bookmark_guideline', { guideline: 'lithium-monitoring' })).error)).toBe('members_only');
    expect(
      (await outsider!.client.from('guideline_bookmarks').insert({ guideline_id: 'lithium-monitoring', seen_version: '1' })).error?.code,
    ).toBe('42501');

    const member = await person('pharmacist');
    await sql(
      `insert into public.network_members (user_id, trust, job_role, gphc_number, status, decided_at) values ($1, $2, 'Pharmacist', '2011111', 'approved', now())`,
      [member.id, slam],
    );
    await member.client.rpc('bookmark_guideline', { guideline: 'clozapine-monitoring-and-neutropenia' });
    expect((await other!.client.from('guideline_bookmarks').select('guideline_id').eq('user_id', member.id)).data).toEqual([]);
    expect((await other!.client.from('guideline_bookmarks').delete().eq('user_id', member.id).select()).data).toEqual([]);
    expect((await member.client.from('guideline_bookmarks').update({ seen_version: 'x' }).eq('user_id', member.id)).error?.code).toBe(
      '42501',
    );
    expect((await anonClient().from('guideline_bookmarks').select()).error?.code).toBe('42501');
    expect(
      (await member.client.from('guideline_bookmarks').delete().eq('guideline_id', 'clozapine-monitoring-and-neutropenia')).error,
    ).toBeNull();
    expect(await sql('select 1 from public.guideline_bookmarks where user_id = $1', [member.id])).toHaveLength(0);
  });
});
