// What each role is called on the page, and which an admin grants from the roles page.
export const roleNames = {
  learner: 'Learner', pharmacist: 'Pharmacist', champion: 'Mind & Body Champion', educator: 'Educator', admin: 'Administrator',
  network_lead: 'Pharmacy network lead',
} as const;

export const grantableRoles = ['educator', 'champion', 'network_lead'] as const;
export type GrantableRole = (typeof grantableRoles)[number];
export const isGrantableRole = (role: string): role is GrantableRole => (grantableRoles as readonly string[]).includes(role);

/** A role's name inside a sentence: "Grant educator", "Grant Mind & Body Champion" (a proper name keeps its capitals). */
export const roleInSentence = (role: keyof typeof roleNames) => (role === 'champion' ? roleNames[role] : roleNames[role].toLowerCase());

interface HasRoles {
  roles: readonly string[];
}

/** Educators and admins: course insight, moderation, guidelines due for review. */
export const teaches = (user: HasRoles | null | undefined) => !!user?.roles.some((r) => r === 'educator' || r === 'admin');

/** Admins and network leads: decisions on applications to the pharmacy network. */
export const managesNetwork = (user: HasRoles | null | undefined) => !!user?.roles.some((r) => r === 'admin' || r === 'network_lead');
