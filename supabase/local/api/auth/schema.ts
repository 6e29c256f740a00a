// The auth API creates the tables it adds to bootstrap's when it starts, as GoTrue migrates the auth schema it owns.
// Every statement is idempotent, so databases made by an older bootstrap catch up and others are untouched.
import type pg from 'pg';

const statements = `
create table if not exists auth.password_attempts (
  email text not null,
  client text not null,
  attempted_at timestamptz not null default now()
);
create index if not exists password_attempts_email_idx on auth.password_attempts (email, attempted_at);
create index if not exists password_attempts_client_idx on auth.password_attempts (client, attempted_at);

create table if not exists auth.email_sends (
  email text not null,
  kind text not null check (kind in ('confirmation', 'recovery')),
  client text not null,
  sent_at timestamptz not null default now()
);
create index if not exists email_sends_email_idx on auth.email_sends (email, kind, sent_at);
create index if not exists email_sends_client_idx on auth.email_sends (client, sent_at);

create table if not exists auth.pending_sign_ups (
  token_hash text primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  encrypted_password text not null,
  user_meta jsonb not null,
  created_at timestamptz not null default now()
);
create table if not exists auth.email_changes (
  user_id uuid primary key references auth.users (id) on delete cascade,
  new_email text not null,
  current_token text not null,
  new_token text not null,
  current_confirmed boolean not null default false,
  new_confirmed boolean not null default false,
  sent_at timestamptz not null default now()
);

create index if not exists pending_sign_ups_user_idx on auth.pending_sign_ups (user_id);
`;

/** Brings the auth tables up to date; safe to run on every start. */
export async function updateAuthSchema(pool: pg.Pool): Promise<void> {
  await pool.query(statements);
}
