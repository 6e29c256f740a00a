// POST /bookings: book a place (or a waiting-list place) on a cohort, then go back to where the form was.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { setFlash } from '../../lib/flash.ts';
import { safeNext } from '../../lib/auth/safe-next.ts';
import { bookedMessage } from '../../lib/booking/messages.ts';
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
  setFlash(cookies, error
    ? { kind: 'error', message: refusalMessage(error, 'Your place could not be booked. Try again in a minute.') }
    : { kind: 'success', message: bookedMessage(data, cohort.data.title) });
  return redirect(next, 303);
};
