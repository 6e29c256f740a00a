// Whether a learner who has done all the work can complete now: the certificate names the dates they attended, so
// complete_course needs a confirmed place on a running cohort that has started. The database decides which place
// counts (private.completion_place); this reads its answer before the learner presses the button.
import type { Supabase } from '#lib/supabase/server.ts';

export type CompletionGate =
  { open: true } | { open: false; reason: 'no-place' } | { open: false; reason: 'not-started'; startsOn: string };

/** The signed-in learner's gate for a course, or null when the database cannot say. */
export async function completionGate(supabase: Supabase, courseId: string): Promise<CompletionGate | null> {
  const { data, error } = await supabase.rpc('completion_gate', { course: courseId });
  if (error || !data) return null;
  return data as CompletionGate;
}
