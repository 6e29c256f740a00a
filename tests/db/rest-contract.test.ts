// The local /rest/v1 against the real supabase-js client: the PostgREST features the app uses, and their errors.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import { anonClient, demo, demoIds, newPerson, serviceClient, signIn } from './clients.ts';

let service: SupabaseClient;
let people: { id: string; email: string }[];

beforeAll(async () => {
  service = serviceClient();
  people = [];
  for (const name of ['Alice Abbott', 'Bob Brown', 'Cara Cole']) people.push(await newPerson(name));
  await service.from('profiles').update({ trust: "King's College Hospital", profession: 'Nurse' }).eq('id', people[0]!.id);
  await service.from('profiles').update({ trust: "Guy's and St Thomas'", profession: 'Physiotherapist' }).eq('id', people[1]!.id);
});

const ids = () => people.map((p) => p.id);

describe('select', () => {
  it('returns the listed columns only, with aliases and casts', async () => {
    const { data, error } = await service.from('profiles').select('name:full_name, trust, created_at::text').eq('id', people[0]!.id);
    expect(error).toBeNull();
    expect(data).toEqual([{ name: 'Alice Abbott', trust: "King's College Hospital", created_at: expect.any(String) }]);
  });

  it('refuses to embed a table that has no foreign key to this one, as PostgREST does', async () => {
    const { data, error } = await service.from('profiles').select('full_name, user_roles(role)').eq('id', demoIds.admin).single();
    expect(error?.code).toBe('PGRST200');
    expect(data).toBeNull();
  });

  it('filters with eq, neq, in, like, ilike, is, gt, lt and or', async () => {
    const names = async (query: PromiseLike<{ data: { full_name: string }[] | null }>) =>
      (await query).data?.map((r) => r.full_name).sort();
    const base = () => service.from('profiles').select('full_name').in('id', ids());
    expect(await names(base().eq('profession', 'Nurse'))).toEqual(['Alice Abbott']);
    expect(await names(base().neq('profession', 'Nurse'))).toEqual(['Bob Brown']);
    expect(await names(base().like('full_name', '%Brown'))).toEqual(['Bob Brown']);
    expect(await names(base().ilike('full_name', 'cara%'))).toEqual(['Cara Cole']);
    expect(await names(base().is('trust', null))).toEqual(['Cara Cole']);
    expect(await names(base().not('trust', 'is', null))).toEqual(['Alice Abbott', 'Bob Brown']);
    expect(await names(base().or('profession.eq.Nurse,full_name.ilike.*cole'))).toEqual(['Alice Abbott', 'Cara Cole']);
    expect(await names(base().gt('created_at', '2000-01-01').lt('created_at', '2999-01-01'))).toHaveLength(3);
    expect(await names(base().gte('full_name', 'B').lte('full_name', 'Bz'))).toEqual(['Bob Brown']);
  });

  it('orders, limits, offsets, pages by range and counts exactly', async () => {
    const ordered = await service
      .from('profiles')
      .select('full_name', { count: 'exact' })
      .in('id', ids())
      .order('full_name', { ascending: false })
      .limit(2);
    expect(ordered.data?.map((r) => r.full_name)).toEqual(['Cara Cole', 'Bob Brown']);
    expect(ordered.count).toBe(3);
    const page = await service.from('profiles').select('full_name').in('id', ids()).order('full_name').range(1, 2);
    expect(page.data?.map((r) => r.full_name)).toEqual(['Bob Brown', 'Cara Cole']);
    const head = await service.from('profiles').select('*', { count: 'exact', head: true }).in('id', ids());
    expect(head.count).toBe(3);
    expect(head.data).toBeNull();
  });

  it('single() returns one object, and an error when there is not exactly one row', async () => {
    const one = await service.from('profiles').select('full_name').eq('id', people[1]!.id).single();
    expect(one.data).toEqual({ full_name: 'Bob Brown' });
    const none = await service.from('profiles').select('full_name').eq('id', '00000000-0000-4000-8000-00000000ffff').single();
    expect(none.error?.code).toBe('PGRST116');
    expect(none.status).toBe(406);
    const maybe = await service.from('profiles').select('full_name').eq('id', '00000000-0000-4000-8000-00000000ffff').maybeSingle();
    expect(maybe.error).toBeNull();
    expect(maybe.data).toBeNull();
  });
});

describe('insert, upsert, update, delete', () => {
  it('inserts with return=representation, and refuses a duplicate key with 409', async () => {
    const first = await service.from('user_roles').insert({ user_id: people[2]!.id, role: 'champion' }).select('user_id, role').single();
    expect(first.data).toEqual({ user_id: people[2]!.id, role: 'champion' });
    const duplicate = await service.from('user_roles').insert({ user_id: people[2]!.id, role: 'champion' });
    expect(duplicate.error?.code).toBe('23505');
    expect(duplicate.status).toBe(409);
  });

  it('inserts many rows at once', async () => {
    const { data, error } = await service
      .from('user_roles')
      .insert([
        { user_id: people[0]!.id, role: 'pharmacist' },
        { user_id: people[1]!.id, role: 'pharmacist' },
      ])
      .select('role');
    expect(error).toBeNull();
    expect(data).toHaveLength(2);
  });

  it('upserts on a conflict target, merging or ignoring duplicates', async () => {
    const merged = await service
      .from('user_roles')
      .upsert({ user_id: people[2]!.id, role: 'champion', granted_by: demoIds.admin }, { onConflict: 'user_id,role' })
      .select('granted_by');
    expect(merged.data).toEqual([{ granted_by: demoIds.admin }]);
    const ignored = await service
      .from('user_roles')
      .upsert({ user_id: people[2]!.id, role: 'champion', granted_by: null }, { onConflict: 'user_id,role', ignoreDuplicates: true })
      .select();
    expect(ignored.data).toEqual([]);
  });

  it('updates only the filtered rows and refuses an update or delete with no filter', async () => {
    const { data } = await service.from('profiles').update({ profession: 'Ward manager' }).eq('id', people[2]!.id).select('profession');
    expect(data).toEqual([{ profession: 'Ward manager' }]);
    const unfiltered = await service.from('profiles').update({ profession: 'Everyone' }).select();
    expect(unfiltered.error?.code).toBe('21000');
    const unfilteredDelete = await service.from('user_roles').delete();
    expect(unfilteredDelete.error?.code).toBe('21000');
  });

  it('deletes the filtered rows and returns them', async () => {
    const { data } = await service.from('user_roles').delete().eq('user_id', people[2]!.id).eq('role', 'champion').select('role');
    expect(data).toEqual([{ role: 'champion' }]);
  });
});

describe('rpc', () => {
  it('calls a function with named arguments', async () => {
    const learner = await signIn(demo.learner);
    expect((await learner.rpc('has_role', { wanted: 'learner' })).data).toBe(true);
  });

  it('refuses an unknown function or argument with PGRST202', async () => {
    const unknown = await service.rpc('no_such_function');
    expect(unknown.error?.code).toBe('PGRST202');
    expect(unknown.status).toBe(404);
    const badArg = await service.rpc('has_role', { nope: 'learner' });
    expect(badArg.error?.code).toBe('PGRST202');
  });

  it('returns a clear database error for a bad argument value', async () => {
    const { error } = await service.rpc('has_role', { wanted: 'wizard' });
    expect(error?.code).toBe('22P02');
    expect(error?.message).toContain('invalid input value for enum');
  });
});

describe('errors', () => {
  it('an unknown table is 404 PGRST205', async () => {
    const { error, status } = await service.from('no_such_table').select();
    expect(status).toBe(404);
    expect(error?.code).toBe('PGRST205');
  });

  it('an unknown column is 400 42703 in a select and PGRST204 in a write', async () => {
    const read = await service.from('profiles').select('nope');
    expect(read.status).toBe(400);
    expect(read.error?.code).toBe('42703');
    const write = await service.from('profiles').update({ nope: 1 }).eq('id', people[0]!.id);
    expect(write.error?.code).toBe('PGRST204');
  });

  it('a bad filter operator is 400 PGRST100', async () => {
    const { error, status } = await service.from('profiles').select().filter('full_name', 'sounds_like', 'x');
    expect(status).toBe(400);
    expect(error?.code).toBe('PGRST100');
  });

  it('an RLS refusal for an anonymous write is 401, for a signed-in one 403', async () => {
    const anon = await anonClient().from('user_roles').insert({ user_id: demoIds.learner, role: 'admin' });
    expect(anon.status).toBe(401);
    const learner = await signIn(demo.learner);
    const signedIn = await learner.from('user_roles').insert({ user_id: demoIds.learner, role: 'admin', granted_by: demoIds.learner });
    expect(signedIn.status).toBe(403);
    expect(signedIn.error?.code).toBe('42501');
  });
});
