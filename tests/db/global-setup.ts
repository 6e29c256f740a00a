// Starts one embedded backend (a fresh cluster in a temporary folder) and the local API for the database tests.
import { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startBackend } from '../../supabase/local/backend.ts';
import { freePort } from '../../supabase/local/free-port.ts';
import { syncCatalog } from '../../src/lib/catalog/sync.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    backend: { apiUrl: string; anonKey: string; serviceRoleKey: string; jwtSecret: string; adminDbUrl: string };
  }
}

export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(join(tmpdir(), 'mbl-db-test-'));
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  // The REST conformance tests keep their fixture tables in a schema of their own, exposed beside hosted's defaults.
  process.env.PGRST_DB_SCHEMAS ??= 'public,graphql_public,rest_fixtures';
  const backend = await startBackend({ dataDir, pgPort: await freePort(), siteUrl, poolSize: 40 });
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
  });
  return async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await backend.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
