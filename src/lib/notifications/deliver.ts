// Sends queued e-mails (private.notifications) one at a time, each stamped sent in the same transaction that sends it.
// One that cannot be sent is put off (private.notification_failed) so that it does not hold up the others.
import type pg from 'pg';
import { bookingEmail, type BookingNotice } from './booking-email.ts';
import { decisionEmail, type DecisionNotice } from './decision-email.ts';
import type { Email } from './email.ts';

export type SendEmail = (to: string, email: Email) => Promise<void>;

const nextUnsent = `
  select n.id, n.kind, n.reason, n.waitlist_position, u.email, p.full_name,
         c.id as cohort_id, c.title as cohort_title, c.course_id, c.sessions, c.facilitator, co.title as course_title,
         r.id as resource_id, r.title as resource_title
  from private.notifications n
  join auth.users u on u.id = n.user_id
  join public.profiles p on p.id = n.user_id
  left join public.bookings b on b.id = n.booking_id
  left join catalog.cohorts c on c.id = b.cohort_id
  left join catalog.courses co on co.id = c.course_id
  left join public.resources r on r.id = n.resource_id
  where n.sent_at is null and n.next_attempt_at <= now()
  order by n.next_attempt_at, n.id
  limit 1
  for update of n skip locked`;

function emailFor(row: Record<string, any>, siteUrl: string): Email {
  if (row.kind.startsWith('booking_')) {
    return bookingEmail({
      kind: row.kind as BookingNotice, learnerName: row.full_name, courseTitle: row.course_title, courseId: row.course_id,
      cohortId: row.cohort_id, cohortTitle: row.cohort_title, facilitator: row.facilitator, sessions: row.sessions,
      waitlistPosition: row.waitlist_position, siteUrl,
    });
  }
  return decisionEmail({
    kind: row.kind as DecisionNotice, name: row.full_name, reason: row.reason,
    resourceId: row.resource_id, resourceTitle: row.resource_title, siteUrl,
  });
}

/** Sends every notification that is due; returns how many were sent. Each failure is reported and put off. */
export async function deliverPending(pool: pg.Pool, siteUrl: string, send: SendEmail, onFailure: (error: Error) => void = () => {}): Promise<number> {
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
      try {
        await send(row.email, emailFor(row, siteUrl));
        await client.query('update private.notifications set sent_at = now() where id = $1', [row.id]);
        sent += 1;
      } catch (error) {
        await client.query('select private.notification_failed($1, $2)', [row.id, (error as Error).message]);
        onFailure(error as Error);
      }
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
}
