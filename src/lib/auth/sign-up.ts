// Creating an account: the auth server e-mails a link to confirm the address, which comes back to `redirectTo`.
import type { FieldError } from '#lib/forms.ts';
import type { Supabase } from '#lib/supabase/server.ts';
import { authMessage } from './messages.ts';

export async function signUp(
  supabase: Supabase,
  account: { fullName: string; email: string; password: string },
  redirectTo: string,
): Promise<FieldError | null> {
  const { error } = await supabase.auth.signUp({
    email: account.email,
    password: account.password,
    options: { data: { full_name: account.fullName }, emailRedirectTo: redirectTo },
  });
  return error ? { field: error.code === 'weak_password' ? 'password' : undefined, message: authMessage(error) } : null;
}
