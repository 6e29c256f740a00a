-- What a Supabase project provides before any migration of ours runs, as Supabase's own images define it
-- (supabase/postgres migrations/db and the auth schema GoTrue keeps): the roles, the extensions and auth schemas, the
-- auth tables and JWT helper functions, and the grants. Run once, by the superuser supabase_admin, on a new embedded
-- database. Hosted Supabase already has all of this, so it is never part of supabase/migrations. The login roles'
-- passwords are set afterwards, from the ones generated for the data folder.

-- ============================================================================
-- Roles, as in Supabase. supabase_admin (the superuser) made the cluster; the project's own role is postgres, which
-- is not a superuser: migrations, the catalog sync and the mail worker run as postgres, with what hosted grants it.
-- ============================================================================
create role postgres login nosuperuser createdb createrole replication bypassrls;
grant all on database postgres to postgres;
grant usage, create on schema public to postgres;

create role anon nologin inherit;
create role authenticated nologin inherit;
create role service_role nologin inherit bypassrls;
grant anon, authenticated, service_role to postgres with admin option;

-- The REST API connects as authenticator and switches to the JWT's role for each request, as PostgREST does.
create role authenticator login noinherit;
grant anon, authenticated, service_role to authenticator;
-- The auth API connects as supabase_auth_admin, which owns the auth tables, as GoTrue does.
create role supabase_auth_admin login noinherit nocreaterole noreplication;
alter role supabase_auth_admin set search_path = auth;

-- As hosted projects have since 30 October 2026: the API roles may use the public schema, but nothing in it is
-- granted to them by default. Each migration grants what it creates, so a missing grant fails here first.
grant usage on schema public to anon, authenticated, service_role;

-- As hosted: API requests time out, and wait for locks no longer than a statement may run.
alter role anon set statement_timeout = '3s';
alter role authenticated set statement_timeout = '8s';
alter role authenticator set statement_timeout = '8s';
alter role authenticator set lock_timeout = '8s';

-- Extensions live in their own schema, as in Supabase, not in public where the API would see them.
create schema extensions;
grant usage on schema extensions to postgres, anon, authenticated, service_role;
grant all on schema extensions to postgres;
create extension "uuid-ossp" with schema extensions;
create extension pgcrypto with schema extensions;
alter role postgres set search_path = "$user", public, extensions;
alter role supabase_admin set search_path = "$user", public, auth, extensions;

-- ============================================================================
-- auth: users, sessions and one-time tokens (a subset of GoTrue's tables)
-- ============================================================================
create schema auth authorization supabase_admin;
grant all on schema auth to supabase_auth_admin;
grant usage on schema auth to postgres, anon, authenticated, service_role;
-- GoTrue creates and owns its tables and functions.
set role supabase_auth_admin;

create table auth.users (
  instance_id uuid default '00000000-0000-0000-0000-000000000000',
  id uuid primary key default gen_random_uuid(),
  aud varchar(255) default 'authenticated',
  role varchar(255) default 'authenticated',
  email varchar(255) unique,
  encrypted_password varchar(255),
  email_confirmed_at timestamptz,
  confirmation_token varchar(255),
  confirmation_sent_at timestamptz,
  recovery_token varchar(255),
  recovery_sent_at timestamptz,
  last_sign_in_at timestamptz,
  raw_app_meta_data jsonb not null default '{}',
  raw_user_meta_data jsonb not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  banned_until timestamptz,
  deleted_at timestamptz
);
comment on table auth.users is 'Accounts, as GoTrue keeps them. Only the local auth API and service_role write here.';
grant select on auth.users to service_role;

create table auth.sessions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  created_at timestamptz not null default now()
);

create table auth.refresh_tokens (
  id bigserial primary key,
  token varchar(255) not null unique,
  user_id uuid not null references auth.users (id) on delete cascade,
  session_id uuid not null references auth.sessions (id) on delete cascade,
  revoked boolean not null default false,
  created_at timestamptz not null default now()
);
create index on auth.refresh_tokens (session_id);

create table auth.one_time_tokens (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  token_type text not null check (token_type in ('confirmation', 'recovery', 'magiclink', 'email_change')),
  token_hash text not null unique,
  created_at timestamptz not null default now()
);


create function auth.jwt() returns jsonb language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')
  )::jsonb
$$;

create function auth.uid() returns uuid language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$$;

create function auth.role() returns text language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.role', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
  )::text
$$;

create function auth.email() returns text language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.email', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')
  )::text
$$;

grant execute on function auth.jwt(), auth.uid(), auth.role(), auth.email() to anon, authenticated, service_role;
reset role;

-- As hosted: postgres reads and writes the auth tables (its functions may delete an account, its triggers may follow
-- new ones) but cannot create anything in the auth schema.
grant all on all tables in schema auth to postgres;
grant all on all sequences in schema auth to postgres;
grant all on all routines in schema auth to postgres;
-- The auth API adds its own tables as it starts (as GoTrue runs its migrations): postgres gets those too, as hosted.
alter default privileges for role supabase_auth_admin in schema auth grant all on tables to postgres;
alter default privileges for role supabase_auth_admin in schema auth grant all on sequences to postgres;
alter default privileges for role supabase_auth_admin in schema auth grant all on routines to postgres;

-- ============================================================================
-- The outbox: e-mail the embedded backend would have sent (embedded mode only)
-- ============================================================================
create schema local_outbox authorization supabase_auth_admin;
create table local_outbox.messages (
  id bigserial primary key,
  recipient text not null,
  subject text not null,
  body text not null,
  link text,
  attachments jsonb not null default '[]',
  sent_at timestamptz not null default now()
);
grant all on all tables in schema local_outbox to supabase_auth_admin;
grant all on all sequences in schema local_outbox to supabase_auth_admin;
-- The local mail worker connects as postgres, as the hosted one does.
grant usage on schema local_outbox to postgres;
grant select, insert on local_outbox.messages to postgres;
grant usage on sequence local_outbox.messages_id_seq to postgres;
