// The embedded backend's mailer: delivers queued e-mails to the development outbox as soon as they are queued.
import pg from 'pg';
import { logUnlessStopping } from './stopping.ts';
import { deliverPending } from '../../src/lib/notifications/deliver.ts';
import type { Email } from '../../src/lib/notifications/email.ts';

export interface Mailer {
  /** Delivers whatever is queued now; resolves when done. */
  flush(): Promise<number>;
  stop(): Promise<void>;
}

export async function startLocalMailer(adminUrl: string, siteUrl: string): Promise<Mailer> {
  const pool = new pg.Pool({ connectionString: adminUrl, max: 2 });
  pool.on('error', logUnlessStopping('Mailer: database connection lost'));
  const toOutbox = async (to: string, email: Email) => {
    await pool.query('insert into local_outbox.messages (recipient, subject, body, attachments) values (lower($1), $2, $3, $4)',
      [to, email.subject, email.body, JSON.stringify(email.attachments)]);
  };
  let running: Promise<number> = Promise.resolve(0);
  const couldNotDeliver = logUnlessStopping('Mailer: could not deliver queued e-mail');
  const flush = () => (running = running.then(() => deliverPending(pool, siteUrl, toOutbox)).catch((error) => {
    couldNotDeliver(error);
    return 0;
  }));

  const listener = new pg.Client({ connectionString: adminUrl });
  listener.on('error', logUnlessStopping('Mailer: database connection lost'));
  await listener.connect();
  listener.on('notification', () => void flush());
  await listener.query('listen notifications');
  const retry = setInterval(() => void flush(), 30_000);
  await flush();

  return {
    flush,
    stop: async () => {
      clearInterval(retry);
      await running;
      await listener.end().catch(() => {});
      await pool.end().catch(() => {});
    },
  };
}
