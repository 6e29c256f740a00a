// Row-level security at scale: GET /rest/v1/bookings?select=id (no filter) at 26,000 bookings, as a learner, an
// educator and an admin, timed through the local API, with the EXPLAIN ANALYZE of the same read as each of them.
import { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startBackend } from '#local/backend.ts';
import { freePort } from '#local/free-port.ts';
import { signJwt } from '#local/api/keys.ts';
import { syncCatalog } from '#lib/catalog/sync.ts';
import { ms, percentile } from './stats.ts';

const bookings = 26_000;
const calls = 20;
const course = 'mental-health-skills-5-day';
const people = {
  learner: { sub: '00000000-0000-4000-8000-000000000001', email: 'learner@mindbody.example', role: 'authenticated' },
  educator: { sub: '00000000-0000-4000-8000-000000000004', email: 'educator@mindbody.example', role: 'authenticated' },
  admin: { sub: '00000000-0000-4000-8000-000000000005', email: 'admin@mindbody.example', role: 'authenticated' },
};

/** 26,000 people, each with a confirmed place on one of 13 cohorts of the 5-day course. */
async function seed(db: pg.Client): Promise<void> {
  const user = `('00000000-b00c-4000-8000-' || lpad(n::text, 12, '0'))::uuid`;
  await db.query(
    `insert into catalog.cohorts (id, course_id, title, starts_on, ends_on, sessions, capacity, waitlist_capacity, booking_opens, booking_closes, facilitator)
    select 'bench-rls-' || n, $1, 'Bench cohort ' || n, current_date + n * 7, current_date + n * 7 + 4, '[]'::jsonb, 2000, 0, current_date - 30, current_date + 1, 'Bench'
    from generate_series(1, 13) n`,
    [course],
  );
  await db.query(
    `insert into auth.users (id, email, raw_user_meta_data)
    select ${user}, 'bench.rls.' || n || '@test.example', jsonb_build_object('full_name', 'Bench learner ' || n) from generate_series(1, $1::int) n`,
    [bookings],
  );
  await db.query(
    `insert into public.bookings (cohort_id, user_id, status, confirmed_at)
    select 'bench-rls-' || (n % 13 + 1), ${user}, 'confirmed', now() from generate_series(1, $1::int) n`,
    [bookings],
  );
  await db.query('analyze');
}

/** EXPLAIN ANALYZE of the read as someone, run the way the API runs it (role authenticated, the JWT's claims). */
async function explain(db: pg.Client, claims: object): Promise<string> {
  await db.query('begin');
  try {
    await db.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims)]);
    await db.query('set local role authenticated');
    const { rows } = await db.query('explain (analyze, costs off, summary on) select id from public.bookings');
    return rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n');
  } finally {
    await db.query('rollback');
  }
}

export async function benchRls(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'mbl-bench-rls-'));
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  const backend = await startBackend({ dataDir, pgPort: await freePort(), siteUrl });
  const server = createServer(async (req, res) => {
    if (!(await backend.api.handle(req, res))) res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const db = new pg.Client({ connectionString: backend.adminUrl });
  await db.connect();
  try {
    await syncCatalog(backend.adminUrl);
    await seed(db);
    const {
      rows: [{ n }],
    } = await db.query('select count(*)::int as n from public.bookings');
    console.log(`  ${n.toLocaleString('en-GB')} bookings`);
    for (const [who, claims] of Object.entries(people)) {
      const token = await signJwt({ ...claims, aud: 'authenticated' }, backend.keys.jwtSecret, 3600);
      const latencies: number[] = [];
      let rows = 0;
      for (let i = 0; i < calls; i++) {
        const t = performance.now();
        const res = await fetch(`${siteUrl}/rest/v1/bookings?select=id`, {
          headers: { apikey: backend.keys.anonKey, authorization: `Bearer ${token}` },
        });
        if (!res.ok) throw new Error(`${who}: ${res.status} ${await res.text()}`);
        rows = ((await res.json()) as unknown[]).length;
        latencies.push(performance.now() - t);
      }
      console.log(
        `  GET /rest/v1/bookings?select=id as the ${who} (${rows.toLocaleString('en-GB')} rows): p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))} (${calls} calls)`,
      );
      console.log(await explain(db, claims));
    }
  } finally {
    await db.end();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await backend.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
