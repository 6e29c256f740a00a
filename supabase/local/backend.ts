// The embedded backend in one call: Postgres, bootstrap, migrations and seed, keys, and the local Supabase API.
import { createLocalApi, type LocalApi } from './api/index.ts';
import { loadOrCreateKeys, type ProjectKeys } from './api/keys.ts';
import { bootstrap, migrate, seed } from './migrate.ts';
import { startPostgres } from './postgres.ts';
import { join } from 'node:path';
import { expectConnectionsToEnd } from './stopping.ts';

export interface Backend {
  keys: ProjectKeys;
  /** The superuser supabase_admin: for what only the embedded cluster's owner may do (tests' statistics, backups). */
  superuserUrl: string;
  adminUrl: string;
  apiUrl: string;
  api: LocalApi;
  applied: string[];
  seeded: boolean;
  stop(): Promise<void>;
}

export interface BackendOptions {
  /** Folder for the cluster and the project keys; kept between starts. */
  dataDir: string;
  pgPort: number;
  /** The site's public origin, which is also the API's. */
  siteUrl: string;
  poolSize?: number;
  /** Lines an operator should see (Postgres restarts and errors); console.log when not given. */
  log?: (line: string) => void;
  /** False only for throw-away clusters (tests' temporary folders): Postgres runs without fsync. */
  durable?: boolean;
}

export async function startBackend(options: BackendOptions): Promise<Backend> {
  const pg = await startPostgres(join(options.dataDir, 'db'), options.pgPort, { log: options.log, durable: options.durable });
  try {
    if (pg.created) await bootstrap(pg.superuserUrl, pg.passwords);
    const applied = await migrate(pg.adminUrl);
    if (pg.created) await seed(pg.adminUrl);
    const keys = await loadOrCreateKeys(options.dataDir);
    const api = await createLocalApi({
      databaseUrl: pg.apiUrl,
      authDatabaseUrl: pg.authUrl,
      jwtSecret: keys.jwtSecret,
      siteUrl: options.siteUrl,
      poolSize: options.poolSize,
    });
    return {
      keys,
      superuserUrl: pg.superuserUrl,
      adminUrl: pg.adminUrl,
      apiUrl: pg.apiUrl,
      api,
      applied,
      seeded: pg.created,
      stop: async () => {
        expectConnectionsToEnd();
        await api.close();
        await pg.stop();
      },
    };
  } catch (error) {
    await pg.stop();
    throw error;
  }
}
