// POST /guidelines/<id>/bookmark: a member keeps (or stops keeping) a guideline in My guidelines.
import type { APIRoute } from 'astro';
import { setFlash } from '../../../lib/flash.ts';
import { refusalMessage } from '../../../lib/http/refusal.ts';

export const prerender = false;

export const POST: APIRoute = async ({ params, request, locals, cookies, redirect }) => {
  const back = `/guidelines/${params.id}`;
  if (!locals.user) return redirect(`/sign-in?next=${encodeURIComponent(back)}`, 303);
  const remove = (await request.formData()).get('action') === 'remove';
  const { error } = remove
    ? await locals.supabase.from('guideline_bookmarks').delete().eq('guideline_id', params.id!)
    : await locals.supabase.rpc('bookmark_guideline', { guideline: params.id! });
  setFlash(cookies, error
    ? { kind: 'error', message: refusalMessage(error, 'Your bookmark could not be saved. Try again in a minute.') }
    : { kind: 'success', message: remove ? 'Removed from My guidelines.' : 'Added to My guidelines. We will mark it there when a new version comes out.' });
  return redirect(back, 303);
};
