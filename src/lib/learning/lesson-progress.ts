// Lessons the learner has marked done, read and written through RLS (a learner sees and marks only their own).
import type { Supabase } from '#lib/supabase/server.ts';

/** Which of these lessons the learner has marked done. */
export async function lessonsDone(supabase: Supabase, userId: string, lessonIds: string[]): Promise<Set<string>> {
  const { data } = await supabase.from('lesson_progress').select('lesson_id').eq('user_id', userId).in('lesson_id', lessonIds);
  return new Set((data ?? []).map((p) => p.lesson_id));
}

/** Marks a lesson done, or not done; whether it was saved. */
export async function markLesson(supabase: Supabase, userId: string, lessonId: string, done: boolean): Promise<boolean> {
  const { error } = done
    ? await supabase
        .from('lesson_progress')
        .upsert({ lesson_id: lessonId, user_id: userId }, { onConflict: 'user_id,lesson_id', ignoreDuplicates: true })
    : await supabase.from('lesson_progress').delete().eq('lesson_id', lessonId).eq('user_id', userId);
  return !error;
}
