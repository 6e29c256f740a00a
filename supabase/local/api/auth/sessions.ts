// Sessions: a short-lived access JWT and a rotating refresh token, as GoTrue issues them.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { SignJWT } from 'jose';
import { signingKey } from '#local/api/signing-key.ts';
import { userJson, type Db, type UserRow } from './users.ts';

export const accessTokenSeconds = 3600;

/** A session's access token, signed ES256 with the project's signing key and its kid, as hosted projects sign them. */
export async function accessToken(user: UserRow, sessionId: string, jwtSecret: string, issuer: string, method: string): Promise<string> {
  const { kid, privateKey } = await signingKey(jwtSecret);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
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
  })
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT', kid })
    .setIssuedAt(now)
    .setExpirationTime(now + accessTokenSeconds)
    .sign(privateKey);
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
  return sessionJson(
    { ...user, last_sign_in_at: new Date() },
    sessionId,
    await newRefreshToken(db, user.id, sessionId),
    jwtSecret,
    issuer,
    method,
  );
}

/** A session ends this long after sign-in, however often it is refreshed (GoTrue's sessions timebox). */
export const sessionTimeboxHours = 12;
/** How long a rotated refresh token may still be presented, as when two tabs refresh at once (GoTrue's default). */
export const refreshTokenReuseSeconds = 10;

type Refreshed = { ok: true; session: Awaited<ReturnType<typeof sessionJson>> } | { ok: false; code: string; message: string };

/**
 * Swaps a refresh token for a new session pair, as GoTrue does: the token is revoked and a child issued. A rotated
 * token presented again within the reuse interval gets the live child back; later, it is taken as stolen and its
 * whole family (the session, every token and access token of it) is revoked.
 */
export async function refreshSession(pool: pg.Pool, token: string, jwtSecret: string, issuer: string): Promise<Refreshed> {
  const db = await pool.connect();
  try {
    await db.query('begin');
    const {
      rows: [found],
    } = await db.query<{ id: string; revoked: boolean; user_id: string; session_id: string; expired: boolean }>(
      `select t.id, t.revoked, t.user_id, t.session_id, s.created_at < now() - make_interval(hours => $2) as expired
       from auth.refresh_tokens t join auth.sessions s on s.id = t.session_id
       where t.token = $1 for update of s`,
      [token, sessionTimeboxHours],
    );
    const fail = async (code: string, message: string, endSession: boolean): Promise<Refreshed> => {
      if (endSession && found) await db.query('delete from auth.sessions where id = $1', [found.session_id]);
      await db.query('commit');
      return { ok: false, code, message };
    };
    if (!found) return await fail('refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found', false);
    if (found.expired) return await fail('session_expired', 'Invalid Refresh Token: Session Expired', true);
    const user = (await db.query<UserRow>('select * from auth.users where id = $1 and deleted_at is null', [found.user_id])).rows[0];
    if (!user) return await fail('user_not_found', 'Invalid Refresh Token: User Not Found', true);

    let refreshToken: string;
    if (!found.revoked) {
      await db.query('update auth.refresh_tokens set revoked = true where id = $1', [found.id]);
      refreshToken = await newRefreshToken(db, user.id, found.session_id);
    } else {
      const {
        rows: [child],
      } = await db.query<{ token: string; revoked: boolean; recent: boolean }>(
        `select token, revoked, created_at > now() - make_interval(secs => $3) as recent from auth.refresh_tokens
         where session_id = $1 and id > $2 order by id limit 1`,
        [found.session_id, found.id, refreshTokenReuseSeconds],
      );
      if (!child?.recent) return await fail('refresh_token_already_used', 'Invalid Refresh Token: Already Used', true);
      refreshToken = child.revoked ? await newRefreshToken(db, user.id, found.session_id) : child.token;
    }
    const session = await sessionJson(user, found.session_id, refreshToken, jwtSecret, issuer, 'token_refresh');
    await db.query('commit');
    return { ok: true, session };
  } catch (error) {
    await db.query('rollback').catch(() => {});
    throw error;
  } finally {
    db.release();
  }
}

/** Ends sessions: this one (local), all of the user's (global), or all but this one (others, as a new password does). */
export async function endSessions(db: Db, userId: string, sessionId: string, scope: string): Promise<void> {
  if (scope === 'global') await db.query('delete from auth.sessions where user_id = $1', [userId]);
  else if (scope === 'others') await db.query('delete from auth.sessions where user_id = $1 and id <> $2', [userId, sessionId]);
  else await db.query('delete from auth.sessions where id = $1', [sessionId]);
}

export async function sessionExists(db: Db, sessionId: unknown): Promise<boolean> {
  if (typeof sessionId !== 'string') return false;
  return (await db.query('select 1 from auth.sessions where id = $1', [sessionId])).rowCount === 1;
}
