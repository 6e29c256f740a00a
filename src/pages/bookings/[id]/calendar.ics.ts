// GET /bookings/<id>/calendar.ics: every session of a booked cohort, for the learner's calendar.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { calendarFileName, cohortCalendar } from '#lib/calendar/cohort-calendar.ts';
import { myBooking } from '#lib/booking/queries.ts';
import { siteOrigin } from '#lib/site-origin.ts';

export const prerender = false;

export const GET: APIRoute = async ({ params, locals, url }) => {
  const booking = await myBooking(locals.supabase, locals.user!.id, params.id!);
  const cohort = booking?.status === 'confirmed' ? await getEntry('cohorts', booking.cohortId) : undefined;
  const course = cohort ? await getEntry('courses', cohort.data.course) : undefined;
  if (!cohort || !course) return new Response('No confirmed booking with that id.', { status: 404 });
  const ics = cohortCalendar({
    cohortId: cohort.id,
    cohortTitle: cohort.data.title,
    courseTitle: course.data.title,
    courseUrl: `${siteOrigin(url)}/courses/${course.id}`,
    facilitator: cohort.data.facilitator,
    sessions: cohort.data.sessions,
  });
  return new Response(ics, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${calendarFileName(cohort.id)}"`,
    },
  });
};
