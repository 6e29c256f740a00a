// Pages axe found problems on: every webinar series (heading order) and the review list (two regions, one name).
// Both rules are axe best practices, outside the WCAG tags the other tests run, so they are run here by name too.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './helpers.ts';

async function expectHeadingsAndLandmarksInOrder(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withRules(['heading-order', 'landmark-unique', 'page-has-heading-one']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await expectNoAxeViolations(page);
}

for (const series of ['physical-health-for-psychiatry', 'pharmacy-network', 'imphs']) {
  test(`the ${series} webinar series page has its headings in order, signed out and as a member`, async ({ page }) => {
    test.slow(); // two pages, each checked twice by axe
    await page.goto(`/webinars/series/${series}`);
    await expectHeadingsAndLandmarksInOrder(page);
    await signIn(page, 'pharmacist@mindbody.example');
    await page.goto(`/webinars/series/${series}`);
    await expectHeadingsAndLandmarksInOrder(page);
  });
}

test('the guidelines review list names each of its regions once', async ({ page }) => {
  await signIn(page, 'educator@mindbody.example');
  await page.goto('/guidelines/review');
  await expectHeadingsAndLandmarksInOrder(page);
});
