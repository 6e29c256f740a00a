import type { AstroGlobal } from 'astro';
import type { CurrentUser } from './current-user.ts';

/** The signed-in person, or a redirect to sign in that comes back to this page. */
export function requireUser(Astro: AstroGlobal): CurrentUser | Response {
  const user = Astro.locals.user;
  if (user) return user;
  return Astro.redirect(`/sign-in?next=${encodeURIComponent(Astro.url.pathname + Astro.url.search)}`);
}
