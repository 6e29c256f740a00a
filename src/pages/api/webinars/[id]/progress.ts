// POST /api/webinars/<id>/progress: the player reports the ranges actually played; the database adds them up.
import type { APIRoute } from 'astro';

export const prerender = false;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

export const POST: APIRoute = async ({ params, request, locals }) => {
  if (!locals.user) return json(401, { code: 'unauthenticated', message: 'Sign in to keep track of the webinars you watch.' });
  if (!request.headers.get('content-type')?.startsWith('application/json')) return json(415, { code: 'invalid', message: 'Send watched ranges as JSON.' });
  let ranges: unknown;
  try {
    ({ ranges } = await request.json());
  } catch {
    return json(400, { code: 'invalid', message: 'The watched ranges could not be read.' });
  }
  const { data, error } = await locals.supabase.rpc('record_webinar_progress', { webinar: params.id, ranges: ranges ?? null });
  if (error) {
    const status = error.hint === 'not_found' ? 404 : error.hint === 'members_only' ? 403 : error.hint ? 400 : 503;
    return json(status, { code: error.hint ?? 'unavailable', message: error.hint ? error.message : 'Your viewing could not be saved just now.' });
  }
  return json(200, data);
};
