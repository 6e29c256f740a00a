// Bad bodies posted to the site (the wrong content type, over 1 MB, unreadable, the wrong shape) get a 4xx that says
// what was wrong, never a 500, and change nothing. Every page or endpoint that takes a POST is found from src/pages.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { adminSql, expectNoAxeViolations, signIn } from './helpers.ts';

/** The URL of every route file under src/pages that handles a POST, with `x` for each route parameter. */
async function postRoutes(): Promise<string[]> {
  const files = (await readdir('src/pages', { recursive: true })).filter((f) => /\.(astro|ts)$/.test(f));
  const routes: string[] = [];
  for (const file of files) {
    if (!/export const POST|method === 'POST'/.test(await readFile(join('src/pages', file), 'utf8'))) continue;
    const path = relative('.', file)
      .replace(/\.(astro|ts)$/, '')
      .replace(/(^|\/)index$/, '')
      .replace(/\[[^\]]+\]/g, 'x');
    routes.push(`/${path}`);
  }
  return routes.sort();
}

const big = 'a'.repeat(1024 * 1024 + 10);
const learnerId = '00000000-0000-4000-8000-000000000001';
const learnerRows = async () =>
  adminSql(
    `select (select count(*) from public.bookings where user_id = $1)::int as bookings,
          (select count(*) from public.lesson_progress where user_id = $1)::int as progress`,
    [learnerId],
  );

async function signedInRequest(page: Page): Promise<APIRequestContext> {
  await signIn(page, 'learner@mindbody.example');
  return page.request;
}

test('every POST route refuses a body that is not a form, or not JSON under /api/, with 415 and a message', async ({ page, baseURL }) => {
  const request = await signedInRequest(page);
  const routes = await postRoutes();
  expect(routes).toEqual(
    expect.arrayContaining(['/bookings', '/progress', '/sign-in', '/sign-up', '/forgot-password', '/api/quizzes/x/attempts']),
  );
  const before = await learnerRows();
  for (const route of routes) {
    const api = route.startsWith('/api/');
    const response = await request.post(route, {
      headers: { origin: baseURL!, 'content-type': api ? 'text/plain' : 'application/json' },
      data: api ? 'answers' : JSON.stringify({ cohort: 'x', lesson: 'x' }),
      maxRedirects: 0,
    });
    expect(response.status(), route).toBe(415);
    const message = api ? (await response.json()).message : await response.text();
    expect(message, route).toContain(api ? 'Send this as JSON' : 'This page takes a form');
  }
  expect(await learnerRows()).toEqual(before);
});

test('a form post over 1 MB is 413 and an unreadable one 400, on an NHS error page that says why', async ({ page, baseURL }) => {
  const request = await signedInRequest(page);
  const before = await learnerRows();
  const tooBig = await request.post('/bookings', { headers: { origin: baseURL! }, form: { cohort: 'x', notes: big }, maxRedirects: 0 });
  expect(tooBig.status()).toBe(413);
  expect(await tooBig.text()).toContain('larger than 1 MB');

  const broken = await request.post('/sign-up', {
    headers: { origin: baseURL!, 'content-type': 'multipart/form-data' },
    data: 'no boundary here',
    maxRedirects: 0,
  });
  expect(broken.status()).toBe(400);
  expect(await broken.text()).toContain('The form could not be read');
  expect(await learnerRows()).toEqual(before);

  await page.setContent(await tooBig.text());
  await expect(page.getByRole('heading', { name: 'Your form could not be sent' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('larger than 1 MB');
  const refusedPage = await request.get('/request-refused');
  expect(refusedPage.status()).toBe(404);
});

test('a streamed body without a Content-Length is cut off at 1 MB too', async ({ baseURL }) => {
  const chunks = Array.from({ length: 20 }, () => new TextEncoder().encode('a'.repeat(100_000)));
  const stream = new ReadableStream<Uint8Array>({ pull: (c) => (chunks.length ? c.enqueue(chunks.pop()!) : c.close()) });
  const response = await fetch(`${baseURL}/progress`, {
    method: 'POST',
    body: stream,
    duplex: 'half',
    redirect: 'manual',
    headers: { origin: baseURL!, 'content-type': 'application/x-www-form-urlencoded' },
  } as RequestInit);
  expect(response.status).toBe(413);
  const json = await fetch(`${baseURL}/api/webinars/x/progress`, {
    method: 'POST',
    body: JSON.stringify({ ranges: [[0, 1]], pad: big }),
    headers: { 'content-type': 'application/json' },
  });
  expect(json.status).toBe(413);
  expect((await json.json()).message).toContain('larger than 1 MB');
});

test('quiz answers that are not an object and webinar ranges that are not a list are 400 with what to send', async ({ page }) => {
  const request = await signedInRequest(page);
  const attempts = () => adminSql('select count(*)::int as n from public.quiz_attempts where user_id = $1', [learnerId]);
  const before = await attempts();
  for (const answers of ['all of them', 7, [['q1', 'a']], { q1: 'a' }]) {
    const response = await request.post('/api/quizzes/mental-health-skills-5-day-day-1/attempts', { data: { answers } });
    expect(response.status(), JSON.stringify(answers)).toBe(400);
    expect(await response.json()).toEqual({
      code: 'invalid',
      message: expect.stringContaining('question ids, each with the list of option ids'),
    });
  }
  for (const ranges of ['0-60', { start: 0, end: 60 }, [[0, '60']], [[0, 1, 2]]]) {
    const response = await request.post('/api/webinars/cardiology-ecg-and-qtc/progress', { data: { ranges } });
    expect(response.status(), JSON.stringify(ranges)).toBe(400);
    expect(await response.json()).toEqual({ code: 'invalid', message: expect.stringContaining('[start, end] pairs of seconds') });
  }
  expect(await attempts()).toEqual(before);
});

test('a certificate code with a NUL in it is 400 with the shape of a code, typed or in the address', async ({ page, request }) => {
  const inAddress = await request.get('/verify/7K4P-Q2XD-9HTR-W3NC%00');
  expect(inAddress.status()).toBe(400);
  expect(await inAddress.text()).toContain('A certificate code has 16 letters and numbers');
  const typed = await request.get(`/verify?code=${encodeURIComponent('7K4P-Q2XD-9HTR-W3NC\u0000')}`, { maxRedirects: 0 });
  expect(typed.status()).toBe(400);

  const response = await page.goto('/verify/AAAA%00BBBB');
  expect(response!.status()).toBe(400);
  await expect(page.getByRole('alert')).toContainText('A certificate code has 16 letters and numbers');
  await expectNoAxeViolations(page);
});
