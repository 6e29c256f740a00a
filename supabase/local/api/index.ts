// The local stand-in for the Supabase API: /auth/v1, /rest/v1 and the development outbox, on one handler.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createAuthHandler } from './auth/handler.ts';
import { createPool } from '#local/pools.ts';
import { HttpError, send } from './http.ts';
import { createOutboxHandler } from './outbox.ts';
import { createRestHandler } from './rest/handler.ts';
import { loadSchemaCache, type SchemaCache } from './rest/schema-cache.ts';
import { listenForSchemaReloads } from './schema-listener.ts';
import { retryAfterSeconds, unavailableError } from './unavailable.ts';

export interface LocalApiOptions {
  /** Connection string of the authenticator role, for /rest/v1. */
  databaseUrl: string;
  /** Connection string of supabase_auth_admin, for /auth/v1 and the outbox. */
  authDatabaseUrl: string;
  jwtSecret: string;
  /** The public origin of the site, used in e-mail links and as the JWT issuer. */
  siteUrl: string;
  poolSize?: number;
}

export interface LocalApi {
  /** Handles the request if it belongs to the API; returns false for anything else. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  reloadSchema(): Promise<void>;
  close(): Promise<void>;
}

export async function createLocalApi(options: LocalApiOptions): Promise<LocalApi> {
  const pool = createPool(options.databaseUrl, { max: options.poolSize ?? 20, label: 'Local API' });
  const authPool = createPool(options.authDatabaseUrl, { max: 5, label: 'Local API (auth)' });
  let cache: SchemaCache = await loadSchemaCache(pool);
  const rest = createRestHandler(pool, options.jwtSecret, () => cache);
  const auth = createAuthHandler({ pool: authPool, jwtSecret: options.jwtSecret, siteUrl: options.siteUrl });
  const outbox = createOutboxHandler(authPool);

  const listener = await listenForSchemaReloads(options.databaseUrl, async () => {
    cache = await loadSchemaCache(pool);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://local');
    const area = url.pathname.startsWith('/rest/v1')
      ? rest
      : url.pathname.startsWith('/auth/v1')
        ? auth
        : url.pathname === '/dev/outbox' || url.pathname.startsWith('/dev/outbox/') || url.pathname === '/dev/outbox.json'
          ? outbox
          : undefined;
    if (!area) return false;
    try {
      if (area !== outbox && !req.headers.apikey && !req.headers.authorization) {
        throw new HttpError(401, { message: 'No API key found in request', hint: 'No `apikey` request header or url param was found.' });
      }
      await area(req, res, url);
    } catch (error) {
      if (res.headersSent) return true;
      const unavailable = unavailableError(error, area === rest ? 'rest' : area === auth ? 'auth' : 'outbox');
      if (unavailable) send(res, 503, unavailable.body, { 'retry-after': String(retryAfterSeconds) });
      else if (error instanceof HttpError)
        send(res, error.status, error.body, area === auth ? { 'x-supabase-api-version': '2024-01-01' } : {});
      else {
        console.error('Local API error:', error);
        send(res, 500, {
          code: 'XX000',
          message: 'The local API failed to handle this request',
          details: String((error as Error).message),
          hint: null,
        });
      }
    }
    return true;
  }

  return {
    handle,
    reloadSchema: async () => {
      cache = await loadSchemaCache(pool);
    },
    close: async () => {
      await Promise.all([listener.close(), pool.end(), authPool.end()]);
    },
  };
}
