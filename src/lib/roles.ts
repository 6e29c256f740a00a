// What each role is called on the page, which an admin grants from the roles page, and who does what. The roles
// themselves are the database's enum (public.app_role); each list below is checked against the SQL that enforces it
// (tests/db/role-rules.test.ts), so a page never offers what the database would refuse.
import type { AppRole } from './auth/current-user.ts';

export const roleNames = {
  learner: 'Learner',
  pharmacist: 'Pharmacist',
  champion: 'Mind & Body Champion',
  educator: 'Educator',
  admin: 'Administrator',
  network_lead: 'Pharmacy network lead',
} as const satisfies Record<AppRole, string>;

/** The roles an admin grants and revokes directly (policy on public.user_roles). */
export const grantableRoles = ['educator', 'champion', 'network_lead'] as const satisfies readonly AppRole[];
export type GrantableRole = (typeof grantableRoles)[number];

/** A role's name inside a sentence: "Grant educator", "Grant Mind & Body Champion" (a proper name keeps its capitals). */
export const roleInSentence = (role: keyof typeof roleNames) => (role === 'champion' ? roleNames[role] : roleNames[role].toLowerCase());

/** Course dashboards, cohort learners, webinar figures and their CSV files (SQL: private.sees_course, webinar_insight). */
export const courseInsightRoles = ['educator', 'admin'] as const satisfies readonly AppRole[];
/** Approving and rejecting champions' resources (SQL: private.moderates). */
export const moderatorRoles = ['educator', 'admin'] as const satisfies readonly AppRole[];
/** Decisions on applications to the pharmacy network (SQL: private.manages_network). */
export const networkManagerRoles = ['network_lead', 'admin'] as const satisfies readonly AppRole[];
/** The list of guidelines due for review: content decides the dates; no SQL is involved. */
export const guidelineReviewerRoles = ['educator', 'admin'] as const satisfies readonly AppRole[];

interface HasRoles {
  roles: readonly string[];
}

const holdsAnyOf = (roles: readonly AppRole[]) => (user: HasRoles | null | undefined) =>
  !!user?.roles.some((r) => (roles as readonly string[]).includes(r));

export const seesCourseInsight = holdsAnyOf(courseInsightRoles);
export const moderatesResources = holdsAnyOf(moderatorRoles);
export const managesNetwork = holdsAnyOf(networkManagerRoles);
