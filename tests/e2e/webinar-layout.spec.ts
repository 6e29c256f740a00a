// A webinar page at desktop size: the video with its poster in the first screen, the transcript beside it, the page
// ending at its footer, and the video picking up where the person left off.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, waitForIslands } from './helpers.ts';

const withVideo = '/webinars/integrated-care-project-overview';
const others = ['/webinars/cardiology-ecg-and-qtc', '/webinars/haematology'];

test.use({ viewport: { width: 1280, height: 800 } });

async function blankTail(page: Page): Promise<number> {
  return page.evaluate(() => {
    const footer = document.querySelector('footer')!.getBoundingClientRect().bottom + window.scrollY;
    return document.documentElement.scrollHeight - footer;
  });
}

test('the page ends at its footer, with the video and its poster in the first screen and the transcript beside it', async ({ page }) => {
  await page.goto(withVideo);
  await waitForIslands(page);
  expect(await blankTail(page)).toBeLessThanOrEqual(2);

  const video = page.locator('video');
  await expect(video).toHaveAttribute('poster', `${withVideo}/poster.svg`);
  const box = (await video.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  const transcript = (await page.getByRole('region', { name: 'Transcript' }).boundingBox())!;
  expect(transcript.x).toBeGreaterThan(box.x + box.width);
  expect(transcript.y).toBeLessThan(box.y + box.height);

  const poster = await page.request.get(`${withVideo}/poster.svg`);
  expect(poster.headers()['content-type']).toBe('image/svg+xml');
  expect(await poster.text()).toContain('what the project built');
  await expectNoAxeViolations(page);
});

for (const url of others) {
  test(`${url} ends at its footer too`, async ({ page }) => {
    await page.goto(url);
    await waitForIslands(page);
    expect(await blankTail(page)).toBeLessThanOrEqual(2);
  });
}

test('coming back to a webinar continues from where the person paused, and can start again', async ({ page }) => {
  await page.goto(withVideo);
  await waitForIslands(page);
  await page.locator('video').evaluate(async (v: HTMLVideoElement) => {
    v.muted = true;
    await new Promise((resolve) => {
      v.addEventListener('loadedmetadata', resolve, { once: true });
      if (v.readyState >= 1) resolve(null);
    });
    v.currentTime = 95;
    await v.play();
    await new Promise((resolve) => setTimeout(resolve, 500));
    v.pause();
  });
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByRole('status').filter({ hasText: /Continuing from 1:3\d, where you left off/ })).toBeVisible();
  await expect.poll(() => page.locator('video').evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThanOrEqual(95);
  await expect(page.locator('.app-transcript__cue--current')).toHaveCount(1);

  await page.getByRole('button', { name: 'Start from the beginning' }).click();
  await expect.poll(() => page.locator('video').evaluate((v: HTMLVideoElement) => v.currentTime)).toBeLessThan(1);
});
