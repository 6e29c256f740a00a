// Sends queued e-mails (private.notifications) in batches: each batch is locked, sent and stamped sent in one
// transaction on one connection. A sender that writes to the database (the development outbox) writes with that
// transaction's client, so an e-mail and its stamp commit together or not at all. An SMTP server cannot join the
// transaction: if the process dies after the server accepted an e-mail and before the commit, it is sent again, with
// the same Message-ID. One that cannot be sent is put off (private.notification_failed) without holding up the rest.
import type pg from 'pg';
import { bookingEmail, type BookingNotice } from './booking-email.ts';
import { decisionEmail, type DecisionNotice } from './decision-email.ts';
import type { Email } from './email.ts';

export interface Delivery {
  /** The same for every try at one notification, so a receiver can recognise an e-mail sent twice. */
  messageId: string;
  /** Queries in the transaction that stamps the e-mail sent (queued one after another on its connection). */
  db: { query(text: string, values?: unknown[]): Promise<unknown> };
}

export type SendEmail = (to: string, email: Email, delivery: Delivery) => Promise<void>;

/** E-mails sent per transaction. */
const batchSize = 100;

const dueBatch = `
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
  limit $1
  for update of n skip locked`;

/** A row of dueBatch: a booking notice has the cohort's columns, a decision the resource's (the rest are null). */
interface DueNotification {
  id: string;
  kind: string;
  reason: string | null;
  waitlist_position: number | null;
  email: string;
  full_name: string;
  cohort_id: string;
  cohort_title: string;
  course_id: string;
  sessions: Parameters<typeof bookingEmail>[0]['sessions'];
  facilitator: Parameters<typeof bookingEmail>[0]['facilitator'];
  course_title: string;
  resource_id: string;
  resource_title: string;
}

function emailFor(row: DueNotification, siteUrl: string): Email {
  if (row.kind.startsWith('booking_')) {
    return bookingEmail({
      kind: row.kind as BookingNotice,
      learnerName: row.full_name,
      courseTitle: row.course_title,
      courseId: row.course_id,
      cohortId: row.cohort_id,
      cohortTitle: row.cohort_title,
      facilitator: row.facilitator,
      sessions: row.sessions,
      waitlistPosition: row.waitlist_position,
      siteUrl,
    });
  }
  return decisionEmail({
    kind: row.kind as DecisionNotice,
    name: row.full_name,
    reason: row.reason,
    resourceId: row.resource_id,
    resourceTitle: row.resource_title,
    siteUrl,
  });
}

export interface DeliverOptions {
  /** Asked before each batch; delivery stops when it answers false. */
  keepGoing?: () => boolean;
}

/** Sends every notification that is due; returns how many were sent. Each failure is reported and put off. */
export async function deliverPending(
  pool: pg.Pool,
  siteUrl: string,
  send: SendEmail,
  onFailure: (error: Error) => void = () => {},
  options: DeliverOptions = {},
): Promise<number> {
  const host = new URL(siteUrl).host;
  let sent = 0;
  while (options.keepGoing?.() ?? true) {
    const batch = await deliverBatch(pool, siteUrl, host, send, onFailure);
    sent += batch.sent;
    if (batch.picked < batchSize) break;
  }
  return sent;
}

async function deliverBatch(pool: pg.Pool, siteUrl: string, host: string, send: SendEmail, onFailure: (error: Error) => void) {
  const client = await pool.connect();
  // A connection lost mid-batch fails the query in hand; without a listener it would also crash the process.
  let lost: Error | undefined;
  const onLost = (error: Error) => {
    lost = error;
  };
  client.on('error', onLost);
  try {
    await client.query('begin');
    const { rows } = await client.query<DueNotification>(dueBatch, [batchSize]);
    let inOrder: Promise<unknown> = Promise.resolve();
    const db = { query: (text: string, values?: unknown[]) => (inOrder = inOrder.catch(() => {}).then(() => client.query(text, values))) };
    const results = await Promise.allSettled(
      rows.map((row) =>
        Promise.resolve().then(() => send(row.email, emailFor(row, siteUrl), { messageId: `<notification-${row.id}@${host}>`, db })),
      ),
    );
    const sentIds = rows.filter((_, i) => results[i]!.status === 'fulfilled').map((row) => row.id);
    if (sentIds.length > 0) await client.query('update private.notifications set sent_at = now() where id = any ($1::bigint[])', [sentIds]);
    for (const [i, result] of results.entries()) {
      if (result.status === 'fulfilled') continue;
      const error = result.reason instanceof Error ? result.reason : new Error(String(result.reason));
      await client.query('select private.notification_failed($1, $2)', [rows[i]!.id, error.message]);
      onFailure(error);
    }
    await client.query('commit');
    return { picked: rows.length, sent: sentIds.length };
  } catch (error) {
    lost ??= error as Error;
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    // A connection that failed a batch is not reused (the pool opens a new one), and keeps its listener as it closes.
    if (!lost) client.off('error', onLost);
    client.release(lost);
  }
}
