// Deleting an account and downloading everything held about it: both done by SQL functions for the signed-in person.
import type { Json } from '#lib/supabase/database.types.ts';
import type { Supabase } from '#lib/supabase/server.ts';
import { signOut } from '#lib/auth/session.ts';

/** Everything the platform holds about the signed-in person, or null when it cannot be gathered just now. */
export async function exportMyData(supabase: Supabase): Promise<Json | null> {
  const { data, error } = await supabase.rpc('export_my_data');
  return error || !data ? null : data;
}

export type Deletion = { ok: true } | { ok: false; reason: 'wrong-email' | 'unavailable' };

/** Deletes the account when `confirmEmail` is its address, then ends this browser's session. */
export async function deleteMyAccount(supabase: Supabase, confirmEmail: string): Promise<Deletion> {
  const { error } = await supabase.rpc('delete_my_account', { confirm_email: confirmEmail });
  if (error) return { ok: false, reason: error.hint === 'invalid' ? 'wrong-email' : 'unavailable' };
  await signOut(supabase).catch(() => {});
  return { ok: true };
}
