// A supabase-js client for one request, with the session in httpOnly cookies (@supabase/ssr).
import { createServerClient, parseCookieHeader } from '@supabase/ssr';
import type { AstroCookies } from 'astro';
import { BackendAvailability } from './availability.ts';
import { supabaseConfig } from './config.ts';
import type { Database } from './database.types.ts';

const availability = new WeakMap<object, BackendAvailability>();

export function createSupabase(request: Request, cookies: AstroCookies) {
  const { url, anonKey } = supabaseConfig();
  const calls = new BackendAvailability();
  const client = createServerClient<Database>(url, anonKey, {
    global: { fetch: calls.fetch },
    cookieOptions: {
      httpOnly: true,
      sameSite: 'lax',
      secure: new URL(request.url).protocol === 'https:',
      path: '/',
    },
    cookies: {
      getAll: () => parseCookieHeader(request.headers.get('cookie') ?? '').map(({ name, value }) => ({ name, value: value ?? '' })),
      setAll: (toSet) => {
        for (const { name, value, options } of toSet) cookies.set(name, value, options);
      },
    },
  });
  availability.set(client, calls);
  return client;
}

export type Supabase = ReturnType<typeof createSupabase>;

/** True when a call of this client found the Supabase API unavailable (down, stalled or timed out). */
export function backendWasUnavailable(supabase: Supabase | undefined): boolean {
  return supabase ? availability.get(supabase)?.unavailable === true : false;
}
