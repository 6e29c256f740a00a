// GET /certificates/<id>.pdf: the learner's own certificate, drawn from what was issued.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { certificatePdf } from '#lib/certificates/certificate-pdf.ts';
import { siteOrigin } from '#lib/site-origin.ts';
import { myCertificate } from '#lib/certificates/queries.ts';

export const prerender = false;

export const GET: APIRoute = async ({ params, locals, url }) => {
  const c = await myCertificate(locals.supabase, locals.user!.id, params.id!);
  if (!c) return new Response('We could not find that certificate.', { status: 404 });
  if (c.revoked_at) return new Response('This certificate has been revoked. Contact the course educator.', { status: 410 });
  const course = await getEntry('courses', c.course_id);
  const pdf = await certificatePdf({
    learnerName: c.learner_name ?? '',
    courseTitle: c.course_title,
    certificateWording: course?.data.certificateWording ?? `has completed ${c.course_title}.`,
    cohortStart: c.cohort_starts_on,
    cohortEnd: c.cohort_ends_on,
    cpdHours: Number(c.cpd_hours),
    issuedAt: new Date(c.issued_at),
    code: c.code,
    verifyUrl: `${siteOrigin(url)}/verify/${c.code}`,
  });
  return new Response(pdf as BodyInit, {
    headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="certificate-${c.code}.pdf"` },
  });
};
