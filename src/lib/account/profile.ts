// The signed-in person's professional details, read and saved through RLS (a person sees and edits only their own).
import type { Supabase } from '#lib/supabase/server.ts';
import type { ProfileInput } from './profile-form.ts';

export async function readProfile(supabase: Supabase, userId: string): Promise<ProfileInput | null> {
  const { data } = await supabase
    .from('profiles')
    .select('full_name, profession, trust, registration_body, registration_number')
    .eq('id', userId)
    .single();
  return data as ProfileInput | null;
}

/** Whether the details were saved. */
export async function saveProfile(supabase: Supabase, userId: string, profile: ProfileInput): Promise<boolean> {
  const { error } = await supabase.from('profiles').update(profile).eq('id', userId);
  return !error;
}
