// The admin's roles page: finding people, and granting or revoking a role (each change is in the audit log).
import { z } from 'zod';
import type { Supabase } from '#lib/supabase/server.ts';
import type { Database } from '#lib/supabase/database.types.ts';
import { grantableRoles, type GrantableRole } from '#lib/roles.ts';
import { refused, saved, type Outcome } from '#lib/outcome.ts';
import { typedText } from '#lib/typed-text.ts';

export type Person = Database['public']['Functions']['admin_people']['Returns'][number];

/** Up to 50 people whose name or e-mail address matches, or null when they could not be loaded. */
export async function findPeople(supabase: Supabase, search: string): Promise<Person[] | null> {
  const { data, error } = await supabase.rpc('admin_people', { search });
  return error ? null : data;
}

/** A Grant or Revoke button: whose role, which, and the name to confirm it with. */
export const roleChangeForm = z.object({
  person: typedText('Person').pipe(z.guid('This person could not be found. Search for them again.')),
  name: typedText('Name').transform((v) => v || 'this person'),
  role: z.enum(grantableRoles, 'Choose a role from the list.'),
  action: z.enum(['grant', 'revoke'], 'Choose to grant or to revoke the role.'),
});

export interface RoleChange {
  person: string;
  role: GrantableRole;
  grant: boolean;
  /** The admin making the change, recorded as the one who granted it. */
  by: string;
}

export async function changeRole(supabase: Supabase, { person, role, grant, by }: RoleChange, name: string): Promise<Outcome> {
  const { error } = grant
    ? await supabase.from('user_roles').insert({ user_id: person, role, granted_by: by })
    : await supabase.from('user_roles').delete().eq('user_id', person).eq('role', role);
  if (!error) return saved(undefined);
  return refused(error.code === '23505' ? `${name} already has that role.` : 'The role could not be changed. Try again in a minute.');
}
