// Delivers queued e-mails as soon as they are queued (Postgres `notify notifications`). Every 30 seconds it also queues
// the reminders that have come due and sends what has come due again after a failure. Starting it never waits for a
// backlog: what is queued goes out in the background. The embedded backend runs it with the outbox; a hosted
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
  let stopped = false;
  let running: Promise<number> = Promise.resolve(0);
  /** A round queued behind the running one and not started yet: later calls join it instead of queueing more. */
  let next: Promise<number> | null = null;
  const inTurn = (work: () => Promise<number>) =>
    (running = running.then(work).catch((error) => {
      options.onError(error as Error);
      return 0;
    }));
  const deliver = () => deliverPending(options.pool, options.siteUrl, options.send, options.onError, { keepGoing: () => !stopped });
  const flush = () =>
    (next ??= inTurn(() => {
      next = null;
      return deliver();
    }));
  const remindAndFlush = () => {
    void inTurn(async () => {
      await options.pool.query('select private.queue_reminders()').catch(options.onError);
      return 0;
    });
    return flush();
  };

  let listener: pg.Client | null = null;
  // Listens for new e-mails; if the connection drops, the 30-second rounds carry on and it listens again.
  const listen = async () => {
    const client = new pg.Client({ connectionString: options.databaseUrl });
    client.on('error', (error) => {
      options.onError(error);
      if (listener === client) listener = null;
    });
    await client.connect();
    client.on('notification', () => void flush());
    await client.query('listen notifications');
    listener = client;
  };
  await listen();
  const retry = setInterval(() => {
    if (!listener && !stopped) listen().catch(options.onError);
    void remindAndFlush();
  }, options.retryEveryMs ?? 30_000);
  void remindAndFlush();

  return {
    flush,
    stop: async () => {
      stopped = true;
      clearInterval(retry);
      await running;
      await listener?.end().catch(() => {});
    },
  };
}
