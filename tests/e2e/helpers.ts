import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { nextBookableCohortSql, type BookableCohort } from './bookable-cohort.ts';

/** Runs axe on the page (WCAG 2.2 A and AA) and fails with the violations listed. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

export const demoPassword = 'Password123!';

/** A timeout stretched as the configuration stretches the others on a busy machine (tests/machine-load.ts). */
export const scaled = (ms: number) => ms * Number(process.env.E2E_SLOWNESS ?? 1);

/**
 * Signs in on `page` (which stays where it was) by posting the sign-in form, as the browser would, without loading
 * the page: setup for tests of something else. Signing in through the page itself is tested with signInOnThePage.
 */
export async function signIn(page: Page, email: string, password = demoPassword): Promise<void> {
  const baseURL = (test.info().project.use as { baseURL: string }).baseURL;
  const response = await page.request.post('/sign-in', {
    headers: { origin: new URL(baseURL).origin },
    form: { email, password, action: 'password' },
    maxRedirects: 0,
  });
  expect(response.status(), `${email} signed in`).toBe(303);
}

/** Signs in through the sign-in page, by keyboard. */
export async function signInOnThePage(page: Page, email: string, password = demoPassword): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Password', { exact: true }).press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

export function uniqueEmail(label: string): string {
  return `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@test.example`;
}

/** Waits until every island on the page has hydrated (Astro drops the `ssr` attribute when it has). */
export async function waitForIslands(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Opens the outbox for `to` until an e-mail with this subject that mentions `mentioning` has arrived; returns it. */
export async function receivedEmail(page: Page, to: string, subject: string, mentioning = ''): Promise<Locator> {
  const email = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: subject }), hasText: mentioning });
  await expect(async () => {
    await page.goto(`/dev/outbox?to=${encodeURIComponent(to)}`);
    await expect(email.first()).toBeVisible({ timeout: 500 });
  }).toPass();
  return email.first();
}

/**
 * A new person with a confirmed account, signed in on `page` (which stays where it was): the account is made through
 * the auth API's admin endpoint and the session by posting the sign-in form, as fast as setup can be. Tests of signing
 * up itself use signUpThroughTheSite.
 */
export async function newLearner(page: Page, fullName: string): Promise<string> {
  const email = uniqueEmail(fullName.split(' ')[0]!.toLowerCase());
  const { serviceRoleKey } = await e2ePlatform();
  const created = await page.request.post('/auth/v1/admin/users', {
    headers: { apikey: serviceRoleKey, authorization: `Bearer ${serviceRoleKey}` },
    data: { email, password: 'a-strong-password', email_confirm: true, user_metadata: { full_name: fullName } },
  });
  expect(created.status(), await created.text()).toBe(200);
  await signIn(page, email, 'a-strong-password');
  return email;
}

/** Signs up a new person through the site and confirms the account from the outbox; they end up signed in. */
export async function signUpThroughTheSite(page: Page, fullName: string): Promise<string> {
  const email = uniqueEmail(fullName.split(' ')[0]!.toLowerCase());
  await page.goto('/sign-up');
  await page.getByLabel('Full name').fill(fullName);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Create a password').fill('a-strong-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();
  await page.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
  await page
    .getByRole('link', { name: /Open the link in this e-mail/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/account\?welcome=1/);
  return email;
}

/** What tests/e2e/serve.ts shares about the platform it started. */
async function e2ePlatform(): Promise<{ adminUrl: string; serviceRoleKey: string }> {
  return JSON.parse(await readFile(join(tmpdir(), `mbl-e2e-${process.env.E2E_PORT ?? 4510}.json`), 'utf8'));
}

/** Runs SQL as the database owner of the e2e platform, for changes that would come from a deploy (a catalog sync). */
export async function adminSql(text: string, values: unknown[] = []): Promise<unknown[]> {
  const { adminUrl } = await e2ePlatform();
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The cohort of a course a learner would book today (the one the fixture and the demo data use). */
export async function bookableCohort(course: string): Promise<BookableCohort> {
  const [cohort] = (await adminSql(nextBookableCohortSql, [course])) as BookableCohort[];
  if (!cohort) throw new Error(`No ${course} cohort is open for booking today: add dated cohorts to content/cohorts.`);
  return cohort;
}

/** Books the signed-in learner a place on the cohort of `course` open today, through check your answers. */
export async function bookPlace(page: Page, course: string): Promise<BookableCohort> {
  const cohort = await bookableCohort(course);
  await page.goto(`/courses/${course}`);
  await page.getByRole('region', { name: cohort.title }).getByRole('button', { name: 'Book a place' }).click();
  await page.getByRole('button', { name: 'Confirm and book your place' }).click();
  await expect(page.getByRole('heading', { name: 'Your place is booked' })).toBeVisible();
  return cohort;
}

/** A date as the site writes it: 11 January 2027. */
export const longDate = (isoDate: string) =>
  new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
