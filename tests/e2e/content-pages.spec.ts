// Every page type renders in Chromium with no axe violations, and search finds a guideline by a synonym.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, waitForIslands } from './helpers.ts';

const pages = [
  { path: '/courses', heading: 'Courses' },
  { path: '/courses/mental-health-skills-5-day', heading: 'Mental health skills for non-mental-health professionals' },
  { path: '/courses/mental-health-skills-5-day/day-1/diagnostic-overshadowing', heading: /Diagnostic overshadowing/i },
  { path: '/webinars', heading: 'Webinars' },
  { path: '/webinars/series/physical-health-for-psychiatry', heading: 'Physical health for psychiatry' },
  { path: '/webinars/cardiology-ecg-and-qtc', heading: /Cardiology for psychiatry/ },
  { path: '/guidelines', heading: 'Prescribing guidelines' },
  { path: '/guidelines/lithium-monitoring', heading: /Lithium/ },
  { path: '/programme', heading: /About the Mind & Body programme/ },
  { path: '/programme/integrated-care-legacy', heading: /./ },
  { path: '/search?q=clozapine', heading: /Search/ },
  { path: '/accessibility', heading: 'Accessibility statement' },
];

for (const { path, heading } of pages) {
  test(`${path} renders and is axe-clean`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('clinical pages say they are sample content, with owner and review dates', async ({ page }) => {
  await page.goto('/guidelines/ssris-and-hyponatraemia');
  await expect(page.getByRole('heading', { name: 'Sample content, pending clinical review' })).toBeVisible();
  await expect(page.getByText('Owner')).toBeVisible();
  await expect(page.getByText('Next review')).toBeVisible();
  await expect(page.getByText('Review overdue')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Change log' })).toBeVisible();
});

test('a lesson has a contents list and previous and next links', async ({ page }) => {
  await page.goto('/courses/mental-health-skills-5-day/day-1/diagnostic-overshadowing');
  await expect(page.getByRole('navigation', { name: 'Sections of this lesson' })).toBeVisible();
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  await pagination.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/day-1\/stigma-and-the-language-we-use/);
  await page.goBack();
  await expect(page).toHaveURL(/diagnostic-overshadowing/);
});

test('the guideline library filters by review status without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/guidelines');
  await page.getByLabel('Review status').selectOption('overdue');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/review=overdue/);
  await expect(page.getByRole('status')).toHaveText('3 of 18 guidelines match');
  await expect(page.getByRole('link', { name: 'Serotonin syndrome' })).toBeVisible();
  await context.close();
});

test('search finds a guideline by a synonym and opens it at the section', async ({ page }) => {
  await page.goto('/search');
  await waitForIslands(page);
  const box = page.getByRole('searchbox');
  await box.fill('low sodium');
  await box.press('Enter');
  const first = page
    .getByRole('main')
    .getByRole('link', { name: /hyponatraemia/i })
    .first();
  await expect(first).toBeVisible();
  const href = await first.getAttribute('href');
  expect(href).toMatch(/^\/guidelines\/ssris-and-hyponatraemia#/);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[?#]/g, '\\$&')}$`));
  const anchor = decodeURIComponent(href!.split('#')[1]!);
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
});

test('search works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search?q=raised+prolactin');
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: /prolactin/i })
      .first(),
  ).toBeVisible();
  await context.close();
});

test('search results come 20 a page, and the pages work with and without JavaScript and with the back button', async ({
  browser,
  page,
}) => {
  await page.goto('/search?q=health');
  await waitForIslands(page);
  const results = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('link') });
  const pages = page.getByRole('navigation', { name: 'Pages of search results' });
  await expect(page.getByRole('status')).toContainText(/Showing 1 to 20 of \d+ results for “health”/);
  const firstOnPage1 = await results.first().textContent();
  await pages.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(page.getByRole('status')).toContainText(/Showing 21 to 40 of \d+ results/);
  await expect(results.first()).not.toHaveText(firstOnPage1!);
  await expectNoAxeViolations(page);
  await page.goBack();
  await expect(page.getByRole('status')).toContainText(/Showing 1 to 20 of/);

  const noScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await noScript.goto('/search?q=health');
  await noScript
    .getByRole('navigation', { name: 'Pages of search results' })
    .getByRole('link', { name: '2', exact: false })
    .first()
    .click();
  await expect(noScript).toHaveURL(/[?&]page=2/);
  await expect(noScript.getByText(/Showing 21 to 40 of \d+ results/)).toBeVisible();
});

test('a transcript search result opens the webinar at that moment', async ({ page }) => {
  await page.goto('/search?q=Fridericia&type=webinar');
  const result = page.getByRole('main').locator('a[href*="?t="]').first();
  const href = await result.getAttribute('href');
  await result.click();
  const seconds = /t=(\d+)/.exec(href!)![1];
  await expect(page.locator(`#cue-${seconds}`)).toBeInViewport();
});
