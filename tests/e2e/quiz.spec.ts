// A quiz reads before its JavaScript arrives (the server renders the first question in the island's own markup), works
// step by step without JavaScript, and lets a learner go back and change an answer before submitting.
import { expect, test, type Page } from '@playwright/test';
import { courseContent, type Quiz } from './quiz-helpers.ts';
import { bookPlace, expectNoAxeViolations, newLearner, waitForIslands } from './helpers.ts';

const oneAtATime = 'mental-health-skills-5-day-day-4'; // not shuffled, so question n is the n-th authored

const right = (quiz: Quiz, n: number) => quiz.questions[n]!.options.filter((o) => o.correct);
const wrong = (quiz: Quiz, n: number) => quiz.questions[n]!.options.find((o) => !o.correct)!;
const question = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^Question ${n} of`) });

test('the first question is on the page before the JavaScript loads, and hydrates in place', async ({ page }) => {
  await newLearner(page, 'Sam Slowphone');
  let release!: () => void;
  const scriptsHeld = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/_astro/*.js', async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.goto(`/quizzes/${oneAtATime}`, { waitUntil: 'domcontentloaded' });
  const first = page.getByRole('heading', { level: 2, name: /^Question 1 of \d+/ });
  await expect(first).toBeVisible();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
  const before = await first.boundingBox();
  release();
  await waitForIslands(page);
  expect(await first.boundingBox()).toEqual(before);
  await expectNoAxeViolations(page);
});

for (const javaScriptEnabled of [true, false]) {
  test(`one question at a time, ${javaScriptEnabled ? 'with' : 'without'} JavaScript: back, check your answers, change one, submit`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await newLearner(page, javaScriptEnabled ? 'Bea Back' : 'Nico NoScript');
    await bookPlace(page, 'mental-health-skills-5-day'); // quizzes are for people booked on the course
    const quiz = (await courseContent()).quizzes.get(oneAtATime)!;
    const count = quiz.questions.length;
    await page.goto(`/quizzes/${oneAtATime}`);
    if (javaScriptEnabled) await waitForIslands(page);

    // Question 1 wrong, by keyboard; then back from question 2 to find the answer kept.
    await question(page, 1).getByLabel(wrong(quiz, 0).text, { exact: true }).check();
    await page.keyboard.press('Enter');
    await expect(question(page, 2)).toBeVisible();
    await page.getByRole('button', { name: 'Previous question' }).click();
    await expect(question(page, 1).getByLabel(wrong(quiz, 0).text, { exact: true })).toBeChecked();
    await page.getByRole('button', { name: 'Continue' }).click();
    for (let n = 2; n <= count; n++) {
      for (const option of right(quiz, n - 1)) await question(page, n).getByLabel(option.text, { exact: true }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
    }

    await expect(page.getByRole('heading', { name: 'Check your answers before submitting' })).toBeVisible();
    const firstRow = page.locator('.nhsuk-summary-list__row').first();
    await expect(firstRow).toContainText(wrong(quiz, 0).text);
    if (javaScriptEnabled) await expectNoAxeViolations(page); // axe runs in the page
    await page.getByRole('button', { name: 'Change your answer to question 1' }).click();
    for (const option of right(quiz, 0)) await question(page, 1).getByLabel(option.text, { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { name: 'Check your answers before submitting' })).toBeVisible();
    await expect(firstRow).toContainText(right(quiz, 0)[0]!.text);

    await page.getByRole('button', { name: 'Submit answers' }).click();
    await expect(page.getByRole('heading', { name: /^You scored 100%/ })).toBeVisible();
    await expect(page.getByText('You passed', { exact: true })).toBeVisible();
    await context.close();
  });
}
