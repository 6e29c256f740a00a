// Applies what Supabase provides (bootstrap.sql, as the superuser), then supabase/migrations/*.sql in order, each once
// and in its own transaction, then the demo seed, both as postgres. A broken migration stops start-up with the file
// and the SQL error.
import pg from 'pg';
import { loginRoles, type DatabasePasswords } from './passwords.ts';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const here = import.meta.dirname;
const supabaseDir = join(here, '..');

export class MigrationError extends Error {
  readonly file: string;
  constructor(file: string, cause: Error & { position?: string }) {
    super(`Migration ${file} failed: ${cause.message}${cause.position ? ` (at character ${cause.position})` : ''}`);
    this.file = file;
  }
}

async function inTransaction(client: pg.Client, file: string, work: () => Promise<unknown>) {
  await client.query('begin');
  try {
    await work();
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw new MigrationError(file, error as Error);
  }
}

/** Makes a new database what a Supabase project is before its first migration, with the folder's passwords. */
export async function bootstrap(superuserUrl: string, passwords: DatabasePasswords): Promise<void> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const sql = await readFile(join(here, 'bootstrap.sql'), 'utf8');
    await inTransaction(client, 'supabase/local/bootstrap.sql', async () => {
      await client.query(sql);
      for (const role of loginRoles) await client.query(`alter role ${role} password ${client.escapeLiteral(passwords[role])}`);
    });
  } finally {
    await client.end();
  }
}

/** Applies every pending migration, as the project's postgres role. Returns the names it applied. */
export async function migrate(databaseUrl: string, options: { migrationsDir?: string } = {}): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const dir = options.migrationsDir ?? join(supabaseDir, 'migrations');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
    const { rows } = await client.query<{ version: string }>('select version from supabase_migrations.schema_migrations');
    const applied = new Set(rows.map((r) => r.version));
    const done: string[] = [];
    for (const file of files) {
      const [version] = file.split('_');
      if (!version || applied.has(version)) continue;
      const sql = await readFile(join(dir, file), 'utf8');
      await inTransaction(client, `supabase/migrations/${file}`, async () => {
        await client.query(sql);
        await client.query('insert into supabase_migrations.schema_migrations (version, name) values ($1, $2)', [version, file]);
      });
      done.push(file);
    }
    return done;
  } finally {
    await client.end();
  }
}

/** Loads supabase/seed.sql: demo data for a new database. */
export async function seed(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const sql = await readFile(join(supabaseDir, 'seed.sql'), 'utf8');
    await inTransaction(client, 'supabase/seed.sql', () => client.query(sql));
  } finally {
    await client.end();
  }
}
