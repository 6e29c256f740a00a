// The embedded backend's mailer: delivers queued e-mails to the development outbox as soon as they are queued.
import pg from 'pg';
import { logUnlessStopping } from './stopping.ts';
import { listenForLostConnections } from './pools.ts';
import type { Email } from '../../src/lib/notifications/email.ts';
import { startMailWorker, type MailWorker } from '../../src/lib/notifications/mail-worker.ts';

export async function startLocalMailer(adminUrl: string, siteUrl: string): Promise<MailWorker> {
  const pool = new pg.Pool({ connectionString: adminUrl, max: 2 });
  listenForLostConnections(pool, 'Mailer');
  const toOutbox = async (to: string, email: Email) => {
    await pool.query('insert into local_outbox.messages (recipient, subject, body, attachments) values (lower($1), $2, $3, $4)',
      [to, email.subject, email.body, JSON.stringify(email.attachments)]);
  };
  const worker = await startMailWorker({ pool, databaseUrl: adminUrl, siteUrl, send: toOutbox, onError: logUnlessStopping('Mailer') });
  return {
    flush: worker.flush,
    stop: async () => {
      await worker.stop();
      await pool.end().catch(() => {});
    },
  };
}
