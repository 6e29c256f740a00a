// The signed-in learner's CPD record and details, read through RLS, in the shape the exports print.
import type { CpdEntry, CpdPerson } from '#lib/cpd/cpd-record.ts';
import type { Supabase } from '#lib/supabase/server.ts';

export interface StoredCpdEntry extends CpdEntry {
  id: string;
  /** The course or webinar id; a random id for CPD done elsewhere. */
  sourceId: string;
}

/** What the learner wrote under a lesson's "Reflect" prompts. */
export interface LessonReflection {
  lessonId: string;
  courseId: string;
  reflection: string;
  updatedAt: string;
}

export async function cpdRecord(
  supabase: Supabase,
  userId: string,
): Promise<{ person: CpdPerson; entries: StoredCpdEntry[]; reflections: LessonReflection[] }> {
  const [entries, profile, reflections] = await Promise.all([
    supabase
      .from('cpd_entries')
      .select('id, source, source_id, activity, activity_date, hours, kind, learned, practice_change')
      .eq('user_id', userId)
      .order('activity_date'),
    supabase.from('profiles').select('full_name, profession, registration_body, registration_number').eq('id', userId).single(),
    supabase.from('lesson_reflections').select('lesson_id, reflection, updated_at').eq('user_id', userId).order('lesson_id'),
  ]);
  if (entries.error || profile.error || reflections.error) throw new Error('Your CPD record could not be loaded.');
  return {
    person: {
      fullName: profile.data.full_name,
      profession: profile.data.profession,
      registrationBody: profile.data.registration_body,
      registrationNumber: profile.data.registration_number,
    },
    entries: entries.data.map((e) => ({
      id: e.id,
      sourceId: e.source_id,
      date: e.activity_date,
      activity: e.activity,
      hours: Number(e.hours),
      type: e.kind as StoredCpdEntry['type'],
      source: e.source as StoredCpdEntry['source'],
      learned: e.learned,
      practiceChange: e.practice_change,
    })),
    reflections: reflections.data.map((r) => ({
      lessonId: r.lesson_id,
      courseId: r.lesson_id.split('/')[0]!,
      reflection: r.reflection,
      updatedAt: r.updated_at,
    })),
  };
}
