import { defineMiddleware } from 'astro:middleware';
import { backendWasUnavailable, createSupabase } from './lib/supabase/server.ts';
import { currentUser } from './lib/auth/current-user.ts';

const unavailablePage = '/service-unavailable';

/** On-demand pages get a supabase-js client for the request and the signed-in person, if any. */
export const onRequest = defineMiddleware(async (context, next) => {
  const reachesBackend = !context.isPrerendered && context.routePattern !== unavailablePage;
  if (reachesBackend) {
    context.locals.supabase = createSupabase(context.request, context.url, context.cookies, context.clientAddress);
    context.locals.user = await currentUser(context.locals.supabase);
  }
  let response = await next();
  // A page built while the database was down or stalled would mislead: answer 503 instead.
  if (reachesBackend && backendWasUnavailable(context.locals.supabase)) response = await context.rewrite(unavailablePage);
  if (!context.isPrerendered) response.headers.set('cache-control', 'private, no-store');
  return response;
});
