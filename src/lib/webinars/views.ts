// What a person has watched: read and recorded as the signed-in person; the database adds up the ranges played.
import type { Supabase } from '#lib/supabase/server.ts';

export interface Watched {
  percent: number;
  completed: boolean;
}

/** How far the signed-in person has got with each of these webinars (those they have opened). */
export async function watchedOf(supabase: Supabase, userId: string, webinarIds: string[]): Promise<Map<string, Watched>> {
  const { data } = await supabase
    .from('webinar_views')
    .select('webinar_id, percent, completed_at')
    .eq('user_id', userId)
    .in('webinar_id', webinarIds);
  return new Map((data ?? []).map((v) => [v.webinar_id, { percent: v.percent, completed: v.completed_at !== null }]));
}

export type Recorded = { ok: true; data: unknown } | { ok: false; status: 400 | 403 | 404 | 503; code: string; message: string };

/** Adds the ranges of seconds played; no ranges starts the viewing record that later reports are measured against. */
export async function recordWatching(supabase: Supabase, webinarId: string, ranges: [number, number][]): Promise<Recorded> {
  const { data, error } = await supabase.rpc('record_webinar_progress', { webinar: webinarId, ranges });
  if (!error) return { ok: true, data };
  const status = error.hint === 'not_found' ? 404 : error.hint === 'members_only' ? 403 : error.hint ? 400 : 503;
  return {
    ok: false,
    status,
    code: error.hint ?? 'unavailable',
    message: error.hint ? error.message : 'Your viewing could not be saved just now.',
  };
}

/** Opening a webinar starts its viewing record; gives how far the person has got, if the database could say. */
export async function startWatching(supabase: Supabase, webinarId: string): Promise<Watched | null> {
  const recorded = await recordWatching(supabase, webinarId, []);
  const progress = recorded.ok ? (recorded.data as Watched | null) : null;
  return progress ? { percent: progress.percent, completed: progress.completed } : null;
}
