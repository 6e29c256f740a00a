// Booking by keyboard-friendly forms: a full cohort puts the next learner on the waiting list; a cancellation promotes them.
import { expect, test } from '@playwright/test';
import { adminSql, bookableCohort, expectNoAxeViolations, newLearner, signIn } from './helpers.ts';

const course = '/courses/mental-health-skills-3-week';

test('a full cohort puts the next learner on the waiting list, and a cancellation gives them the place', async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await newLearner(first, 'Ada First');
  const secondEmail = await newLearner(second, 'Ben Second');
  const { title: cohortTitle } = await bookableCohort('mental-health-skills-3-week');

  // The fixture gives this cohort one place.
  await first.goto(course);
  const firstCard = first.getByRole('region', { name: cohortTitle });
  await expect(firstCard.getByText('1 of 1 places left')).toBeVisible();
  await firstCard.getByRole('button', { name: 'Book a place' }).click();
  await first.getByRole('button', { name: 'Confirm and book your place' }).click();
  await expect(first.getByRole('heading', { name: 'Your place is booked' })).toBeVisible();
  await first.goto(course);
  await expect(firstCard.getByText('Booked')).toBeVisible();
  await expectNoAxeViolations(first);

  await second.goto(course);
  const secondCard = second.getByRole('region', { name: cohortTitle });
  await expect(secondCard.getByText('Full: you can join the waiting list')).toBeVisible();
  await secondCard.getByRole('button', { name: 'Join the waiting list' }).click();
  await second.getByRole('button', { name: 'Join the waiting list' }).click();
  await expect(second.getByRole('heading', { name: 'You are on the waiting list' })).toBeVisible();
  await expect(second.getByText('You are number 1 on the waiting list.')).toBeVisible();
  await second.goto('/my-learning');
  await expect(second.getByText('You are number 1.')).toBeVisible();

  await first.goto('/my-learning');
  await first.getByRole('link', { name: /Cancel your place/ }).click();
  await expect(first.getByRole('heading', { name: 'Cancel your place?' })).toBeVisible();
  await expectNoAxeViolations(first);
  await first.getByRole('button', { name: 'Yes, cancel your place' }).click();
  await expect(first).toHaveURL(/\/my-learning$/);
  await expect(first.getByRole('alert')).toContainText('You have cancelled your place');
  await expect(first.getByText('You have not booked any course dates.')).toBeVisible();

  await second.reload();
  const booking = second.locator('#bookings + *');
  await expect(booking.getByText('Booked')).toBeVisible();
  await expect(second.getByRole('link', { name: /Add the sessions to your calendar/ })).toBeVisible();
  await expect(async () => {
    await second.goto(`/dev/outbox?to=${encodeURIComponent(secondEmail)}`);
    await expect(second.getByRole('heading', { name: /You have a place: off the waiting list/ })).toBeVisible({ timeout: 500 });
  }).toPass();
});

test('booking and cancelling work without JavaScript, and the calendar file downloads', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await newLearner(page, 'Cara NoScript');
  const cohort = await bookableCohort('mental-health-skills-5-day');
  await page.goto('/courses/mental-health-skills-5-day');
  const card = page.getByRole('region', { name: cohort.title });
  await card.getByRole('button', { name: 'Book a place' }).click();
  await page.getByRole('button', { name: 'Confirm and book your place' }).click();
  await expect(page.getByRole('heading', { name: 'Your place is booked' })).toBeVisible();

  await page.goto('/my-learning');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /Add the sessions to your calendar/ }).click();
  const ics = await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  });
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(cohort.sessions.length);
  const first = cohort.sessions[0]!;
  expect(ics).toContain(`DTSTART;TZID=Europe/London:${first.date.replaceAll('-', '')}T${first.start.replace(':', '')}00`);

  await page.getByRole('link', { name: /Cancel your place/ }).click();
  await page.getByRole('button', { name: 'Yes, cancel your place' }).click();
  await expect(page.getByText('You have not booked any course dates.')).toBeVisible();
  await context.close();
});

test('booking checks the dates first, then confirms with a reference, the sessions, the calendar file and study leave', async ({
  page,
}) => {
  await newLearner(page, 'Łucja Reference');
  const cohort = await bookableCohort('mental-health-skills-5-day');
  await page.goto('/courses/mental-health-skills-5-day');
  await page.getByRole('region', { name: cohort.title }).getByRole('button', { name: 'Book a place' }).click();

  await expect(page.getByRole('heading', { name: 'Check the dates before you book' })).toBeVisible();
  await expect(page.getByText(/study leave for every session/)).toBeVisible();
  await expectNoAxeViolations(page);
  // Going back from the check page books nothing.
  await page.goBack();
  await expect(page.getByRole('region', { name: cohort.title }).getByRole('button', { name: 'Book a place' })).toBeVisible();
  await page.goForward();
  await page.getByRole('button', { name: 'Confirm and book your place' }).click();

  await expect(page.getByRole('heading', { name: 'Your place is booked' })).toBeVisible();
  const confirmation = page.url();
  const bookingId = /\/bookings\/([0-9a-f-]{36})$/.exec(confirmation)![1]!;
  const reference = `${bookingId.replace(/-/g, '').slice(0, 4)}-${bookingId.replace(/-/g, '').slice(4, 8)}`.toUpperCase();
  await expect(page.locator('.nhsuk-panel')).toContainText(`Your booking reference${reference}`);
  await expect(page.getByText(new RegExp(`Ask your line manager for study leave .*${reference}`))).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(cohort.sessions.length + 1);
  await expect(page.getByRole('link', { name: /Add the sessions to your calendar/ })).toHaveAttribute(
    'href',
    `/bookings/${bookingId}/calendar.ics`,
  );
  await expectNoAxeViolations(page);

  // Back from the confirmation reaches the check page, which now shows the same booking instead of booking again.
  await page.goBack();
  await expect(page).toHaveURL(confirmation);
  await page.goto('/my-learning');
  await expect(page.getByText(reference)).toBeVisible();
});

test("someone else's booking, or a made-up one, is not found", async ({ page }) => {
  await signIn(page, 'learner@mindbody.example');
  expect((await page.request.get('/bookings/00000000-0000-4000-8000-000000000000')).status()).toBe(404);
  expect((await page.request.get('/bookings/not-a-booking')).status()).toBe(404);
});

test('My learning offers only what still applies: nothing to cancel or add to a calendar once dates have passed', async ({ page }) => {
  const email = await newLearner(page, 'Pat Pastdates');
  // As if Pat had a place on the last 5-day dates to have ended (content keeps past dates, as attended ones), not on
  // the ones the learner journey adds to the database alone.
  const [past] = (await adminSql(`select id, title from catalog.cohorts where course_id = 'mental-health-skills-5-day'
    and ends_on < private.london_today() and id not like 'e2e-%' order by ends_on desc limit 1`)) as { id: string; title: string }[];
  await adminSql(
    `insert into public.bookings (cohort_id, user_id, status, confirmed_at)
    select $1, id, 'confirmed', now() from auth.users where email = $2`,
    [past!.id, email],
  );
  await page.goto('/my-learning');
  const finished = page.getByRole('listitem').filter({ hasText: past!.title });
  await expect(finished.getByText('Finished')).toBeVisible();
  await expect(finished.getByRole('link', { name: /Cancel your place|Add the sessions to your calendar/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await finished.getByRole('link', { name: /^[0-9A-F]{4}-[0-9A-F]{4}/ }).click();
  await expect(page.getByText('These dates have started: to withdraw, contact the course educator.')).toBeVisible();
  await expect(page.getByRole('link', { name: /cancel your place|Add the sessions to your calendar/i })).toHaveCount(0);
});
