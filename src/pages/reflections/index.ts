// POST /reflections: save (or, when emptied, delete) the learner's reflection on a lesson, then go back to it.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { setFlash } from '../../lib/flash.ts';

export const prerender = false;

const limit = 4000;

export const POST: APIRoute = async ({ request, locals, cookies, redirect }) => {
  const form = await request.formData();
  const lessonId = String(form.get('lesson') ?? '');
  const reflection = String(form.get('reflection') ?? '').trim();
  const back = `/courses/${lessonId}#your-reflection`;
  if (!locals.user) return redirect(`/sign-in?next=${encodeURIComponent(back)}`, 303);
  if (!lessonId || !(await getEntry('lessons', lessonId))) return new Response('No such lesson.', { status: 404 });
  if (reflection.length > limit) {
    setFlash(cookies, { kind: 'error', message: `Keep your reflection to ${limit} characters or fewer (it has ${reflection.length}).` });
    return redirect(back, 303);
  }
  const { error } = reflection
    ? await locals.supabase.from('lesson_reflections').upsert({ user_id: locals.user.id, lesson_id: lessonId, reflection })
    : await locals.supabase.from('lesson_reflections').delete().eq('lesson_id', lessonId);
  setFlash(cookies, error
    ? { kind: 'error', message: 'Your reflection could not be saved. Try again in a minute.' }
    : { kind: 'success', message: reflection ? 'Your reflection is saved. You will find it in your CPD record.' : 'Your reflection is deleted.' });
  return redirect(back, 303);
};
