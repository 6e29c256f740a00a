// Videos of members-only webinars: kept outside public/ (anything there can be fetched by anyone), in
// media/members-only/<webinar>.webm, and served by /webinars/<webinar>/video.webm to those who may watch the webinar.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileRangeResponse } from '#lib/http/file-range-response.ts';
import type { Supabase } from '#lib/supabase/server.ts';
import { webinarAccess } from './access.ts';
import type { Webinar } from './series.ts';

/** The folder of members-only videos: MEMBERS_VIDEO_DIR, or media/members-only in the folder the site runs from. */
const videoDir = () => resolve(process.env.MEMBERS_VIDEO_DIR ?? 'media/members-only');

const videoFile = (id: string) => resolve(videoDir(), `${id}.webm`);

/** Where the player finds a webinar's video: its public file, or the members-only route when it has a private one. */
export function videoSource(webinar: Webinar): string | null {
  if (webinar.data.video) return webinar.data.video;
  if (webinar.data.membersOnly && existsSync(videoFile(webinar.id))) return `/webinars/${webinar.id}/video.webm`;
  return null;
}

/** The members-only video of webinar `id` for this request (with HTTP ranges), or why not: 401, 403 or 404. */
export async function membersVideoResponse(request: Request, supabase: Supabase, signedIn: boolean, id: string): Promise<Response> {
  const { webinar, canWatch } = await webinarAccess(supabase, signedIn, id);
  const source = webinar ? videoSource(webinar) : null;
  if (!webinar || source !== `/webinars/${webinar.id}/video.webm`) return text(404, 'This webinar has no members-only video.');
  if (!canWatch && !signedIn) return text(401, 'Sign in as a member of the pharmacy network to watch this webinar.');
  if (!canWatch) return text(403, 'This webinar is for members of the pharmacy network.');
  return fileRangeResponse(request, videoFile(webinar.id), { contentType: 'video/webm', cacheControl: 'private, no-store' });
}

const text = (status: number, message: string) =>
  new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' } });
