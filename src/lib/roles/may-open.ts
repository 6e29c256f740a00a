// Whether to offer someone a link to a page: the route table that guards the page decides, so a link is shown exactly
// when following it would work.
import { checkAccess } from '#lib/auth/route-access.ts';

export const mayOpen = (user: { roles: readonly string[] } | null | undefined, routePattern: string) => checkAccess(routePattern, user).ok;
