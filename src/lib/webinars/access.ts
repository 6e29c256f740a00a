// Who may see a webinar's content: everyone for public webinars, members of the pharmacy network for the rest.
import { getEntry } from 'astro:content';
import { isNetworkMember } from '../network/membership.ts';
import type { Supabase } from '../supabase/server.ts';
import type { Webinar } from './series.ts';

export async function webinarAccess(supabase: Supabase, signedIn: boolean, id: string): Promise<{ webinar: Webinar | undefined; canWatch: boolean }> {
  const webinar = await getEntry('webinars', id);
  if (!webinar) return { webinar, canWatch: false };
  return { webinar, canWatch: !webinar.data.membersOnly || (await isNetworkMember(supabase, signedIn)) };
}
