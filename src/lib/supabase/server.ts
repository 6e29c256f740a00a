// A supabase-js client for one request, with the session in httpOnly cookies (@supabase/ssr).
import { createServerClient, parseCookieHeader } from '@supabase/ssr';
import type { AstroCookies } from 'astro';
import { supabaseConfig } from './config.ts';

/** `clientAddress` goes to the API as X-Forwarded-For, so its per-client limits see each visitor, not this server. */
export function createSupabase(request: Request, cookies: AstroCookies, clientAddress?: string) {
  const { url, anonKey } = supabaseConfig();
  return createServerClient(url, anonKey, {
    global: clientAddress ? { headers: { 'x-forwarded-for': clientAddress } } : undefined,
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
}

export type Supabase = ReturnType<typeof createSupabase>;
