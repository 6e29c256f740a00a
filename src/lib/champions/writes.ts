// Writing shared resources as the signed-in person: sharing, editing, withdrawing, reporting, moderating and marking
// useful. Row-level security and the SQL functions decide what is allowed; each refusal comes back as a message.
import type { Supabase } from '#lib/supabase/server.ts';
import { refusalMessage } from '#lib/http/refusal.ts';
import { refused, saved, type Outcome } from '#lib/outcome.ts';
import type { ResourceInput } from './resource-form.ts';
import type { Decision } from './reasons.ts';

export async function shareResource(supabase: Supabase, values: ResourceInput): Promise<Outcome> {
  const { error } = await supabase.from('resources').insert(values);
  return error
    ? refused(refusalMessage(error, 'Your resource could not be shared. Check it and try again in a minute.'))
    : saved(undefined);
}

/** Saving an edit sends the resource back to moderation; one approved in the meantime can no longer be edited. */
export async function updateResource(supabase: Supabase, id: string, values: ResourceInput): Promise<Outcome> {
  const { data, error } = await supabase.from('resources').update(values).eq('id', id).select('id');
  if (error) return refused(refusalMessage(error, 'Your changes could not be saved. Try again in a minute.'));
  if (!data?.length) return refused('This resource can no longer be edited: it may have just been approved. Check your shared resources.');
  return saved(undefined);
}

export async function withdrawResource(supabase: Supabase, id: string): Promise<Outcome> {
  const { data, error } = await supabase.from('resources').delete().eq('id', id).select('id');
  return !error && data?.length ? saved(undefined) : refused('The resource could not be withdrawn. Try again in a minute.');
}

export async function reportResource(supabase: Supabase, id: string, reason: string): Promise<Outcome> {
  const { error } = await supabase.rpc('report_resource', { resource: id, reason });
  return error ? refused(refusalMessage(error, 'Your report could not be sent. Try again in a minute.')) : saved(undefined);
}

/** The moderator's decision; gives the resource's title. */
export async function moderateResource(supabase: Supabase, decision: Decision): Promise<Outcome<{ title: string }>> {
  const { data, error } = await supabase.rpc('moderate_resource', { ...decision, reason: decision.reason ?? undefined });
  return error ? refused(refusalMessage(error, 'Your decision could not be saved. Try again in a minute.')) : saved({ title: data.title });
}

/** A champion marks a resource useful, or takes the mark back; marking it twice is no error. */
export async function markUseful(supabase: Supabase, id: string, userId: string, remove: boolean): Promise<Outcome> {
  const { error } = remove
    ? await supabase.from('resource_useful').delete().eq('resource_id', id).eq('user_id', userId)
    : await supabase.from('resource_useful').insert({ resource_id: id });
  if (!error || error.code === '23505') return saved(undefined);
  return refused(
    error.code === '42501'
      ? 'You can mark resources in the library as useful, but not ones you shared.'
      : 'Your mark could not be saved. Try again in a minute.',
  );
}
