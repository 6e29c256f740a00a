// Sessions: a short-lived access JWT and a rotating refresh token, as GoTrue issues them.
import { randomBytes } from 'node:crypto';
import { signJwt } from '../keys.ts';
import { userJson, type Db, type UserRow } from './users.ts';

export const accessTokenSeconds = 3600;

export async function accessToken(user: UserRow, sessionId: string, jwtSecret: string, issuer: string, method: string): Promise<string> {
  return signJwt({
    iss: issuer,
    aud: 'authenticated',
    sub: user.id,
    email: user.email,
    phone: '',
    app_metadata: user.raw_app_meta_data,
    user_metadata: user.raw_user_meta_data,
    role: 'authenticated',
    aal: 'aal1',
    amr: [{ method, timestamp: Math.floor(Date.now() / 1000) }],
    session_id: sessionId,
    is_anonymous: false,
  }, jwtSecret, accessTokenSeconds);
}

async function newRefreshToken(db: Db, userId: string, sessionId: string): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await db.query('insert into auth.refresh_tokens (token, user_id, session_id) values ($1, $2, $3)', [token, userId, sessionId]);
  return token;
}

async function sessionJson(user: UserRow, sessionId: string, refreshToken: string, jwtSecret: string, issuer: string, method: string) {
  const token = await accessToken(user, sessionId, jwtSecret, issuer, method);
  return {
    access_token: token,
    token_type: 'bearer',
    expires_in: accessTokenSeconds,
    expires_at: Math.floor(Date.now() / 1000) + accessTokenSeconds,
    refresh_token: refreshToken,
    user: userJson(user),
  };
}

/** Starts a new session for a signed-in user. */
export async function startSession(db: Db, user: UserRow, jwtSecret: string, issuer: string, method: string) {
  const { rows } = await db.query<{ id: string }>('insert into auth.sessions (user_id) values ($1) returning id', [user.id]);
  const sessionId = rows[0]!.id;
  await db.query('update auth.users set last_sign_in_at = now() where id = $1', [user.id]);
  return sessionJson({ ...user, last_sign_in_at: new Date() }, sessionId, await newRefreshToken(db, user.id, sessionId), jwtSecret, issuer, method);
}

/** Swaps a live refresh token for a new session pair; the old token is revoked. Null when it is unknown or used. */
export async function refreshSession(db: Db, token: string, jwtSecret: string, issuer: string) {
  const { rows } = await db.query<{ user_id: string; session_id: string }>(
    `update auth.refresh_tokens set revoked = true where token = $1 and not revoked returning user_id, session_id`, [token]);
  const row = rows[0];
  if (!row) return null;
  const user = (await db.query<UserRow>('select * from auth.users where id = $1 and deleted_at is null', [row.user_id])).rows[0];
  if (!user) return null;
  return sessionJson(user, row.session_id, await newRefreshToken(db, user.id, row.session_id), jwtSecret, issuer, 'token_refresh');
}

/** Ends sessions: this one (local), all of the user's (global), or all but this one (others). */
export async function endSessions(db: Db, userId: string, sessionId: string, scope: string): Promise<void> {
  if (scope === 'global') await db.query('delete from auth.sessions where user_id = $1', [userId]);
  else if (scope === 'others') await db.query('delete from auth.sessions where user_id = $1 and id <> $2', [userId, sessionId]);
  else await db.query('delete from auth.sessions where id = $1', [sessionId]);
}

export async function sessionExists(db: Db, sessionId: unknown): Promise<boolean> {
  if (typeof sessionId !== 'string') return false;
  return (await db.query('select 1 from auth.sessions where id = $1', [sessionId])).rowCount === 1;
}
