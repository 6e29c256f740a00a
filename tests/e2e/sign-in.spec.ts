// Where signing in, signing up and signing out lead, and that no `next` leads off the site.
import { expect, test } from '@playwright/test';
import { signIn } from './helpers.ts';

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
