// POST /progress: mark a lesson done (or not done), then go to the next lesson or back to the lesson.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { setFlash } from '../../lib/flash.ts';
import { safeNext } from '../../lib/auth/safe-next.ts';

export const prerender = false;

export const POST: APIRoute = async ({ request, locals, cookies, redirect }) => {
  const form = await request.formData();
  const lessonId = String(form.get('lesson') ?? '');
  const done = form.get('done') === 'true';
  const back = `/courses/${lessonId}`;
  const next = safeNext(String(form.get('next') ?? ''), back);
  if (!locals.user) return redirect(`/sign-in?next=${encodeURIComponent(back)}`, 303);
  if (!(await getEntry('lessons', lessonId))) return new Response('No such lesson.', { status: 404 });

  const { error } = done
    ? await locals.supabase.from('lesson_progress').upsert({ lesson_id: lessonId, user_id: locals.user.id }, { onConflict: 'user_id,lesson_id', ignoreDuplicates: true })
    : await locals.supabase.from('lesson_progress').delete().eq('lesson_id', lessonId);
  if (error) {
    setFlash(cookies, { kind: 'error', message: 'Your progress could not be saved. Try again in a minute.' });
    return redirect(back, 303);
  }
  return redirect(done ? next : back, 303);
};
