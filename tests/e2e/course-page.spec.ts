// A course page leads with what a learner came for: the next date, its places left and the Book button; the other
// dates wait in a closed "More dates" table, and the lesson counts agree with the progress panel.
import { expect, test } from '@playwright/test';
import { bookableCohort, expectNoAxeViolations, newLearner } from './helpers.ts';

const courseId = 'mental-health-skills-5-day';

test('the next date, places left and Book come first; the other dates are folded away', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await newLearner(page, 'Tomasz Topfirst');
  const cohort = await bookableCohort(courseId);
  await page.goto(`/courses/${courseId}`);
  const next = page.getByRole('region', { name: cohort.title });
  await expect(next).toContainText('Next date');
  await expect(next.getByText(new RegExp(`\\d+ of ${cohort.capacity} places left`))).toBeVisible();
  const book = next.getByRole('button', { name: 'Book a place' });
  expect((await book.boundingBox())!.y).toBeLessThan(844 * 1.5);
  await expect(next.getByText(/^Booking closes on /)).toHaveCount(1);

  const more = page.locator('#more-dates');
  await expect(more).not.toHaveAttribute('open');
  await expect(more.getByRole('table')).toBeHidden();
  await more.getByText(/^More dates \(\d+\)$/).click();
  await expect(more.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByText(/Booking opens .* and closes/)).toHaveCount(0);

  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(7000); // 9,836 px before, with every date a card
  await expectNoAxeViolations(page);

  // "14 required lessons and 1 optional" in the summary; "0 of 14 required lessons done" in the progress.
  const summary = (await page.getByText(/\d+ required lessons? and \d+ optional|^\d+ required lessons?,/).textContent())!;
  const required = /(\d+) required/.exec(summary)![1];
  await expect(page.getByText(new RegExp(`^0 of ${required} required lessons done`))).toBeVisible();
});
