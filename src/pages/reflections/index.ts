// POST /reflections: save (or, when emptied, delete) the learner's reflection on a lesson, then go back to it.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { setFlash } from '#lib/flash.ts';
import { readForm } from '#lib/forms.ts';
import { reflectionForm } from '#lib/learning/lesson-forms.ts';
import { saveReflection } from '#lib/learning/reflections.ts';
import { refuseForm } from '#lib/http/refuse-form.ts';

export const prerender = false;

export const POST: APIRoute = async (context) => {
  const { request, locals, cookies, redirect } = context;
  const posted = readForm(reflectionForm, await request.formData());
  if (!posted.ok) return refuseForm(context, posted.errors);
  const { lesson, reflection } = posted.data;
  if (!(await getEntry('lessons', lesson))) return new Response('No such lesson.', { status: 404 });
  const saved = await saveReflection(locals.supabase, locals.user!.id, lesson, reflection);
  setFlash(
    cookies,
    !saved
      ? { kind: 'error', message: 'Your reflection could not be saved. Try again in a minute.' }
      : {
          kind: 'success',
          message: reflection ? 'Your reflection is saved. You will find it in your CPD record.' : 'Your reflection is deleted.',
        },
  );
  return redirect(`/courses/${lesson}#your-reflection`, 303);
};
