// Conformance: functions through .rpc(): arguments, overloads, and select/filters/order/limit/count on their results.
import { beforeAll, describe, expect, it } from 'vitest';
import { backend, sql } from './clients.ts';
import { fixtures, restFixtures } from './rest-fixtures.ts';

beforeAll(restFixtures);

describe('filters, select, order and limit on what a function returns', () => {
  it('applies them on POST', async () => {
    const { data, error } = await fixtures()
      .rpc('list_users')
      .select('username')
      .eq('status', 'ONLINE')
      .order('username', { ascending: false })
      .limit(2);
    expect(error).toBeNull();
    expect(data).toEqual([{ username: 'supabot' }, { username: 'dragarcia' }]);
  });

  it('applies them on GET, where only parameters named like the arguments are arguments', async () => {
    const { data, error } = await fixtures().rpc('get_status', { name_param: 'supabot' }, { get: true });
    expect(error).toBeNull();
    expect(data).toBe('ONLINE');
    const filtered = await fixtures()
      .rpc('list_users', {}, { get: true })
      .select('username, status')
      .in('username', ['awailas', 'kiwicopple'])
      .order('username');
    expect(filtered.error).toBeNull();
    expect(filtered.data).toEqual([
      { username: 'awailas', status: 'ONLINE' },
      { username: 'kiwicopple', status: 'OFFLINE' },
    ]);
  });

  it('counts the rows a function returns', async () => {
    const { data, count, error } = await fixtures().rpc('list_users', {}, { count: 'exact' }).eq('status', 'ONLINE').limit(1);
    expect(error).toBeNull();
    expect(data).toHaveLength(1);
    expect(count).toBe(3);
    const head = await fixtures().rpc('list_users', {}, { head: true, count: 'exact' });
    expect(head.count).toBe(4);
    expect(head.data).toBeNull();
  });

  it('embeds through the returned table, and returns one row as an object with single()', async () => {
    const { data, error } = await fixtures().rpc('list_users').select('username, messages(id)').eq('username', 'supabot').single();
    expect(error).toBeNull();
    expect(data).toEqual({ username: 'supabot', messages: [{ id: 1 }, { id: 2 }] });
  });

  it('returns a function of one row as an object, a set of scalars as an array, and void as 204', async () => {
    expect((await fixtures().rpc('first_user').select('username')).data).toEqual({ username: 'awailas' });
    expect((await fixtures().rpc('user_names')).data).toEqual(['awailas', 'dragarcia', 'kiwicopple', 'supabot']);
    const none = await fixtures().rpc('do_nothing');
    expect(none.status).toBe(204);
    expect(none.data).toBeNull();
  });
});

describe('resolving a function', () => {
  it('passes the whole body to a function with one unnamed json argument', async () => {
    const { data, error } = await fixtures().rpc('count_keys', { a: 1, b: 2, c: 3 });
    expect(error).toBeNull();
    expect(data).toBe(3);
  });

  it('chooses an overload by argument names, and says PGRST203 when the names cannot choose', async () => {
    expect((await fixtures().rpc('pick', { b: true })).data).toBe('b');
    const ambiguous = await fixtures().rpc('pick', { a: 'x' });
    expect(ambiguous.status).toBe(300);
    expect(ambiguous.error).toEqual({
      code: 'PGRST203',
      message: 'Could not choose the best candidate function between: rest_fixtures.pick(a => integer), rest_fixtures.pick(a => text)',
      details: null,
      hint: 'Try renaming the parameters or the function itself in the database so function overloading can be resolved',
    });
  });

  it('refuses a volatile function over GET, as a read-only transaction does', async () => {
    const response = await fetch(`${backend.apiUrl}/rest/v1/rpc/bump_counters?below=0`, {
      headers: { apikey: backend.serviceRoleKey, authorization: `Bearer ${backend.serviceRoleKey}`, 'accept-profile': 'rest_fixtures' },
    });
    expect(response.status).toBe(405);
    expect((await response.json()).code).toBe('25006');
  });
});

describe('argument types', () => {
  it('takes a row as an argument, and an array', async () => {
    const { data, error } = await fixtures()
      .rpc('messages_of', { user_row: { username: 'kiwicopple' } })
      .select('id');
    expect(error).toBeNull();
    expect(data).toEqual([{ id: 3 }]);
    expect((await fixtures().rpc('sum_of', { numbers: [1, 2, 3] })).data).toBe(6);
    expect((await fixtures().rpc('sum_of', { numbers: [4, 5] }, { get: true })).data).toBe(9);
  });
});

describe('max-affected on functions', () => {
  it('refuses with PGRST124 and changes nothing when a function affects more rows than allowed', async () => {
    const before = await sql(`select sum(n)::int as n from rest_fixtures.counters`);
    const { error, status } = await fixtures().rpc('bump_counters', { below: 4 }).maxAffected(2);
    expect(status).toBe(400);
    expect(error).toEqual({
      code: 'PGRST124',
      message: 'Query result exceeds max-affected preference constraint',
      details: 'The query affects 3 rows',
      hint: null,
    });
    expect(await sql(`select sum(n)::int as n from rest_fixtures.counters`)).toEqual(before);
  });

  it('refuses max-affected on a function that does not return a set (PGRST128)', async () => {
    const { error } = await fixtures().rpc('get_status', { name_param: 'supabot' }).maxAffected(1);
    expect(error?.code).toBe('PGRST128');
  });
});
