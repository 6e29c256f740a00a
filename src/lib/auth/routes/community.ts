// Access to the pages of the communities and their leads: champions, the pharmacy network, guidelines, webinars,
// educators' dashboards and the admin's roles page.
import type { RouteTable } from '#lib/auth/route-access.ts';
import { courseInsightRoles, guidelineReviewerRoles, moderatorRoles, networkManagerRoles } from '#lib/roles.ts';

const educators = { anyOf: courseInsightRoles };
const admins = { anyOf: ['admin'] } as const;

export const communityRoutes: RouteTable = {
  '/admin/roles': admins,

  '/champions': 'signed-in',
  '/champions/join': 'signed-in',
  '/champions/applications': admins,
  '/champions/share': { anyOf: ['champion'] },
  // Someone who is no longer a champion may still see and withdraw what they shared.
  '/champions/mine': 'signed-in',
  '/champions/moderation': { anyOf: moderatorRoles },
  '/champions/resources/[id]/edit': 'signed-in',
  '/champions/resources/[id]/withdraw': 'signed-in',
  '/champions/resources/[id]/report': 'signed-in',
  '/champions/resources/[id]/useful': { anyOf: ['champion'] },

  '/educator': educators,
  '/educator/webinars.csv': educators,
  '/educator/courses/[course]': educators,
  '/educator/courses/[course]/cohorts.csv': educators,
  '/educator/courses/[course]/questions.csv': educators,
  '/educator/cohorts/[cohort]': educators,
  '/educator/cohorts/[cohort]/learners.csv': educators,

  // Members-only guidelines and webinars are public pages that show their body to members only.
  '/guidelines': 'public',
  '/guidelines/[id]': 'public',
  '/guidelines/[id]/bookmark': 'signed-in',
  '/guidelines/review': { anyOf: guidelineReviewerRoles },
  '/my-guidelines': 'signed-in',

  // Anyone may read about the network; applying needs an account.
  '/pharmacy-network': { read: 'public', post: 'signed-in' },
  '/pharmacy-network/applications': { anyOf: networkManagerRoles },

  '/search': 'public',

  '/webinars/series/[series]': 'public',
  '/webinars/[id]': 'public',
  '/webinars/[id]/captions.vtt': 'public',
  '/webinars/[id]/slides.pdf': 'public',
  '/webinars/[id]/video.webm': 'public',
  '/api/webinars/[id]/progress': 'signed-in',
};
