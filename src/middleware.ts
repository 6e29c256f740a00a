import { defineMiddleware } from 'astro:middleware';
import { createSupabase } from './lib/supabase/server.ts';
import { currentUser } from './lib/auth/current-user.ts';

/** On-demand pages get a supabase-js client for the request and the signed-in person, if any. */
export const onRequest = defineMiddleware(async (context, next) => {
  if (!context.isPrerendered) {
    context.locals.supabase = createSupabase(context.request, context.cookies, context.clientAddress);
    context.locals.user = await currentUser(context.locals.supabase);
  }
  const response = await next();
  if (!context.isPrerendered) response.headers.set('cache-control', 'private, no-store');
  return response;
});
