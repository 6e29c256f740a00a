import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroRoutes, checkAccess, routeAccess } from '#lib/auth/route-access.ts';

const someone = (...roles: string[]) => ({ roles });

/** Astro's route pattern for every file under src/pages that renders on demand, as `context.routePattern` gives it. */
async function onDemandRoutes(): Promise<string[]> {
  const files = (await readdir('src/pages', { recursive: true })).filter((f) => /\.(astro|ts)$/.test(f));
  const routes: string[] = [];
  for (const file of files) {
    if (!/export const prerender = false/.test(await readFile(join('src/pages', file), 'utf8'))) continue;
    routes.push(`/${file.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '')}`.replace(/\/$/, '') || '/');
  }
  return routes.sort();
}

describe('the route table', () => {
  it('has exactly one entry for each page and endpoint that renders on demand', async () => {
    const routes = await onDemandRoutes();
    expect(routes.length).toBeGreaterThan(60);
    expect(
      Object.keys(routeAccess)
        .filter((route) => !(route in astroRoutes))
        .sort(),
    ).toEqual(routes);
  });
});

describe('checkAccess', () => {
  const guarded = Object.entries(routeAccess);

  it('sends anyone not signed in to sign in, for every guarded route', () => {
    for (const [route, access] of guarded) {
      const read = typeof access === 'object' && 'read' in access ? access.read : access;
      if (read !== 'public') expect(checkAccess(route, null), route).toEqual({ ok: false, reason: 'sign-in' });
    }
  });

  it('lets in exactly the roles a route names', () => {
    for (const [route, access] of guarded) {
      if (typeof access !== 'object' || !('anyOf' in access)) continue;
      for (const role of access.anyOf) expect(checkAccess(route, someone(role)), `${route} ${role}`).toEqual({ ok: true });
      expect(checkAccess(route, someone('learner')), route).toEqual({ ok: false, reason: 'forbidden', roles: access.anyOf });
    }
  });

  it('lets anyone open a public route, and refuses everyone a route the table does not list', () => {
    expect(checkAccess('/courses/[course]', null)).toEqual({ ok: true });
    expect(checkAccess('/not-in-the-table', someone('admin'))).toEqual({ ok: false, reason: 'forbidden', roles: [] });
  });

  it('lets anyone read a page whose form only someone signed in may post', () => {
    for (const method of ['GET', 'HEAD']) expect(checkAccess('/pharmacy-network', null, method)).toEqual({ ok: true });
    expect(checkAccess('/pharmacy-network', null, 'POST')).toEqual({ ok: false, reason: 'sign-in' });
    expect(checkAccess('/quizzes/[quiz]', null, 'POST')).toEqual({ ok: false, reason: 'sign-in' });
    expect(checkAccess('/quizzes/[quiz]', someone('learner'), 'POST')).toEqual({ ok: true });
  });
});
