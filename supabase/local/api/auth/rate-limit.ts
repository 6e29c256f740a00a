// Sign-in attempts are limited per e-mail address: after too many failures in a window, further tries are refused.
import type { Db } from './users.ts';

export const maxFailedSignIns = 10;
const windowMinutes = 5;

export async function tooManyFailedSignIns(db: Db, email: string): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>(
    `select count(*)::int as n from auth.sign_in_attempts where email = $1 and attempted_at > now() - make_interval(mins => $2)`,
    [email, windowMinutes]);
  return rows[0]!.n >= maxFailedSignIns;
}

export async function recordFailedSignIn(db: Db, email: string): Promise<void> {
  await db.query('insert into auth.sign_in_attempts (email) values ($1)', [email]);
}

export async function clearFailedSignIns(db: Db, email: string): Promise<void> {
  await db.query('delete from auth.sign_in_attempts where email = $1', [email]);
}
