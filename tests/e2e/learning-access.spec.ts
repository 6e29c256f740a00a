// The route table, not the pages, keeps a learner's records behind sign-in: every signed-in route of the learning
// table sends a signed-out visitor to sign in (401 JSON under /api/), and comes back to the page afterwards.
import { expect, test } from '@playwright/test';
import { learningRoutes } from '#lib/auth/routes/learning.ts';

const someId = '00000000-0000-4000-8000-00000000abcd';

test('every signed-in learning route asks a signed-out visitor to sign in first', async ({ request }) => {
  const guarded = Object.entries(learningRoutes)
    .filter(([, access]) => access === 'signed-in')
    .map(([route]) => route);
  expect(guarded.length).toBeGreaterThan(15);
  for (const route of guarded) {
    const path = route.replace(/\[\.\.\.[^\]]+\]/g, 'a/b').replace(/\[[^\]]+\]/g, someId);
    const response = await request.get(path, { maxRedirects: 0 });
    if (path.startsWith('/api/')) {
      expect(response.status(), path).toBe(401);
      expect(await response.json(), path).toEqual({ code: 'unauthenticated', message: 'Your session has ended. Sign in again.' });
    } else {
      expect(response.status(), path).toBe(302);
      expect(response.headers().location, path).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
    }
  }
});

test('a public learning page opens signed out', async ({ request }) => {
  for (const path of ['/courses/mental-health-skills-5-day', '/quizzes/mental-health-skills-5-day-day-1', '/sign-in', '/verify']) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
  }
});

test('a page anyone may read sends a signed-out visitor who posts its form to sign in first', async ({ request, baseURL }) => {
  for (const path of ['/quizzes/mental-health-skills-5-day-day-1', '/pharmacy-network']) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
    const posted = await request.post(path, {
      form: { intent: 'submit', job_role: 'Pharmacist' },
      headers: { origin: baseURL! },
      maxRedirects: 0,
    });
    expect(posted.status(), path).toBe(303);
    expect(posted.headers().location, path).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
  }
});
