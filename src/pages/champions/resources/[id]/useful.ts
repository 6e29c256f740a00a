// POST /champions/resources/<id>/useful: a champion marks a resource useful, or takes the mark back.
import type { APIRoute } from 'astro';
import { setFlash } from '../../../../lib/flash.ts';
import { safeNext } from '../../../../lib/auth/safe-next.ts';
import { isResourceId } from '../../../../lib/champions/resource.ts';

export const prerender = false;

export const POST: APIRoute = async ({ params, request, locals, cookies, redirect }) => {
  const form = await request.formData();
  const next = safeNext(String(form.get('next') ?? ''), '/champions');
  if (!locals.user) return redirect(`/sign-in?next=${encodeURIComponent(next)}`, 303);
  if (!isResourceId(params.id)) return new Response(null, { status: 404 });
  if (!locals.user.roles.includes('champion')) {
    setFlash(cookies, { kind: 'error', message: 'Only Mind & Body Champions mark resources as useful.' });
    return redirect(next, 303);
  }
  const remove = form.get('action') === 'remove';
  const { error } = remove
    ? await locals.supabase.from('resource_useful').delete().eq('resource_id', params.id).eq('user_id', locals.user.id)
    : await locals.supabase.from('resource_useful').insert({ resource_id: params.id });
  setFlash(cookies, error && error.code !== '23505'
    ? { kind: 'error', message: error.code === '42501'
      ? 'You can mark resources in the library as useful, but not ones you shared.'
      : 'Your mark could not be saved. Try again in a minute.' }
    : { kind: 'success', message: remove ? 'Your useful mark has been removed.' : 'Marked as useful. Thank you: this helps others find good resources.' });
  // Back to the resource on the page the button was on.
  return redirect(`${next.split('#')[0]}#resource-${params.id}`, 303);
};
