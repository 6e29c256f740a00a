// Completing a course: the database checks the completion rule and issues the certificate.
import type { Supabase } from '#lib/supabase/server.ts';
import { refusalMessage } from '#lib/http/refusal.ts';

export async function completeCourse(
  supabase: Supabase,
  courseId: string,
): Promise<{ ok: true; courseTitle: string } | { ok: false; message: string }> {
  const { data, error } = await supabase.rpc('complete_course', { course: courseId });
  if (error) return { ok: false, message: refusalMessage(error, 'The course could not be completed just now. Try again in a minute.') };
  return { ok: true, courseTitle: data.course_title };
}
