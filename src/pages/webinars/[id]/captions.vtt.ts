// GET /webinars/<id>/captions.vtt: the captions, which are also the transcript; members-only webinars to members only.
import type { APIRoute } from 'astro';
import { webinarForFile } from '#lib/webinars/access.ts';
import { captionsText } from '#lib/webinars/series.ts';

export const prerender = false;

export const GET: APIRoute = async ({ params, locals }) => {
  const webinar = await webinarForFile(locals.supabase, !!locals.user, params.id!);
  if (webinar instanceof Response) return webinar;
  return new Response(await captionsText(webinar), { headers: { 'content-type': 'text/vtt; charset=utf-8' } });
};
