import { defineMiddleware } from 'astro:middleware';
import { createSupabase } from './lib/supabase/server.ts';
import { currentUser } from './lib/auth/current-user.ts';
import { bodyKind, readBody } from './lib/http/body.ts';
import { json } from './lib/http/json.ts';

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
      return context.rewrite(new Request(new URL('/request-refused', context.url), { headers: { cookie: context.request.headers.get('cookie') ?? '' } }));
    }
  }
  if (!context.isPrerendered) {
    context.locals.supabase = createSupabase(context.request, context.cookies);
    context.locals.user = await currentUser(context.locals.supabase);
  }
  const response = await next();
  if (!context.isPrerendered) response.headers.set('cache-control', 'private, no-store');
  return response;
});
