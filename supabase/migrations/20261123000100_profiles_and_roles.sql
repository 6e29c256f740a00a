-- ============================================================================
-- Profiles and roles: who someone is, and what they may do here
-- ============================================================================

create schema if not exists private;
comment on schema private is 'Helpers that policies call; not exposed through the API.';
grant usage on schema private to anon, authenticated, service_role;

create type public.app_role as enum ('learner', 'pharmacist', 'champion', 'educator', 'admin', 'network_lead');
comment on type public.app_role is 'What a person may do on the platform, beyond being signed in.';

-- ----------------------------------------------------------------------------
-- profiles
-- ----------------------------------------------------------------------------
create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  full_name text not null default '' check (char_length(full_name) <= 120),
  profession text check (char_length(profession) <= 80),
  trust text check (char_length(trust) <= 120),
  registration_body text check (registration_body in ('NMC', 'GMC', 'GPhC', 'HCPC', 'other')),
  registration_number text check (char_length(registration_number) <= 20),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.profiles enable row level security;
comment on table public.profiles is 'One row per account: name and professional details, created by a trigger on auth.users.';

-- ----------------------------------------------------------------------------
-- user_roles
-- ----------------------------------------------------------------------------
create table public.user_roles (
  user_id uuid not null references auth.users (id) on delete cascade,
  role public.app_role not null,
  granted_by uuid references auth.users (id) on delete set null,
  granted_at timestamptz not null default now(),
  primary key (user_id, role)
);
alter table public.user_roles enable row level security;
comment on table public.user_roles is 'The roles each person holds. Only admins grant or revoke them.';

-- ----------------------------------------------------------------------------
-- Helpers
-- ----------------------------------------------------------------------------
create function private.has_role(wanted public.app_role) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.user_roles
    where user_id = (select auth.uid()) and role = wanted
  );
$$;
comment on function private.has_role is 'True when the signed-in person holds the role. Definer, so policies on user_roles do not recurse.';

create function public.has_role(wanted public.app_role) returns boolean
language sql stable set search_path = '' as $$
  select private.has_role(wanted);
$$;
comment on function public.has_role is 'Lets the app ask, through rpc, whether the signed-in person holds a role.';

-- ----------------------------------------------------------------------------
-- A new account gets a profile and the learner role
-- ----------------------------------------------------------------------------
create function private.handle_new_user() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into public.profiles (id, full_name)
  values (new.id, left(coalesce(new.raw_user_meta_data ->> 'full_name', ''), 120));
  insert into public.user_roles (user_id, role) values (new.id, 'learner');
  return new;
end;
$$;
comment on function private.handle_new_user is 'Creates the profile and learner role of every new auth user.';

create trigger on_auth_user_created
after insert on auth.users
for each row execute function private.handle_new_user();

create function private.touch_updated_at() returns trigger
language plpgsql set search_path = '' as $$
begin
  new.updated_at := now();
  return new;
end;
$$;

create trigger profiles_touch_updated_at
before update on public.profiles
for each row execute function private.touch_updated_at();

-- ----------------------------------------------------------------------------
-- Policies: profiles
-- ----------------------------------------------------------------------------
create policy "People can read their own profile"
on public.profiles for select to authenticated
using (id = (select auth.uid()));

create policy "Admins can read every profile"
on public.profiles for select to authenticated
using ((select private.has_role('admin')));

create policy "People can update their own profile"
on public.profiles for update to authenticated
using (id = (select auth.uid()))
with check (id = (select auth.uid()));

-- No insert or delete policy: profiles come and go with their auth user.

-- ----------------------------------------------------------------------------
-- Policies: user_roles
-- ----------------------------------------------------------------------------
create policy "People can read their own roles"
on public.user_roles for select to authenticated
using (user_id = (select auth.uid()));

create policy "Admins can read every role"
on public.user_roles for select to authenticated
using ((select private.has_role('admin')));

create policy "Admins can grant roles"
on public.user_roles for insert to authenticated
with check ((select private.has_role('admin')) and granted_by = (select auth.uid()));

create policy "Admins can revoke roles"
on public.user_roles for delete to authenticated
using ((select private.has_role('admin')));

-- No update policy: a role is granted or revoked, never edited.

-- Privileges: anonymous visitors get nothing; people may edit only the descriptive columns of a profile.
revoke all on public.profiles, public.user_roles from anon;
revoke insert, update, delete on public.profiles from authenticated;
grant update (full_name, profession, trust, registration_body, registration_number) on public.profiles to authenticated;
revoke update on public.user_roles from authenticated;
