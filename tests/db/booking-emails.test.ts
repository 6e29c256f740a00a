// Booking e-mails: queued with the booking, sent once, with the cohort's sessions as a calendar file, by the outbox or SMTP.
import { simpleParser, type ParsedMail } from 'mailparser';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { randomUUID } from 'node:crypto';
import { afterAll, expect, test } from 'vitest';
import { deliverPending } from '#lib/notifications/deliver.ts';
import { startMailWorker } from '#lib/notifications/mail-worker.ts';
import { smtpSender } from '#lib/notifications/smtp.ts';
import { freePort } from '#local/free-port.ts';
import { startLocalMailer } from '#local/mailer.ts';
import type { Email } from '#lib/notifications/email.ts';
import { backend, sql } from './clients.ts';
import { londonDate, people, testCohort, type Person } from './learning.ts';

const pool = new pg.Pool({ connectionString: backend.adminDbUrl, max: 2 });
afterAll(() => pool.end());

/** `count` new people with a place on a new cohort, and their confirmation e-mails queued (straight in SQL). */
async function queued(count: number): Promise<Person[]> {
  const cohort = await testCohort({ capacity: count });
  const queue = await people(count);
  await sql(
    `with places as (
      insert into public.bookings (cohort_id, user_id, status, confirmed_at) select $1, unnest($2::uuid[]), 'confirmed', now() returning id, user_id
    ) insert into private.notifications (user_id, kind, booking_id) select user_id, 'booking_confirmed', id from places`,
    [cohort, queue.map((p) => p.id)],
  );
  return queue;
}

/** Makes each commit that marks these people's e-mails sent fail, as a crash between sending and stamping would. */
async function crashBeforeTheStamp(who: Person[]): Promise<() => Promise<unknown>> {
  const name = `test_crash_${randomUUID().slice(0, 8)}`;
  await sql(
    `create function private.${name}() returns trigger language plpgsql as $$ begin raise exception 'crashed before the stamp'; end $$`,
  );
  await sql(`create constraint trigger ${name} after update of sent_at on private.notifications deferrable initially deferred for each row
    when (new.sent_at is not null and new.user_id in (${who.map((p) => `'${p.id}'::uuid`).join(', ')})) execute function private.${name}()`);
  return () => sql(`drop trigger ${name} on private.notifications; drop function private.${name}()`);
}

const inOutbox = async (who: Person[]) =>
  (
    await sql(`select count(*)::int as n from local_outbox.messages where recipient = any ($1::text[])`, [
      who.map((p) => p.email.toLowerCase()),
    ])
  )[0].n as number;

/** Holds the outbox table locked, so that whoever writes to it waits, until the returned function is called. */
async function lockTheOutbox(): Promise<() => Promise<void>> {
  // The embedded outbox belongs to the cluster's superuser.
  const holder = new pg.Client({ connectionString: backend.superuserDbUrl ?? backend.adminDbUrl });
  await holder.connect();
  await holder.query('begin');
  await holder.query('lock table local_outbox.messages in access exclusive mode');
  return async () => {
    await holder.query('rollback');
    await holder.end();
  };
}

const quietly = () => {};

test('a booking, a waiting-list place and a promotion each send one e-mail; places come with a calendar file', async () => {
  const cohort = await testCohort({ capacity: 1, waitlist: 1 });
  const [a, b] = await people(2);
  const first = (await a!.client.rpc('book_place', { cohort })).data;
  await b!.client.rpc('book_place', { cohort });
  await a!.client.rpc('cancel_booking', { booking: first.id });

  const sent: { to: string; email: Email }[] = [];
  await deliverPending(pool, 'https://learning.example', async (to, email) => {
    sent.push({ to, email });
  });
  const mine = sent.filter((s) => s.to === a!.email || s.to === b!.email);
  expect(mine.map((s) => [s.to === a!.email ? 'a' : 'b', s.email.subject.split(':')[0]])).toEqual([
    ['a', 'Your place is booked'],
    ['b', 'You are on the waiting list'],
    ['b', 'You have a place'],
    ['a', 'Your booking is cancelled'],
  ]);
  const [booked, waiting, promoted, cancelled] = mine.map((s) => s.email);
  expect(waiting!.body).toMatch(/You are number 1 on the waiting list/);
  expect(waiting!.attachments).toEqual([]);
  expect(cancelled!.attachments).toEqual([]);
  for (const email of [booked!, promoted!]) {
    expect(email.attachments).toHaveLength(1);
    const ics = email.attachments[0]!.content;
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toMatch(/DTSTART;TZID=Europe\/London:\d{8}T093000/);
  }
  expect(booked!.body).toContain('https://learning.example/my-learning');

  expect(
    await sql(`select count(*)::int as n from private.notifications where user_id = any($1::uuid[]) and sent_at is null`, [[a!.id, b!.id]]),
  ).toEqual([{ n: 0 }]);
  const again: string[] = [];
  await deliverPending(pool, 'https://learning.example', async (to) => {
    again.push(to);
  });
  expect(again.filter((to) => to === a!.email || to === b!.email)).toEqual([]);
});

test('a failed send is put off without holding up the e-mails behind it, then goes out when it is due again', async () => {
  const cohort = await testCohort({ capacity: 5 });
  const [a, b] = await people(2);
  await a!.client.rpc('book_place', { cohort });
  await b!.client.rpc('book_place', { cohort });
  const failures: string[] = [];
  const sent: string[] = [];
  await deliverPending(
    pool,
    'https://learning.example',
    async (to) => {
      if (to === a!.email) throw new Error('mail server down');
      sent.push(to);
    },
    (error) => failures.push(error.message),
  );
  expect(failures).toContain('mail server down');
  expect(sent).toContain(b!.email);
  expect(
    await sql(`select sent_at, attempts, last_error, next_attempt_at > now() as later from private.notifications where user_id = $1`, [
      a!.id,
    ]),
  ).toEqual([{ sent_at: null, attempts: 1, last_error: 'mail server down', later: true }]);

  await sql('update private.notifications set next_attempt_at = now() where user_id = $1', [a!.id]);
  await deliverPending(pool, 'https://learning.example', async (to) => {
    sent.push(to);
  });
  expect(sent).toContain(a!.email);
});

test('a reminder queued for a place that is then cancelled goes with the place, unsent', async () => {
  const cohort = await testCohort({ opensIn: -20, closesIn: 1, startsIn: 2 });
  const [a] = await people(1);
  const booking = (await a!.client.rpc('book_place', { cohort })).data;
  await sql(`update public.bookings set confirmed_at = now() - interval '10 days' where id = $1`, [booking.id]);
  await sql(`select private.queue_reminders(($1::date + time '09:00') at time zone 'Europe/London')`, [londonDate(0)]);
  expect(
    await sql(`select count(*)::int as n from private.notifications where booking_id = $1 and kind = 'booking_reminder'`, [booking.id]),
  ).toEqual([{ n: 1 }]);
  await a!.client.rpc('cancel_booking', { booking: booking.id });
  const subjects: string[] = [];
  await deliverPending(pool, 'https://learning.example', async (to, email) => {
    if (to === a!.email) subjects.push(email.subject.split(':')[0]!);
  });
  expect(subjects).toEqual(['Your place is booked', 'Your booking is cancelled']);
  expect(await sql(`select id from private.notifications where booking_id = $1 and kind = 'booking_reminder'`, [booking.id])).toEqual([]);
});

test('after 10 failed tries an e-mail is no longer tried', async () => {
  const cohort = await testCohort();
  const [a] = await people(1);
  await a!.client.rpc('book_place', { cohort });
  const [{ id }] = await sql('select id from private.notifications where user_id = $1', [a!.id]);
  for (let i = 0; i < 10; i++) await sql('select private.notification_failed($1, $2)', [id, 'mailbox unavailable']);
  expect(await sql(`select attempts, next_attempt_at = 'infinity' as never from private.notifications where id = $1`, [id])).toEqual([
    { attempts: 10, never: true },
  ]);
});

test('the mail worker sends a booking e-mail as soon as it is queued, through a real SMTP server, with its calendar file', async () => {
  const received: ParsedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, done) => {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        done();
      }, done);
    },
  });
  const port = await freePort();
  await new Promise<void>((listening) => smtp.listen(port, '127.0.0.1', listening));
  const sender = smtpSender(`smtp://127.0.0.1:${port}`, 'Mind & Body Learning <learning@example.nhs.uk>');
  const worker = await startMailWorker({
    pool,
    databaseUrl: backend.adminDbUrl,
    siteUrl: 'https://learning.example',
    send: sender.send,
    onError: () => {},
    retryEveryMs: 60_000,
  });
  try {
    const cohort = await testCohort();
    const [a] = await people(1);
    await a!.client.rpc('book_place', { cohort });
    const toA = () => received.find((m) => m.to && !Array.isArray(m.to) && m.to.text === a!.email);
    await expect.poll(toA, { timeout: 10_000 }).toBeDefined();
    const mail = toA()!;
    expect(mail.from?.text).toBe('"Mind & Body Learning" <learning@example.nhs.uk>');
    expect(mail.subject).toMatch(/^Your place is booked: /);
    expect(mail.text).toContain('https://learning.example/my-learning');
    expect(mail.attachments.map((f) => [f.filename, f.contentType])).toEqual([[expect.stringMatching(/\.ics$/), 'text/calendar']]);
    expect(mail.attachments[0]!.content.toString('utf8')).toMatch(/DTSTART;TZID=Europe\/London:/);
  } finally {
    await worker.stop();
    sender.close();
    await new Promise<void>((closed) => smtp.close(() => closed()));
  }
});

test('delivery is batched: a backlog of 250 e-mails takes a few transactions, not one each', async () => {
  const queue = await queued(250);
  let transactions = 0;
  const counting = {
    connect: () => {
      transactions += 1;
      return pool.connect();
    },
  } as unknown as pg.Pool;
  const sent: string[] = [];
  await deliverPending(counting, 'https://learning.example', async (to) => {
    sent.push(to);
  });
  expect(sent.filter((to) => queue.some((p) => p.email === to))).toHaveLength(250);
  expect(transactions).toBeLessThanOrEqual(8);
});

test('the embedded mailer starts at once with e-mails queued, delivers them in the background, and outlives losing its connection', async () => {
  const queue = await queued(3);
  const unlock = await lockTheOutbox();
  let mailer: Awaited<ReturnType<typeof startLocalMailer>> | undefined;
  try {
    const started = startLocalMailer(backend.adminDbUrl, 'https://learning.example').then((m) => (mailer = m));
    await new Promise((r) => setTimeout(r, 3_000));
    expect(mailer, 'started while the outbox was busy').toBeDefined();
    // The delivery waiting on the lock loses its connection, as when Postgres dies mid-delivery.
    const stuck = () => sql(`select pid from pg_stat_activity where query ilike 'insert into local_outbox%' and wait_event_type = 'Lock'`);
    await expect.poll(async () => (await stuck()).length, { timeout: 5_000 }).toBeGreaterThan(0);
    await sql(
      `select pg_terminate_backend(pid) from pg_stat_activity where query ilike 'insert into local_outbox%' and wait_event_type = 'Lock'`,
    );
    await unlock();
    await started;
    await expect
      .poll(
        async () => {
          await mailer!.flush();
          return inOutbox(queue);
        },
        { timeout: 10_000 },
      )
      .toBe(3);
  } finally {
    await unlock().catch(quietly);
    await mailer?.stop();
  }
});

test('a crash between writing the outbox and stamping the e-mail sent does not deliver it twice', async () => {
  const queue = await queued(2);
  const recover = await crashBeforeTheStamp(queue);
  const mailer = await startLocalMailer(backend.adminDbUrl, 'https://learning.example');
  try {
    await mailer.flush();
    expect(
      await sql(`select count(*)::int as n from private.notifications where user_id = any ($1::uuid[]) and sent_at is null`, [
        queue.map((p) => p.id),
      ]),
    ).toEqual([{ n: 2 }]);
    await recover();
    await mailer.flush();
    expect(await inOutbox(queue)).toBe(2);
    expect(
      await sql(`select count(*)::int as n from private.notifications where user_id = any ($1::uuid[]) and sent_at is null`, [
        queue.map((p) => p.id),
      ]),
    ).toEqual([{ n: 0 }]);
  } finally {
    await recover().catch(quietly);
    await mailer.stop();
  }
});

test('through SMTP delivery is at least once: an e-mail sent again after a crash keeps its Message-ID, so it can be recognised', async () => {
  const received: ParsedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, done) => {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        done();
      }, done);
    },
  });
  const port = await freePort();
  await new Promise<void>((listening) => smtp.listen(port, '127.0.0.1', listening));
  const sender = smtpSender(`smtp://127.0.0.1:${port}`, 'Mind & Body Learning <learning@example.nhs.uk>');
  const [a] = await queued(1);
  const recover = await crashBeforeTheStamp([a!]);
  try {
    await deliverPending(pool, 'https://learning.example', sender.send).catch(quietly);
    await recover();
    await deliverPending(pool, 'https://learning.example', sender.send);
    const toA = received.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === a!.email);
    expect(toA).toHaveLength(2);
    expect(toA[0]!.messageId).toMatch(/^<notification-\d+@learning\.example>$/);
    expect(toA[1]!.messageId).toBe(toA[0]!.messageId);
  } finally {
    await recover().catch(quietly);
    sender.close();
    await new Promise<void>((closed) => smtp.close(() => closed()));
  }
});
