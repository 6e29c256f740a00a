// Champions from the main navigation to a library that looks shared, and educators' charts drawn as the page loads
// (not when scrolled to), so nothing is left blank on screen or on paper.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './helpers.ts';

test('Champions is in the main navigation, and the library holds 30+ resources from several champions, marked useful', async ({ page }) => {
  await signIn(page, 'champion@mindbody.example');
  await page.goto('/');
  await page
    .getByRole('navigation', { name: /primary|menu|main/i })
    .getByRole('link', { name: 'Champions' })
    .click();
  await expect(page).toHaveURL(/\/champions$/);
  const status = await page.getByText(/Showing 1 to 20 of \d+ resources/).textContent();
  expect(Number(status!.match(/of (\d+)/)![1])).toBeGreaterThanOrEqual(30);
  await expect(page.getByText(/\d+ people found this useful/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  const pages = page.getByRole('navigation', { name: 'Pages of resources' });
  await expect(pages.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
  await pages.getByRole('link', { name: /Next/ }).click();
  await expect(page.getByText(/Showing 21 to \d+ of \d+ resources/)).toBeVisible();
  await expect(pages.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  await expect(page.getByText(/Showing 1 to 20 of \d+ resources/)).toBeVisible();
});

test('a reported resource waits in moderation with the reason given', async ({ page }) => {
  await signIn(page, 'educator@mindbody.example');
  await page.goto('/champions/moderation');
  await expect(page.getByText('Mouth care for people on clozapine').first()).toBeVisible();
  await expect(page.getByText(/chlorhexidine mouthwash/)).toBeVisible();
});

test('an educator’s charts are drawn when the page loads, before anyone scrolls to them, and printed', async ({ page }) => {
  await signIn(page, 'educator@mindbody.example');
  await page.goto('/educator/courses/mental-health-skills-3-week');
  const charts = page.locator('.app-bar-chart');
  expect(await charts.count()).toBeGreaterThan(0);
  await expect(page.locator('.app-bar-chart--drawn')).toHaveCount(await charts.count());
  await page.emulateMedia({ media: 'print' });
  for (const chart of await charts.all()) expect((await chart.boundingBox())?.height ?? 0).toBeGreaterThan(100);
});
