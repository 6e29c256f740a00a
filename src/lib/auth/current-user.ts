// The signed-in person for an on-demand page: their account, profile and roles, read through RLS.
import type { Supabase } from '#lib/supabase/server.ts';
import type { Database } from '#lib/supabase/database.types.ts';

/** The roles the database knows (its enum public.app_role). */
export type AppRole = Database['public']['Enums']['app_role'];

export interface CurrentUser {
  id: string;
  email: string;
  fullName: string;
  roles: AppRole[];
}

export async function currentUser(supabase: Supabase): Promise<CurrentUser | null> {
  // The session's token is verified here against the project's published signing key (JWKS, cached), so a page
  // does not wait on the auth server; it still expires within the hour and cannot be refreshed once signed out.
  const { data } = await supabase.auth.getClaims();
  const claims = data?.claims;
  if (!claims?.sub || claims.role !== 'authenticated') return null;
  const [{ data: profile }, { data: roles }] = await Promise.all([
    supabase.from('profiles').select('full_name').eq('id', claims.sub).maybeSingle(),
    supabase.from('user_roles').select('role').eq('user_id', claims.sub),
  ]);
  const email = typeof claims.email === 'string' ? claims.email : '';
  return {
    id: claims.sub,
    email,
    fullName: profile?.full_name || email,
    roles: (roles ?? []).map((r) => r.role as AppRole),
  };
}
