// A form posted to an endpoint with no page of its own (a button such as "Mark as useful") that is not what the
// endpoint takes: answered 400 on the NHS error page that says what was wrong, as the middleware answers unreadable bodies.
import type { APIContext } from 'astro';
import type { FieldError } from '#lib/forms.ts';

export function refuseForm(context: Pick<APIContext, 'locals' | 'request' | 'url' | 'rewrite'>, errors: FieldError[]): Promise<Response> {
  context.locals.refusal = { status: 400, message: errors.map((e) => e.message).join(' ') };
  // A GET, so the refusal page does not read the body again; the cookie keeps the person signed in on it.
  return context.rewrite(
    new Request(new URL('/request-refused', context.url), { headers: { cookie: context.request.headers.get('cookie') ?? '' } }),
  );
}
