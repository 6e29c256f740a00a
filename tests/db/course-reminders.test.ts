// Reminders three days before a cohort starts: one for each place confirmed earlier than that, and only one.
import { expect, test } from 'vitest';
import { bookingEmail } from '#lib/notifications/booking-email.ts';
import { sql } from './clients.ts';
import { londonDate, people, testCohort } from './learning.ts';

const reminders = (ids: string[]) =>
  sql(
    `select p.full_name as who from private.notifications n join public.profiles p on p.id = n.user_id
   where n.kind = 'booking_reminder' and n.user_id = any($1::uuid[]) order by who`,
    [ids],
  );

test('from 8am, people with a place booked earlier get one reminder; late bookers, the waiting list and the cancelled get none', async () => {
  const soon = await testCohort({ capacity: 3, waitlist: 3, opensIn: -20, closesIn: 1, startsIn: 2 });
  const later = await testCohort({ capacity: 3, opensIn: -20, closesIn: 3, startsIn: 5 });
  const [early, late, cancelled, promoted, waiting, nextWeek] = await people(6, 'reminded');
  const book = async (who: typeof early, cohort: string) => (await who!.client.rpc('book_place', { cohort })).data;
  await book(early, soon);
  await book(late, soon);
  const gone = await book(cancelled, soon);
  await book(promoted, soon);
  await cancelled!.client.rpc('cancel_booking', { booking: gone.id });
  await book(waiting, soon);
  await book(nextWeek, later);
  await sql(`update public.bookings set confirmed_at = now() - interval '10 days' where user_id = any($1::uuid[])`, [
    [early!.id, cancelled!.id, nextWeek!.id],
  ]);

  const everyone = [early, late, cancelled, promoted, waiting, nextWeek].map((p) => p!.id);
  await sql(`select private.queue_reminders(($1::date + time '07:30') at time zone 'Europe/London')`, [londonDate(0)]);
  expect(await reminders(everyone)).toEqual([]);
  await sql(`select private.queue_reminders(($1::date + time '09:00') at time zone 'Europe/London')`, [londonDate(0)]);
  expect(await reminders(everyone)).toEqual([{ who: 'reminded 1' }]);
  await sql(`select private.queue_reminders(($1::date + time '10:00') at time zone 'Europe/London')`, [londonDate(0)]);
  expect(await reminders(everyone)).toHaveLength(1);
  expect(await sql(`select status from public.bookings where user_id = $1`, [waiting!.id])).toEqual([{ status: 'waitlisted' }]);
});

test('the reminder gives the start date and the sessions again, with the calendar file', () => {
  const date = londonDate(2);
  const email = bookingEmail({
    kind: 'booking_reminder',
    learnerName: 'Sam Patel',
    courseTitle: 'Mental health skills',
    courseId: 'mental-health-skills-5-day',
    cohortId: 'test',
    cohortTitle: 'Test cohort',
    facilitator: 'Test facilitator',
    waitlistPosition: null,
    siteUrl: 'https://learning.example',
    sessions: [
      { date, start: '09:30', end: '16:30', title: 'Day 1', place: { kind: 'site', name: 'Education Centre', address: 'Denmark Hill' } },
    ],
  });
  expect(email.subject).toBe('Your course starts soon: Mental health skills');
  expect(email.body).toMatch(/Mental health skills, Test cohort, starts on \d{1,2} \w+ \d{4}\./);
  expect(email.body).toContain('09:30 to 16:30: Day 1');
  expect(email.attachments).toHaveLength(1);
});

test('a cohort is reminded of three days ahead, not four', async () => {
  const inThree = await testCohort({ opensIn: -20, closesIn: 1, startsIn: 3 });
  const inFour = await testCohort({ opensIn: -20, closesIn: 2, startsIn: 4 });
  const [three, four] = await people(2, 'ahead');
  await three!.client.rpc('book_place', { cohort: inThree });
  await four!.client.rpc('book_place', { cohort: inFour });
  await sql(`update public.bookings set confirmed_at = now() - interval '10 days' where user_id = any($1::uuid[])`, [
    [three!.id, four!.id],
  ]);
  await sql(`select private.queue_reminders(($1::date + time '09:00') at time zone 'Europe/London')`, [londonDate(0)]);
  expect(await reminders([three!.id, four!.id])).toEqual([{ who: 'ahead 1' }]);
});
