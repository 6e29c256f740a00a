// Who may open each on-demand page: one table, read by the middleware before any page runs.
import type { AppRole } from './current-user.ts';
import { learningRoutes } from './routes/learning.ts';
import { communityRoutes } from './routes/community.ts';

/** Anyone; anyone signed in; or someone signed in with at least one of these roles. */
export type Access = 'public' | 'signed-in' | { anyOf: readonly AppRole[] };

/** One access for every method, or one to read the page (GET, HEAD) and another to post its form. */
export type RouteAccess = Access | { read: Access; post: Access };

/** Keyed by Astro's route pattern, as `context.routePattern` gives it: '/courses/[course]'. */
export type RouteTable = Readonly<Record<string, RouteAccess>>;

/** Astro's own on-demand routes: a server island (the header's account links) decides what to show by itself. */
export const astroRoutes: RouteTable = { '/_server-islands/[name]': 'public' };

export const routeAccess: RouteTable = { ...astroRoutes, ...learningRoutes, ...communityRoutes };

export type Verdict = { ok: true } | { ok: false; reason: 'sign-in' } | { ok: false; reason: 'forbidden'; roles: readonly AppRole[] };

/** The access a request needs; a route missing from the table is refused to everyone. */
function accessFor(routePattern: string, method: string): Access {
  const entry = routeAccess[routePattern] ?? { anyOf: [] };
  if (typeof entry === 'object' && 'read' in entry) return method === 'GET' || method === 'HEAD' ? entry.read : entry.post;
  return entry;
}

/** Whether this person may make this request. */
export function checkAccess(routePattern: string, user: { roles: readonly string[] } | null | undefined, method = 'GET'): Verdict {
  const access = accessFor(routePattern, method);
  if (access === 'public') return { ok: true };
  if (!user) return { ok: false, reason: 'sign-in' };
  if (access === 'signed-in' || access.anyOf.some((role) => user.roles.includes(role))) return { ok: true };
  return { ok: false, reason: 'forbidden', roles: access.anyOf };
}
