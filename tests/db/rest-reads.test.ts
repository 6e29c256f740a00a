// Conformance: counts, Range and Content-Range, HEAD, CSV and nulls=stripped, as PostgREST sends them.
import { beforeAll, describe, expect, it } from 'vitest';
import { backend } from './clients.ts';
import { fixtures, restFixtures } from './rest-fixtures.ts';

beforeAll(restFixtures);

const raw = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(`${backend.apiUrl}/rest/v1/${path}`, {
    method,
    headers: {
      apikey: backend.serviceRoleKey,
      authorization: `Bearer ${backend.serviceRoleKey}`,
      'accept-profile': 'rest_fixtures',
      ...headers,
    },
  });

describe('counts', () => {
  it('count=exact, planned and estimated all give a count', async () => {
    const exact = await fixtures().from('channels').select('id', { count: 'exact' }).limit(1);
    expect(exact.count).toBe(3);
    expect(exact.status).toBe(206);
    const planned = await fixtures().from('channels').select('id', { count: 'planned' });
    expect(planned.count).toEqual(expect.any(Number));
    const estimated = await fixtures().from('channels').select('id', { count: 'estimated' });
    expect(estimated.count).toBe(3);
  });

  it('HEAD answers the count and no body', async () => {
    const head = await fixtures().from('channels').select('*', { count: 'exact', head: true });
    expect(head.count).toBe(3);
    expect(head.data).toBeNull();
    const response = await raw('channels', { prefer: 'count=exact' }, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-range')).toBe('0-2/3');
    expect(await response.text()).toBe('');
  });
});

describe('Range and Content-Range', () => {
  it('pages with the Range header and says which rows came, and of how many', async () => {
    const page = await raw('channels?select=id&order=id', { range: '1-1', prefer: 'count=exact' });
    expect(page.status).toBe(206);
    expect(page.headers.get('content-range')).toBe('1-1/3');
    expect(await page.json()).toEqual([{ id: 2 }]);
    const uncounted = await raw('channels?select=id&order=id&offset=1');
    expect(uncounted.status).toBe(200);
    expect(uncounted.headers.get('content-range')).toBe('1-2/*');
    const empty = await raw('channels?id=eq.0');
    expect(empty.headers.get('content-range')).toBe('*/*');
  });

  it('refuses a range past the end (416 PGRST103) or upside down', async () => {
    const past = await raw('channels?offset=10', { prefer: 'count=exact' });
    expect(past.status).toBe(416);
    expect(await past.json()).toEqual({
      code: 'PGRST103',
      message: 'Requested range not satisfiable',
      details: 'An offset of 10 was requested, but there are only 3 rows.',
      hint: null,
    });
    const upsideDown = await raw('channels', { range: '2-1' });
    expect(upsideDown.status).toBe(416);
  });

  it('supabase-js range() returns the rows asked for', async () => {
    const { data } = await fixtures().from('channels').select('id').order('id').range(1, 2);
    expect(data).toEqual([{ id: 2 }, { id: 3 }]);
  });
});

describe('representations', () => {
  it('CSV with Accept: text/csv', async () => {
    const { data, error } = await fixtures().from('channels').select('id, slug').order('id').csv();
    expect(error).toBeNull();
    expect(data).toBe('id,slug\n1,public\n2,random\n3,empty');
    const response = await raw('channels?select=id,slug&id=eq.1', { accept: 'text/csv' });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('nulls=stripped drops null fields', async () => {
    const { data, error } = await fixtures().from('users').select('username, data').eq('username', 'awailas').stripNulls();
    expect(error).toBeNull();
    expect(data).toEqual([{ username: 'awailas' }]);
    const single = await fixtures().from('users').select('username, data').eq('username', 'awailas').stripNulls().single();
    expect(single.data).toEqual({ username: 'awailas' });
  });

  it('a single object with Accept: application/vnd.pgrst.object+json, 406 PGRST116 otherwise', async () => {
    const response = await raw('channels?id=eq.1&select=slug', { accept: 'application/vnd.pgrst.object+json' });
    expect(response.headers.get('content-type')).toBe('application/vnd.pgrst.object+json; charset=utf-8');
    expect(await response.json()).toEqual({ slug: 'public' });
    const many = await fixtures().from('channels').select('slug').single();
    expect(many.status).toBe(406);
    expect(many.error).toEqual({
      code: 'PGRST116',
      message: 'Cannot coerce the result to a single JSON object',
      details: 'The result contains 3 rows',
      hint: null,
    });
  });
});
