// The whole platform on one origin: the local Supabase API (/auth/v1, /rest/v1, /dev/outbox) and the built Astro site.
import { createServer, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { startBackend, type Backend } from '#local/backend.ts';
import { expectConnectionsToEnd } from '#local/stopping.ts';
import { freePort } from '#local/free-port.ts';
import { startLocalMailer } from '#local/mailer.ts';
import type { MailWorker } from '#lib/notifications/mail-worker.ts';
import { seedDemoLearning } from '#local/demo-learning.ts';
import { syncCatalog } from '#lib/catalog/sync.ts';
import { compressedSite } from './compressed-site.ts';

export interface Platform {
  siteUrl: string;
  backend: Backend;
  server: Server;
  stop(): Promise<void>;
}

const securityHeaders: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

export interface PlatformOptions {
  port: number;
  dataDir: string;
  host?: string;
  /** False only for a throw-away cluster (the end-to-end tests'): Postgres then runs without fsync. */
  durable?: boolean;
}

export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const host = options.host ?? '127.0.0.1';
  const siteUrl = `http://localhost:${options.port}`;
  const backend = await startBackend({ dataDir: options.dataDir, pgPort: await freePort(), siteUrl, durable: options.durable });
  let mailer: MailWorker;
  try {
    await syncCatalog(backend.adminUrl);
    if (backend.seeded) await seedDemoLearning(backend.adminUrl);
    mailer = await startLocalMailer(backend.adminUrl, siteUrl);
  } catch (error) {
    await backend.stop();
    throw error;
  }
  process.env.SUPABASE_URL = siteUrl;
  process.env.SITE_URL = siteUrl;
  process.env.SUPABASE_ANON_KEY = backend.keys.anonKey;
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  const { handler } = await import(pathToFileURL(resolve('dist/server/entry.mjs')).href);
  const site = await compressedSite(handler, resolve('dist/client'));

  const server = createServer(async (req, res) => {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    if (await backend.api.handle(req, res)) return;
    site(req, res);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, host, done);
  }).catch(async (error) => {
    await mailer.stop();
    await backend.stop();
    throw error.code === 'EADDRINUSE'
      ? new Error(`Port ${options.port} is already in use. Stop the other server or choose another port: PORT=4400 npm start`)
      : error;
  });

  return {
    siteUrl,
    backend,
    server,
    stop: async () => {
      expectConnectionsToEnd();
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await mailer.stop();
      await backend.stop();
    },
  };
}
