// What the CPD exports print: the record, with each course's lesson reflections under what the learner learned.
import { getEntry } from 'astro:content';
import { cpdRecord } from '#lib/learning/cpd-data.ts';
import type { Supabase } from '#lib/supabase/server.ts';
import { withLessonReflections } from './cpd-record.ts';

export async function cpdExport(supabase: Supabase, userId: string) {
  const { person, entries, reflections } = await cpdRecord(supabase, userId);
  const titled = await Promise.all(
    reflections.map(async (r) => ({ ...r, title: (await getEntry('lessons', r.lessonId))?.data.title ?? r.lessonId })),
  );
  return { person, entries: withLessonReflections(entries, titled) };
}
