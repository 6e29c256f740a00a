// Delivers queued e-mails as soon as they are queued (Postgres `notify notifications`). Every 30 seconds it also queues
// the reminders that have come due and retries what failed. The embedded backend runs it with the outbox; a hosted
// deployment runs it with SMTP (npm run mail-worker).
import pg from 'pg';
import { deliverPending, type SendEmail } from './deliver.ts';

export interface MailWorker {
  /** Delivers whatever is queued now; resolves with how many were sent. */
  flush(): Promise<number>;
  stop(): Promise<void>;
}

export interface MailWorkerOptions {
  pool: pg.Pool;
  /** A connection string for the listening connection, which stays open. */
  databaseUrl: string;
  siteUrl: string;
  send: SendEmail;
  onError: (error: Error) => void;
  retryEveryMs?: number;
}

export async function startMailWorker(options: MailWorkerOptions): Promise<MailWorker> {
  let running: Promise<number> = Promise.resolve(0);
  const inTurn = (work: () => Promise<number>) => (running = running.then(work).catch((error) => {
    options.onError(error as Error);
    return 0;
  }));
  const deliver = () => deliverPending(options.pool, options.siteUrl, options.send);
  const flush = () => inTurn(deliver);
  const remindAndFlush = () => inTurn(async () => {
    await options.pool.query('select private.queue_reminders()');
    return deliver();
  });

  const listener = new pg.Client({ connectionString: options.databaseUrl });
  listener.on('error', options.onError);
  await listener.connect();
  listener.on('notification', () => void flush());
  await listener.query('listen notifications');
  const retry = setInterval(() => void remindAndFlush(), options.retryEveryMs ?? 30_000);
  await remindAndFlush();

  return {
    flush,
    stop: async () => {
      clearInterval(retry);
      await running;
      await listener.end().catch(() => {});
    },
  };
}
