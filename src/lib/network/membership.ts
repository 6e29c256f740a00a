// The pharmacy network application form, checked before it reaches the database, and a person's membership.
import { z } from 'zod';
import { charCount as length, typedText } from '#lib/typed-text.ts';
import { trusts } from '#lib/vocabularies.ts';
import { fieldLimits, gphcNumberPattern } from '#lib/field-limits.ts';
import type { Supabase } from '#lib/supabase/server.ts';
import { refusalMessage } from '#lib/http/refusal.ts';
import { refused, saved, type Outcome } from '#lib/outcome.ts';
import type { ApplicationDecision } from '#lib/applications.ts';

export interface ApplicationInput {
  trust: string;
  job_role: string;
  gphc_number: string;
}

export interface Membership {
  status: 'pending' | 'approved' | 'declined';
  trust: string;
  job_role: string;
  gphc_number: string;
  applied_at: string;
  decided_at: string | null;
  decision_reason: string | null;
}

const [jobMin, jobMax] = fieldLimits.application.jobRole;

export const networkApplicationForm = z.object({
  trust: typedText('Trust').refine((v) => (trusts as readonly string[]).includes(v), 'Choose the trust you work for'),
  job_role: typedText('Job title')
    .refine((v) => length(v) >= jobMin, 'Enter your job title')
    .refine((v) => length(v) <= jobMax, `Job title must be ${jobMax} characters or fewer`),
  gphc_number: typedText('GPhC number')
    .transform((v) => v.replace(/\s+/g, ''))
    .refine((v) => gphcNumberPattern.test(v), 'Enter your GPhC registration number: 7 digits, for example 2071234'),
}) satisfies z.ZodType<ApplicationInput>;

/** The signed-in person's own membership, or null if they have never applied. */
export async function myMembership(supabase: Supabase, userId: string): Promise<Membership | null> {
  const { data, error } = await supabase
    .from('network_members')
    .select('status, trust, job_role, gphc_number, applied_at, decided_at, decision_reason')
    .eq('user_id', userId)
    .maybeSingle();
  if (error) throw new Error('Your pharmacy network membership could not be loaded.');
  return data as Membership | null;
}

/** Whether the signed-in person may read members-only material (members, and those who run the network). */
export async function isNetworkMember(supabase: Supabase, signedIn: boolean): Promise<boolean> {
  if (!signedIn) return false;
  const { data } = await supabase.rpc('is_network_member');
  return data === true;
}

export async function joinNetwork(supabase: Supabase, values: ApplicationInput): Promise<Outcome> {
  const { error } = await supabase.rpc('join_network', values);
  return error ? refused(refusalMessage(error, 'Your application could not be sent. Try again in a minute.')) : saved(undefined);
}

/** An admin's or network lead's decision on an application to join. */
export async function decideMembership(supabase: Supabase, { applicant, approve, reason }: ApplicationDecision): Promise<Outcome> {
  const { error } = await supabase.rpc('decide_membership', { member: applicant, approve, reason: reason || undefined });
  return error ? refused(refusalMessage(error, 'The decision could not be saved. Try again in a minute.')) : saved(undefined);
}
