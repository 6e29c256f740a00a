// npm run backup while the platform runs, then npm run restore: accounts (who can still sign in), bookings and
// certificates come back as they were when the backup was taken, and what changed afterwards is undone.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createClient } from '@supabase/supabase-js';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend } from '#local/backend.ts';
import { freePort } from '#local/free-port.ts';
import { syncCatalog } from '#lib/catalog/sync.ts';

const exec = promisify(execFile);
const port = 4658;
const siteUrl = `http://localhost:${port}`;
const password = 'Backup-and-restore-1';
let backend: Backend | undefined;
let server: Server | undefined;
let dataDir: string;

async function start(): Promise<Backend> {
  backend = await startBackend({ dataDir, pgPort: await freePort(), siteUrl, log: () => {} });
  server = createServer(async (req, res) => {
    if (!(await backend!.api.handle(req, res))) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
  return backend;
}

async function stop(): Promise<void> {
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  await backend?.stop();
  backend = undefined;
  server = undefined;
}

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: backend!.adminUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function newAccount(email: string): Promise<string> {
  const admin = createClient(siteUrl, backend!.keys.serviceRoleKey, { auth: { persistSession: false } });
  const { data, error } = await admin.auth.admin.createUser({
    email,
    password,
    email_confirm: true,
    user_metadata: { full_name: 'Backup Learner' },
  });
  if (error) throw error;
  return data.user!.id;
}

async function signsIn(email: string): Promise<boolean> {
  const client = createClient(siteUrl, backend!.keys.anonKey, { auth: { persistSession: false } });
  return !(await client.auth.signInWithPassword({ email, password })).error;
}

const npm = (script: string, ...args: string[]) =>
  exec(process.execPath, [`scripts/${script}.ts`, ...args], { env: { ...process.env, DATA_DIR: dataDir } });

afterAll(async () => {
  await stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}, 60_000);

describe('npm run backup and npm run restore', () => {
  it('round-trip accounts, bookings and certificates taken while the platform runs', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mbl-backup-'));
    await start();
    await syncCatalog(backend!.adminUrl);
    const email = `backup.${randomUUID().slice(0, 8)}@test.example`;
    const userId = await newAccount(email);
    const [cohort] = await sql<{ id: string; course_id: string }>('select id, course_id from catalog.cohorts order by id limit 1');
    const [booking] = await sql<{ id: string }>(
      "insert into public.bookings (cohort_id, user_id, status, confirmed_at) values ($1, $2, 'confirmed', now()) returning id",
      [cohort!.id, userId],
    );
    await sql(
      `insert into public.certificates (user_id, course_id, code, learner_name, course_title, cohort_starts_on, cohort_ends_on, cpd_hours)
               values ($1, $2, 'BKPP-0000-RSTR-0001', 'Backup Learner', 'A course', current_date, current_date, 7.5)`,
      [userId, cohort!.course_id],
    );

    // Accounts made one after another while the backup runs: a consistent backup holds the first k of them, no gaps.
    let writing = true;
    const writer = (async () => {
      for (let n = 1; writing; n += 1) {
        await sql('insert into auth.users (id, email, email_confirmed_at) values (gen_random_uuid(), $1, now())', [
          `writer.${n}@test.example`,
        ]);
      }
    })();
    const file = join(dataDir, 'backup.tar.gz');
    const { stdout } = await npm('backup', file).finally(() => {
      writing = false;
    });
    await writer;
    expect(stdout).toContain('while the platform was running');
    expect((await stat(file)).mode & 0o777, 'password hashes and keys are for the owner only').toBe(0o600);

    // After the backup: the booking is cancelled and someone new signs up. A restore undoes both.
    await sql("update public.bookings set status = 'cancelled', cancelled_at = now() where id = $1", [booking!.id]);
    const later = `later.${randomUUID().slice(0, 8)}@test.example`;
    await newAccount(later);

    await expect(npm('restore', file)).rejects.toMatchObject({ stderr: expect.stringContaining('stop `npm start`') });
    await stop();
    const restored = await npm('restore', file);
    expect(restored.stdout).toContain('Restored');
    await start();

    expect(await signsIn(email)).toBe(true);
    expect(await sql('select status from public.bookings where id = $1', [booking!.id])).toEqual([{ status: 'confirmed' }]);
    expect(await sql('select code, cpd_hours from public.certificates where user_id = $1', [userId])).toEqual([
      { code: 'BKPP-0000-RSTR-0001', cpd_hours: '7.5' },
    ]);
    expect(await sql('select 1 from auth.users where email = $1', [later])).toEqual([]);
    const written = (
      await sql<{ n: number }>(
        "select substring(email from 'writer[.]([0-9]+)@')::int as n from auth.users where email like 'writer.%' order by 1",
      )
    ).map((r) => r.n);
    expect(written.length).toBeGreaterThan(0);
    expect(written).toEqual(Array.from({ length: written.length }, (_, i) => i + 1));
  }, 180_000);
});
