// Reading an auth request: its JSON body (size-limited, no U+0000), and the fields GoTrue validates.
import type { IncomingMessage } from 'node:http';
import { readBody } from '#local/api/http.ts';
import { authError } from './errors.ts';
import { normaliseEmail } from './users.ts';

export const minPasswordLength = 8;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a client's JSON body, checked field by field where it is read
export type Body = Record<string, any>;

export async function body(req: IncomingMessage): Promise<Body> {
  const text = await readBody(req, () => authError(413, 'request_too_large', 'Request body is too large: the limit is 1 MB'));
  if (!text.trim()) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw authError(400, 'bad_json', 'Could not parse request body as JSON');
  }
  if (!isObject(parsed)) throw authError(400, 'bad_json', 'Could not parse request body as JSON: expected an object');
  // Postgres cannot store U+0000 in text or jsonb; GoTrue would fail on it, so it is refused here, before any work.
  if (containsNul(parsed)) throw authError(400, 'validation_failed', 'Request body must not contain the NUL character (U+0000)');
  return parsed;
}

export const isObject = (value: unknown): value is Body => !!value && typeof value === 'object' && !Array.isArray(value);

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (isObject(value)) return Object.entries(value).some(([key, item]) => key.includes('\u0000') || containsNul(item));
  return false;
}

/** A metadata field (`data`, `user_metadata`, `app_metadata`): absent, or a JSON object, as GoTrue's Go maps are. */
export function metadata(value: unknown, field: string): Body | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw authError(400, 'bad_json', `Could not parse request body as JSON: ${field} must be an object`);
  return value;
}

export function checkPassword(password: unknown): string {
  if (typeof password !== 'string' || password.length < minPasswordLength) {
    throw authError(422, 'weak_password', `Password should be at least ${minPasswordLength} characters.`, {
      weak_password: { reasons: ['length'] },
    });
  }
  if (password.length > 72)
    throw authError(422, 'weak_password', 'Password should be at most 72 characters.', { weak_password: { reasons: ['length'] } });
  return password;
}

export function requireEmail(value: unknown): string {
  const email = normaliseEmail(value);
  if (!email) throw authError(400, 'validation_failed', 'Unable to validate email address: invalid format');
  return email;
}

/** The path under the site to return to after an e-mail link, taken from supabase-js's redirect_to. */
export function nextPath(url: URL, siteUrl: string): string | undefined {
  const redirect = url.searchParams.get('redirect_to');
  if (!redirect) return undefined;
  try {
    const target = new URL(redirect, siteUrl);
    return target.origin === new URL(siteUrl).origin ? target.pathname + target.search : undefined;
  } catch {
    return undefined;
  }
}
