// The embedded PostgreSQL server: real Postgres from npm, no system install, one data folder, supervised.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { clusterLocation } from './cluster-location.ts';
import { assertDataFolderFree } from './data-folder-lock.ts';
import { npmBinaries, postgresUser, reachableBinaries, type Binaries, type RunAs } from './postgres-binaries.ts';
import { startServerProcess } from './postgres-server.ts';
import { connectionUrl, keepPasswords, newPasswords, readPasswords, type DatabasePasswords } from './passwords.ts';
import { supervise } from './postgres-supervisor.ts';

const exec = promisify(execFile);

export interface RunningPostgres {
  /** The superuser supabase_admin, for the bootstrap and backups only. */
  superuserUrl: string;
  /** The project's own role postgres (not a superuser, as on hosted), for migrations, the seed and tests. */
  adminUrl: string;
  /** The REST API's connection string: the authenticator role, which switches role per request. */
  apiUrl: string;
  /** The auth API's connection string: supabase_auth_admin, which owns the auth schema. */
  authUrl: string;
  /** True when this start created a new cluster (so it needs bootstrap, migrations and seed). */
  created: boolean;
  passwords: DatabasePasswords;
  stop(): Promise<void>;
}

export interface PostgresOptions {
  /** Lines an operator should see: restarts, and Postgres's own errors. */
  log?: (line: string) => void;
  /** False only for throw-away clusters (tests' temporary folders): no fsync, so no crash safety. */
  durable?: boolean;
}

/** The superuser's connection string for the cluster of a data folder, once it runs on `port`. */
export async function superuserUrlFor(clusterDir: string, port: number): Promise<string> {
  const passwords = await readPasswords(clusterDir);
  if (!passwords) throw new Error(`The database in ${clusterDir} has no passwords file: run npm run reset.`);
  return connectionUrl('supabase_admin', passwords, `127.0.0.1:${port}/postgres`);
}
/** FATAL lines that only say a connection was refused or ended while the server starts or stops. */
const routineFatal =
  /terminating connection due to (administrator command|unexpected postmaster exit)|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)/;

/**
 * Settings on the command line: loopback only and enough connections for the API's pools. A durable cluster keeps
 * Postgres's defaults (fsync, synchronous commits, full-page writes): an acknowledged booking survives a power cut.
 * A throw-away one (a test's temporary folder) skips them, for speed.
 */
function serverArgs(port: number, durable: boolean): string[] {
  const settings = ['listen_addresses=127.0.0.1', 'unix_socket_directories=', 'max_connections=300'];
  if (!durable) settings.push('fsync=off', 'synchronous_commit=off', 'full_page_writes=off');
  return ['-p', String(port), ...settings.flatMap((setting) => ['-c', setting])];
}

/** The data folder exists and belongs to whoever runs Postgres. */
async function prepareDataDir(dataDir: string, runAs: RunAs): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  if (runAs.uid !== undefined) await chown(dataDir, runAs.uid, runAs.gid!);
}

/** initdb: a new cluster with the superuser's password, UTF-8 and the C.UTF-8 locale. */
async function initialiseCluster(binaries: Binaries, dataDir: string, runAs: RunAs, durable: boolean, password: string): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'mbl-initdb-'));
  const pwfile = join(folder, 'password');
  try {
    await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
    if (runAs.uid !== undefined) await Promise.all([chown(folder, runAs.uid, runAs.gid!), chown(pwfile, runAs.uid, runAs.gid!)]);
    const flags = [
      '--auth=scram-sha-256',
      '--username=supabase_admin',
      `--pwfile=${pwfile}`,
      '--encoding=UTF8',
      '--locale=C.UTF-8',
      ...(durable ? [] : ['--no-sync']),
    ];
    await exec(binaries.initdb, [`--pgdata=${dataDir}`, ...flags], { ...runAs, env: { ...process.env, LC_MESSAGES: 'C' } }).catch(
      (error) => {
        throw new Error(`initdb could not create the cluster in ${dataDir}: ${(error.stderr || error.message).trim()}`);
      },
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Starts Postgres on `port` with its data in `clusterDir`, creating the cluster on first use, and keeps it running. */
export async function startPostgres(clusterDir: string, port: number, options: PostgresOptions = {}): Promise<RunningPostgres> {
  const log = options.log ?? ((line) => console.log(line));
  const durable = options.durable ?? true;
  const runAs = await postgresUser();
  const binaries = await reachableBinaries(await npmBinaries(), runAs);
  assertDataFolderFree(clusterDir);
  const dataDir = await clusterLocation(clusterDir, runAs, log);
  const created = !existsSync(join(dataDir, 'PG_VERSION'));
  const passwords = created ? newPasswords() : await readPasswords(dataDir);
  if (!passwords) {
    throw new Error(
      `The database in ${clusterDir} was made by an earlier version with the password "postgres". Run npm run reset to start again from the demo data.`,
    );
  }
  await prepareDataDir(dataDir, runAs);
  if (created) {
    await initialiseCluster(binaries, dataDir, runAs, durable, passwords.supabase_admin);
    await keepPasswords(dataDir, passwords);
  }

  const startServer = () =>
    startServerProcess(binaries, dataDir, serverArgs(port, durable), runAs, (line) => {
      if (/\b(PANIC|FATAL):/.test(line) && !routineFatal.test(line)) log(`Postgres: ${line}`);
    });
  const supervisor = supervise(await startServer(), { start: startServer, log });
  // If this process ends without stopping the platform (an uncaught error), Postgres must not outlive it.
  const orphanGuard = () => {
    try {
      process.kill(supervisor.current().pid, 'SIGINT');
    } catch {
      /* already gone */
    }
  };
  process.once('exit', orphanGuard);

  const base = `127.0.0.1:${port}/postgres`;
  return {
    superuserUrl: connectionUrl('supabase_admin', passwords, base),
    adminUrl: connectionUrl('postgres', passwords, base),
    apiUrl: connectionUrl('authenticator', passwords, base),
    authUrl: connectionUrl('supabase_auth_admin', passwords, base),
    created,
    passwords,
    stop: async () => {
      process.off('exit', orphanGuard);
      await supervisor.stop();
    },
  };
}
