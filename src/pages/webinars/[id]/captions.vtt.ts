// GET /webinars/<id>/captions.vtt: the captions, which are also the transcript; members-only webinars to members only.
import type { APIRoute } from 'astro';
import { webinarAccess } from '../../../lib/webinars/access.ts';
import { captionsText } from '../../../lib/webinars/series.ts';

export const prerender = false;

export const GET: APIRoute = async ({ params, locals }) => {
  const { webinar, canWatch } = await webinarAccess(locals.supabase, !!locals.user, params.id!);
  if (!webinar) return new Response('No such webinar.', { status: 404 });
  if (!canWatch) return new Response('This webinar is for members of the pharmacy network.', { status: 403 });
  return new Response(await captionsText(webinar), { headers: { 'content-type': 'text/vtt; charset=utf-8' } });
};
