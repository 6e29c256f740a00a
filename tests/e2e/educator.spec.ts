// Educator dashboards: the demo educator sees their courses, a course's cohorts and quizzes, and a cohort's learners,
// and the cohort's CSV export matches the bookings in the database. Learners are refused.
import { parse } from 'csv-parse/sync';
import { expect, test, type Download, type Page } from '@playwright/test';
import { adminSql, bookableCohort, expectNoAxeViolations, newLearner, scaled, signIn, waitForIslands } from './helpers.ts';

const educator = 'educator@mindbody.example';
const courseTitle = 'Mental health skills for non-mental-health professionals';

async function text(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** CSV rows as a spreadsheet would read them (csv-parse, the sibling of csv-stringify). */
const parseCsv = (csv: string): string[][] => parse(csv, { bom: true });

async function book(page: Page, cohortTitle: string): Promise<void> {
  await page.goto('/courses/mental-health-skills-5-day');
  const card = page.getByRole('region', { name: cohortTitle });
  await card.getByRole('button', { name: 'Book a place' }).click();
  await page.getByRole('button', { name: 'Confirm and book your place' }).click();
  await expect(page.getByRole('heading', { name: 'Your place is booked' })).toBeVisible();
}

test('the demo educator follows a course down to a cohort and exports its learners', async ({ browser, page }) => {
  const learner = await (await browser.newContext()).newPage();
  const learnerEmail = await newLearner(learner, 'Dora Dashboard');
  const { id: cohort, title: cohortTitle } = await bookableCohort('mental-health-skills-5-day');
  await book(learner, cohortTitle);

  const cspErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  await signIn(page, educator);

  await page.goto('/educator');
  await expect(page.getByRole('heading', { level: 1, name: 'Educator dashboard' })).toBeVisible();
  await expect(page.getByRole('link', { name: courseTitle })).toBeVisible();
  await expect(page.getByRole('link', { name: /Mental health skills in depth/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Views and CPD minutes by webinar' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Guidelines due for review' })).toHaveAttribute('href', '/guidelines/review');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: courseTitle }).click();
  await expect(page.getByRole('heading', { level: 1, name: courseTitle })).toBeVisible();
  const cohorts = page.getByRole('table', { name: 'Bookings and progress by cohort' });
  await expect(cohorts.getByRole('rowheader', { name: cohortTitle })).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: /Correct answers by question: Day 1 quiz/ })
      .getByRole('row')
      .nth(1),
  ).toContainText('100%');
  // Charts hydrate as they scroll into view; Chart.js then sizes and draws each canvas.
  const charts = await page.getByRole('img', { name: /^Bar chart of / }).all();
  expect(charts.length).toBeGreaterThan(1);
  for (const chart of charts) await chart.scrollIntoViewIfNeeded();
  await waitForIslands(page);
  for (const chart of charts) await expect.poll(() => chart.evaluate((c) => (c as HTMLCanvasElement).style.display)).toBe('block');
  await expect(page.getByRole('img', { name: /Bar chart of booked, started and completed learners/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await cohorts.getByRole('link', { name: cohortTitle }).click();
  await expect(page).toHaveURL(`/educator/cohorts/${cohort}`);
  const learners = page.getByRole('table', { name: 'Learners and their progress' });
  await expect(learners.getByRole('row').filter({ hasText: learnerEmail })).toContainText('Booked');
  await expectNoAxeViolations(page);

  // The CSV has the same learners and statuses as the live bookings (another test may book or cancel meanwhile).
  const words: Record<string, string> = { confirmed: 'Booked', waitlisted: 'Waiting list' };
  await expect(async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /Download as CSV/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`learners-${cohort}.csv`);
    const csv = await text(file);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [heading, ...rows] = parseCsv(csv.slice(1));
    const [email, status] = [heading!.indexOf('E-mail'), heading!.indexOf('Booking status')];
    const fromCsv = rows.map((r) => [r[email]!, r[status]!]).sort((a, b) => a[0]!.localeCompare(b[0]!));
    const fromDb = (
      (await adminSql(
        `select u.email::text as email, b.status::text as status from public.bookings b
      join auth.users u on u.id = b.user_id where b.cohort_id = $1 and b.status <> 'cancelled'`,
        [cohort],
      )) as { email: string; status: string }[]
    )
      .map((r) => [r.email, words[r.status] ?? r.status])
      .sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(fromCsv).toEqual(fromDb);
    expect(fromCsv).toContainEqual([learnerEmail, 'Booked']);
  }).toPass({ timeout: scaled(15_000) });
  expect(cspErrors).toEqual([]);
});

test('the course dashboard shows its tables without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, educator);
  await page.goto('/educator/courses/mental-health-skills-3-week');
  await expect(page.getByRole('table', { name: 'Bookings and progress by cohort' }).getByRole('row')).toHaveCount(7); // the heading row and the six 3-week cohorts in content
  await expect(page.getByRole('link', { name: /Download as CSV/ }).first()).toHaveAttribute(
    'href',
    '/educator/courses/mental-health-skills-3-week/cohorts.csv',
  );
  await context.close();
});

test('a learner is refused the dashboards and their CSV files', async ({ page }) => {
  await signIn(page, 'learner@mindbody.example');
  const response = await page.goto('/educator');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: 'You cannot see this page' })).toBeVisible();
  await expect(page.getByText(/for educators and admins/)).toBeVisible();
  await expectNoAxeViolations(page);
  const cohort = 'mental-health-skills-5-day-2027-01';
  expect((await page.goto(`/educator/cohorts/${cohort}`))?.status()).toBe(403);
  const csv = await page.request.get(`/educator/cohorts/${cohort}/learners.csv`);
  expect(csv.status()).toBe(403);
  expect(await csv.text()).toContain('educators and admins');
});

test('a full demo cohort lists its learners and waiting list within the page width', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, educator);
  await page.goto('/educator/cohorts/mental-health-skills-5-day-2026-11');
  // The seed fills its 20 places and a waiting list of 4; another test may add a place behind the site's back.
  const rows = (await adminSql(`select count(*)::int as booked from public.bookings where cohort_id = $1 and status = 'confirmed'`, [
    'mental-health-skills-5-day-2026-11',
  ])) as { booked: number }[];
  const booked = rows[0]!.booked;
  expect(booked).toBeGreaterThanOrEqual(20);
  await expect(page.getByText(`${booked} of 20 places booked, 4 on the waiting list`)).toBeVisible();
  const learners = page.getByRole('table', { name: 'Learners and their progress' });
  await expect(learners.getByRole('row').filter({ hasText: 'Waiting list' })).toHaveCount(4);
  // Long e-mail addresses wrap at the @ and the dots rather than push the table past the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
});

test('the webinar figures show the demo viewing: viewers for every webinar, some watched to the end, with their CPD minutes', async ({
  page,
}) => {
  await signIn(page, educator);
  // The demo viewers (other tests may add viewings of their own while this runs, never remove any).
  const seeded = new Map(
    (
      (await adminSql(`select w.id, w.cpd_minutes, count(v.user_id)::int as viewers, count(v.completed_at)::int as watched
    from catalog.webinars w left join public.webinar_views v on v.webinar_id = w.id
      and v.user_id in (select id from auth.users where email like '%@mindbody.example')
    where w.retired_at is null group by w.id`)) as { id: string; cpd_minutes: number; viewers: number; watched: number }[]
    ).map((w) => [w.id, w]),
  );
  await page.goto('/educator');
  const table = page.getByRole('table', { name: 'Views and CPD minutes by webinar' });
  const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(rows).toHaveCount(seeded.size);
  let watchedInAll = 0;
  for (const row of await rows.all()) {
    const id = (await row.getByRole('link').getAttribute('href'))!.replace('/webinars/', '');
    const [viewers, watched, minutes] = await row
      .locator('td > span:last-child')
      .allTextContents()
      .then((cells) => cells.slice(1).map(Number));
    const demo = seeded.get(id)!;
    expect(demo.viewers, id).toBeGreaterThanOrEqual(5);
    expect(viewers, id).toBeGreaterThanOrEqual(demo.viewers);
    expect(watched, id).toBeGreaterThanOrEqual(demo.watched);
    expect(minutes, id).toBe(watched! * demo.cpd_minutes);
    watchedInAll += demo.watched;
  }
  expect(watchedInAll).toBeGreaterThanOrEqual(seeded.size * 2);
  await expectNoAxeViolations(page);
});
