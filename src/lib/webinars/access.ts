// Who may see a webinar's content: everyone for public webinars, members of the pharmacy network for the rest.
import { getEntry } from 'astro:content';
import { isNetworkMember } from '#lib/network/membership.ts';
import type { Supabase } from '#lib/supabase/server.ts';
import type { Webinar } from './series.ts';

/** The webinar behind a file route (captions, slides), or the plain 404 or 403 response to send instead. */
export async function webinarForFile(supabase: Supabase, signedIn: boolean, id: string): Promise<Webinar | Response> {
  const { webinar, canWatch } = await webinarAccess(supabase, signedIn, id);
  if (!webinar) return new Response('No such webinar.', { status: 404 });
  if (!canWatch) return new Response('This webinar is for members of the pharmacy network.', { status: 403 });
  return webinar;
}

export async function webinarAccess(
  supabase: Supabase,
  signedIn: boolean,
  id: string,
): Promise<{ webinar: Webinar | undefined; canWatch: boolean }> {
  const webinar = await getEntry('webinars', id);
  if (!webinar) return { webinar, canWatch: false };
  return { webinar, canWatch: !webinar.data.membersOnly || (await isNetworkMember(supabase, signedIn)) };
}
