// The Database types as `supabase gen types typescript` makes them: Supabase's typegen (@supabase/postgres-meta, the
// program the CLI runs in its Docker image) against a new embedded database with supabase/migrations applied.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startPostgres } from '#local/postgres.ts';
import { bootstrap, migrate } from '#local/migrate.ts';
import { freePort } from '#local/free-port.ts';

export const databaseTypesFile = resolve(import.meta.dirname, '../../src/lib/supabase/database.types.ts');

/** Runs postgres-meta's type generator against `databaseUrl`, as the CLI does for the public schema. */
export async function typegen(databaseUrl: string): Promise<string> {
  const server = createRequire(import.meta.url).resolve('@supabase/postgres-meta/dist/server/server.js');
  const child = spawn(process.execPath, [server], {
    env: {
      ...process.env,
      PG_META_DB_URL: databaseUrl,
      PG_META_GENERATE_TYPES: 'typescript',
      PG_META_GENERATE_TYPES_INCLUDED_SCHEMAS: 'public',
      PG_META_GENERATE_TYPES_DETECT_ONE_TO_ONE_RELATIONSHIPS: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr.on('data', (chunk) => {
    err += chunk;
  });
  const code = await new Promise<number | null>((done, fail) => {
    child.once('error', fail);
    child.once('close', done);
  });
  if (code !== 0 || !out.includes('export type Database')) throw new Error(`Type generation failed:\n${err.trim()}`);
  return out;
}

/** The types of a database made from supabase/migrations alone, in a temporary embedded cluster. */
export async function generateDatabaseTypes(): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'mbl-types-'));
  const db = await startPostgres(join(dataDir, 'db'), await freePort(), { durable: false });
  try {
    await bootstrap(db.superuserUrl, db.passwords);
    await migrate(db.adminUrl);
    return await typegen(db.adminUrl);
  } finally {
    await db.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
