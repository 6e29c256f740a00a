// POST /guidelines/<id>/bookmark: a member keeps (or stops keeping) a guideline in My guidelines.
import type { APIRoute } from 'astro';
import { setFlash } from '#lib/flash.ts';
import { readForm } from '#lib/forms.ts';
import { refuseForm } from '#lib/http/refuse-form.ts';
import { bookmarkForm, setBookmark } from '#lib/guidelines/bookmarks.ts';

export const prerender = false;

export const POST: APIRoute = async (context) => {
  const { params, request, locals, cookies, redirect } = context;
  const read = readForm(bookmarkForm, await request.formData());
  if (!read.ok) return refuseForm(context, read.errors);
  const remove = read.data.action === 'remove';
  const kept = await setBookmark(locals.supabase, params.id!, !remove);
  setFlash(
    cookies,
    !kept.ok
      ? { kind: 'error', message: kept.message }
      : {
          kind: 'success',
          message: remove ? 'Removed from My guidelines.' : 'Added to My guidelines. We will mark it there when a new version comes out.',
        },
  );
  return redirect(`/guidelines/${params.id}`, 303);
};
