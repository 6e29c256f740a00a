// Sends queued e-mails (private.notifications) one at a time, each stamped sent in the same transaction that sends it.
import type pg from 'pg';
import { bookingEmail, type BookingNotice, type Email } from './booking-email.ts';

export type SendEmail = (to: string, email: Email) => Promise<void>;

const nextUnsent = `
  select n.id, n.kind, u.email, p.full_name, n.waitlist_position, c.id as cohort_id, c.title as cohort_title, c.course_id,
         c.sessions, c.facilitator, co.title as course_title
  from private.notifications n
  join auth.users u on u.id = n.user_id
  join public.profiles p on p.id = n.user_id
  join public.bookings b on b.id = n.booking_id
  join catalog.cohorts c on c.id = b.cohort_id
  join catalog.courses co on co.id = c.course_id
  where n.sent_at is null
  order by n.id
  limit 1
  for update of n skip locked`;

/** Sends every unsent notification; returns how many were sent. A failed send stays queued for the next run. */
export async function deliverPending(pool: pg.Pool, siteUrl: string, send: SendEmail): Promise<number> {
  let sent = 0;
  for (;;) {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const { rows: [row] } = await client.query(nextUnsent);
      if (!row) {
        await client.query('commit');
        return sent;
      }
      await send(row.email, bookingEmail({
        kind: row.kind as BookingNotice, learnerName: row.full_name, courseTitle: row.course_title, courseId: row.course_id,
        cohortId: row.cohort_id, cohortTitle: row.cohort_title, facilitator: row.facilitator, sessions: row.sessions,
        waitlistPosition: row.waitlist_position, siteUrl,
      }));
      await client.query('update private.notifications set sent_at = now() where id = $1', [row.id]);
      await client.query('commit');
      sent += 1;
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
}
