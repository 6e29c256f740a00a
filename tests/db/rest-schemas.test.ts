// Conformance: schemas chosen with .schema() (Accept-Profile / Content-Profile), as PostgREST answers them.
import { beforeAll, describe, expect, it } from 'vitest';
import { backend, serviceClient, sql } from './clients.ts';
import { restFixtures } from './rest-fixtures.ts';

beforeAll(restFixtures);

describe('profiles', () => {
  it('reads from the schema .schema() names, and only from there', async () => {
    const { data, error } = await serviceClient().schema('rest_fixtures').from('channels').select('slug').order('id');
    expect(error).toBeNull();
    expect(data).toEqual([{ slug: 'public' }, { slug: 'random' }, { slug: 'empty' }]);
    const fromPublic = await serviceClient().from('channels').select('slug');
    expect(fromPublic.status).toBe(404);
    expect(fromPublic.error).toMatchObject({ code: 'PGRST205', message: "Could not find the table 'public.channels' in the schema cache" });
  });

  it('refuses a schema that is not exposed with 406 PGRST106, for reads, writes and rpc', async () => {
    const expected = {
      code: 'PGRST106',
      message: 'Invalid schema: nonexistent',
      details: null,
      hint: 'Only the following schemas are exposed: public, graphql_public, rest_fixtures',
    };
    const read = await serviceClient().schema('nonexistent').from('tags').select();
    expect(read.status).toBe(406);
    expect(read.error).toEqual(expected);
    const write = await serviceClient().schema('nonexistent').from('tags').insert({ name: 'nowhere' });
    expect(write.status).toBe(406);
    expect(write.error).toEqual(expected);
    const rpc = await serviceClient().schema('auth').rpc('uid');
    expect(rpc.status).toBe(406);
    expect(rpc.error?.message).toBe('Invalid schema: auth');
    expect(await sql(`select count(*)::int as n from rest_fixtures.tags where name = 'nowhere'`)).toEqual([{ n: 0 }]);
  });

  it('writes into the schema Content-Profile names, and says so in the response', async () => {
    const response = await fetch(`${backend.apiUrl}/rest/v1/tags`, {
      method: 'POST',
      headers: {
        apikey: backend.serviceRoleKey,
        authorization: `Bearer ${backend.serviceRoleKey}`,
        'content-type': 'application/json',
        'content-profile': 'rest_fixtures',
        prefer: 'return=representation',
      },
      body: JSON.stringify({ name: 'profiled' }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('content-profile')).toBe('rest_fixtures');
    expect(await response.json()).toEqual([{ name: 'profiled' }]);
    expect(await sql(`select name from rest_fixtures.tags where name = 'profiled'`)).toEqual([{ name: 'profiled' }]);
  });

  it('calls functions of the chosen schema', async () => {
    const { data, error } = await serviceClient().schema('rest_fixtures').rpc('get_status', { name_param: 'kiwicopple' });
    expect(error).toBeNull();
    expect(data).toBe('OFFLINE');
  });
});
