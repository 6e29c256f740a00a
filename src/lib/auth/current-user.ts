// The signed-in person for an on-demand page: their account, profile and roles, read through RLS.
import type { Supabase } from '../supabase/server.ts';

export type AppRole = 'learner' | 'pharmacist' | 'champion' | 'educator' | 'admin' | 'network_lead';

export interface CurrentUser {
  id: string;
  email: string;
  fullName: string;
  roles: AppRole[];
}

export async function currentUser(supabase: Supabase): Promise<CurrentUser | null> {
  const { data } = await supabase.auth.getUser();
  if (!data.user) return null;
  const [{ data: profile }, { data: roles }] = await Promise.all([
    supabase.from('profiles').select('full_name').eq('id', data.user.id).maybeSingle(),
    supabase.from('user_roles').select('role').eq('user_id', data.user.id),
  ]);
  return {
    id: data.user.id,
    email: data.user.email ?? '',
    fullName: profile?.full_name || data.user.email || '',
    roles: (roles ?? []).map((r) => r.role as AppRole),
  };
}
