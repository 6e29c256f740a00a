// Migrations through the Supabase CLI, and what the bootstrap provides, run against the test database.
import { afterAll, describe, expect, it } from 'vitest';
import { copyFile, mkdir, mkdtemp, readdir, readFile, stat, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrate, MigrationError } from '#local/migrate.ts';
import { startPostgres } from '#local/postgres.ts';
import { backend, sql } from './clients.ts';

const folders: string[] = [];
const projectMigrations = join(import.meta.dirname, '../../supabase/migrations');
const extra: Record<string, string> = {};

/** A project folder whose supabase/migrations holds this project's migrations and the given ones (and earlier ones). */
async function migrationsFolder(files: Record<string, string>): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'mbl-migrations-')), 'supabase', 'migrations');
  folders.push(dir);
  await mkdir(dir, { recursive: true });
  for (const file of await readdir(projectMigrations)) await copyFile(join(projectMigrations, file), join(dir, file));
  Object.assign(extra, files);
  for (const [name, text] of Object.entries(extra)) await writeFile(join(dir, name), text);
  return dir;
}

afterAll(async () => {
  await sql('drop table if exists public.runner_good, public.runner_half');
  await sql(`delete from supabase_migrations.schema_migrations where version like '2999%'`);
  for (const dir of folders) await rm(join(dir, '../../'), { recursive: true, force: true });
});

describe('migrations, applied with the Supabase CLI', () => {
  it('applies pending migrations in order, each once, and records them as the CLI does on hosted', async () => {
    const dir = await migrationsFolder({
      '29990101000002_second.sql': 'insert into public.runner_good values (2);',
      '29990101000001_first.sql': 'create table public.runner_good (n int);\ninsert into public.runner_good values (1);',
    });
    expect(await migrate(backend.adminDbUrl, { migrationsDir: dir })).toEqual(['29990101000001_first.sql', '29990101000002_second.sql']);
    expect(await migrate(backend.adminDbUrl, { migrationsDir: dir })).toEqual([]);
    expect(await sql('select n from public.runner_good order by n')).toEqual([{ n: 1 }, { n: 2 }]);
    expect(
      await sql(
        `select version, name, statements from supabase_migrations.schema_migrations where version like '29990101%' order by version`,
      ),
    ).toEqual([
      {
        version: '29990101000001',
        name: 'first',
        statements: ['create table public.runner_good (n int)', 'insert into public.runner_good values (1)'],
      },
      { version: '29990101000002', name: 'second', statements: ['insert into public.runner_good values (2)'] },
    ]);
  });

  it('every migration of the project is recorded with its statements, as supabase db push records it', async () => {
    const files = (await readdir(projectMigrations)).filter((f) => f.endsWith('.sql')).sort();
    const recorded = await sql<{
      version: string;
      name: string;
      n: number;
    }>(`select version, name, coalesce(array_length(statements, 1), 0) as n
      from supabase_migrations.schema_migrations where version not like '2999%' order by version`);
    expect(recorded.map((r) => `${r.version}_${r.name}.sql`)).toEqual(files);
    expect(recorded.every((r) => r.n > 0)).toBe(true);
  });

  it('stops at a broken migration with its file and the SQL error, and leaves nothing of it behind', async () => {
    const dir = await migrationsFolder({
      '29990201000001_broken.sql': 'create table public.runner_half (n int);\ncreate tabel oops;',
    });
    const failure = migrate(backend.adminDbUrl, { migrationsDir: dir });
    await expect(failure).rejects.toBeInstanceOf(MigrationError);
    await expect(failure).rejects.toThrow(/supabase\/migrations\/29990201000001_broken\.sql failed: syntax error at or near "tabel"/);
    expect(await sql(`select to_regclass('public.runner_half') as t`)).toEqual([{ t: null }]);
    expect(await sql(`select 1 from supabase_migrations.schema_migrations where version = '29990201000001'`)).toEqual([]);
  });
});

describe('what Supabase provides', () => {
  it('has the API roles, and service_role bypasses row-level security', async () => {
    const roles = await sql(
      `select rolname, rolbypassrls from pg_roles where rolname in ('anon', 'authenticated', 'service_role') order by rolname`,
    );
    expect(roles).toEqual([
      { rolname: 'anon', rolbypassrls: false },
      { rolname: 'authenticated', rolbypassrls: false },
      { rolname: 'service_role', rolbypassrls: true },
    ]);
  });

  it('auth.uid(), auth.role() and auth.jwt() read request.jwt.claims, and are null once a local setting has ended', async () => {
    const client = new pg.Client({ connectionString: backend.adminDbUrl });
    await client.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('request.jwt.claims', $1, true)`, [
        JSON.stringify({ sub: '00000000-0000-4000-8000-000000000001', role: 'authenticated' }),
      ]);
      const inside = (await client.query('select auth.uid()::text as uid, auth.role() as role, auth.jwt() ->> $1 as sub', ['sub'])).rows[0];
      expect(inside).toEqual({
        uid: '00000000-0000-4000-8000-000000000001',
        role: 'authenticated',
        sub: '00000000-0000-4000-8000-000000000001',
      });
      await client.query('commit');
      expect((await client.query(`select current_setting('request.jwt.claims', true) as c`)).rows[0].c).toBe('');
      expect((await client.query('select auth.uid() as uid, auth.role() as role, auth.jwt() as jwt')).rows[0]).toEqual({
        uid: null,
        role: null,
        jwt: null,
      });
    } finally {
      await client.end();
    }
  });
});

describe("today's hosted defaults", () => {
  afterAll(async () => {
    await sql('drop table if exists public.defaults_probe; drop function if exists public.defaults_probe_fn()');
  });

  it('a new table or function in public is granted to no API role until a migration grants it', async () => {
    await sql(
      'create table public.defaults_probe (n int); create function public.defaults_probe_fn() returns int language sql as $$ select 1 $$',
    );
    const [row] = await sql(`select
      has_table_privilege('anon', 'public.defaults_probe', 'select') as anon,
      has_table_privilege('authenticated', 'public.defaults_probe', 'select, insert, update, delete') as authenticated,
      has_table_privilege('service_role', 'public.defaults_probe', 'select, insert, update, delete') as service_role,
      has_function_privilege('anon', 'public.defaults_probe_fn()', 'execute') as anon_fn,
      has_function_privilege('authenticated', 'public.defaults_probe_fn()', 'execute') as authenticated_fn`);
    expect(row).toEqual({ anon: false, authenticated: false, service_role: false, anon_fn: false, authenticated_fn: false });
  });

  it('every table in public has row-level security, and no function of ours is executable by PUBLIC', async () => {
    // Other test files make fixture tables (runner_*, contract_*, defaults_probe) while this runs.
    expect(
      await sql(`select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' and not relrowsecurity
      and relname !~ '^(runner_|contract_|defaults_probe)'`),
    ).toEqual([]);
    expect(
      await sql(`select p.oid::regprocedure::text as fn from pg_proc p
      where p.pronamespace in ('public'::regnamespace, 'private'::regnamespace, 'catalog'::regnamespace)
        and has_function_privilege('public', p.oid, 'execute') and p.prorettype <> 'trigger'::regtype
        and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')`),
    ).toEqual([]);
  });

  it('anon may run nothing but the public functions, and reads no table directly', async () => {
    const callable = await sql(`select p.proname from pg_proc p where p.pronamespace = 'public'::regnamespace
      and has_function_privilege('anon', p.oid, 'execute') order by 1`);
    expect(callable.map((r) => r.proname)).toEqual(['cohort_availability', 'has_role', 'verify_certificate']);
    expect(
      await sql(`select relname from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'v', 'm')
      and has_table_privilege('anon', oid, 'select, insert, update, delete')`),
    ).toEqual([]);
  });

  it('API requests time out as on hosted: 3 s for anon, 8 s signed in, and lock waits end too', async () => {
    const settings = await sql(`select r.rolname, s.setconfig from pg_db_role_setting s join pg_roles r on r.oid = s.setrole
      where r.rolname in ('anon', 'authenticated', 'authenticator') order by 1`);
    expect(settings).toEqual([
      { rolname: 'anon', setconfig: ['statement_timeout=3s'] },
      { rolname: 'authenticated', setconfig: ['statement_timeout=8s'] },
      { rolname: 'authenticator', setconfig: expect.arrayContaining(['statement_timeout=8s', 'lock_timeout=8s']) },
    ]);
  });

  it('seeded accounts are as GoTrue writes them, so a real GoTrue finds them', async () => {
    const users = await sql(
      `select distinct instance_id::text, aud, role, confirmation_token, recovery_token from auth.users where email like '%@mindbody.example'`,
    );
    expect(users).toEqual([
      {
        instance_id: '00000000-0000-0000-0000-000000000000',
        aud: 'authenticated',
        role: 'authenticated',
        confirmation_token: '',
        recovery_token: '',
      },
    ]);
  });
});

describe("hosted's conditions, not a superuser's", () => {
  it('migrations, the seed and these tests run as postgres, which is not a superuser; supabase_admin is', async () => {
    expect(await sql('select current_user as who')).toEqual([{ who: 'postgres' }]);
    expect(await sql(`select rolname, rolsuper from pg_roles where rolname in ('postgres', 'supabase_admin') order by 1`)).toEqual([
      { rolname: 'postgres', rolsuper: false },
      { rolname: 'supabase_admin', rolsuper: true },
    ]);
    expect(
      await sql(`select c.relname from pg_class c where c.relnamespace in ('public'::regnamespace, 'private'::regnamespace, 'catalog'::regnamespace)
      and c.relowner <> 'postgres'::regrole union all
      select p.proname from pg_proc p where p.pronamespace in ('public'::regnamespace, 'private'::regnamespace, 'catalog'::regnamespace)
      and p.proowner <> 'postgres'::regrole`),
    ).toEqual([]);
  });

  it('what only a superuser may do is refused, as on hosted', async () => {
    const refused = async (statement: string) =>
      await sql(statement).then(
        () => null,
        (error: Error) => error.message,
      );
    expect(await refused('create table auth.probe (n int)')).toMatch(/permission denied for schema auth/);
    expect(await refused('alter role postgres superuser')).toMatch(/permission denied|must be superuser|SUPERUSER/i);
    expect(
      await refused(`create function public.probe_evt() returns event_trigger language plpgsql as $$ begin end $$;
      create event trigger probe on ddl_command_end execute function public.probe_evt()`),
    ).toMatch(/permission denied|must be superuser/i);
    expect(await refused("alter system set log_statement = 'all'")).toMatch(/permission denied|must be superuser/i);
  });

  it('pgcrypto lives in the extensions schema, not in public', async () => {
    expect(await sql(`select extnamespace::regnamespace::text as schema from pg_extension where extname = 'pgcrypto'`)).toEqual([
      { schema: 'extensions' },
    ]);
    expect(
      await sql(`select proname from pg_proc where proname in ('crypt', 'gen_salt', 'digest') and pronamespace = 'public'::regnamespace`),
    ).toEqual([]);
  });

  it('a data folder made before the passwords were generated is refused, saying what to do', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mbl-old-cluster-'));
    try {
      await writeFile(join(dir, 'PG_VERSION'), '18\n');
      await expect(startPostgres(dir, 1)).rejects.toThrow(/earlier version with the password "postgres"\. Run npm run reset/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!backend.clusterDir)(
    'the embedded database has its own passwords, kept in its folder for its owner only; the old well-known ones are refused',
    async () => {
      const file = join(backend.clusterDir!, 'supabase-passwords.json');
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      const passwords = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
      expect(Object.keys(passwords).sort()).toEqual(['authenticator', 'postgres', 'supabase_admin', 'supabase_auth_admin']);
      expect(new Set(Object.values(passwords)).size).toBe(4);
      const { host, port } = new URL(backend.adminDbUrl);
      for (const role of ['postgres', 'authenticator', 'supabase_auth_admin', 'supabase_admin']) {
        for (const guess of [role, 'postgres']) {
          const client = new pg.Client({ connectionString: `postgres://${role}:${guess}@${host}/postgres`, port: Number(port) });
          await expect(client.connect(), `${role}/${guess}`).rejects.toThrow(/password authentication failed/);
        }
      }
    },
  );
});
