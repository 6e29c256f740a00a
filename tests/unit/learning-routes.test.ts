// Every on-demand page or endpoint of the learner's side of the site has a line in its route table, so the middleware
// decides who may open it (a route missing from the table will be refused once the tables are complete).
import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { learningRoutes } from '#lib/auth/routes/learning.ts';

const folders = [
  'account',
  'auth',
  'bookings',
  'certificates',
  'courses',
  'my-learning',
  'progress',
  'quizzes',
  'reflections',
  'verify',
  'api/quizzes',
];
const pages = [
  'sign-in',
  'sign-out',
  'sign-up',
  'signed-out',
  'forgot-password',
  'index',
  '404',
  '500',
  'accessibility',
  'forbidden',
  'request-refused',
  'service-unavailable',
];

/** Astro's route pattern for a file under src/pages, as `context.routePattern` gives it. */
const routePattern = (file: string) => `/${file.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '')}`;

async function laneFiles(): Promise<string[]> {
  const top = (await readdir('src/pages')).filter((f) => pages.includes(f.replace(/\.(astro|ts)$/, '')));
  const nested = await Promise.all(
    folders.map(async (folder) => (await readdir(join('src/pages', folder), { recursive: true })).map((f) => `${folder}/${f}`)),
  );
  return [...top, ...nested.flat()].filter((f) => /\.(astro|ts)$/.test(f));
}

async function onDemandRoutes(): Promise<string[]> {
  const routes: string[] = [];
  for (const file of await laneFiles()) {
    if (/export const prerender = false/.test(await readFile(join('src/pages', file), 'utf8'))) routes.push(routePattern(file));
  }
  return routes.sort();
}

describe('the learning route table', () => {
  it('has an entry for every on-demand route of the learning pages', async () => {
    const routes = await onDemandRoutes();
    expect(routes).toEqual(
      expect.arrayContaining(['/account', '/bookings/[id]/calendar.ics', '/courses/[...lesson]', '/api/quizzes/[quiz]/attempts']),
    );
    expect(routes.filter((route) => !(route in learningRoutes))).toEqual([]);
  });

  it('names only routes that exist and render on demand', async () => {
    const routes = await onDemandRoutes();
    expect(Object.keys(learningRoutes).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('keeps everything about a person behind sign-in', () => {
    for (const route of ['/account', '/my-learning', '/bookings/[id]', '/certificates/[id].pdf', '/api/quizzes/[quiz]/attempts']) {
      expect(learningRoutes[route], route).toBe('signed-in');
    }
  });
});
