// POST /bookings: book a place (or a waiting-list place) on a cohort, from the check-your-answers page, then show the
// booking's confirmation page. A refusal goes back to the check page with the reason.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { setFlash } from '../../lib/flash.ts';
import { refusalMessage } from '../../lib/http/refusal.ts';

export const prerender = false;

export const POST: APIRoute = async ({ request, locals, cookies, redirect }) => {
  const form = await request.formData();
  const cohortId = String(form.get('cohort') ?? '');
  const check = `/bookings/new?cohort=${encodeURIComponent(cohortId)}`;
  if (!locals.user) return redirect(`/sign-in?next=${encodeURIComponent(check)}`, 303);

  const cohort = cohortId ? await getEntry('cohorts', cohortId) : undefined;
  if (!cohort) {
    setFlash(cookies, { kind: 'error', message: 'We could not find those course dates. Choose the dates again.' });
    return redirect('/courses', 303);
  }
  const { data, error } = await locals.supabase.rpc('book_place', { cohort: cohortId });
  if (error) {
    setFlash(cookies, { kind: 'error', message: refusalMessage(error, 'Your place could not be booked. Try again in a minute.') });
    return redirect(check, 303);
  }
  return redirect(`/bookings/${data.id}`, 303);
};
