// The learner's own certificates, read through RLS.
import type { Supabase } from '#lib/supabase/server.ts';

/** The id of the learner's certificate for a course, or null. */
export async function myCertificateFor(supabase: Supabase, userId: string, courseId: string): Promise<string | null> {
  const { data } = await supabase.from('certificates').select('id').eq('user_id', userId).eq('course_id', courseId).maybeSingle();
  return data?.id ?? null;
}

/** One certificate of the learner's, as it was issued, or null. */
export async function myCertificate(supabase: Supabase, userId: string, id: string) {
  const { data } = await supabase
    .from('certificates')
    .select('course_id, code, learner_name, course_title, cohort_starts_on, cohort_ends_on, cpd_hours, issued_at, revoked_at')
    .eq('id', id)
    .eq('user_id', userId)
    .maybeSingle();
  return data;
}

/** What anyone may know about a certificate from its code: null when the check could not be made just now. */
export async function verifyCertificate(supabase: Supabase, code: string) {
  const { data, error } = await supabase.rpc('verify_certificate', { certificate_code: code });
  return error ? null : { certificate: data?.[0] ?? null };
}
