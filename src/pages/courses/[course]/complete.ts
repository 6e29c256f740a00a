// POST /courses/<course>/complete: ask the database to check the completion rule and issue the certificate.
import type { APIRoute } from 'astro';
import { setFlash } from '#lib/flash.ts';
import { completeCourse } from '#lib/learning/complete-course.ts';

export const prerender = false;

export const POST: APIRoute = async ({ params, locals, cookies, redirect }) => {
  const completed = await completeCourse(locals.supabase, params.course!);
  if (!completed.ok) {
    setFlash(cookies, { kind: 'error', message: completed.message });
    return redirect(`/courses/${params.course}`, 303);
  }
  setFlash(cookies, {
    kind: 'success',
    message: `Congratulations: you have completed ${completed.courseTitle}. Your certificate is ready to download.`,
  });
  return redirect('/my-learning#certificates', 303);
};
