// Who may open each on-demand page: one table, read by the middleware before any page runs.
import type { AppRole } from './current-user.ts';
import { learningRoutes } from './routes/learning.ts';
import { communityRoutes } from './routes/community.ts';

/** Anyone; anyone signed in; or someone signed in with at least one of these roles. */
export type Access = 'public' | 'signed-in' | { anyOf: readonly AppRole[] };

/** Keyed by Astro's route pattern, as `context.routePattern` gives it: '/courses/[course]'. */
export type RouteTable = Readonly<Record<string, Access>>;

/** Astro's own on-demand routes: a server island (the header's account links) decides what to show by itself. */
export const astroRoutes: RouteTable = { '/_server-islands/[name]': 'public' };

export const routeAccess: RouteTable = { ...astroRoutes, ...learningRoutes, ...communityRoutes };

export type Verdict = { ok: true } | { ok: false; reason: 'sign-in' | 'forbidden' };

/** Whether this person may open this route. A route missing from the table is refused to everyone. */
export function checkAccess(routePattern: string, user: { roles: readonly string[] } | null | undefined): Verdict {
  const access = routeAccess[routePattern] ?? { anyOf: [] };
  if (access === 'public') return { ok: true };
  if (!user) return { ok: false, reason: 'sign-in' };
  if (access === 'signed-in' || access.anyOf.some((role) => user.roles.includes(role))) return { ok: true };
  return { ok: false, reason: 'forbidden' };
}
