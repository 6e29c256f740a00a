// As root, Postgres runs as the `postgres` OS user. A clone inside a private folder (root's home, a `mktemp -d`) hides
// both the binaries in node_modules and the data folder from that user: the platform must still start there.
import { cp, mkdtemp, readlink, rm, chmod } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startBackend } from '#local/backend.ts';
import { freePort } from '#local/free-port.ts';
import { npmBinaries, postgresUser, reachableBinaries } from '#local/postgres-binaries.ts';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const asRoot = userInfo().uid === 0;
const cleanup: string[] = [];

afterAll(async () => {
  for (const path of cleanup) await rm(path, { recursive: true, force: true });
});

async function privateFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mbl-private-'));
  await chmod(dir, 0o700);
  cleanup.push(dir);
  return dir;
}

describe.skipIf(!asRoot)('Started as root from inside a private folder', () => {
  it('runs Postgres binaries that the postgres user cannot reach where they are', async () => {
    const hidden = join(await privateFolder(), 'native');
    const npm = await npmBinaries();
    await cp(dirname(dirname(npm.postgres)), hidden, { recursive: true, verbatimSymlinks: true });
    const shared = await mkdtemp(join(tmpdir(), 'mbl-shared-'));
    await chmod(shared, 0o755);
    cleanup.push(shared);
    const runAs = await postgresUser();
    const binaries = await reachableBinaries(
      { postgres: join(hidden, 'bin', 'postgres'), initdb: join(hidden, 'bin', 'initdb') },
      runAs,
      shared,
    );
    expect(binaries.postgres.startsWith(shared)).toBe(true);
    expect((await exec(binaries.postgres, ['--version'], runAs)).stdout).toMatch(/^postgres \(PostgreSQL\) 18/);
  }, 120_000);

  it('creates, starts and restarts the cluster of a data folder inside it', async () => {
    const dataDir = join(await privateFolder(), 'app', '.data');
    const start = async () =>
      startBackend({ dataDir, pgPort: await freePort(), siteUrl: 'http://localhost:4657', durable: false, log: () => {} });
    let backend = await start();
    cleanup.push(await readlink(join(dataDir, 'db')).catch(() => join(dataDir, 'db')));
    const count = async () => {
      const client = new pg.Client({ connectionString: backend.adminUrl });
      await client.connect();
      try {
        return (await client.query('select count(*)::int as n from auth.users')).rows[0].n as number;
      } finally {
        await client.end();
      }
    };
    expect(await count()).toBeGreaterThan(0);
    await backend.stop();
    backend = await start();
    expect(backend.seeded).toBe(false);
    expect(await count()).toBeGreaterThan(0);
    await backend.stop();
  }, 120_000);
});
