import type { APIRoute } from 'astro';
import { safeNext } from '#lib/auth/safe-next.ts';
import { confirmEmailLink, isEmailLinkType } from '#lib/auth/session.ts';

export const prerender = false;

/** Where e-mail links land: verifies the one-time token, starts a session and moves on. */
export const GET: APIRoute = async ({ url, locals, redirect }) => {
  const tokenHash = url.searchParams.get('token_hash');
  const type = url.searchParams.get('type');
  if (!tokenHash || !isEmailLinkType(type)) return redirect('/auth/link-problem', 303);
  if (!(await confirmEmailLink(locals.supabase, tokenHash, type))) return redirect('/auth/link-problem', 303);
  if (type === 'recovery') return redirect('/account/password', 303);
  const next = safeNext(url.searchParams.get('next'));
  return redirect(type === 'signup' && next === '/account' ? '/account?welcome=1' : next, 303);
};
