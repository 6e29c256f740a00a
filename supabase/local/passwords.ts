// The embedded database's passwords: made at random for each new data folder and kept in it, readable by its owner
// only, so that no two folders share a password and none is a well-known one.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The roles that log in: the superuser, the project's own role, and the ones the local API connects as. */
export const loginRoles = ['supabase_admin', 'postgres', 'authenticator', 'supabase_auth_admin'] as const;
export type LoginRole = (typeof loginRoles)[number];
export type DatabasePasswords = Record<LoginRole, string>;

const fileName = 'supabase-passwords.json';

export function newPasswords(): DatabasePasswords {
  return Object.fromEntries(loginRoles.map((role) => [role, randomBytes(24).toString('base64url')])) as DatabasePasswords;
}

/** The passwords kept in `clusterDir`, or null when it has none (a folder made before they were generated). */
export async function readPasswords(clusterDir: string): Promise<DatabasePasswords | null> {
  const file = join(clusterDir, fileName);
  if (!existsSync(file)) return null;
  return JSON.parse(await readFile(file, 'utf8')) as DatabasePasswords;
}

export async function keepPasswords(clusterDir: string, passwords: DatabasePasswords): Promise<void> {
  await writeFile(join(clusterDir, fileName), JSON.stringify(passwords, null, 2), { mode: 0o600 });
}

export function connectionUrl(role: LoginRole, passwords: DatabasePasswords, hostPortDb: string): string {
  return `postgres://${role}:${encodeURIComponent(passwords[role])}@${hostPortDb}`;
}
