import { describe, expect, it } from 'vitest';
import { checkAccess, routeAccess } from '../../src/lib/auth/route-access.ts';

const someone = (...roles: string[]) => ({ roles });

describe('checkAccess', () => {
  const guarded = Object.entries(routeAccess);

  it('sends anyone not signed in to sign in, for every guarded route', () => {
    for (const [route, access] of guarded) {
      if (access !== 'public') expect(checkAccess(route, null), route).toEqual({ ok: false, reason: 'sign-in' });
    }
  });

  it('lets in exactly the roles a route names', () => {
    for (const [route, access] of guarded) {
      if (typeof access !== 'object') continue;
      for (const role of access.anyOf) expect(checkAccess(route, someone(role)), `${route} ${role}`).toEqual({ ok: true });
      expect(checkAccess(route, someone('learner')), route).toEqual({ ok: false, reason: 'forbidden' });
    }
  });

  it('lets anyone open a public route', () => {
    expect(checkAccess('/', null)).toEqual({ ok: true });
  });
});
