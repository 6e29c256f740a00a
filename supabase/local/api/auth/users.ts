// Reading and writing auth.users, and the user object GoTrue returns.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';

export interface UserRow {
  id: string;
  email: string;
  encrypted_password: string | null;
  email_confirmed_at: Date | null;
  last_sign_in_at: Date | null;
  raw_app_meta_data: Record<string, unknown>;
  raw_user_meta_data: Record<string, unknown>;
  created_at: Date;
  updated_at: Date;
  banned_until: Date | null;
  confirmation_sent_at?: Date | null;
}

export type Db = pg.Pool | pg.PoolClient;

export function normaliseEmail(email: unknown): string | null {
  if (typeof email !== 'string') return null;
  const trimmed = email.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed) && trimmed.length <= 255 ? trimmed : null;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return (await db.query<UserRow>('select * from auth.users where email = $1 and deleted_at is null', [email])).rows[0];
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  return (await db.query<UserRow>('select * from auth.users where id = $1 and deleted_at is null', [id])).rows[0];
}

export async function createUser(
  db: Db,
  fields: { email: string; passwordHash: string | null; confirmed: boolean; userMeta: object; appMeta?: object },
): Promise<UserRow> {
  const { rows } = await db.query<UserRow>(
    `insert into auth.users (email, encrypted_password, email_confirmed_at, raw_user_meta_data, raw_app_meta_data)
     values ($1, $2, case when $3 then now() end, $4, $5) returning *`,
    [fields.email, fields.passwordHash, fields.confirmed, fields.userMeta, { provider: 'email', providers: ['email'], ...fields.appMeta }],
  );
  return rows[0]!;
}

/** The user as GoTrue's API returns it. */
export function userJson(user: UserRow) {
  const iso = (d: Date | null) => (d ? d.toISOString() : undefined);
  return {
    id: user.id,
    aud: 'authenticated',
    role: 'authenticated',
    email: user.email,
    email_confirmed_at: iso(user.email_confirmed_at),
    confirmation_sent_at: iso(user.confirmation_sent_at ?? null),
    confirmed_at: iso(user.email_confirmed_at),
    phone: '',
    last_sign_in_at: iso(user.last_sign_in_at),
    app_metadata: user.raw_app_meta_data,
    user_metadata: user.raw_user_meta_data,
    identities: [
      {
        identity_id: user.id,
        id: user.id,
        user_id: user.id,
        provider: 'email',
        email: user.email,
        identity_data: { email: user.email, sub: user.id, email_verified: !!user.email_confirmed_at },
        created_at: iso(user.created_at),
        updated_at: iso(user.updated_at),
        last_sign_in_at: iso(user.last_sign_in_at),
      },
    ],
    created_at: iso(user.created_at),
    updated_at: iso(user.updated_at),
    is_anonymous: false,
  };
}

/**
 * What sign-up answers for an address that already has an account, as GoTrue's sanitizeUser does: a new random id,
 * the details just sent, no identities, and nothing of the real account (its id, name or last sign-in).
 */
export function syntheticUserJson(email: string, meta: Record<string, unknown>) {
  const now = new Date();
  return {
    ...userJson({
      id: randomUUID(),
      email,
      encrypted_password: null,
      email_confirmed_at: null,
      last_sign_in_at: null,
      raw_app_meta_data: { provider: 'email', providers: ['email'] },
      raw_user_meta_data: meta,
      created_at: now,
      updated_at: now,
      banned_until: null,
      confirmation_sent_at: now,
    }),
    identities: [],
  };
}
