// Conformance: what the local API does not do is refused with PostgREST's own error, never silently ignored.
import { beforeAll, describe, expect, it } from 'vitest';
import { backend } from './clients.ts';
import { fixtures, restFixtures } from './rest-fixtures.ts';

beforeAll(restFixtures);

const raw = (path: string, init: RequestInit = {}) =>
  fetch(`${backend.apiUrl}/rest/v1/${path}`, {
    ...init,
    headers: {
      apikey: backend.serviceRoleKey,
      authorization: `Bearer ${backend.serviceRoleKey}`,
      'accept-profile': 'rest_fixtures',
      'content-profile': 'rest_fixtures',
      'content-type': 'application/json',
      ...init.headers,
    },
  });

async function expectError(response: Response, status: number, body: object) {
  expect(response.status).toBe(status);
  const json = await response.json();
  expect(Object.keys(json).sort()).toEqual(['code', 'details', 'hint', 'message']);
  expect(json).toMatchObject(body);
}

describe('refused as PostgREST refuses it', () => {
  it('aggregate functions (disabled on hosted projects): PGRST123', async () => {
    await expectError(await raw('users?select=count()'), 400, { code: 'PGRST123', message: 'Use of aggregate functions is not allowed' });
    await expectError(await raw('users?select=age_range.max()'), 400, { code: 'PGRST123' });
  });

  it('an unknown operator or malformed filter: PGRST100', async () => {
    await expectError(await raw('users?username=resembles.bot'), 400, { code: 'PGRST100' });
    await expectError(await raw('users?or=(username.eq.a'), 400, { code: 'PGRST100' });
    await expectError(await raw('users?select=username,messages(id'), 400, { code: 'PGRST100' });
    await expectError(await raw('users?order=username.sideways'), 400, { code: 'PGRST100' });
  });

  it('a media type it cannot produce, including query plans: 406 PGRST107', async () => {
    await expectError(await raw('users', { headers: { accept: 'application/xml' } }), 406, {
      code: 'PGRST107',
      message: 'None of these media types are available: application/xml',
    });
    await expectError(await raw('users', { headers: { accept: 'application/vnd.pgrst.plan+json' } }), 406, { code: 'PGRST107' });
  });

  it('a body it cannot read: PGRST102', async () => {
    await expectError(await raw('tags', { method: 'POST', body: '<tag/>', headers: { 'content-type': 'text/xml' } }), 400, {
      code: 'PGRST102',
      message: 'Content-Type not acceptable: text/xml',
    });
    await expectError(await raw('tags', { method: 'POST', body: '[{"name":"a"},{"other":"b"}]' }), 400, {
      code: 'PGRST102',
      details: 'All object keys must match',
    });
  });

  it('a method rpc does not take: PGRST101; PUT without its primary key filters: PGRST105', async () => {
    await expectError(await raw('rpc/list_users', { method: 'PATCH', body: '{}' }), 405, {
      code: 'PGRST101',
      message: 'Cannot use the PATCH method on RPC',
    });
    await expectError(await raw('tags', { method: 'PUT', body: '{"name":"x"}' }), 405, { code: 'PGRST105' });
  });

  it('what this stand-in does not implement: PGRST127, never ignored', async () => {
    await expectError(await raw('counters?id=gt.1000&limit=1&order=id', { method: 'PATCH', body: '{"label":"x"}' }), 400, {
      code: 'PGRST127',
      message: 'Feature not implemented',
    });
    await expectError(await raw('tags', { method: 'POST', body: 'name\nx', headers: { 'content-type': 'text/csv' } }), 400, {
      code: 'PGRST127',
    });
  });

  it('an unknown function argument: PGRST202 with what was searched for', async () => {
    const { error, status } = await fixtures().rpc('get_status', { nope: 1 });
    expect(status).toBe(404);
    expect(error).toEqual({
      code: 'PGRST202',
      message: 'Could not find the function rest_fixtures.get_status(nope) in the schema cache',
      details:
        'Searched for the function rest_fixtures.get_status with parameter nope or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache.',
      hint: null,
    });
  });

  it('PUT replaces one row named by its whole primary key', async () => {
    const response = await raw('tags?name=eq.put', { method: 'PUT', body: '{"name":"put"}', headers: { prefer: 'return=representation' } });
    expect(response.status).toBe(201);
    const again = await raw('tags?name=eq.put', { method: 'PUT', body: '{"name":"put"}', headers: { prefer: 'return=representation' } });
    expect(again.status).toBe(200);
    expect(await response.json()).toEqual([{ name: 'put' }]);
    await expectError(await raw('tags?name=eq.put', { method: 'PUT', body: '{"name":"other"}' }), 400, { code: 'PGRST115' });
  });
});
