// POST /api/webinars/<id>/progress: the player reports the ranges actually played; the database adds them up.
import type { APIRoute } from 'astro';
import { json, readJson } from '#lib/http/json.ts';
import { progressBody } from '#lib/webinars/progress-body.ts';
import { recordWatching } from '#lib/webinars/views.ts';

export const prerender = false;

export const POST: APIRoute = async ({ params, request, locals }) => {
  const body = await readJson(request, 'watched ranges', progressBody);
  if (body instanceof Response) return body;
  const recorded = await recordWatching(locals.supabase, params.id!, body.ranges);
  return recorded.ok ? json(200, recorded.data) : json(recorded.status, { code: recorded.code, message: recorded.message });
};
