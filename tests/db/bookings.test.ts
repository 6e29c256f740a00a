// Booking a place: capacity, waiting list, cancellation, booking window, and who may read or change bookings.
import { describe, expect, test } from 'vitest';
import { anonClient, serviceClient, sql } from './clients.ts';
import { person, people, reason, testCohort } from './learning.ts';

describe('book_place', () => {
  test('gives a place while there are places, then a numbered place on the waiting list, then refuses', async () => {
    const cohort = await testCohort({ capacity: 2, waitlist: 2 });
    const [a, b, c, d, e] = await people(5);
    const results = [];
    for (const p of [a, b, c, d]) {
      const { data, error } = await p!.client.rpc('book_place', { cohort });
      expect(error).toBeNull();
      results.push([data.status, data.waitlist_position]);
    }
    expect(results).toEqual([
      ['confirmed', null],
      ['confirmed', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
    ]);

    const refused = await e!.client.rpc('book_place', { cohort });
    expect(refused.error?.message).toBe('This cohort is full and its waiting list is closed. Choose another date.');
    expect(reason(refused.error)).toBe('full');
    expect(await sql('select 1 from public.bookings where user_id = $1', [e!.id])).toHaveLength(0);
  });

  test('refuses a second live booking for the same cohort', async () => {
    const cohort = await testCohort();
    const p = await person();
    expect((await p.client.rpc('book_place', { cohort })).error).toBeNull();
    const again = await p.client.rpc('book_place', { cohort });
    expect(reason(again.error)).toBe('already_booked');
    expect(again.error?.message).toMatch(/already have a place/);
  });

  test('refuses outside the booking window, naming the date', async () => {
    const early = await testCohort({ opensIn: 3, closesIn: 10 });
    const late = await testCohort({ opensIn: -10, closesIn: -1 });
    const p = await person();
    const notOpen = await p.client.rpc('book_place', { cohort: early });
    expect(reason(notOpen.error)).toBe('window_not_open');
    expect(notOpen.error?.message).toMatch(/^Booking for this cohort opens on \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
    const closed = await p.client.rpc('book_place', { cohort: late });
    expect(reason(closed.error)).toBe('window_closed');
  });

  test('refuses an unknown or retired cohort, and anyone signed out', async () => {
    const p = await person();
    expect(reason((await p.client.rpc('book_place', { cohort: 'no-such-cohort' })).error)).toBe('not_found');
    const retired = await testCohort();
    await sql('update catalog.cohorts set retired_at = now() where id = $1', [retired]);
    expect(reason((await p.client.rpc('book_place', { cohort: retired })).error)).toBe('not_found');
    const anon = await anonClient().rpc('book_place', { cohort: await testCohort() });
    expect(anon.error?.code).toBe('42501');
  });

  test('queues a confirmation e-mail in the same transaction', async () => {
    const cohort = await testCohort({ capacity: 1 });
    const [a, b] = await people(2);
    const first = (await a!.client.rpc('book_place', { cohort })).data;
    const second = (await b!.client.rpc('book_place', { cohort })).data;
    const queued = await sql('select user_id, kind, booking_id from private.notifications where booking_id = any($1::uuid[]) order by id', [
      [first.id, second.id],
    ]);
    expect(queued).toEqual([
      { user_id: a!.id, kind: 'booking_confirmed', booking_id: first.id },
      { user_id: b!.id, kind: 'booking_waitlisted', booking_id: second.id },
    ]);
  });
});

describe('cancel_booking', () => {
  test('a cancelled place goes to the first on the waiting list, and the list closes up', async () => {
    const cohort = await testCohort({ capacity: 1, waitlist: 3 });
    const [a, b, c, d] = await people(4);
    const bookings = [];
    for (const p of [a, b, c, d]) bookings.push((await p!.client.rpc('book_place', { cohort })).data);

    const { data, error } = await a!.client.rpc('cancel_booking', { booking: bookings[0].id });
    expect(error).toBeNull();
    expect(data.status).toBe('cancelled');
    const after = await sql('select user_id, status, waitlist_position from public.bookings where cohort_id = $1 order by booked_at', [
      cohort,
    ]);
    expect(after).toEqual([
      { user_id: a!.id, status: 'cancelled', waitlist_position: null },
      { user_id: b!.id, status: 'confirmed', waitlist_position: null },
      { user_id: c!.id, status: 'waitlisted', waitlist_position: 1 },
      { user_id: d!.id, status: 'waitlisted', waitlist_position: 2 },
    ]);
    const kinds = await sql('select kind from private.notifications where user_id = $1 order by id', [b!.id]);
    expect(kinds.map((k) => k.kind)).toEqual(['booking_waitlisted', 'booking_promoted']);
    const audit = await sql(`select action, actor from public.audit_log where subject_id = $1`, [bookings[0].id]);
    expect(audit).toEqual([{ action: 'booking.cancelled', actor: a!.id }]);
  });

  test('leaving the waiting list moves those behind up; nobody is promoted', async () => {
    const cohort = await testCohort({ capacity: 1, waitlist: 3 });
    const [a, b, c] = await people(3);
    const ids = [];
    for (const p of [a, b, c]) ids.push((await p!.client.rpc('book_place', { cohort })).data.id);
    await b!.client.rpc('cancel_booking', { booking: ids[1] });
    const after = await sql(
      'select user_id, status, waitlist_position from public.bookings where cohort_id = $1 and status <> $2 order by booked_at',
      [cohort, 'cancelled'],
    );
    expect(after).toEqual([
      { user_id: a!.id, status: 'confirmed', waitlist_position: null },
      { user_id: c!.id, status: 'waitlisted', waitlist_position: 1 },
    ]);
  });

  test("a learner cannot cancel someone else's booking, nor one already cancelled; after cancelling they may book again", async () => {
    const cohort = await testCohort();
    const [owner, other] = await people(2);
    const booking = (await owner!.client.rpc('book_place', { cohort })).data;
    const theirs = await other!.client.rpc('cancel_booking', { booking: booking.id });
    expect(reason(theirs.error)).toBe('not_found');
    expect((await sql('select status from public.bookings where id = $1', [booking.id]))[0].status).toBe('confirmed');

    await owner!.client.rpc('cancel_booking', { booking: booking.id });
    expect(reason((await owner!.client.rpc('cancel_booking', { booking: booking.id })).error)).toBe('already_cancelled');
    expect((await owner!.client.rpc('book_place', { cohort })).data.status).toBe('confirmed');
  });

  test("an educator who runs the course can cancel a learner's booking", async () => {
    const cohort = await testCohort();
    const learner = await person();
    const booking = (await learner.client.rpc('book_place', { cohort })).data;
    const runner = await educatorOfCourse();
    const { data, error } = await runner.client.rpc('cancel_booking', { booking: booking.id });
    expect(error).toBeNull();
    expect(data.cancelled_by).toBe(runner.id);
  });
});

describe('the waiting list comes first', () => {
  test('a new booker does not take a free place while others wait, and more capacity promotes those waiting in order', async () => {
    const cohort = await testCohort({ capacity: 1, waitlist: 5 });
    const [a, b, c, d] = await people(4);
    for (const p of [a, b, c]) await p!.client.rpc('book_place', { cohort });
    await sql('update catalog.cohorts set capacity = 3 where id = $1', [cohort]);
    expect((await d!.client.rpc('book_place', { cohort })).data).toMatchObject({ status: 'waitlisted', waitlist_position: 3 });

    expect(await sql('select private.fill_all_places() as n')).toEqual([{ n: 2 }]);
    const after = await sql('select user_id, status, waitlist_position from public.bookings where cohort_id = $1 order by booked_at', [
      cohort,
    ]);
    expect(after).toEqual([
      { user_id: a!.id, status: 'confirmed', waitlist_position: null },
      { user_id: b!.id, status: 'confirmed', waitlist_position: null },
      { user_id: c!.id, status: 'confirmed', waitlist_position: null },
      { user_id: d!.id, status: 'waitlisted', waitlist_position: 1 },
    ]);
    const promoted = await sql(`select user_id from private.notifications where kind = 'booking_promoted' and user_id = any($1::uuid[])`, [
      [b!.id, c!.id],
    ]);
    expect(promoted).toHaveLength(2);
  });
});

describe('cohort_availability', () => {
  test('anyone sees places left; a signed-in learner also sees their own booking', async () => {
    const cohort = await testCohort({ capacity: 3, waitlist: 5 });
    const [a, b] = await people(2);
    await a!.client.rpc('book_place', { cohort });
    const anon = await anonClient().rpc('cohort_availability', { course: 'mental-health-skills-5-day' });
    expect(anon.error).toBeNull();
    const row = anon.data.find((r: { cohort_id: string }) => r.cohort_id === cohort);
    expect(row).toMatchObject({ capacity: 3, places_left: 2, waitlist_places_left: 5, booking_open: true, my_status: null });

    const mine = (await a!.client.rpc('cohort_availability', { course: 'mental-health-skills-5-day' })).data.find(
      (r: { cohort_id: string }) => r.cohort_id === cohort,
    );
    expect(mine).toMatchObject({ places_left: 2, my_status: 'confirmed' });
    const notMine = (await b!.client.rpc('cohort_availability', { course: 'mental-health-skills-5-day' })).data.find(
      (r: { cohort_id: string }) => r.cohort_id === cohort,
    );
    expect(notMine.my_status).toBeNull();
  });
});

/** A new educator listed on the 5-day course in the catalog. */
async function educatorOfCourse() {
  const runner = await person('educator', ['educator']);
  await sql(`update catalog.courses set educators = educators || $1::text where id = 'mental-health-skills-5-day'`, [runner.email]);
  return runner;
}

describe('bookings: who can read and write', () => {
  test('a learner reads only their own bookings', async () => {
    const cohort = await testCohort();
    const [a, b] = await people(2);
    await a!.client.rpc('book_place', { cohort });
    await b!.client.rpc('book_place', { cohort });
    const seen = (await a!.client.from('bookings').select('user_id').eq('cohort_id', cohort)).data!;
    expect(seen).toEqual([{ user_id: a!.id }]);
  });

  test('signed-out visitors read nothing', async () => {
    const { error } = await anonClient().from('bookings').select('*');
    expect(error?.code).toBe('42501');
  });

  test('nobody writes bookings directly: insert, update and delete are refused and change nothing', async () => {
    const cohort = await testCohort();
    const p = await person();
    const booking = (await p.client.rpc('book_place', { cohort })).data;
    const insert = await p.client.from('bookings').insert({ cohort_id: cohort, user_id: p.id, status: 'confirmed' });
    expect(insert.error?.code).toBe('42501');
    const update = await p.client.from('bookings').update({ status: 'waitlisted', waitlist_position: 1 }).eq('id', booking.id);
    expect(update.error?.code).toBe('42501');
    const remove = await p.client.from('bookings').delete().eq('id', booking.id);
    expect(remove.error?.code).toBe('42501');
    expect(await sql('select status from public.bookings where user_id = $1', [p.id])).toEqual([{ status: 'confirmed' }]);
  });

  test('an educator reads bookings of the courses they run, and no others', async () => {
    const fiveDay = await testCohort();
    const threeWeek = await testCohort({ course: 'mental-health-skills-3-week' });
    const learner = await person();
    await learner.client.rpc('book_place', { cohort: fiveDay });
    await learner.client.rpc('book_place', { cohort: threeWeek });
    const runner = await educatorOfCourse();
    const seen = (await runner.client.from('bookings').select('cohort_id').eq('user_id', learner.id)).data!;
    expect(seen).toEqual([{ cohort_id: fiveDay }]);

    const notListed = await person('educator', ['educator']);
    expect((await notListed.client.from('bookings').select('id').eq('user_id', learner.id)).data).toEqual([]);
  });

  test('admins and the service role read every booking; the audit log is for admins only', async () => {
    const cohort = await testCohort();
    const learner = await person();
    const booking = (await learner.client.rpc('book_place', { cohort })).data;
    await learner.client.rpc('cancel_booking', { booking: booking.id });
    const admin = await person('admin', ['admin']);
    expect((await admin.client.from('bookings').select('id').eq('user_id', learner.id)).data).toHaveLength(1);
    expect((await serviceClient().from('bookings').select('id').eq('user_id', learner.id)).data).toHaveLength(1);
    expect((await admin.client.from('audit_log').select('action').eq('subject_id', booking.id)).data).toEqual([
      { action: 'booking.cancelled' },
    ]);
    expect((await learner.client.from('audit_log').select('action').eq('subject_id', booking.id)).data).toEqual([]);
    expect((await admin.client.from('audit_log').insert({ action: 'x', subject_type: 'x', subject_id: 'x' })).error?.code).toBe('42501');
  });
});
