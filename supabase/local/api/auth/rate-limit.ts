// Sign-in attempts are limited per e-mail address and per client. An attempt is counted and recorded in one
// transaction, under an advisory lock per address and per client, before its password is checked, so parallel
// attempts cannot all slip under the limit.
import type pg from 'pg';
import type { Db } from './users.ts';

export const maxFailedSignIns = 10;
/** Addresses one client may fail to sign in to in a window (GoTrue's default sign-in limit per IP is 30). */
export const maxAddressesPerClient = 30;
const windowMinutes = 5;

export type SignInAdmission = 'admitted' | 'address_limited' | 'client_limited';

export async function admitSignIn(pool: pg.Pool, email: string, client: string): Promise<SignInAdmission> {
  const db = await pool.connect();
  try {
    await db.query('begin');
    // Always address first, then client: every transaction takes the locks in the same order.
    await db.query(`select pg_advisory_xact_lock(hashtextextended('sign-in address ' || $1, 0))`, [email]);
    await db.query(`select pg_advisory_xact_lock(hashtextextended('sign-in client ' || $1, 0))`, [client]);
    const {
      rows: [counts],
    } = await db.query<{ address: number; others: number }>(
      `select count(*) filter (where email = $1)::int as address,
              count(distinct email) filter (where client = $2 and email <> $1)::int as others
       from auth.password_attempts
       where (email = $1 or client = $2) and attempted_at > now() - make_interval(mins => $3)`,
      [email, client, windowMinutes],
    );
    const verdict: SignInAdmission =
      counts!.address >= maxFailedSignIns ? 'address_limited' : counts!.others >= maxAddressesPerClient ? 'client_limited' : 'admitted';
    if (verdict === 'admitted') await db.query('insert into auth.password_attempts (email, client) values ($1, $2)', [email, client]);
    await db.query('commit');
    return verdict;
  } catch (error) {
    await db.query('rollback').catch(() => {});
    throw error;
  } finally {
    db.release();
  }
}

/** After a successful sign-in the address starts afresh. */
export async function clearFailedSignIns(db: Db, email: string): Promise<void> {
  await db.query('delete from auth.password_attempts where email = $1', [email]);
}
