// Ending this browser's session, and starting one from a link in an e-mail.
import type { EmailOtpType } from '@supabase/supabase-js';
import type { Supabase } from '#lib/supabase/server.ts';

/** Signs this browser out (other devices stay signed in). */
export async function signOut(supabase: Supabase): Promise<void> {
  await supabase.auth.signOut({ scope: 'local' });
}

const linkTypes = new Set<string>(['signup', 'email', 'magiclink', 'recovery']);

export type EmailLinkType = Extract<EmailOtpType, 'signup' | 'email' | 'magiclink' | 'recovery'>;

export const isEmailLinkType = (type: string | null): type is EmailLinkType => type !== null && linkTypes.has(type);

/** Whether the link's one-time token was good: if so, the session has started. */
export async function confirmEmailLink(supabase: Supabase, tokenHash: string, type: EmailLinkType): Promise<boolean> {
  const { error } = await supabase.auth.verifyOtp({ token_hash: tokenHash, type });
  return !error;
}
