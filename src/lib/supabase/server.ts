// A supabase-js client for one request, with the session in httpOnly cookies (@supabase/ssr).
import { createServerClient, parseCookieHeader } from '@supabase/ssr';
import type { AstroCookies } from 'astro';
import { BackendAvailability } from './availability.ts';
import { supabaseConfig } from './config.ts';
import type { Database } from './database.types.ts';

const availability = new WeakMap<object, BackendAvailability>();

/**
 * `url` is the request's public address: behind a TLS-terminating proxy Astro makes it https from X-Forwarded-Proto
 * when the site's host is in `security.allowedDomains` (astro.config.mjs), so the cookie is Secure there.
 * `clientAddress` goes to the API as X-Forwarded-For, so its per-client limits see each visitor, not this server.
 */
export function createSupabase(request: Request, url: URL, cookies: AstroCookies, clientAddress?: string) {
  const { url: apiUrl, anonKey } = supabaseConfig();
  const calls = new BackendAvailability();
  const client = createServerClient<Database>(apiUrl, anonKey, {
    global: { fetch: calls.fetch, headers: clientAddress ? { 'x-forwarded-for': clientAddress } : undefined },
    cookieOptions: {
      httpOnly: true,
      sameSite: 'lax',
      secure: url.protocol === 'https:',
      path: '/',
    },
    cookies: {
      getAll: () => parseCookieHeader(request.headers.get('cookie') ?? '').map(({ name, value }) => ({ name, value: value ?? '' })),
      setAll: (toSet) => {
        for (const { name, value, options } of toSet) cookies.set(name, value, browserSessionOnly(options));
      },
    },
  });
  availability.set(client, calls);
  return client;
}

/**
 * @supabase/ssr always asks for a 400-day cookie. On a shared ward computer the session must end when the browser
 * closes, so the cookie is written without Max-Age or Expires; deletions (Max-Age=0) stay as they are.
 */
function browserSessionOnly<T extends { maxAge?: number; expires?: Date }>(options: T): T {
  if (options.maxAge === 0) return options;
  const { maxAge: _maxAge, expires: _expires, ...rest } = options;
  return rest as T;
}

export type Supabase = ReturnType<typeof createSupabase>;

/** True when a call of this client found the Supabase API unavailable (down, stalled or timed out). */
export function backendWasUnavailable(supabase: Supabase | undefined): boolean {
  return supabase ? availability.get(supabase)?.unavailable === true : false;
}
