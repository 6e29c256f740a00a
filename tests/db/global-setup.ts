// Starts the database the tests run against and the local API in front of it. By default a fresh embedded cluster in
// a temporary folder; with TEST_DATABASE_URL, any database already made what a Supabase project is before its first
// migration (supabase/local/bootstrap.sql, run as its superuser): the migrations and the demo seed are applied to it as
// that URL's role (postgres), and the local API connects to it as TEST_API_DATABASE_URL (authenticator) and
// TEST_AUTH_DATABASE_URL (supabase_auth_admin), or as TEST_DATABASE_URL when those are not given.
import { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startBackend } from '#local/backend.ts';
import { createLocalApi, type LocalApi } from '#local/api/index.ts';
import { loadOrCreateKeys, type ProjectKeys } from '#local/api/keys.ts';
import { migrate, seed } from '#local/migrate.ts';
import { freePort } from '#local/free-port.ts';
import { syncCatalog } from '#lib/catalog/sync.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    backend: {
      apiUrl: string;
      anonKey: string;
      serviceRoleKey: string;
      jwtSecret: string;
      adminDbUrl: string;
      /** The embedded cluster's folder, or null when the tests run against TEST_DATABASE_URL. */
      clusterDir: string | null;
      /** The embedded cluster's superuser, or TEST_SUPERUSER_DATABASE_URL (null when not given). */
      superuserDbUrl: string | null;
    };
  }
}

interface TestBackend {
  keys: ProjectKeys;
  adminUrl: string;
  superuserUrl: string | null;
  api: LocalApi;
  clusterDir: string | null;
  stop(): Promise<void>;
}

async function embedded(dataDir: string, siteUrl: string): Promise<TestBackend> {
  const backend = await startBackend({ dataDir, pgPort: await freePort(), siteUrl, poolSize: 40, durable: false });
  return { ...backend, clusterDir: join(dataDir, 'db') };
}

async function external(databaseUrl: string, dataDir: string, siteUrl: string): Promise<TestBackend> {
  await migrate(databaseUrl);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const seeded = (await db.query(`select 1 from auth.users where email = 'learner@mindbody.example'`)).rowCount;
  await db.end();
  if (!seeded) await seed(databaseUrl);
  const keys = await loadOrCreateKeys(dataDir);
  const api = await createLocalApi({
    databaseUrl: process.env.TEST_API_DATABASE_URL ?? databaseUrl,
    authDatabaseUrl: process.env.TEST_AUTH_DATABASE_URL ?? databaseUrl,
    jwtSecret: keys.jwtSecret,
    siteUrl,
    poolSize: 40,
  });
  return {
    keys,
    adminUrl: databaseUrl,
    superuserUrl: process.env.TEST_SUPERUSER_DATABASE_URL ?? null,
    api,
    clusterDir: null,
    stop: () => api.close(),
  };
}

export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(join(tmpdir(), 'mbl-db-test-'));
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  // The REST conformance tests keep their fixture tables in a schema of their own, exposed beside hosted's defaults.
  process.env.PGRST_DB_SCHEMAS ??= 'public,graphql_public,rest_fixtures';
  const databaseUrl = process.env.TEST_DATABASE_URL;
  const backend = databaseUrl ? await external(databaseUrl, dataDir, siteUrl) : await embedded(dataDir, siteUrl);
  await syncCatalog(backend.adminUrl);
  const server = createServer(async (req, res) => {
    if (!(await backend.api.handle(req, res))) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  project.provide('backend', {
    apiUrl: siteUrl,
    anonKey: backend.keys.anonKey,
    serviceRoleKey: backend.keys.serviceRoleKey,
    jwtSecret: backend.keys.jwtSecret,
    adminDbUrl: backend.adminUrl,
    clusterDir: backend.clusterDir,
    superuserDbUrl: backend.superuserUrl,
  });
  return async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await backend.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
