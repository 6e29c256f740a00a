// Every on-demand page and endpoint of the communities' lane (champions, pharmacy network, guidelines, webinars,
// educators, admin) has an entry in its route table, so the middleware decides who may open it before it runs.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { communityRoutes } from '#lib/auth/routes/community.ts';
import { checkAccess } from '#lib/auth/route-access.ts';

const pages = 'src/pages';
const folders = ['admin', 'api/webinars', 'champions', 'educator', 'guidelines', 'pharmacy-network', 'webinars', 'programme'];
const files = ['my-guidelines.astro', 'search.astro'];

/** Astro's route pattern for a file under src/pages, as `context.routePattern` gives it. */
const routePattern = (file: string) => `/${file.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '')}`.replace(/(.)\/$/, '$1');

async function onDemandRoutes(): Promise<string[]> {
  const inFolders = await Promise.all(
    folders.map(async (folder) => (await readdir(join(pages, folder), { recursive: true })).map((f) => join(folder, f))),
  );
  const routes: string[] = [];
  for (const file of [...inFolders.flat(), ...files].filter((f) => /\.(astro|ts)$/.test(f))) {
    if (/export const prerender = false/.test(await readFile(join(pages, file), 'utf8'))) routes.push(routePattern(file));
  }
  return routes.sort();
}

describe('the communities’ route table', () => {
  it('has an entry for every on-demand route of the lane, and none for a route that does not exist', async () => {
    const routes = await onDemandRoutes();
    expect(routes).toEqual(
      expect.arrayContaining(['/champions', '/educator/cohorts/[cohort]/learners.csv', '/api/webinars/[id]/progress', '/search']),
    );
    expect(Object.keys(communityRoutes).sort()).toEqual(routes);
  });

  it('reads a route file the way Astro names its route', () => {
    expect(routePattern('champions/index.astro')).toBe('/champions');
    expect(routePattern('educator/cohorts/[cohort]/learners.csv.ts')).toBe('/educator/cohorts/[cohort]/learners.csv');
    expect(routePattern('my-guidelines.astro')).toBe('/my-guidelines');
  });

  it('keeps each community’s pages to the people they are for', () => {
    const may = (route: string, ...roles: string[]) => checkAccess(route, { roles }).ok;
    expect(may('/champions/share', 'learner')).toBe(false);
    expect(may('/champions/share', 'champion')).toBe(true);
    expect(may('/champions/moderation', 'champion')).toBe(false);
    expect(may('/champions/moderation', 'educator')).toBe(true);
    expect(may('/champions/applications', 'educator')).toBe(false);
    expect(may('/pharmacy-network/applications', 'network_lead')).toBe(true);
    expect(may('/pharmacy-network/applications', 'educator')).toBe(false);
    expect(may('/educator/webinars.csv', 'learner')).toBe(false);
    expect(may('/educator/webinars.csv', 'admin')).toBe(true);
    expect(may('/admin/roles', 'educator')).toBe(false);
    expect(checkAccess('/guidelines/[id]', null).ok).toBe(true);
    expect(checkAccess('/champions', null).ok).toBe(false);
  });
});
