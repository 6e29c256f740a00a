// The project's JWT secret and the anon and service_role keys, which are JWTs signed with it, as in Supabase.
import { SignJWT, jwtVerify, errors } from 'jose';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { signingKey } from './signing-key.ts';

export interface ProjectKeys {
  jwtSecret: string;
  anonKey: string;
  serviceRoleKey: string;
}

const tenYears = 10 * 365 * 24 * 3600;

export async function signJwt(claims: Record<string, unknown>, secret: string, expiresInSeconds: number): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(now)
    .setExpirationTime(now + expiresInSeconds)
    .sign(new TextEncoder().encode(secret));
}

export type VerifiedJwt = { ok: true; claims: Record<string, unknown> } | { ok: false; reason: 'expired' | 'invalid'; message: string };

/** Verifies a JWT: HS256 against the project secret (the API keys), or ES256 against the signing key (sessions). */
export async function verifyJwt(token: string, secret: string): Promise<VerifiedJwt> {
  try {
    const key = async (header: { alg?: string; kid?: string }) => {
      if (header.alg !== 'ES256') return new TextEncoder().encode(secret);
      const signing = await signingKey(secret);
      if (header.kid !== signing.kid) throw new Error('no signing key has this kid');
      return signing.publicKey;
    };
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256', 'ES256'] });
    return { ok: true, claims: payload as Record<string, unknown> };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired', message: 'JWT expired' };
    return { ok: false, reason: 'invalid', message: `JWT invalid: ${(error as Error).message}` };
  }
}

export async function keysFromSecret(jwtSecret: string): Promise<ProjectKeys> {
  return {
    jwtSecret,
    anonKey: await signJwt({ iss: 'supabase', role: 'anon' }, jwtSecret, tenYears),
    serviceRoleKey: await signJwt({ iss: 'supabase', role: 'service_role' }, jwtSecret, tenYears),
  };
}

/** Loads the keys kept in the data folder, making a new random secret the first time. */
export async function loadOrCreateKeys(dataDir: string): Promise<ProjectKeys> {
  const file = join(dataDir, 'keys.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as ProjectKeys;
  await mkdir(dataDir, { recursive: true });
  const keys = await keysFromSecret(randomBytes(32).toString('base64url'));
  await writeFile(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}
