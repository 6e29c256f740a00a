// GET /certificates/<id>.pdf: the learner's own certificate, drawn from what was issued.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { certificatePdf } from '../../lib/certificates/certificate-pdf.ts';
import { siteOrigin } from '../../lib/site-origin.ts';

export const prerender = false;

export const GET: APIRoute = async ({ params, locals, url, redirect }) => {
  if (!locals.user) return redirect(`/sign-in?next=${encodeURIComponent(url.pathname)}`);
  const { data: c } = await locals.supabase.from('certificates')
    .select('course_id, code, learner_name, course_title, cohort_starts_on, cohort_ends_on, cpd_hours, issued_at, revoked_at')
    .eq('id', params.id!).eq('user_id', locals.user.id).maybeSingle();
  if (!c) return new Response('We could not find that certificate.', { status: 404 });
  if (c.revoked_at) return new Response('This certificate has been revoked. Contact the course educator.', { status: 410 });
  const course = await getEntry('courses', c.course_id);
  const pdf = await certificatePdf({
    learnerName: c.learner_name ?? '', courseTitle: c.course_title,
    certificateWording: course?.data.certificateWording ?? `has completed ${c.course_title}.`,
    cohortStart: c.cohort_starts_on, cohortEnd: c.cohort_ends_on, cpdHours: Number(c.cpd_hours),
    issuedAt: new Date(c.issued_at), code: c.code, verifyUrl: `${siteOrigin(url)}/verify/${c.code}`,
  });
  return new Response(pdf as BodyInit, {
    headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="certificate-${c.code}.pdf"` },
  });
};
