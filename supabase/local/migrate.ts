// Applies what Supabase provides (bootstrap.sql, as the superuser), then supabase/migrations with the Supabase CLI's
// own `db push`, as postgres, so that supabase_migrations.schema_migrations records them exactly as on a hosted
// project; then the demo seed. A broken migration stops start-up with the file and the SQL error.
import pg from 'pg';
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { loginRoles, type DatabasePasswords } from './passwords.ts';

const here = import.meta.dirname;
const supabaseDir = join(here, '..');

export class MigrationError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`Migration ${file} failed: ${message}`);
    this.file = file;
  }
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function inTransaction(client: pg.Client, file: string, work: () => Promise<unknown>) {
  await client.query('begin');
  try {
    await work();
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    const cause = error as Error & { position?: string };
    throw new MigrationError(file, `${cause.message}${cause.position ? ` (at character ${cause.position})` : ''}`);
  }
}

/** Makes a new database what a Supabase project is before its first migration, with the folder's passwords. */
export async function bootstrap(superuserUrl: string, passwords: DatabasePasswords): Promise<void> {
  const sql = await readFile(join(here, 'bootstrap.sql'), 'utf8');
  await withClient(superuserUrl, (client) =>
    inTransaction(client, 'supabase/local/bootstrap.sql', async () => {
      await client.query(sql);
      for (const role of loginRoles) await client.query(`alter role ${role} password ${client.escapeLiteral(passwords[role])}`);
    }),
  );
}

/** The Supabase CLI's own binary (what `npx supabase` runs), from the npm package pinned in package.json. */
function supabaseCli(): string {
  const require = createRequire(import.meta.url);
  const arch = process.arch === 'arm64' ? 'arm64' : 'x64';
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const folder = dirname(require.resolve(`@supabase/cli-${platform}-${arch}/package.json`));
  return join(folder, 'bin', process.platform === 'win32' ? 'supabase.exe' : 'supabase');
}

/** The CLI speaks TLS unless told otherwise; a database on this machine (the embedded one) has none. */
function cliDatabaseUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (!url.searchParams.has('sslmode') && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
    url.searchParams.set('sslmode', 'disable');
  return url.toString();
}

async function dbPush(workdir: string, databaseUrl: string): Promise<void> {
  const args = ['db', 'push', '--workdir', workdir, '--db-url', cliDatabaseUrl(databaseUrl), '--include-all', '--yes'];
  const child = spawn(supabaseCli(), args, {
    env: { ...process.env, DO_NOT_TRACK: '1', SUPABASE_TELEMETRY_DISABLED: '1', SUPABASE_NO_UPDATE_NOTIFIER: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code === 0) return;
  const file = /Applying migration (\S+?)\.\.\./g;
  const files = [...output.matchAll(file)];
  const failed = files.at(-1)?.[1];
  const error = /^ERROR: (.*)$/m.exec(output)?.[1];
  if (failed && error)
    throw new MigrationError(
      `supabase/migrations/${failed}`,
      [error, ...output.split('\n').filter((l) => /^At statement|^\s/.test(l))].join('\n'),
    );
  throw new Error(`supabase db push failed:\n${output.trim()}`);
}

/**
 * Applies every pending migration in `migrationsDir` (a project's supabase/migrations folder) as the role of
 * `databaseUrl`, with `supabase db push`. Returns the names it applied. The CLI runs only when something is pending.
 */
export async function migrate(databaseUrl: string, options: { migrationsDir?: string } = {}): Promise<string[]> {
  const dir = options.migrationsDir ?? join(supabaseDir, 'migrations');
  if (basename(dir) !== 'migrations' || basename(dirname(dir)) !== 'supabase')
    throw new Error(`${dir} is not a supabase/migrations folder`);
  const files = (await readdir(dir)).filter((f) => /^\d+_.*\.sql$/.test(f)).sort();
  const applied = await withClient(databaseUrl, async (client) => {
    const {
      rows: [table],
    } = await client.query(`select to_regclass('supabase_migrations.schema_migrations') is not null as present`);
    if (!table.present) return new Set<string>();
    return new Set(
      (await client.query<{ version: string }>('select version from supabase_migrations.schema_migrations')).rows.map((r) => r.version),
    );
  });
  const pending = files.filter((f) => !applied.has(f.split('_')[0]!));
  if (pending.length) await dbPush(dirname(dirname(dir)), databaseUrl);
  return pending;
}

/** Loads supabase/seed.sql: demo data for a new database. */
export async function seed(databaseUrl: string): Promise<void> {
  const sql = await readFile(join(supabaseDir, 'seed.sql'), 'utf8');
  await withClient(databaseUrl, (client) => inTransaction(client, 'supabase/seed.sql', () => client.query(sql)));
}
