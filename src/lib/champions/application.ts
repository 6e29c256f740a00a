// Applying to be a champion: the form, checked before it reaches the database, and a person's own application.
import type { FieldError } from '../forms.ts';
import { field } from '../auth/validate.ts';
import { trusts } from '../../content/schemas/guideline.ts';
import type { Supabase } from '../supabase/server.ts';

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

export function checkChampionApplication(form: FormData): { errors: FieldError[]; values: ChampionApplicationInput } {
  const values = { trust: field(form, 'trust'), job_role: field(form, 'job_role'), motivation: field(form, 'motivation') };
  const errors: FieldError[] = [];
  if (!(trusts as readonly string[]).includes(values.trust)) errors.push({ field: 'trust', message: 'Choose the trust you work for' });
  if (values.job_role.length < 2) errors.push({ field: 'job_role', message: 'Enter your job title' });
  else if (values.job_role.length > 120) errors.push({ field: 'job_role', message: 'Job title must be 120 characters or fewer' });
  if (values.motivation.length < 10) errors.push({ field: 'motivation', message: 'Say in a sentence or two what you would do as a champion' });
  else if (values.motivation.length > 1000) errors.push({ field: 'motivation', message: 'Keep what you would do to 1,000 characters or fewer' });
  return { errors, values };
}

/** The signed-in person's own application, or null if they have never applied. */
export async function myChampionApplication(supabase: Supabase, userId: string): Promise<ChampionApplication | null> {
  const { data, error } = await supabase.from('champion_applications')
    .select('status, trust, job_role, motivation, applied_at, decided_at, decision_reason').eq('user_id', userId).maybeSingle();
  if (error) throw new Error('Your application to be a champion could not be loaded.');
  return data as ChampionApplication | null;
}
