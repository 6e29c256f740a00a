// Tables fit at desktop width (no scroll box that scrolls by 2px, no clipped tags or buttons), scroll inside their box
// on a phone, and never widen the page.
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers.ts';

const tables = [
  { path: '/guidelines', as: undefined },
  { path: '/guidelines/lithium-monitoring', as: undefined },
  { path: '/guidelines/review', as: 'educator@mindbody.example' },
  { path: '/admin/roles', as: 'admin@mindbody.example' },
];

/** Scroll boxes that scroll sideways, as "scrolled width > width". */
const scrollingBoxes = (page: Page) =>
  page
    .locator('.nhsuk-scroll__content')
    .evaluateAll((boxes) =>
      boxes.filter((b) => b.scrollWidth > b.clientWidth).map((b) => `${b.getAttribute('aria-label')}: ${b.scrollWidth} > ${b.clientWidth}`),
    );

const pageOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const { path, as } of tables) {
  test(`${path}: tables fit at 1280 px, and the page never scrolls sideways at 390 px`, async ({ page }) => {
    if (as) await signIn(page, as);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    await expect(page.locator('.nhsuk-scroll__content').first()).toBeVisible();
    expect(await scrollingBoxes(page)).toEqual([]);
    // Nor does a box that does not scroll show a scroll shadow.
    const shadows = await page
      .locator('.nhsuk-scroll__content')
      .evaluateAll((boxes) => boxes.flatMap((b) => ['::before', '::after'].map((side) => getComputedStyle(b, side).opacity)));
    expect(new Set(shadows)).toEqual(new Set(['0']));
    // The table's box is as wide as the page's content, not squeezed beside the form above it.
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
    const box = await page.locator('.nhsuk-scroll').first().boundingBox();
    expect(Math.round(box!.x)).toBe(Math.round(heading!.x));
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    expect(await pageOverflow(page)).toBe(0);
  });
}

test('/admin/roles: every button shows whole at desktop width, on a light background style', async ({ page }) => {
  await signIn(page, 'admin@mindbody.example');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/admin/roles');
  const region = (await page.getByRole('region', { name: 'People and their roles' }).boundingBox())!;
  // Every button measured in one go: there is one for each role of each person.
  const buttons = await page
    .getByRole('table')
    .getByRole('button')
    .evaluateAll((all) =>
      all.map((b) => ({
        name: b.textContent!.trim(),
        right: b.getBoundingClientRect().right,
        reverse: b.matches('.nhsuk-button--reverse'),
      })),
    );
  expect(buttons.length).toBeGreaterThan(5);
  expect(buttons.filter((b) => b.right > region.x + region.width || b.reverse)).toEqual([]);
});
