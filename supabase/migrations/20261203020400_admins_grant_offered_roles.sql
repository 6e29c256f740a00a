-- ============================================================================
-- Admins grant and revoke directly only the roles the roles page offers
-- ============================================================================
-- An admin could insert any role through /rest/v1/user_roles, admin and pharmacist included. The roles page offers the
-- educator, champion and pharmacy network lead roles (src/lib/roles.ts, grantableRoles); the pharmacist role comes
-- with a decision on a network application, the learner role with every account, and the admin role is given outside
-- the platform. The functions that grant those run as the table's owner and are not affected.

drop policy "Admins can grant roles" on public.user_roles;
drop policy "Admins can revoke roles" on public.user_roles;

create policy "Admins can grant the educator, champion and network lead roles"
on public.user_roles for insert to authenticated
with check (
  (select private.has_role('admin')) and granted_by = (select auth.uid())
  and role in ('educator', 'champion', 'network_lead')
);

create policy "Admins can revoke the educator, champion and network lead roles"
on public.user_roles for delete to authenticated
using ((select private.has_role('admin')) and role in ('educator', 'champion', 'network_lead'));
