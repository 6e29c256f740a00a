// The mailer with a backlog: how long the embedded mailer takes to start with 9,700 e-mails queued, and how many
// e-mails a second it then delivers to the development outbox and through SMTP (a local SMTP server).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { startBackend } from '#local/backend.ts';
import { freePort } from '#local/free-port.ts';
import { startLocalMailer } from '#local/mailer.ts';
import { startMailWorker } from '#lib/notifications/mail-worker.ts';
import { smtpSender } from '#lib/notifications/smtp.ts';
import { syncCatalog } from '#lib/catalog/sync.ts';
import { ms } from './stats.ts';

const backlog = 9_700;
const bySmtp = 2_000;

/** `count` new people, each with a place on the bench cohort and its confirmation e-mail queued. */
async function queue(db: pg.Client, count: number, label: string): Promise<void> {
  const user = `gen_random_uuid()`;
  await db.query(
    `with people as (
      insert into auth.users (id, email, raw_user_meta_data)
      select ${user}, 'bench.mail.' || $2 || '.' || n || '@test.example', jsonb_build_object('full_name', 'Bench learner ' || n)
      from generate_series(1, $1::int) n returning id
    ), places as (
      insert into public.bookings (cohort_id, user_id, status, confirmed_at) select 'bench-mail', id, 'confirmed', now() from people returning id, user_id
    )
    insert into private.notifications (user_id, kind, booking_id) select user_id, 'booking_confirmed', id from places`,
    [count, label],
  );
}

const unsent = async (db: pg.Client) =>
  (await db.query(`select count(*)::int as n from private.notifications where sent_at is null`)).rows[0].n as number;

/** Polls until nothing is left to send; returns the seconds it took from `since`. */
async function drained(db: pg.Client, since: number): Promise<number> {
  while ((await unsent(db)) > 0) await new Promise((r) => setTimeout(r, 50));
  return (performance.now() - since) / 1000;
}

export async function benchMailer(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'mbl-bench-mailer-'));
  const siteUrl = `http://127.0.0.1:${await freePort()}`;
  const backend = await startBackend({ dataDir, pgPort: await freePort(), siteUrl });
  const db = new pg.Client({ connectionString: backend.adminUrl });
  await db.connect();
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (s, _session, done) => s.on('end', () => done()).resume(),
  });
  const smtpPort = await freePort();
  await new Promise<void>((r) => smtp.listen(smtpPort, '127.0.0.1', r));
  try {
    await syncCatalog(backend.adminUrl);
    await db.query(`insert into catalog.cohorts (id, course_id, title, starts_on, ends_on, sessions, capacity, waitlist_capacity, booking_opens, booking_closes, facilitator)
      values ('bench-mail', 'mental-health-skills-5-day', 'Bench cohort', current_date + 30, current_date + 34, '[]', 100000, 0, current_date - 1, current_date + 10, 'Bench')`);
    await db.query(`update private.notifications set sent_at = now() where sent_at is null`);

    await queue(db, backlog, 'outbox');
    let t = performance.now();
    const mailer = await startLocalMailer(backend.adminUrl, siteUrl);
    console.log(`  start of the embedded mailer with ${backlog.toLocaleString('en-GB')} e-mails queued: ${ms(performance.now() - t)}`);
    const outboxSeconds = await drained(db, t);
    await mailer.stop();
    console.log(
      `  to the outbox: ${backlog.toLocaleString('en-GB')} e-mails in ${outboxSeconds.toFixed(1)} s, ${(backlog / outboxSeconds).toFixed(0)} e-mails/s`,
    );

    await queue(db, bySmtp, 'smtp');
    const pool = new pg.Pool({ connectionString: backend.adminUrl, max: 2 });
    const sender = smtpSender(`smtp://127.0.0.1:${smtpPort}`, 'Mind & Body Learning <learning@example.nhs.uk>');
    t = performance.now();
    const worker = await startMailWorker({
      pool,
      databaseUrl: backend.adminUrl,
      siteUrl,
      send: sender.send,
      onError: (e) => console.error(e),
    });
    const smtpSeconds = await drained(db, t);
    await worker.stop();
    sender.close();
    await pool.end();
    console.log(
      `  through SMTP: ${bySmtp.toLocaleString('en-GB')} e-mails in ${smtpSeconds.toFixed(1)} s, ${(bySmtp / smtpSeconds).toFixed(0)} e-mails/s`,
    );
  } finally {
    await new Promise<void>((r) => smtp.close(() => r()));
    await db.end();
    await backend.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
