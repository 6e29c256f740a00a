// Watching a webinar: the time actually played counts, 90 % adds the CPD minutes, and the transcript drives the video.
import { expect, test, type Page } from '@playwright/test';
import { adminSql, expectNoAxeViolations, newLearner, scaled, signIn, waitForIslands } from './helpers.ts';

const webinar = '/webinars/integrated-care-project-overview';

const video = (page: Page) => page.locator('video');

test('watching the demo video to the end counts it as watched and adds its CPD minutes to the record', async ({ page }) => {
  test.slow();
  await newLearner(page, 'Wendy Watcher');
  await page.goto(webinar);
  await waitForIslands(page);
  await expectNoAxeViolations(page);

  // Play the whole video at the browser's fastest rate, muted so that it may play without a gesture.
  await video(page).evaluate(async (v: HTMLVideoElement) => {
    v.muted = true;
    v.playbackRate = 16;
    await v.play();
  });
  await expect
    .poll(() => video(page).evaluate((v: HTMLVideoElement) => v.ended), { timeout: scaled(120_000), intervals: [2000] })
    .toBe(true);
  await expect(page.getByRole('status').filter({ hasText: /CPD minutes added/ })).toBeVisible({ timeout: scaled(15_000) });

  await page.goto('/my-learning/cpd');
  await expect(page.getByRole('heading', { name: /^Webinar: / })).toBeVisible();
  await expect(page.getByText(/0\.2 hours, self-directed/)).toBeVisible();

  await page.goto('/webinars/series/imphs');
  await expect(page.getByText('You have watched 1 of 1.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('seeking past the video does not count as watching it', async ({ page }) => {
  const email = await newLearner(page, 'Sam Seeker');
  await page.goto(webinar);
  await waitForIslands(page);
  await video(page).evaluate(async (v: HTMLVideoElement) => {
    v.muted = true;
    await new Promise((resolve) => {
      v.addEventListener('loadedmetadata', resolve, { once: true });
      if (v.readyState >= 1) resolve(null);
    });
    v.currentTime = 400;
    await v.play();
    // Two seconds of playing, by the video's own clock however slowly the machine plays it.
    await new Promise((resolve) =>
      v.addEventListener('timeupdate', function played() {
        if (v.currentTime < 402) return;
        v.removeEventListener('timeupdate', played);
        resolve(null);
      }),
    );
    v.pause();
  });
  const watched = () =>
    adminSql(
      `select v.seconds_watched::float as s from public.webinar_views v join auth.users u on u.id = v.user_id
    where u.email = $1 and v.webinar_id = 'integrated-care-project-overview'`,
      [email],
    ).then((rows) => (rows[0] as { s: number } | undefined)?.s ?? 0);
  await expect.poll(watched, { timeout: scaled(15_000) }).toBeGreaterThan(0);
  expect(await watched()).toBeLessThan(10);
  await expect(page.getByRole('status').filter({ hasText: /CPD minutes added/ })).toHaveCount(0);
  await page.goto('/webinars/series/imphs');
  await expect(page.getByText('You have watched 0 of 1.')).toBeVisible();
});

test('a transcript line, a chapter and a search result each take the video to that moment', async ({ page }) => {
  await page.goto(webinar);
  await waitForIslands(page);
  const cue = page.locator('.app-transcript__cue').nth(10);
  const time = (await cue.getByRole('button').textContent())!.replace('Go to ', '');
  const [m, s] = time.split(':').map(Number);
  await cue.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => video(page).evaluate((v: HTMLVideoElement) => Math.floor(v.currentTime))).toBe(m! * 60 + s!);

  await page.getByRole('button', { name: /What it left behind/ }).click();
  await expect.poll(() => video(page).evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(60);

  await page.getByLabel('Search the transcript').fill('champions');
  await expect(page.getByRole('status').filter({ hasText: /match/ })).toBeVisible();

  await page.goto('/search?q=IMPARTS&type=webinar');
  const result = page.getByRole('main').locator('a[href*="integrated-care-project-overview?t="]').first();
  const seconds = Number(/t=(\d+)/.exec((await result.getAttribute('href'))!)![1]);
  await result.click();
  await waitForIslands(page);
  await expect.poll(() => video(page).evaluate((v: HTMLVideoElement) => Math.floor(v.currentTime))).toBe(seconds);
});

test('the members-only webinar has its video, transcript and chapters for a member', async ({ page }) => {
  await signIn(page, 'pharmacist@mindbody.example');
  await page.goto('/webinars/lithium-in-acute-hospital-admissions');
  await expect(video(page)).toHaveAttribute('src', '/webinars/lithium-in-acute-hospital-admissions/video.webm');
  await expect(page.getByText('The video of this webinar is not included in the demo')).toHaveCount(0);
  await waitForIslands(page);
  await expect(page.locator('.app-transcript__cue').first()).toBeVisible();
  await expectNoAxeViolations(page);
});
