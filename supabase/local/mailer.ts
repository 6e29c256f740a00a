// The embedded backend's mailer: delivers queued e-mails to the development outbox as soon as they are queued. Each
// e-mail is written to the outbox in the transaction that stamps it sent, so it is delivered exactly once.
import pg from 'pg';
import { logUnlessStopping } from './stopping.ts';
import { listenForLostConnections } from './pools.ts';
import type { SendEmail } from '#lib/notifications/deliver.ts';
import { startMailWorker, type MailWorker } from '#lib/notifications/mail-worker.ts';

const toOutbox: SendEmail = async (to, email, { db }) => {
  await db.query('insert into local_outbox.messages (recipient, subject, body, attachments) values (lower($1), $2, $3, $4)', [
    to,
    email.subject,
    email.body,
    JSON.stringify(email.attachments),
  ]);
};

/** Starts delivering at once and resolves without waiting for what is already queued. */
export async function startLocalMailer(adminUrl: string, siteUrl: string): Promise<MailWorker> {
  const pool = new pg.Pool({ connectionString: adminUrl, max: 2 });
  listenForLostConnections(pool, 'Mailer');
  const worker = await startMailWorker({ pool, databaseUrl: adminUrl, siteUrl, send: toOutbox, onError: logUnlessStopping('Mailer') });
  return {
    flush: worker.flush,
    stop: async () => {
      await worker.stop();
      await pool.end().catch(() => {});
    },
  };
}
