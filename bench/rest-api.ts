// The local Supabase API on loopback under load (autocannon), against the same SQL run directly with a Postgres client.
import autocannon from 'autocannon';
import { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createClient } from '@supabase/supabase-js';
import type { Database } from '#lib/supabase/database.types.ts';
import { startBackend } from '#local/backend.ts';
import { freePort } from '#local/free-port.ts';
import { ms, percentile } from './stats.ts';

const connections = 20;
const seconds = 5;

interface Figures {
  rps: number;
  p50: number;
  p95: number;
}

async function loadHttp(url: string, headers: Record<string, string>, method: 'GET' | 'POST', body?: string): Promise<Figures> {
  const result = await autocannon({ url, headers, method, body, connections, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${result.non2xx} non-2xx responses and ${result.errors} errors from ${url}`);
  // autocannon reports p90 and p97.5, not p95: p97.5 is given as an upper bound for p95.
  return { rps: result.requests.average, p50: result.latency.p50, p95: result.latency.p97_5 };
}

async function loadSql(url: string, claims: object, text: string, values: unknown[]): Promise<Figures> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const start = performance.now();
        const client = await pool.connect();
        try {
          await client.query('begin read only; set local role authenticated');
          await client.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims)]);
          await client.query(text, values);
          await client.query('commit');
        } finally {
          client.release();
        }
        latencies.push(performance.now() - start);
      }
    }),
  );
  await pool.end();
  return { rps: latencies.length / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

function report(name: string, api: Figures, direct: Figures) {
  console.log(`  ${name}`);
  console.log(`    via /rest/v1: ${api.rps.toFixed(0)} req/s, p50 ${ms(api.p50)}, p95 ≤ ${ms(api.p95)} (autocannon p97.5)`);
  console.log(`    direct SQL:   ${direct.rps.toFixed(0)} q/s,   p50 ${ms(direct.p50)}, p95 ${ms(direct.p95)}`);
  console.log(`    API / direct throughput: ${(api.rps / direct.rps).toFixed(2)}`);
}

export async function benchRestApi(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'mbl-bench-rest-'));
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  const backend = await startBackend({ dataDir, pgPort: await freePort(), siteUrl, poolSize: connections });
  const server = createServer(async (req, res) => {
    if (!(await backend.api.handle(req, res))) res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  try {
    const client = createClient<Database>(siteUrl, backend.keys.anonKey, { auth: { persistSession: false } });
    const { data } = await client.auth.signInWithPassword({ email: 'learner@mindbody.example', password: 'Password123!' });
    const token = data.session!.access_token;
    const userId = data.user!.id;
    const headers = { apikey: backend.keys.anonKey, authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const claims = { sub: userId, role: 'authenticated' };
    const directUrl = backend.apiUrl;

    console.log(`Local Supabase API on loopback: ${connections} connections for ${seconds} s each`);
    report(
      'select one profile (RLS: own row)',
      await loadHttp(`${siteUrl}/rest/v1/profiles?select=id,full_name,trust&id=eq.${userId}`, headers, 'GET'),
      await loadSql(
        directUrl,
        claims,
        `select coalesce(json_agg(_r), '[]')::text from (select id, full_name, trust from public.profiles where id = $1) _r`,
        [userId],
      ),
    );
    report(
      'rpc has_role',
      await loadHttp(`${siteUrl}/rest/v1/rpc/has_role`, headers, 'POST', JSON.stringify({ wanted: 'learner' })),
      await loadSql(directUrl, claims, `select to_json(public.has_role(wanted => $1::app_role))::text`, ['learner']),
    );
  } finally {
    server.closeAllConnections();
    server.close();
    await backend.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
