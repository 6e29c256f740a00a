// The local /auth/v1: the GoTrue endpoints that the app's supabase-js calls use.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type pg from 'pg';
import { HttpError, send } from '#local/api/http.ts';
import { authenticate } from '#local/api/request-role.ts';
import { apiVersionHeader, authError, errorBody, wantsVersionedErrors } from './errors.ts';
import { consumeToken, issueToken, sendTokenEmail, type TokenType } from './one-time-tokens.ts';
import { confirmAddress, recordPendingSignUp } from './pending-sign-ups.ts';
import { clientAddress, trustedProxiesFromEnv } from './client-address.ts';
import { admitSignIn, clearFailedSignIns } from './rate-limit.ts';
import { updateAuthSchema } from './schema.ts';
import { confirmEmailChange, oneSideConfirmed, requestEmailChange } from './email-change.ts';
import { signingKey } from '#local/api/signing-key.ts';
import { createAdminRoutes, type Answer } from './admin.ts';
import { endSessions, refreshSession, sessionExists, startSession } from './sessions.ts';
import { admitEmail } from './email-limits.ts';
import { hashPassword, passwordMatches } from './passwords.ts';
import { createUser, syntheticUserJson, findUserByEmail, findUserById, userJson, type UserRow } from './users.ts';
import { body, checkPassword, metadata, nextPath, requireEmail } from './request.ts';

const apiVersion = { 'x-supabase-api-version': '2024-01-01' };

interface AuthContext {
  pool: pg.Pool;
  jwtSecret: string;
  siteUrl: string;
  /** Proxies whose X-Forwarded-For names the client; AUTH_TRUSTED_PROXIES when not given. */
  trustedProxies?: Set<string>;
}

export function createAuthHandler(ctx: AuthContext) {
  const { pool, jwtSecret, siteUrl } = ctx;
  const issuer = `${siteUrl}/auth/v1`;
  const trustedProxies = ctx.trustedProxies ?? trustedProxiesFromEnv();
  let schemaReady: Promise<void> | undefined;

  async function signedInUser(req: IncomingMessage): Promise<{ user: UserRow; sessionId: string }> {
    const { role, claims } = await authenticate(req, jwtSecret, 'auth');
    if (role !== 'authenticated' || typeof claims.sub !== 'string')
      throw authError(403, 'no_authorization', 'This endpoint requires a valid Bearer token');
    const user = await findUserById(pool, claims.sub);
    if (!user) throw authError(403, 'user_not_found', 'User from sub claim in JWT does not exist');
    if (!(await sessionExists(pool, claims.session_id)))
      throw authError(403, 'session_not_found', 'Session from session_id claim in JWT does not exist');
    return { user, sessionId: claims.session_id as string };
  }

  const adminRoute = createAdminRoutes({ pool, jwtSecret, siteUrl });

  const routes: Record<string, (req: IncomingMessage, url: URL) => Promise<Answer>> = {
    'POST /signup': async (req, url) => {
      const b = await body(req);
      refuseDisabledProviders(b, 'signups');
      const email = requireEmail(b.email);
      const password = checkPassword(b.password);
      const meta = metadata(b.data, 'data') ?? {};
      await admitEmail(pool, email, 'confirmation', clientAddress(req, trustedProxies));
      const existing = await findUserByEmail(pool, email);
      const passwordHash = await hashPassword(password);
      // As GoTrue does with confirmations on: a made-up user, so addresses cannot be enumerated.
      if (existing?.email_confirmed_at) return [200, syntheticUserJson(email, meta)];
      // As GoTrue does: signing up again for an unconfirmed address replaces its password and details.
      const user = existing
        ? (
            await pool.query<UserRow>(
              'update auth.users set encrypted_password = $2, raw_user_meta_data = $3, updated_at = now() where id = $1 returning *',
              [existing.id, passwordHash, meta],
            )
          ).rows[0]!
        : await createUser(pool, { email, passwordHash, confirmed: false, userMeta: meta });
      const tokenHash = await issueToken(pool, user.id, 'confirmation', true);
      await recordPendingSignUp(pool, tokenHash, user.id, passwordHash, meta);
      await sendTokenEmail(pool, siteUrl, email, 'confirmation', tokenHash, nextPath(url, siteUrl));
      const sent = await pool.query<UserRow>('update auth.users set confirmation_sent_at = now() where id = $1 returning *', [user.id]);
      return [200, userJson(sent.rows[0]!)];
    },

    'POST /token': async (req, url) => {
      const grant = url.searchParams.get('grant_type');
      const b = await body(req);
      if (grant === 'password') {
        if (b.phone !== undefined && b.email === undefined) throw authError(400, 'phone_provider_disabled', 'Phone logins are disabled');
        const email = requireEmail(b.email);
        const admission = await admitSignIn(pool, email, clientAddress(req, trustedProxies));
        if (admission === 'address_limited') {
          throw authError(
            429,
            'over_request_rate_limit',
            'Too many sign-in attempts for this account. Wait 5 minutes and try again, or reset your password.',
          );
        }
        if (admission === 'client_limited') throw authError(429, 'over_request_rate_limit', 'Request rate limit reached');
        const user = await findUserByEmail(pool, email);
        // Compare against a dummy hash when there is no account, so a wrong password takes as long either way.
        const matches = await passwordMatches(typeof b.password === 'string' ? b.password : '', user?.encrypted_password);
        if (!user || !matches) throw authError(400, 'invalid_credentials', 'Invalid login credentials');
        if (user.banned_until && user.banned_until > new Date()) throw authError(400, 'user_banned', 'User is banned');
        if (!user.email_confirmed_at) throw authError(400, 'email_not_confirmed', 'Email not confirmed');
        await clearFailedSignIns(pool, email);
        return [200, await startSession(pool, user, jwtSecret, issuer, 'password')];
      }
      if (grant === 'refresh_token') {
        if (typeof b.refresh_token !== 'string' || !b.refresh_token) throw authError(400, 'validation_failed', 'refresh_token required');
        const refreshed = await refreshSession(pool, b.refresh_token, jwtSecret, issuer);
        if (!refreshed.ok) throw authError(400, refreshed.code, refreshed.message);
        return [200, refreshed.session];
      }
      if (grant === 'id_token') {
        const issuers: Record<string, string> = {
          google: 'https://accounts.google.com',
          apple: 'https://appleid.apple.com',
          azure: 'https://login.microsoftonline.com',
        };
        const issuer = issuers[b.provider as string] ?? String(b.issuer ?? b.provider ?? '');
        throw authError(400, 'provider_disabled', `Provider (issuer "${issuer}") is not enabled`);
      }
      // GoTrue's answer to a grant it does not know (the local API has no PKCE, web3 or other grants).
      throw authError(400, 'validation_failed', 'unsupported_grant_type');
    },

    // Public, as on hosted projects: the keys that verify session tokens.
    'GET /.well-known/jwks.json': async () => [
      200,
      { keys: [(await signingKey(jwtSecret)).publicJwk] },
      { 'cache-control': 'public, max-age=600' },
    ],

    'GET /user': async (req) => [200, userJson((await signedInUser(req)).user)],

    'PUT /user': async (req) => {
      const { user, sessionId } = await signedInUser(req);
      const b = await body(req);
      // Everything is checked before anything is written.
      const email = b.email === undefined || b.email === '' ? undefined : requireEmail(b.email);
      if (b.phone !== undefined && b.phone !== '') throw authError(400, 'phone_provider_disabled', 'Unsupported phone provider');
      const data = metadata(b.data, 'data');
      if (email && email !== user.email && (await findUserByEmail(pool, email))) {
        throw authError(422, 'email_exists', 'A user with this email address has already been registered');
      }
      const passwordHash = b.password === undefined ? undefined : await hashPassword(checkPassword(b.password));
      if (passwordHash) {
        await pool.query('update auth.users set encrypted_password = $2, updated_at = now() where id = $1', [user.id, passwordHash]);
        // A new password ends every other session, wherever the old one was used.
        await endSessions(pool, user.id, sessionId, 'others');
      }
      if (data) {
        await pool.query('update auth.users set raw_user_meta_data = raw_user_meta_data || $2, updated_at = now() where id = $1', [
          user.id,
          data,
        ]);
      }
      if (email && email !== user.email) {
        await admitEmail(pool, user.email, 'confirmation', clientAddress(req, trustedProxies));
        const change = await requestEmailChange(pool, siteUrl, user, email);
        return [200, { ...userJson((await findUserById(pool, user.id))!), ...change }];
      }
      return [200, userJson((await findUserById(pool, user.id))!)];
    },

    'POST /logout': async (req, url) => {
      const { user, sessionId } = await signedInUser(req);
      await endSessions(pool, user.id, sessionId, url.searchParams.get('scope') ?? 'global');
      return [204, undefined];
    },

    'POST /recover': async (req, url) => {
      const email = requireEmail((await body(req)).email);
      await admitEmail(pool, email, 'recovery', clientAddress(req, trustedProxies));
      const user = await findUserByEmail(pool, email);
      if (user) await sendTokenEmail(pool, siteUrl, email, 'recovery', await issueToken(pool, user.id, 'recovery'), nextPath(url, siteUrl));
      return [200, {}];
    },

    'POST /otp': async (req, url) => {
      const b = await body(req);
      if (b.phone !== undefined && b.email === undefined) throw authError(400, 'phone_provider_disabled', 'Unsupported phone provider');
      const email = requireEmail(b.email);
      await admitEmail(pool, email, 'recovery', clientAddress(req, trustedProxies));
      let user = await findUserByEmail(pool, email);
      // GoTrue answers otp_disabled here; the same answer as for an account keeps addresses from being tested.
      if (!user && b.create_user === false) return [200, {}];
      user ??= await createUser(pool, { email, passwordHash: null, confirmed: false, userMeta: metadata(b.data, 'data') ?? {} });
      await sendTokenEmail(pool, siteUrl, email, 'magiclink', await issueToken(pool, user.id, 'magiclink'), nextPath(url, siteUrl));
      return [200, {}];
    },

    'POST /resend': async (req, url) => {
      const b = await body(req);
      const types = ['signup', 'email_change', 'sms', 'phone_change'];
      if (!types.includes(b.type))
        throw authError(400, 'validation_failed', 'Missing one of these types: signup, email_change, sms, phone_change');
      if (b.type === 'sms' || b.type === 'phone_change') throw authError(400, 'phone_provider_disabled', 'Phone logins are disabled');
      if (b.email === undefined) throw authError(400, 'validation_failed', 'Type provided requires an email address');
      const email = requireEmail(b.email);
      await admitEmail(pool, email, 'confirmation', clientAddress(req, trustedProxies));
      const user = await findUserByEmail(pool, email);
      // As GoTrue does: nothing to send (no account, already confirmed, no e-mail change pending) answers the same.
      if (b.type === 'signup' && user && !user.email_confirmed_at) {
        const tokenHash = await issueToken(pool, user.id, 'confirmation', true);
        if (user.encrypted_password) await recordPendingSignUp(pool, tokenHash, user.id, user.encrypted_password, user.raw_user_meta_data);
        await sendTokenEmail(pool, siteUrl, email, 'confirmation', tokenHash, nextPath(url, siteUrl));
      }
      return [200, {}];
    },

    'POST /verify': async (req) => {
      const b = await body(req);
      const accepted: Record<string, TokenType[]> = {
        signup: ['confirmation'],
        invite: ['confirmation'],
        email: ['confirmation', 'magiclink'],
        magiclink: ['magiclink'],
        recovery: ['recovery'],
        email_change: ['email_change'],
        sms: [],
        phone_change: [],
      };
      const types = accepted[b.type as string];
      if (!types) throw authError(400, 'validation_failed', `Verify requires a verification type of ${Object.keys(accepted).join(', ')}`);
      const expired = () => authError(403, 'otp_expired', 'Token has expired or is invalid');
      // Only e-mailed links (token_hash) are issued here; a numeric code cannot match any token.
      if (typeof b.token_hash !== 'string') {
        if (typeof b.token === 'string' && (b.email !== undefined || b.phone !== undefined)) throw expired();
        throw authError(400, 'validation_failed', 'Verify requires either a token or a token hash');
      }
      const user = await consumeToken(pool, b.token_hash, types);
      if (!user) throw expired();
      if (b.type === 'email_change' && !(await confirmEmailChange(pool, user.id, b.token_hash))) {
        return [200, { msg: oneSideConfirmed, code: 200 }];
      }
      if (!user.email_confirmed_at) await confirmAddress(pool, user, b.token_hash);
      const fresh = (await findUserById(pool, user.id))!;
      return [200, await startSession(pool, fresh, jwtSecret, issuer, b.type === 'recovery' ? 'recovery' : 'otp')];
    },

    // Identity linking is off, as GoTrue's default: both directions answer as it does.
    'GET /user/identities/authorize': async (req) => {
      await signedInUser(req);
      throw authError(404, 'manual_linking_disabled', 'Manual linking is disabled');
    },
  };

  /** Phone and anonymous sign-ups are off here, as on a project with only e-mail: GoTrue's answers for them. */
  function refuseDisabledProviders(b: Record<string, unknown>, what: 'signups'): void {
    if (b.email === undefined && b.phone !== undefined) throw authError(400, 'phone_provider_disabled', `Phone ${what} are disabled`);
    if (b.email === undefined && b.password === undefined)
      throw authError(422, 'anonymous_provider_disabled', 'Anonymous sign-ins are disabled');
  }

  return async function handleAuth(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname.replace(/^\/auth\/v1/, '').replace(/\/$/, '');
    const route =
      routes[`${req.method} ${path}`] ??
      adminRoute(req.method ?? '', path) ??
      (req.method === 'DELETE' && path.startsWith('/user/identities/') ? routes['GET /user/identities/authorize'] : undefined);
    const versioned = wantsVersionedErrors(req.headers[apiVersionHeader]);
    const headers = versioned ? apiVersion : {};
    try {
      if (!route) throw authError(404, 'not_found', `No auth endpoint ${req.method} ${path}`);
      schemaReady ??= updateAuthSchema(pool).catch((error) => {
        schemaReady = undefined;
        throw error;
      });
      await schemaReady;
      const [status, payload, extraHeaders] = await route(req, url);
      send(res, status, payload, { ...headers, ...extraHeaders });
    } catch (error) {
      if (error instanceof HttpError) return send(res, error.status, errorBody(error, versioned), headers);
      console.error('Local auth API error:', error);
      send(
        res,
        500,
        errorBody(authError(500, 'unexpected_failure', 'Unexpected failure, please check server logs for more information'), versioned),
        headers,
      );
    }
  };
}
