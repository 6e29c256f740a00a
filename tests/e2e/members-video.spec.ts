// The members-only webinar's video: never a public file, refused to everyone but those who may watch it, and sent in
// byte ranges so the player can seek.
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { signIn, waitForIslands } from './helpers.ts';

const webinar = '/webinars/lithium-in-acute-hospital-admissions';
const videoUrl = `${webinar}/video.webm`;
const file = readFile('media/members-only/lithium-in-acute-hospital-admissions.webm');

test('signed out or not a member, the video is refused with no bytes of it, and it is not a public file', async ({ browser, request }) => {
  const signedOut = await request.get(videoUrl, { headers: { range: 'bytes=0-' } });
  expect([signedOut.status(), await signedOut.text()]).toEqual([401, 'Sign in as a member of the pharmacy network to watch this webinar.']);
  expect((await request.head(videoUrl)).status()).toBe(401);
  for (const path of [
    '/webinars/lithium-in-acute-hospital-admissions.webm',
    '/media/members-only/lithium-in-acute-hospital-admissions.webm',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }

  const learner = await browser.newPage();
  await signIn(learner, 'learner@mindbody.example');
  const refused = await learner.request.get(videoUrl, { headers: { range: 'bytes=0-1023' } });
  expect([refused.status(), await refused.text()]).toEqual([403, 'This webinar is for members of the pharmacy network.']);
  await learner.close();
});

test('a member gets the whole video, or exactly the bytes of a range, and 416 for a range past its end', async ({ page }) => {
  const bytes = await file;
  const size = bytes.length;
  await signIn(page, 'pharmacist@mindbody.example');

  const whole = await page.request.get(videoUrl);
  expect([whole.status(), whole.headers()['content-type'], whole.headers()['accept-ranges'], whole.headers()['content-length']]).toEqual([
    200,
    'video/webm',
    'bytes',
    String(size),
  ]);
  expect((await whole.body()).equals(bytes)).toBe(true);

  for (const [range, start, end] of [
    ['bytes=0-1023', 0, 1023],
    [`bytes=${size - 100}-`, size - 100, size - 1],
    ['bytes=-500', size - 500, size - 1],
  ] as const) {
    const part = await page.request.get(videoUrl, { headers: { range } });
    expect([part.status(), part.headers()['content-range']], range).toEqual([206, `bytes ${start}-${end}/${size}`]);
    expect((await part.body()).equals(bytes.subarray(start, end + 1)), range).toBe(true);
  }

  const head = await page.request.head(videoUrl, { headers: { range: 'bytes=100-199' } });
  expect([head.status(), head.headers()['content-range'], head.headers()['content-length']]).toEqual([206, `bytes 100-199/${size}`, '100']);
  const beyond = await page.request.get(videoUrl, { headers: { range: `bytes=${size}-` } });
  expect([beyond.status(), beyond.headers()['content-range']]).toEqual([416, `bytes */${size}`]);
});

test('a member plays the video and seeks to a chapter, fetched in ranges', async ({ page }) => {
  await signIn(page, 'pharmacist@mindbody.example');
  const responses: { status: number; range: string }[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith(videoUrl)) responses.push({ status: r.status(), range: r.headers()['content-range'] ?? '' });
  });
  await page.goto(webinar);
  await waitForIslands(page);
  const video = page.locator('video');
  await expect(video).toHaveAttribute('src', videoUrl);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => Math.round(v.duration))).toBeGreaterThan(600);

  await page.getByRole('button', { name: /Discharge and follow-up/ }).click();
  // The chapter starts at 9:37: the seek is done when the player has the frames there.
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => (!v.seeking && v.readyState >= 2 ? Math.floor(v.currentTime) : -1)))
    .toBeGreaterThanOrEqual(570);
  expect(await video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeLessThan(600);
  expect(responses.length).toBeGreaterThan(0);
  expect(responses.filter((r) => r.status !== 206)).toEqual([]);
});
