// Booking e-mails: queued with the booking, sent once, with the cohort's sessions as a calendar file.
import pg from 'pg';
import { afterAll, expect, test } from 'vitest';
import { deliverPending } from '../../src/lib/notifications/deliver.ts';
import type { Email } from '../../src/lib/notifications/email.ts';
import { backend, sql } from './clients.ts';
import { people, testCohort } from './learning.ts';

const pool = new pg.Pool({ connectionString: backend.adminDbUrl, max: 2 });
afterAll(() => pool.end());

test('a booking, a waiting-list place and a promotion each send one e-mail; places come with a calendar file', async () => {
  const cohort = await testCohort({ capacity: 1, waitlist: 1 });
  const [a, b] = await people(2);
  const first = (await a!.client.rpc('book_place', { cohort })).data;
  await b!.client.rpc('book_place', { cohort });
  await a!.client.rpc('cancel_booking', { booking: first.id });

  const sent: { to: string; email: Email }[] = [];
  await deliverPending(pool, 'https://learning.example', async (to, email) => { sent.push({ to, email }); });
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

  expect(await sql(`select count(*)::int as n from private.notifications where user_id = any($1::uuid[]) and sent_at is null`, [[a!.id, b!.id]]))
    .toEqual([{ n: 0 }]);
  const again: string[] = [];
  await deliverPending(pool, 'https://learning.example', async (to) => { again.push(to); });
  expect(again.filter((to) => to === a!.email || to === b!.email)).toEqual([]);
});

test('a failed send stays queued and goes out on the next run', async () => {
  const cohort = await testCohort();
  const [a] = await people(1);
  await a!.client.rpc('book_place', { cohort });
  await expect(deliverPending(pool, 'https://learning.example', async (to) => {
    if (to === a!.email) throw new Error('mail server down');
  })).rejects.toThrow('mail server down');
  expect(await sql('select sent_at from private.notifications where user_id = $1', [a!.id])).toEqual([{ sent_at: null }]);
  const sent: string[] = [];
  await deliverPending(pool, 'https://learning.example', async (to) => { sent.push(to); });
  expect(sent).toContain(a!.email);
});
