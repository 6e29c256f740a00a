// Reading shared resources through supabase-js, as the signed-in person (row-level security decides what they see).
import type { Supabase } from '#lib/supabase/server.ts';
import { isResourceId, resourceColumns, type Resource } from './resource.ts';
import { searchFilter, selectPage, tagOptions, type IndexRow, type LibraryQuery } from './library.ts';

/** Thrown when a read fails; the page shows the message. */
export class LoadError extends Error {}

/** PostgREST hands back at most its max-rows (1,000 on Supabase) at a time, so read in slices until the last one. */
async function readAll<T>(slice: (from: number, to: number) => PromiseLike<{ data: T[] | null; error: unknown }>): Promise<T[]> {
  const rows: T[] = [];
  for (let from = 0; ; from += 1000) {
    const { data, error } = await slice(from, from + 999);
    if (error || !data) throw new LoadError('The library could not be loaded. Try again in a minute.');
    rows.push(...data);
    if (data.length < 1000) return rows;
  }
}

export interface LibraryPage {
  resources: Resource[];
  total: number;
  pages: number;
  tags: string[];
}

/**
 * One page of the library. Tags are text arrays, which `ilike` cannot search, so the filters and order run here on a
 * small index of every approved resource; the database does the text search and returns the 20 rows shown.
 */
export async function loadLibrary(supabase: Supabase, query: LibraryQuery): Promise<LibraryPage> {
  const approved = () => supabase.from('resources').select('id, tags, audience, created_at, useful_count').eq('status', 'approved');
  const index = await readAll<IndexRow>((from, to) => approved().order('id').range(from, to));
  const textMatches = query.q
    ? new Set(
        (
          await readAll<{ id: string }>((from, to) =>
            supabase.from('resources').select('id').eq('status', 'approved').or(searchFilter(query.q)).order('id').range(from, to),
          )
        ).map((r) => r.id),
      )
    : null;
  const { ids, total, pages } = selectPage(index, query, textMatches);
  const resources = ids.length ? await loadByIds(supabase, ids) : [];
  return { resources, total, pages, tags: tagOptions(index) };
}

async function loadByIds(supabase: Supabase, ids: string[]): Promise<Resource[]> {
  const { data, error } = await supabase.from('resources').select(resourceColumns).in('id', ids).eq('status', 'approved');
  if (error || !data) throw new LoadError('The library could not be loaded. Try again in a minute.');
  const byId = new Map((data as Resource[]).map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is Resource => r !== undefined);
}

/** The ids of these resources that the signed-in person has marked useful. */
export async function myUsefulMarks(supabase: Supabase, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { data } = await supabase.from('resource_useful').select('resource_id').in('resource_id', ids);
  return new Set((data ?? []).map((r) => r.resource_id));
}

/** How many resources wait for moderation (for educators and admins; others see none), or null if unknown. */
export async function waitingCount(supabase: Supabase): Promise<number | null> {
  const { count, error } = await supabase
    .from('resources')
    .select('id', { count: 'exact', head: true })
    .or('status.eq.pending,reported.is.true');
  return error ? null : count;
}

/** One resource the signed-in person may read (null if there is none, or the id is not one), or why it failed. */
export async function findResource(supabase: Supabase, id: string | undefined): Promise<{ resource: Resource | null; loadError: string }> {
  if (!isResourceId(id)) return { resource: null, loadError: '' };
  const { data, error } = await supabase.from('resources').select(resourceColumns).eq('id', id).maybeSingle();
  if (error) return { resource: null, loadError: 'The resource could not be loaded. Try again in a minute.' };
  return { resource: data as Resource | null, loadError: '' };
}

/** One of the signed-in person's own resources (null if it is someone else's, or there is none), or why it failed. */
export async function findOwnResource(
  supabase: Supabase,
  id: string | undefined,
  userId: string,
): Promise<{ resource: Resource | null; loadError: string }> {
  const found = await findResource(supabase, id);
  return found.resource && found.resource.author !== userId ? { resource: null, loadError: '' } : found;
}

/** The signed-in champion's own resources, newest first. */
export async function loadMine(supabase: Supabase, userId: string): Promise<Resource[]> {
  const { data, error } = await supabase
    .from('resources')
    .select(resourceColumns)
    .eq('author', userId)
    .order('created_at', { ascending: false });
  if (error || !data) throw new LoadError('Your resources could not be loaded. Try again in a minute.');
  return data as Resource[];
}

export interface QueueItem extends Resource {
  reports: { reason: string; created_at: string }[];
}

/** Resources waiting for moderation, oldest first, with the reasons given in any reports. */
export async function loadQueue(supabase: Supabase): Promise<QueueItem[]> {
  const { data, error } = await supabase
    .from('resources')
    .select(resourceColumns)
    .or('status.eq.pending,reported.is.true')
    .order('created_at')
    .limit(200);
  if (error || !data) throw new LoadError('The moderation queue could not be loaded. Try again in a minute.');
  const pending = data as Resource[];
  const reportedIds = pending.filter((r) => r.reported).map((r) => r.id);
  const { data: reports, error: reportError } = reportedIds.length
    ? await supabase.from('resource_reports').select('resource_id, reason, created_at').in('resource_id', reportedIds).order('created_at')
    : { data: [], error: null };
  if (reportError) throw new LoadError('The reports could not be loaded. Try again in a minute.');
  const rows = reports ?? [];
  return pending.map((r) => ({ ...r, reports: rows.filter((x) => x.resource_id === r.id) }));
}
