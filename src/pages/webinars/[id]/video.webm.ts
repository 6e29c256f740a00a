// GET and HEAD /webinars/<id>/video.webm: a members-only webinar's video, to those who may watch it, in byte ranges
// so the player can seek. Public webinars' videos are static files under /webinars/.
import type { APIRoute } from 'astro';
import { membersVideoResponse } from '#lib/webinars/members-video.ts';

export const prerender = false;

export const GET: APIRoute = ({ request, params, locals }) => membersVideoResponse(request, locals.supabase, !!locals.user, params.id!);

export const HEAD = GET;
