// One header everywhere: prerendered pages (home, courses, webinars, programme, 404) say who is signed in too.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signInOnThePage } from './helpers.ts';

const prerendered = ['/', '/courses', '/webinars', '/programme', '/no-such-page'];

test('a signed-in person sees their name and Sign out on every page, prerendered or not', async ({ page }) => {
  const problems: string[] = [];
  // Errors in the console (a refused script, a failed island), apart from the 404 page's own status.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/no-such-page')) problems.push(message.text());
  });
  await signInOnThePage(page, 'learner@mindbody.example');
  for (const path of [...prerendered, '/my-learning', '/guidelines']) {
    await page.goto(path);
    const account = page.getByRole('navigation', { name: 'Account' });
    await expect(account.getByRole('link', { name: 'Lena Learner' }), path).toBeVisible();
    await expect(account.getByRole('button', { name: 'Sign out' }), path).toBeVisible();
    await expect(account.getByRole('link', { name: 'My account' }), path).toHaveCount(0);
  }
  await page.goto('/courses');
  await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'You have signed out' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a signed-out visitor is offered Sign in, coming back to the page they were on', async ({ page }) => {
  for (const path of prerendered) {
    await page.goto(path);
    const signInLink = page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in' });
    await expect(signInLink, path).toBeVisible();
    await expect(signInLink, path).toHaveAttribute('href', `/sign-in?next=${encodeURIComponent(path)}`);
  }
  await page.goto('/webinars');
  await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('E-mail address').fill('learner@mindbody.example');
  await page.getByLabel('Password', { exact: true }).fill('Password123!');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/webinars$/);
  await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Lena Learner' })).toBeVisible();
});

test('the prerendered pages stay prerendered: the same HTML for everyone, cacheable', async ({ request }) => {
  for (const path of ['/', '/courses', '/webinars', '/programme']) {
    const response = await request.get(path);
    expect(response.headers()['cache-control'] ?? '', path).not.toMatch(/no-store/);
    expect(await response.text(), path).toContain('My account');
  }
});
