// The pharmacy network application form, checked before it reaches the database, and a person's membership.
import type { FieldError } from '../forms.ts';
import { field } from '../auth/validate.ts';
import { trusts } from '../vocabularies.ts';
import type { Supabase } from '../supabase/server.ts';

export { trusts };

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

export function checkApplication(form: FormData): { errors: FieldError[]; values: ApplicationInput } {
  const values = {
    trust: field(form, 'trust'),
    job_role: field(form, 'job_role'),
    gphc_number: field(form, 'gphc_number').replace(/\s+/g, ''),
  };
  const errors: FieldError[] = [];
  if (!(trusts as readonly string[]).includes(values.trust)) errors.push({ field: 'trust', message: 'Choose the trust you work for' });
  if (values.job_role.length < 2) errors.push({ field: 'job_role', message: 'Enter your job title' });
  else if (values.job_role.length > 120) errors.push({ field: 'job_role', message: 'Job title must be 120 characters or fewer' });
  if (!/^\d{7}$/.test(values.gphc_number)) {
    errors.push({ field: 'gphc_number', message: 'Enter your GPhC registration number: 7 digits, for example 2071234' });
  }
  return { errors, values };
}

/** The signed-in person's own membership, or null if they have never applied. */
export async function myMembership(supabase: Supabase, userId: string): Promise<Membership | null> {
  const { data, error } = await supabase.from('network_members')
    .select('status, trust, job_role, gphc_number, applied_at, decided_at, decision_reason').eq('user_id', userId).maybeSingle();
  if (error) throw new Error('Your pharmacy network membership could not be loaded.');
  return data as Membership | null;
}

/** Whether the signed-in person may read members-only material (members, and those who run the network). */
export async function isNetworkMember(supabase: Supabase, signedIn: boolean): Promise<boolean> {
  if (!signedIn) return false;
  const { data } = await supabase.rpc('is_network_member');
  return data === true;
}
