// POST /courses/<course>/complete: ask the database to check the completion rule and issue the certificate.
import type { APIRoute } from 'astro';
import { setFlash } from '../../../lib/flash.ts';
import { refusalMessage } from '../../../lib/http/refusal.ts';

export const prerender = false;

export const POST: APIRoute = async ({ params, locals, cookies, redirect }) => {
  const back = `/courses/${params.course}`;
  if (!locals.user) return redirect(`/sign-in?next=${encodeURIComponent(back)}`, 303);
  const { data, error } = await locals.supabase.rpc('complete_course', { course: params.course! });
  if (error) {
    setFlash(cookies, { kind: 'error', message: refusalMessage(error, 'The course could not be completed just now. Try again in a minute.') });
    return redirect(back, 303);
  }
  setFlash(cookies, { kind: 'success', message: `Congratulations: you have completed ${data.course_title}. Your certificate is ready to download.` });
  return redirect('/my-learning#certificates', 303);
};
