// The CPD record takes CPD done elsewhere (and lets it go again), and the lessons' Reflect prompts have a place to
// write that feeds the record.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, newLearner } from './helpers.ts';

test('CPD done elsewhere is added with its own date, hours and type, explained when incomplete, and can be removed', async ({ page }) => {
  await newLearner(page, 'Wiktoria Elsewhere');
  await page.goto('/my-learning/cpd');
  await page.getByRole('link', { name: 'Add CPD you did elsewhere' }).click();
  await page.getByRole('button', { name: 'Add to your CPD record' }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole('alert').getByRole('link', { name: 'Enter what the activity was' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('What was the activity?').fill('Trust study day: falls prevention');
  await page.getByLabel('Day').fill('27');
  await page.getByLabel('Month').fill('3');
  await page.getByLabel('Year').fill('2026');
  await page.getByLabel('How many hours?').fill('6.5');
  await page.getByLabel('Yes, participatory').check();
  await page.getByLabel('What I learned (optional)').fill('Lying and standing blood pressure');
  await page.getByRole('button', { name: 'Add to your CPD record' }).press('Enter');

  const entry = page.getByRole('region', { name: 'Trust study day: falls prevention' });
  await expect(entry).toContainText('27 March 2026. 6.5 hours, participatory. Added by you.');
  await expect(entry.getByLabel('What I learned')).toHaveValue('Lying and standing blood pressure');
  await expect(page.getByText('6.5 hours', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await entry.getByRole('button', { name: /Remove/ }).click();
  await expect(page.getByRole('alert')).toContainText('is removed from your CPD record');
  await expect(entry).toHaveCount(0);
});

test("a lesson's Reflect prompts have a place to write, and the reflection appears in the CPD record", async ({ page }) => {
  await newLearner(page, 'Rhiannon Reflects');
  const lesson = '/courses/mental-health-skills-3-week/week-1/delirium-and-dementia';
  await page.goto(lesson);
  const box = page.getByLabel('Your answers to the questions above');
  await box.fill('We screen with the 4AT on admission; nights could do better.');
  await box.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Your reflection is saved');
  await expect(box).toHaveValue('We screen with the 4AT on admission; nights could do better.');
  await expectNoAxeViolations(page);

  await page.goto('/my-learning/cpd');
  const reflections = page.getByRole('region', { name: 'Reflections on a course in progress' });
  await expect(reflections.getByRole('link', { name: /Delirium/ })).toHaveAttribute(
    'href',
    '/courses/mental-health-skills-3-week/week-1/delirium-and-dementia#your-reflection',
  );
  await expect(reflections).toContainText('We screen with the 4AT on admission; nights could do better.');
  await expectNoAxeViolations(page);
});
