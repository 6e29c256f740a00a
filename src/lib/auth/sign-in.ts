// Signing in, with a password or a link e-mailed to the address: what the sign-in page asks of the auth server.
import type { FieldError } from '#lib/forms.ts';
import type { Supabase } from '#lib/supabase/server.ts';
import { authMessage } from './messages.ts';

/** Null when the session has started, or the problem to show. */
export async function signInWithPassword(supabase: Supabase, credentials: { email: string; password: string }): Promise<FieldError | null> {
  const { error } = await supabase.auth.signInWithPassword(credentials);
  if (!error) return null;
  return { field: error.code === 'invalid_credentials' ? 'password' : undefined, message: authMessage(error) };
}

/**
 * E-mails a sign-in link that comes back to `redirectTo`. The answer is the same whether or not an account exists, so
 * addresses cannot be tested here: null, or a problem that is not about the address.
 */
export async function sendSignInLink(supabase: Supabase, email: string, redirectTo: string): Promise<FieldError | null> {
  const { error } = await supabase.auth.signInWithOtp({ email, options: { shouldCreateUser: false, emailRedirectTo: redirectTo } });
  return error && error.code !== 'otp_disabled' ? { message: authMessage(error) } : null;
}
