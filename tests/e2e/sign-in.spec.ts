// Where signing in, signing up and signing out lead, and that no `next` leads off the site.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn, signUpThroughTheSite } from './helpers.ts';

const offSite = ['/.//evil.example', '/%2e//evil.example', '/a/..//evil.example/path'];

test('signing in with a next that normalises to another host stays on the site', async ({ page, baseURL }) => {
  for (const next of offSite) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    await page.getByLabel('E-mail address').fill('learner@mindbody.example');
    await page.getByLabel('Password', { exact: true }).fill('Password123!');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    expect(new URL(page.url()).origin, next).toBe(new URL(baseURL!).origin);
    // Already signed in, the sign-in page redirects straight to next: it must stay on the site too.
    const again = await page.request.get(`/sign-in?next=${encodeURIComponent(next)}`, { maxRedirects: 0 });
    expect(again.status()).toBe(302);
    expect(new URL(again.headers().location!, baseURL).origin, next).toBe(new URL(baseURL!).origin);
  }
});

test("the booking form's next cannot send a person off the site", async ({ page, baseURL }) => {
  await signIn(page, 'learner@mindbody.example');
  for (const next of offSite) {
    const response = await page.request.post('/bookings', {
      headers: { origin: new URL(baseURL!).origin },
      form: { cohort: 'no-such-cohort', next },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(303);
    expect(new URL(response.headers().location!, baseURL).origin, next).toBe(new URL(baseURL!).origin);
  }
});

test('signing in with nowhere to go lands on My learning, and from a page comes back to it', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill('learner@mindbody.example');
  await page.getByLabel('Password', { exact: true }).fill('Password123!');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/my-learning$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My learning' })).toBeVisible();

  await page.context().clearCookies();
  await page.goto('/guidelines/lithium-monitoring');
  await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('E-mail address').fill('learner@mindbody.example');
  await page.getByLabel('Password', { exact: true }).fill('Password123!');
  await page.getByLabel('Password', { exact: true }).press('Enter');
  await expect(page).toHaveURL(/\/guidelines\/lithium-monitoring$/);
});

test('opening /sign-out asks to confirm, signs out by keyboard, and signed out it says so', async ({ page }) => {
  await signIn(page, 'learner@mindbody.example');
  const response = await page.goto('/sign-out');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign out' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('main').getByRole('button', { name: 'Sign out' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'You have signed out' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect((await page.request.get('/account/data.json', { maxRedirects: 0 })).status()).toBe(302);

  const again = await page.goto('/sign-out');
  expect(again?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'You have signed out' })).toBeVisible();
});

test('a new account is welcomed with what to do next', async ({ page }) => {
  await signUpThroughTheSite(page, 'Wendy Welcome');
  const next = page.getByRole('region', { name: 'What to do next' });
  await expect(next.getByRole('link', { name: 'Find a course and book a place' })).toHaveAttribute('href', '/courses');
  await expect(next.getByRole('link', { name: 'My learning' })).toHaveAttribute('href', '/my-learning');
  await expectNoAxeViolations(page);
});
