// Changes a learner makes to their own CPD record: reflections on an activity, and CPD done elsewhere, added or
// removed by SQL functions that check it again and have the last word.
import type { Supabase } from '#lib/supabase/server.ts';
import { refusalMessage } from '#lib/http/refusal.ts';
import type { ExternalCpd } from './external-cpd-form.ts';

type Refusal = { ok: false; message: string };

/** The activity's name once saved, or null when it could not be (not the learner's, or the database is away). */
export async function saveCpdReflections(
  supabase: Supabase,
  entryId: string,
  learned: string,
  practiceChange: string,
): Promise<string | null> {
  const { data, error } = await supabase
    .from('cpd_entries')
    .update({ learned, practice_change: practiceChange })
    .eq('id', entryId)
    .select('activity');
  return !error && data?.length ? data[0]!.activity : null;
}

/** Only CPD added by the learner can go: remove_external_cpd refuses anything else. */
export async function removeExternalCpd(supabase: Supabase, entryId: string): Promise<{ ok: true; activity: string } | Refusal> {
  const { data, error } = await supabase.rpc('remove_external_cpd', { entry: entryId });
  if (error) return { ok: false, message: refusalMessage(error, 'That activity could not be removed just now. Try again in a minute.') };
  return { ok: true, activity: data.activity };
}

/** The new entry, or the database's refusal: `invalid` is true when it is about what was typed. */
export async function addExternalCpd(
  supabase: Supabase,
  entry: ExternalCpd,
): Promise<{ ok: true; id: string; activity: string } | (Refusal & { invalid: boolean })> {
  const { data, error } = await supabase.rpc('add_external_cpd', entry);
  if (error) {
    const invalid = error.hint === 'invalid';
    return { ok: false, invalid, message: invalid ? error.message : 'Your CPD could not be added just now. Try again in a minute.' };
  }
  const added = data as unknown as { id: string; activity: string };
  return { ok: true, id: added.id, activity: added.activity };
}
