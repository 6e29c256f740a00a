// E-mail sending limits, as GoTrue's: one e-mail of a kind a minute per address (confirmation; recovery, which magic
// links share), and a limit per client. Every request counts whether or not the address has an account, so the
// answers cannot tell addresses apart.
import type pg from 'pg';
import { authError } from './errors.ts';

export type EmailKind = 'confirmation' | 'recovery';
export const emailIntervalSeconds = 60;
/** E-mails one client may ask for in the window (GoTrue's default OTP limit per IP is 30 in 5 minutes). */
export const maxEmailsPerClient = 30;
const clientWindowMinutes = 5;

/** Records a request to e-mail `email`, or refuses it with GoTrue's 429 when it comes too soon. */
export async function admitEmail(pool: pg.Pool, email: string, kind: EmailKind, client: string): Promise<void> {
  const db = await pool.connect();
  try {
    await db.query('begin');
    await db.query(`select pg_advisory_xact_lock(hashtextextended('e-mail ' || $1 || ' ' || $2, 0))`, [kind, email]);
    await db.query(`select pg_advisory_xact_lock(hashtextextended('e-mail client ' || $1, 0))`, [client]);
    const {
      rows: [recent],
    } = await db.query<{ wait: number | null; by_client: number }>(
      `select (select ceil($4 - extract(epoch from now() - max(sent_at)))::int from auth.email_sends
                where email = $1 and kind = $2 and sent_at > now() - make_interval(secs => $4)) as wait,
              (select count(*)::int from auth.email_sends
                where client = $3 and sent_at > now() - make_interval(mins => $5)) as by_client`,
      [email, kind, client, emailIntervalSeconds, clientWindowMinutes],
    );
    if (recent!.wait !== null) {
      throw authError(
        429,
        'over_email_send_rate_limit',
        `For security purposes, you can only request this after ${Math.max(recent!.wait, 1)} seconds.`,
      );
    }
    if (recent!.by_client >= maxEmailsPerClient) throw authError(429, 'over_email_send_rate_limit', 'Email rate limit exceeded');
    await db.query('insert into auth.email_sends (email, kind, client) values ($1, $2, $3)', [email, kind, client]);
    await db.query('commit');
  } catch (error) {
    await db.query('rollback').catch(() => {});
    throw error;
  } finally {
    db.release();
  }
}
