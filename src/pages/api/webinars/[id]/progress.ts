// POST /api/webinars/<id>/progress: the player reports the ranges actually played; the database adds them up.
import type { APIRoute } from 'astro';
import { json, readJson } from '../../../../lib/http/json.ts';
import { progressBody } from '../../../../lib/webinars/progress-body.ts';

export const prerender = false;

export const POST: APIRoute = async ({ params, request, locals }) => {
  if (!locals.user) return json(401, { code: 'unauthenticated', message: 'Sign in to keep track of the webinars you watch.' });
  const body = await readJson(request, 'watched ranges', progressBody);
  if (body instanceof Response) return body;
  const { data, error } = await locals.supabase.rpc('record_webinar_progress', { webinar: params.id!, ranges: body.ranges });
  if (error) {
    const status = error.hint === 'not_found' ? 404 : error.hint === 'members_only' ? 403 : error.hint ? 400 : 503;
    return json(status, { code: error.hint ?? 'unavailable', message: error.hint ? error.message : 'Your viewing could not be saved just now.' });
  }
  return json(200, data);
};
