-- What a Supabase project provides before any migration of ours runs: the API roles, the auth schema with
-- auth.users and the JWT helper functions, and the default privileges of the public schema. Applied once to a new
-- embedded database. Hosted Supabase already has all of this, so it is never part of supabase/migrations.

-- ============================================================================
-- Roles, as in Supabase
-- ============================================================================
create role anon nologin noinherit;
create role authenticated nologin noinherit;
create role service_role nologin noinherit bypassrls;
-- The API connects as authenticator and switches to the JWT's role for each request, as PostgREST does.
create role authenticator login noinherit password 'authenticator';
grant anon, authenticated, service_role to authenticator;
-- The auth API connects as supabase_auth_admin, which owns the auth schema, as GoTrue does.
create role supabase_auth_admin login noinherit createrole password 'supabase_auth_admin';

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
grant usage on schema extensions to anon, authenticated, service_role;
create extension pgcrypto with schema extensions;

-- ============================================================================
-- auth: users, sessions and one-time tokens (a subset of GoTrue's tables)
-- ============================================================================
create schema auth authorization supabase_auth_admin;
grant usage on schema auth to anon, authenticated, service_role;
alter default privileges in schema auth grant all on tables to supabase_auth_admin;
alter default privileges in schema auth grant all on sequences to supabase_auth_admin;

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

create table auth.sign_in_attempts (
  email text not null,
  attempted_at timestamptz not null default now()
);
create index on auth.sign_in_attempts (email, attempted_at);

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

-- ============================================================================
-- Migration history, as the Supabase CLI records it
-- ============================================================================
create schema supabase_migrations;
create table supabase_migrations.schema_migrations (
  version text primary key,
  name text not null,
  applied_at timestamptz not null default now()
);

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
