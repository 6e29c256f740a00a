// Applying to be a champion: the form, checked before it reaches the database, and a person's own application.
import { z } from 'zod';
import { charCount as length, typedText } from '#lib/typed-text.ts';
import { trusts } from '#lib/vocabularies.ts';
import { fieldLimits } from '#lib/field-limits.ts';
import type { Supabase } from '#lib/supabase/server.ts';
import { refusalMessage } from '#lib/http/refusal.ts';
import { refused, saved, type Outcome } from '#lib/outcome.ts';
import { applicantNames, type ApplicationDecision } from '#lib/applications.ts';

export interface ChampionApplicationInput {
  trust: string;
  job_role: string;
  motivation: string;
}

export interface ChampionApplication extends ChampionApplicationInput {
  status: 'pending' | 'approved' | 'declined';
  applied_at: string;
  decided_at: string | null;
  decision_reason: string | null;
}

const [jobMin, jobMax] = fieldLimits.application.jobRole;
const [whyMin, whyMax] = fieldLimits.application.motivation;

export const championApplicationForm = z.object({
  trust: typedText('Trust').refine((v) => (trusts as readonly string[]).includes(v), 'Choose the trust you work for'),
  job_role: typedText('Job title')
    .refine((v) => length(v) >= jobMin, 'Enter your job title')
    .refine((v) => length(v) <= jobMax, `Job title must be ${jobMax} characters or fewer`),
  motivation: typedText('What you would do')
    .refine((v) => length(v) >= whyMin, 'Say in a sentence or two what you would do as a champion')
    .refine((v) => length(v) <= whyMax, `Keep what you would do to ${whyMax.toLocaleString('en-GB')} characters or fewer`),
}) satisfies z.ZodType<ChampionApplicationInput>;

/** The signed-in person's own application, or null if they have never applied. */
export async function myChampionApplication(supabase: Supabase, userId: string): Promise<ChampionApplication | null> {
  const { data, error } = await supabase
    .from('champion_applications')
    .select('status, trust, job_role, motivation, applied_at, decided_at, decision_reason')
    .eq('user_id', userId)
    .maybeSingle();
  if (error) throw new Error('Your application to be a champion could not be loaded.');
  return data as ChampionApplication | null;
}

export async function applyToBeChampion(supabase: Supabase, values: ChampionApplicationInput): Promise<Outcome> {
  const { error } = await supabase.rpc('apply_to_be_champion', values);
  return error ? refused(refusalMessage(error, 'Your application could not be sent. Try again in a minute.')) : saved(undefined);
}

/** An admin's decision on an application; gives the applicant's name for the confirmation. */
export async function decideChampionApplication(
  supabase: Supabase,
  { applicant, approve, reason }: ApplicationDecision,
): Promise<Outcome<{ name: string }>> {
  const { error } = await supabase.rpc('decide_champion_application', { applicant, approve, reason: reason || undefined });
  const name = (await applicantNames(supabase, [applicant])).get(applicant) || 'The applicant';
  return error ? refused(refusalMessage(error, 'The decision could not be saved. Try again in a minute.')) : saved({ name });
}
