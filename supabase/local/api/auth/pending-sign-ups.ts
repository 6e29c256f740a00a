// Each sign-up of an unconfirmed address keeps its password and details with the link it e-mailed. Confirming
// activates the password sent with that link, and nothing else: a link of another kind (magic link, recovery)
// confirms the address with no password, so a stranger who signed the address up first can never sign in with theirs.
import type { Db, UserRow } from './users.ts';

export async function recordPendingSignUp(db: Db, tokenHash: string, userId: string, passwordHash: string, meta: object): Promise<void> {
  await db.query('insert into auth.pending_sign_ups (token_hash, user_id, encrypted_password, user_meta) values ($1, $2, $3, $4)', [
    tokenHash,
    userId,
    passwordHash,
    meta,
  ]);
}

/** Confirms an unconfirmed address with the token just used; every other pending sign-up and confirmation link ends. */
export async function confirmAddress(db: Db, user: UserRow, tokenHash: string): Promise<void> {
  const {
    rows: [pending],
  } = await db.query<{ encrypted_password: string; user_meta: object }>(
    'select encrypted_password, user_meta from auth.pending_sign_ups where token_hash = $1 and user_id = $2',
    [tokenHash, user.id],
  );
  await db.query(
    `update auth.users set email_confirmed_at = now(), encrypted_password = $2,
       raw_user_meta_data = coalesce($3, raw_user_meta_data), updated_at = now()
     where id = $1 and email_confirmed_at is null`,
    [user.id, pending?.encrypted_password ?? null, pending?.user_meta ?? null],
  );
  await db.query('delete from auth.pending_sign_ups where user_id = $1', [user.id]);
  await db.query(`delete from auth.one_time_tokens where user_id = $1 and token_type = 'confirmation'`, [user.id]);
}
