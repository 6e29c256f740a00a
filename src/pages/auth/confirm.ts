import type { APIRoute } from 'astro';
import type { EmailOtpType } from '@supabase/supabase-js';
import { safeNext } from '../../lib/auth/safe-next.ts';

export const prerender = false;

const types = new Set<EmailOtpType>(['signup', 'email', 'magiclink', 'recovery']);

/** Where e-mail links land: verifies the one-time token, starts a session and moves on. */
export const GET: APIRoute = async ({ url, locals, redirect }) => {
  const tokenHash = url.searchParams.get('token_hash');
  const type = url.searchParams.get('type') as EmailOtpType | null;
  if (!tokenHash || !type || !types.has(type)) return redirect('/auth/link-problem', 303);
  const { error } = await locals.supabase.auth.verifyOtp({ token_hash: tokenHash, type });
  if (error) return redirect('/auth/link-problem', 303);
  if (type === 'recovery') return redirect('/account/password', 303);
  const next = safeNext(url.searchParams.get('next'));
  return redirect(type === 'signup' && next === '/account' ? '/account?welcome=1' : next, 303);
};
