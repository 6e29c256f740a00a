// The data `npm start` keeps survives an OS crash or a power cut: fsync and synchronous commits are on. Only the
// tests' throw-away clusters (durable: false) run without them, for speed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startBackend } from '#local/backend.ts';
import { freePort } from '#local/free-port.ts';

async function settingsOf(options: { durable?: boolean }) {
  const dataDir = await mkdtemp(join(tmpdir(), 'mbl-durability-'));
  const backend = await startBackend({ dataDir, pgPort: await freePort(), siteUrl: 'http://localhost:4656', log: () => {}, ...options });
  const client = new pg.Client({ connectionString: backend.adminUrl });
  try {
    await client.connect();
    const { rows } = await client.query(
      "select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes')",
    );
    return Object.fromEntries(rows.map((r) => [r.name, r.setting]));
  } finally {
    await client.end();
    await backend.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

describe('The embedded Postgres', () => {
  it('is durable by default, as npm start runs it: fsync, synchronous commits and full-page writes on', async () => {
    expect(await settingsOf({})).toEqual({ fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' });
  }, 120_000);

  it('runs without fsync only when asked to, for a throw-away test cluster', async () => {
    expect(await settingsOf({ durable: false })).toMatchObject({ fsync: 'off' });
  }, 120_000);
});
