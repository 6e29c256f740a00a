// Changing the e-mail address, as GoTrue does with secure e-mail change on (its default): a link goes to the current
// address and one to the new; the address changes once both have been opened.
import type pg from 'pg';
import { authError } from './errors.ts';
import { issueToken, sendTokenEmail } from './one-time-tokens.ts';
import { findUserByEmail, type UserRow } from './users.ts';

export const oneSideConfirmed = 'Confirmation link accepted. Please proceed to confirm link sent to the other email';

/** Starts a change to `newEmail`; returns what GoTrue adds to the user: new_email and email_change_sent_at. */
export async function requestEmailChange(pool: pg.Pool, siteUrl: string, user: UserRow, newEmail: string) {
  if (await findUserByEmail(pool, newEmail))
    throw authError(422, 'email_exists', 'A user with this email address has already been registered');
  const currentToken = await issueToken(pool, user.id, 'email_change');
  const newToken = await issueToken(pool, user.id, 'email_change', true);
  const {
    rows: [change],
  } = await pool.query<{ sent_at: Date }>(
    `insert into auth.email_changes (user_id, new_email, current_token, new_token) values ($1, $2, $3, $4)
     on conflict (user_id) do update set new_email = excluded.new_email, current_token = excluded.current_token,
       new_token = excluded.new_token, current_confirmed = false, new_confirmed = false, sent_at = now()
     returning sent_at`,
    [user.id, newEmail, currentToken, newToken],
  );
  await sendTokenEmail(pool, siteUrl, user.email, 'email_change', currentToken);
  await sendTokenEmail(pool, siteUrl, newEmail, 'email_change', newToken);
  return { new_email: newEmail, email_change_sent_at: change!.sent_at.toISOString() };
}

/** Records the opening of one of the two links. True when the address has now changed. */
export async function confirmEmailChange(pool: pg.Pool, userId: string, tokenHash: string): Promise<boolean> {
  const {
    rows: [change],
  } = await pool.query<{ new_email: string; current_confirmed: boolean; new_confirmed: boolean }>(
    `update auth.email_changes set current_confirmed = current_confirmed or current_token = $2, new_confirmed = new_confirmed or new_token = $2
     where user_id = $1 and $2 in (current_token, new_token) returning new_email, current_confirmed, new_confirmed`,
    [userId, tokenHash],
  );
  if (!change) throw authError(403, 'otp_expired', 'Token has expired or is invalid');
  if (!change.current_confirmed || !change.new_confirmed) return false;
  if (await findUserByEmail(pool, change.new_email))
    throw authError(422, 'email_exists', 'A user with this email address has already been registered');
  await pool.query('update auth.users set email = $2, updated_at = now() where id = $1', [userId, change.new_email]);
  await pool.query('delete from auth.email_changes where user_id = $1', [userId]);
  return true;
}
