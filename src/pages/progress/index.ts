// POST /progress: mark a lesson done (or not done), then go to the next lesson or back to the lesson.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { setFlash } from '#lib/flash.ts';
import { readForm } from '#lib/forms.ts';
import { safeNext } from '#lib/auth/safe-next.ts';
import { progressForm } from '#lib/learning/lesson-forms.ts';
import { markLesson } from '#lib/learning/lesson-progress.ts';
import { refuseForm } from '#lib/http/refuse-form.ts';

export const prerender = false;

export const POST: APIRoute = async (context) => {
  const { request, locals, cookies, redirect } = context;
  const posted = readForm(progressForm, await request.formData());
  if (!posted.ok) return refuseForm(context, posted.errors);
  const { lesson, done } = posted.data;
  const back = `/courses/${lesson}`;
  if (!(await getEntry('lessons', lesson))) return new Response('No such lesson.', { status: 404 });
  if (!(await markLesson(locals.supabase, locals.user!.id, lesson, done))) {
    setFlash(cookies, { kind: 'error', message: 'Your progress could not be saved. Try again in a minute.' });
    return redirect(back, 303);
  }
  return redirect(done ? safeNext(posted.data.next, back) : back, 303);
};
