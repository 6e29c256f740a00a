// Who can read and write profiles and user_roles: every API role, every command, allowed and refused.
import { describe, expect, it, beforeAll } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import { anonClient, demo, demoIds, newPerson, serviceClient, signIn, sql } from './clients.ts';
import { grantableRoles } from '#lib/roles.ts';

let learner: { client: SupabaseClient; id: string };
let stranger: { client: SupabaseClient; id: string };
let admin: SupabaseClient;

beforeAll(async () => {
  learner = await newPerson('Rowan Learner');
  stranger = await newPerson('Sam Stranger');
  admin = await signIn(demo.admin);
});

describe('profiles', () => {
  it('a new account gets a profile with its name and the learner role', async () => {
    const { data } = await learner.client.from('profiles').select('full_name').eq('id', learner.id).single();
    expect(data?.full_name).toBe('Rowan Learner');
    const { data: roles } = await learner.client.from('user_roles').select('role').eq('user_id', learner.id);
    expect(roles).toEqual([{ role: 'learner' }]);
  });

  it('anonymous visitors can read no profile', async () => {
    const { data, error } = await anonClient().from('profiles').select('id');
    expect(data).toBeNull();
    expect(error?.code).toBe('42501');
  });

  it('a learner reads only their own profile', async () => {
    const { data } = await learner.client.from('profiles').select('id');
    expect(data).toEqual([{ id: learner.id }]);
    const { data: other } = await learner.client.from('profiles').select('id').eq('id', stranger.id);
    expect(other).toEqual([]);
  });

  it('an admin reads every profile', async () => {
    const { data } = await admin.from('profiles').select('id').in('id', [learner.id, stranger.id]);
    expect(data).toHaveLength(2);
  });

  it('a learner updates their own profile', async () => {
    const { data, error } = await learner.client
      .from('profiles')
      .update({ profession: 'Physiotherapist' })
      .eq('id', learner.id)
      .select('profession');
    expect(error).toBeNull();
    expect(data).toEqual([{ profession: 'Physiotherapist' }]);
  });

  it("a learner cannot update someone else's profile: no row changes", async () => {
    const { data } = await learner.client.from('profiles').update({ full_name: 'Hacked' }).eq('id', stranger.id).select();
    expect(data).toEqual([]);
    const [row] = await sql('select full_name from public.profiles where id = $1', [stranger.id]);
    expect(row.full_name).toBe('Sam Stranger');
  });

  it('a learner cannot change the id or timestamps of their profile', async () => {
    const { error } = await learner.client.from('profiles').update({ created_at: '2000-01-01' }).eq('id', learner.id);
    expect(error?.code).toBe('42501');
  });

  it('nobody inserts or deletes a profile through the API except the service role', async () => {
    const insert = await learner.client.from('profiles').insert({ id: stranger.id, full_name: 'x' });
    expect(insert.error?.code).toBe('42501');
    const del = await learner.client.from('profiles').delete().eq('id', learner.id).select();
    expect(del.error?.code).toBe('42501');
    const adminDelete = await admin.from('profiles').delete().eq('id', stranger.id).select();
    expect(adminDelete.error?.code).toBe('42501');
    expect(await sql('select 1 from public.profiles where id = any($1)', [[learner.id, stranger.id]])).toHaveLength(2);
  });

  it('bad profile data is refused by the database with a clear error', async () => {
    const { error } = await learner.client.from('profiles').update({ registration_body: 'FBI' }).eq('id', learner.id);
    expect(error?.code).toBe('23514');
  });
});

describe('user_roles', () => {
  it('anonymous visitors cannot read roles', async () => {
    const { error } = await anonClient().from('user_roles').select('role');
    expect(error?.code).toBe('42501');
  });

  it('a learner reads only their own roles', async () => {
    const { data } = await learner.client.from('user_roles').select('user_id, role');
    expect(data).toEqual([{ user_id: learner.id, role: 'learner' }]);
  });

  it('a learner cannot give themself a role', async () => {
    const { error } = await learner.client.from('user_roles').insert({ user_id: learner.id, role: 'admin', granted_by: learner.id });
    expect(error?.code).toBe('42501');
    expect(error?.message).toContain('row-level security');
    expect(await sql(`select 1 from public.user_roles where user_id = $1 and role = 'admin'`, [learner.id])).toHaveLength(0);
  });

  it("a learner cannot upgrade a role by update, nor revoke someone else's", async () => {
    const update = await learner.client.from('user_roles').update({ role: 'admin' }).eq('user_id', learner.id);
    expect(update.error?.code).toBe('42501');
    const del = await learner.client.from('user_roles').delete().eq('user_id', demoIds.admin).select();
    expect(del.data).toEqual([]);
    expect(await sql(`select 1 from public.user_roles where user_id = $1 and role = 'admin'`, [demoIds.admin])).toHaveLength(1);
  });

  it('an admin grants and revokes a role, recorded as granted by them', async () => {
    const grant = await admin
      .from('user_roles')
      .insert({ user_id: stranger.id, role: 'champion', granted_by: demoIds.admin })
      .select('role, granted_by')
      .single();
    expect(grant.data).toEqual({ role: 'champion', granted_by: demoIds.admin });
    const { data: visible } = await stranger.client.from('user_roles').select('role').order('role');
    expect(visible?.map((r) => r.role)).toEqual(['learner', 'champion']);
    const revoke = await admin.from('user_roles').delete().eq('user_id', stranger.id).eq('role', 'champion').select();
    expect(revoke.data).toHaveLength(1);
  });

  it('an admin grants and revokes through the API only the roles the roles page offers', async () => {
    const roles = (await sql<{ role: string }>(`select unnest(enum_range(null::public.app_role))::text as role`)).map((r) => r.role);
    const person = await newPerson('Gita Grantee');
    await sql(`insert into public.user_roles (user_id, role) values ($1, 'pharmacist')`, [person.id]);
    for (const role of roles) {
      const offered = (grantableRoles as readonly string[]).includes(role);
      const { error } = await admin.from('user_roles').insert({ user_id: stranger.id, role, granted_by: demoIds.admin });
      expect(error?.code ?? null, role).toBe(offered ? null : '42501');
      const revoked = await admin.from('user_roles').delete().eq('user_id', person.id).eq('role', role).select('role');
      if (!offered) expect(revoked.data, role).toEqual([]);
    }
    const held = async (id: string) =>
      (await sql(`select role::text as r from public.user_roles where user_id = $1`, [id])).map((x) => x.r).sort();
    const granted = await held(stranger.id);
    await sql(`delete from public.user_roles where user_id = $1 and role <> 'learner'`, [stranger.id]);
    expect(granted).toEqual(['learner', ...grantableRoles].sort());
    expect(await held(person.id)).toEqual(['learner', 'pharmacist']);
  });

  it('an admin cannot pretend someone else granted a role', async () => {
    const { error } = await admin.from('user_roles').insert({ user_id: stranger.id, role: 'educator', granted_by: learner.id });
    expect(error?.code).toBe('42501');
  });

  it('has_role answers for the signed-in person only', async () => {
    expect((await learner.client.rpc('has_role', { wanted: 'learner' })).data).toBe(true);
    expect((await learner.client.rpc('has_role', { wanted: 'admin' })).data).toBe(false);
    expect((await admin.rpc('has_role', { wanted: 'admin' })).data).toBe(true);
    expect((await anonClient().rpc('has_role', { wanted: 'learner' })).data).toBe(false);
  });

  it('the service role can do everything (it bypasses row-level security)', async () => {
    const service = serviceClient();
    const { data } = await service.from('user_roles').select('user_id').eq('user_id', stranger.id);
    expect(data).toHaveLength(1);
    const { error } = await service.from('user_roles').insert({ user_id: stranger.id, role: 'pharmacist' });
    expect(error).toBeNull();
  });
});
