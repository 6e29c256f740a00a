// A forgotten password (a reset link by e-mail) and a new one (for the signed-in person).
import type { FieldError } from '#lib/forms.ts';
import type { Supabase } from '#lib/supabase/server.ts';
import { authMessage } from './messages.ts';

export async function sendPasswordReset(supabase: Supabase, email: string, redirectTo: string): Promise<FieldError | null> {
  const { error } = await supabase.auth.resetPasswordForEmail(email, { redirectTo });
  return error ? { message: authMessage(error) } : null;
}

export async function changePassword(supabase: Supabase, password: string): Promise<FieldError | null> {
  const { error } = await supabase.auth.updateUser({ password });
  return error ? { field: 'password', message: authMessage(error) } : null;
}
