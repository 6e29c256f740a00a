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
  client text not null,
  sent_at timestamptz not null default now()
);
create index if not exists email_sends_email_idx on auth.email_sends (email, sent_at);
create index if not exists email_sends_client_idx on auth.email_sends (client, sent_at);
`;

/** Brings the auth tables up to date; safe to run on every start. */
export async function updateAuthSchema(pool: pg.Pool): Promise<void> {
  await pool.query(statements);
}
