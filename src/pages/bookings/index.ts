// POST /bookings: book a place (or a waiting-list place) on a cohort, then go back to where the form was.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { setFlash } from '../../lib/flash.ts';
import { safeNext } from '../../lib/auth/safe-next.ts';
import { bookedMessage, clashMessage } from '../../lib/booking/messages.ts';
import { clashes } from '../../lib/booking/clashes.ts';
import { refusalMessage } from '../../lib/http/refusal.ts';

export const prerender = false;

export const POST: APIRoute = async ({ request, locals, cookies, redirect }) => {
  const form = await request.formData();
  const cohortId = String(form.get('cohort') ?? '');
  const next = safeNext(String(form.get('next') ?? ''), '/my-learning');
  if (!locals.user) return redirect(`/sign-in?next=${encodeURIComponent(next)}`, 303);

  const cohort = cohortId ? await getEntry('cohorts', cohortId) : undefined;
  if (!cohort) {
    setFlash(cookies, { kind: 'error', message: 'We could not find those course dates. Choose the dates again.' });
    return redirect(next, 303);
  }
  const { data, error } = await locals.supabase.rpc('book_place', { cohort: cohortId });
  if (error) {
    setFlash(cookies, { kind: 'error', message: refusalMessage(error, 'Your place could not be booked. Try again in a minute.') });
    return redirect(next, 303);
  }
  const clash = data.status === 'confirmed' ? clashes(cohort.data, await otherPlaces(locals, cohortId))[0] : undefined;
  setFlash(cookies, { kind: 'success', message: [bookedMessage(data, cohort.data.title), clash && clashMessage(clash)].filter(Boolean).join(' ') });
  return redirect(next, 303);
};

/** The learner's other places (not waiting-list ones), with their sessions and a title that names the course. */
async function otherPlaces(locals: App.Locals, except: string) {
  const { data } = await locals.supabase.from('bookings').select('cohort_id')
    .eq('user_id', locals.user!.id).eq('status', 'confirmed').neq('cohort_id', except);
  const places = await Promise.all((data ?? []).map(async ({ cohort_id }) => {
    const other = await getEntry('cohorts', cohort_id);
    const course = other && await getEntry('courses', other.data.course);
    return other && course ? { title: `${course.data.title}, ${other.data.title}`, sessions: other.data.sessions } : null;
  }));
  return places.filter((p) => p !== null);
}
