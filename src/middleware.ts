import { defineMiddleware } from 'astro:middleware';
import { backendWasUnavailable, createSupabase } from './lib/supabase/server.ts';
import { currentUser } from './lib/auth/current-user.ts';
import { bodyKind, readBody } from './lib/http/body.ts';
import { json } from './lib/http/json.ts';
import { checkAccess } from './lib/auth/route-access.ts';

const unavailablePage = '/service-unavailable';
const bodyMethods = ['POST', 'PUT', 'PATCH'];

/**
 * On-demand pages get a supabase-js client for the request and the signed-in person, if any. A body posted to one
 * that is not what it takes (a form, or JSON under /api/), over 1 MB or unreadable is refused here with a 4xx that says
 * why, before any page reads it.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (!context.isPrerendered && bodyMethods.includes(context.request.method)) {
    const kind = bodyKind(context.url.pathname);
    const body = await readBody(context.request.clone(), kind);
    if (!body.ok) {
      if (kind === 'json') return json(body.refusal.status, { code: 'invalid', message: body.refusal.message });
      context.locals.refusal = body.refusal;
      return context.rewrite(
        new Request(new URL('/request-refused', context.url), { headers: { cookie: context.request.headers.get('cookie') ?? '' } }),
      );
    }
  }
  const reachesBackend = !context.isPrerendered && context.routePattern !== unavailablePage;
  if (reachesBackend) {
    context.locals.supabase = createSupabase(context.request, context.url, context.cookies, context.clientAddress);
    context.locals.user = await currentUser(context.locals.supabase);
    const verdict = checkAccess(context.routePattern, context.locals.user, context.request.method);
    if (!verdict.ok) {
      const api = context.url.pathname.startsWith('/api/');
      if (verdict.reason === 'sign-in') {
        if (api) return json(401, { code: 'unauthenticated', message: 'Your session has ended. Sign in again.' });
        return context.redirect(
          `/sign-in?next=${encodeURIComponent(context.url.pathname + context.url.search)}`,
          context.request.method === 'GET' ? 302 : 303,
        );
      }
      if (api) return json(403, { code: 'forbidden', message: 'Your account does not have the role this needs.' });
      context.locals.requiredRoles = verdict.roles;
      return context.rewrite('/forbidden');
    }
  }
  let response = await next();
  // A page built while the database was down or stalled would mislead: answer 503 instead.
  if (reachesBackend && backendWasUnavailable(context.locals.supabase)) response = await context.rewrite(unavailablePage);
  if (!context.isPrerendered) response.headers.set('cache-control', 'private, no-store');
  return response;
});
