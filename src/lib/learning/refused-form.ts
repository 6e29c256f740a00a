// A form posted to an endpoint, which has no page of its own to show errors on, that its schema refused: the NHS
// error page (/request-refused) with status 400 and what was wrong. Nothing has been changed.
import type { APIContext } from 'astro';
import type { FieldError } from '#lib/forms.ts';

export function refusedForm(context: APIContext, errors: FieldError[]): Promise<Response> {
  context.locals.refusal = { status: 400, message: errors.map((e) => e.message).join(' ') };
  const cookie = context.request.headers.get('cookie') ?? '';
  return context.rewrite(new Request(new URL('/request-refused', context.url), { headers: { cookie } }));
}
