// Access to the pages of the communities and their leads: champions, the pharmacy network, guidelines, webinars,
// educators' dashboards and the admin's roles page.
import type { RouteTable } from '../route-access.ts';

export const communityRoutes: RouteTable = {};
