// POST /champions/resources/<id>/useful: a champion marks a resource useful, or takes the mark back.
import type { APIRoute } from 'astro';
import { setFlash } from '#lib/flash.ts';
import { readForm } from '#lib/forms.ts';
import { isResourceId } from '#lib/champions/resource.ts';
import { markUseful } from '#lib/champions/writes.ts';
import { usefulForm } from '#lib/champions/useful-form.ts';
import { refuseForm } from '#lib/http/refuse-form.ts';

export const prerender = false;

export const POST: APIRoute = async (context) => {
  const { params, request, locals, cookies, redirect } = context;
  if (!isResourceId(params.id)) return new Response(null, { status: 404 });
  const read = readForm(usefulForm, await request.formData());
  if (!read.ok) return refuseForm(context, read.errors);
  const remove = read.data.action === 'remove';
  const marked = await markUseful(locals.supabase, params.id, locals.user!.id, remove);
  setFlash(
    cookies,
    marked.ok
      ? {
          kind: 'success',
          message: remove ? 'Your useful mark has been removed.' : 'Marked as useful. Thank you: this helps others find good resources.',
        }
      : { kind: 'error', message: marked.message },
  );
  // Back to the resource on the page the button was on.
  return redirect(`${read.data.next.split('#')[0]}#resource-${params.id}`, 303);
};
