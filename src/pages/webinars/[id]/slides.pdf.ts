// GET /webinars/<id>/slides.pdf: the webinar's slides to download; members-only webinars to members only.
import type { APIRoute } from 'astro';
import { webinarForFile } from '#lib/webinars/access.ts';
import { slidesPdf } from '#lib/webinars/slides-pdf.ts';

export const prerender = false;

export const GET: APIRoute = async ({ params, locals }) => {
  const webinar = await webinarForFile(locals.supabase, !!locals.user, params.id!);
  if (webinar instanceof Response) return webinar;
  const d = webinar.data;
  const pdf = await slidesPdf({ title: d.title, speakers: d.speakers, date: d.date, slides: d.slides, status: d.status });
  return new Response(pdf as BodyInit, {
    headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${webinar.id}-slides.pdf"` },
  });
};
