// POST /bookings: book a place (or a waiting-list place) on a cohort, from the check-your-answers page, then show the
// booking's confirmation page. A refusal goes back to the check page with the reason.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { setFlash } from '#lib/flash.ts';
import { readForm } from '#lib/forms.ts';
import { bookingForm } from '#lib/booking/booking-form.ts';
import { bookPlace } from '#lib/booking/queries.ts';
import { refuseForm } from '#lib/http/refuse-form.ts';

export const prerender = false;

export const POST: APIRoute = async (context) => {
  const { request, locals, cookies, redirect } = context;
  const posted = readForm(bookingForm, await request.formData());
  if (!posted.ok) return refuseForm(context, posted.errors);
  const cohortId = posted.data.cohort;
  if (!(await getEntry('cohorts', cohortId))) {
    setFlash(cookies, { kind: 'error', message: 'We could not find those course dates. Choose the dates again.' });
    return redirect('/courses', 303);
  }
  const booked = await bookPlace(locals.supabase, cohortId);
  if (!booked.ok) {
    setFlash(cookies, { kind: 'error', message: booked.message });
    return redirect(`/bookings/new?cohort=${encodeURIComponent(cohortId)}`, 303);
  }
  return redirect(`/bookings/${booked.bookingId}`, 303);
};
