// What each role is called on the page, and which an admin grants from the roles page.
export const roleNames = {
  learner: 'Learner', pharmacist: 'Pharmacist', champion: 'Mind & Body Champion', educator: 'Educator', admin: 'Administrator',
  network_lead: 'Pharmacy network lead',
} as const;

export const grantableRoles = ['educator', 'champion', 'network_lead'] as const;
