// Who is calling: the role and claims of the request's JWT (the session's, or the anon/service key itself).
import type { IncomingMessage } from 'node:http';
import { bearerToken, HttpError } from './http.ts';
import { verifyJwt } from './keys.ts';

const apiRoles = new Set(['anon', 'authenticated', 'service_role']);

export interface RequestRole {
  role: 'anon' | 'authenticated' | 'service_role';
  claims: Record<string, unknown>;
}

function refuse(api: 'rest' | 'auth', code: string, message: string): HttpError {
  return api === 'rest'
    ? new HttpError(401, { code, message, details: null, hint: null })
    : new HttpError(401, { code: 401, error_code: code === 'PGRST303' ? 'bad_jwt' : 'bad_jwt', msg: message });
}

export async function authenticate(req: IncomingMessage, jwtSecret: string, api: 'rest' | 'auth'): Promise<RequestRole> {
  const token = bearerToken(req);
  if (!token) {
    throw new HttpError(401, { message: 'No API key found in request', hint: 'No `apikey` request header or url param was found.' });
  }
  const verified = await verifyJwt(token, jwtSecret);
  if (!verified.ok) throw refuse(api, verified.reason === 'expired' ? 'PGRST303' : 'PGRST301', verified.message);
  const role = String(verified.claims.role ?? '');
  if (!apiRoles.has(role)) throw refuse(api, 'PGRST301', `JWT role "${role}" is not allowed`);
  return { role: role as RequestRole['role'], claims: verified.claims };
}
