// Bad input to the local API gets a 4xx with a clear message, and changes nothing.
import { describe, expect, it } from 'vitest';
import { backend, demo, signIn, sql } from './clients.ts';

const api = (path: string, init: RequestInit & { token?: string } = {}) =>
  fetch(`${backend.apiUrl}${path}`, {
    ...init,
    headers: {
      apikey: backend.anonKey,
      authorization: `Bearer ${init.token ?? backend.anonKey}`,
      'content-type': 'application/json',
      ...init.headers,
    },
  });

async function learnerToken(): Promise<string> {
  const client = await signIn(demo.learner);
  return (await client.auth.getSession()).data.session!.access_token;
}

describe('bad input to the local API', () => {
  it('malformed JSON is 400 with a message saying so', async () => {
    const response = await api('/rest/v1/profiles?id=eq.00000000-0000-4000-8000-000000000001', {
      method: 'PATCH',
      body: '{"full_name": ',
      token: await learnerToken(),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'PGRST102', message: 'Empty or invalid json' });
    const auth = await api('/auth/v1/token?grant_type=password', {
      method: 'POST',
      body: 'not json',
      headers: { 'x-supabase-api-version': '2024-01-01' },
    });
    expect(auth.status).toBe(400);
    expect((await auth.json()).message).toContain('JSON');
  });

  it('a body over 1 MB is 413, and nothing is written', async () => {
    const before = await sql(`select full_name from public.profiles where id = '00000000-0000-4000-8000-000000000001'`);
    const huge = JSON.stringify({ full_name: 'x'.repeat(2 * 1024 * 1024) });
    const response = await api('/rest/v1/profiles?id=eq.00000000-0000-4000-8000-000000000001', {
      method: 'PATCH',
      body: huge,
      token: await learnerToken(),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).message).toContain('1 MB');
    expect(await sql(`select full_name from public.profiles where id = '00000000-0000-4000-8000-000000000001'`)).toEqual(before);
  });

  it('SQL in a table, column, filter or order identifier is treated as a name, never run', async () => {
    const table = await api(`/rest/v1/${encodeURIComponent('profiles; drop table public.profiles; --')}`);
    expect(table.status).toBe(404);
    const column = await api(`/rest/v1/profiles?select=${encodeURIComponent('full_name,"x"; drop table public.user_roles; --')}`, {
      token: await learnerToken(),
    });
    expect(column.status).toBe(400);
    const filter = await api(`/rest/v1/profiles?${encodeURIComponent('id) or (1=1')}=eq.1`, { token: await learnerToken() });
    expect(filter.status).toBe(400);
    const order = await api(`/rest/v1/profiles?order=${encodeURIComponent('full_name;delete from public.profiles')}`, {
      token: await learnerToken(),
    });
    expect(order.status).toBe(400);
    const value = await api(`/rest/v1/profiles?full_name=eq.${encodeURIComponent("x' or '1'='1")}`, { token: await learnerToken() });
    expect(await value.json()).toEqual([]);
    expect(await sql(`select count(*)::int as n from public.profiles`)).toEqual([{ n: expect.any(Number) }]);
    expect((await sql(`select count(*)::int as n from public.user_roles`))[0].n).toBeGreaterThan(0);
  });

  it('an invalid or missing JWT is 401 with a message', async () => {
    const garbage = await api('/rest/v1/profiles', { token: 'not.a.jwt' });
    expect(garbage.status).toBe(401);
    expect((await garbage.json()).code).toBe('PGRST301');
    const none = await fetch(`${backend.apiUrl}/rest/v1/profiles`);
    expect(none.status).toBe(401);
    expect((await none.json()).message).toBe('No API key found in request');
  });

  it('a JWT asking for a role the API does not grant is refused', async () => {
    const { signJwt } = await import('#local/api/keys.ts');
    const token = await signJwt({ role: 'postgres' }, backend.jwtSecret, 60);
    const response = await api('/rest/v1/profiles', { token });
    expect(response.status).toBe(401);
  });

  it('an unknown method or path is refused', async () => {
    expect((await api('/rest/v1/profiles', { method: 'PUT', body: '{}' })).status).toBe(405);
    expect((await api('/auth/v1/nope')).status).toBe(404);
  });
});
