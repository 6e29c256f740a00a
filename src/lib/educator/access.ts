// Who may see the educator dashboards, which courses they run, and what to say when the database says no.
import type { AppRole } from '#lib/auth/current-user.ts';

interface Viewer {
  email: string;
  roles: readonly AppRole[];
}

/** The courses whose `educators` list the viewer's e-mail address (case-insensitive); an admin sees every course. As course_dashboard
 * decides (private.sees_course); tests/db/role-rules.test.ts checks they agree. */
export function coursesRunBy<T extends { educators: readonly string[] }>(courses: readonly T[], viewer: Viewer): T[] {
  if (viewer.roles.includes('admin')) return [...courses];
  if (!viewer.roles.includes('educator')) return [];
  const email = viewer.email.trim().toLowerCase();
  return courses.filter((c) => c.educators.some((e) => e.trim().toLowerCase() === email));
}

/** Why figures could not be shown: 403 when the database refused, 503 when it could not be reached or failed. */
export interface Refusal {
  status: 403 | 503;
  message: string;
}

export const unavailableMessage = 'The figures cannot be loaded just now. Try again in a few minutes.';
export const forbiddenMessage = 'You can see the learners of the courses you run only.';

/** The refusal for an rpc error (`hint` 'forbidden' from `private.refuse`), or null when there was none. */
export function refusalOf(error: { message?: string; hint?: string | null } | null | undefined): Refusal | null {
  if (!error) return null;
  if (error.hint === 'forbidden') return { status: 403, message: error.message || forbiddenMessage };
  return { status: 503, message: unavailableMessage };
}
