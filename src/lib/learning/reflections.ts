// What a learner writes under a lesson's "Reflect" prompts: theirs alone (RLS), shown in their CPD record.
import type { Supabase } from '#lib/supabase/server.ts';

export async function myReflection(supabase: Supabase, userId: string, lessonId: string): Promise<string | null> {
  const { data } = await supabase
    .from('lesson_reflections')
    .select('reflection')
    .eq('user_id', userId)
    .eq('lesson_id', lessonId)
    .maybeSingle();
  return data?.reflection ?? null;
}

/** Saves the reflection, or deletes it when it is empty; whether that worked. */
export async function saveReflection(supabase: Supabase, userId: string, lessonId: string, reflection: string): Promise<boolean> {
  const { error } = reflection
    ? await supabase.from('lesson_reflections').upsert({ user_id: userId, lesson_id: lessonId, reflection })
    : await supabase.from('lesson_reflections').delete().eq('lesson_id', lessonId).eq('user_id', userId);
  return !error;
}
