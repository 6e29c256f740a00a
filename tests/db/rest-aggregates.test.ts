// Conformance: aggregates, which hosted projects refuse (PGRST123) until db-aggregates-enabled is set; here on a
// second local API started with PGRST_DB_AGGREGATES_ENABLED=true.
import { createClient } from '@supabase/supabase-js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalApi, type LocalApi } from '#local/api/index.ts';
import { backend } from './clients.ts';
import { restFixtures } from './rest-fixtures.ts';

let api: LocalApi;
let server: Server;
let url: string;

beforeAll(async () => {
  await restFixtures();
  process.env.PGRST_DB_AGGREGATES_ENABLED = 'true';
  api = await createLocalApi({
    databaseUrl: backend.adminDbUrl,
    authDatabaseUrl: backend.adminDbUrl,
    jwtSecret: backend.jwtSecret,
    siteUrl: 'http://127.0.0.1',
    poolSize: 2,
  });
  server = createServer(async (req, res) => {
    if (!(await api.handle(req, res))) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await api.close();
});

const client = () => createClient(url, backend.serviceRoleKey, { auth: { persistSession: false } }).schema('rest_fixtures');

describe('aggregates when enabled', () => {
  it('counts and groups by the other columns', async () => {
    const { data, error } = await client().from('users').select('status, count()').order('status');
    expect(error).toBeNull();
    expect(data).toEqual([
      { status: 'OFFLINE', count: 1 },
      { status: 'ONLINE', count: 3 },
    ]);
  });

  it('sums, takes the max, aliases and casts, also inside embedded resources and beside spreads', async () => {
    const top = await client().from('counters').select('total:n.sum(), id.max()::text').lte('id', 3).single();
    expect(top.data).toEqual({ total: 6, max: '3' });
    const nested = await client().from('messages').select('id, channels(count(), ...channel_details(details))').eq('id', 1).single();
    expect(nested.error).toBeNull();
    expect(nested.data).toEqual({ id: 1, channels: { count: 1, details: 'Details for public' } });
  });
});
