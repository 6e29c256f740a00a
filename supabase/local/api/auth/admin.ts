// GoTrue's admin endpoints that supabase-js exposes as auth.admin.*: for the service role only.
import type { IncomingMessage } from 'node:http';
import type pg from 'pg';
import { authenticate } from '#local/api/request-role.ts';
import { authError } from './errors.ts';
import { issueToken, sendTokenEmail, tokenLink, type EmailTemplate, type TokenType } from './one-time-tokens.ts';
import { hashPassword } from './passwords.ts';
import { recordPendingSignUp } from './pending-sign-ups.ts';
import { body, checkPassword, metadata, requireEmail, type Body } from './request.ts';
import { createUser, findUserByEmail, findUserById, userJson, type UserRow } from './users.ts';

export type Answer = [number, unknown, Record<string, string>?];
type AdminRoute = (req: IncomingMessage, url: URL, userId?: string) => Promise<Answer>;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const emailTaken = () => authError(422, 'email_exists', 'A user with this email address has already been registered');

/** Go duration strings as GoTrue's ban_duration takes them ("24h", "90m", "1h30m"), or "none" to lift a ban. */
function banUntil(duration: unknown): Date | null | undefined {
  if (duration === undefined || duration === '') return undefined;
  if (duration === 'none') return null;
  const parts = typeof duration === 'string' ? [...duration.matchAll(/(\d+(?:\.\d+)?)(h|m|s|ms)/g)] : [];
  if (!parts.length || parts.map((p) => p[0]).join('') !== duration) {
    throw authError(400, 'validation_failed', `invalid format for ban duration: time: invalid duration "${String(duration)}"`);
  }
  const unit = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 } as const;
  return new Date(Date.now() + parts.reduce((sum, p) => sum + Number(p[1]) * unit[p[2] as keyof typeof unit], 0));
}

/** GoTrue merges metadata key by key; a key set to null is removed. */
const mergeSql = (column: string, param: string) =>
  `${column} = case when ${param}::jsonb is null then ${column} else jsonb_strip_nulls(${column} || ${param}::jsonb) end`;

export function createAdminRoutes(ctx: { pool: pg.Pool; jwtSecret: string; siteUrl: string }) {
  const { pool, jwtSecret, siteUrl } = ctx;

  async function requireServiceRole(req: IncomingMessage): Promise<void> {
    const { role } = await authenticate(req, jwtSecret, 'auth');
    if (role !== 'service_role') throw authError(403, 'not_admin', 'User not allowed');
  }

  async function loadUser(userId: string | undefined): Promise<UserRow> {
    if (!userId || !uuid.test(userId)) throw authError(400, 'validation_failed', 'user_id must be an UUID');
    const user = await findUserById(pool, userId);
    if (!user) throw authError(404, 'user_not_found', 'User not found');
    return user;
  }

  async function createFromBody(b: Body): Promise<UserRow> {
    if (b.email === undefined || b.email === '')
      throw authError(422, 'validation_failed', 'Cannot create a user without either an email or phone');
    const email = requireEmail(b.email);
    if (await findUserByEmail(pool, email)) throw emailTaken();
    const passwordHash = b.password === undefined || b.password === null ? null : await hashPassword(checkPassword(b.password));
    const banned = banUntil(b.ban_duration);
    const user = await createUser(pool, {
      email,
      passwordHash,
      confirmed: b.email_confirm === true,
      userMeta: metadata(b.user_metadata, 'user_metadata') ?? {},
      appMeta: metadata(b.app_metadata, 'app_metadata') ?? {},
    });
    if (banned === undefined) return user;
    return (await pool.query<UserRow>('update auth.users set banned_until = $2 where id = $1 returning *', [user.id, banned])).rows[0]!;
  }

  /** An unconfirmed user for an invitation or a sign-up link; a confirmed one already there is refused, as GoTrue does. */
  async function unconfirmedUser(email: string, meta: Body | undefined, passwordHash: string | null): Promise<UserRow> {
    const existing = await findUserByEmail(pool, email);
    if (existing?.email_confirmed_at) throw emailTaken();
    if (!existing) return createUser(pool, { email, passwordHash, confirmed: false, userMeta: meta ?? {} });
    return (
      await pool.query<UserRow>(
        `update auth.users set encrypted_password = coalesce($2, encrypted_password), raw_user_meta_data = coalesce($3, raw_user_meta_data),
         updated_at = now() where id = $1 returning *`,
        [existing.id, passwordHash, meta ?? null],
      )
    ).rows[0]!;
  }

  const exact: Record<string, AdminRoute> = {
    'GET /admin/users': async (_req, url) => {
      const page = Number(url.searchParams.get('page') ?? 1);
      const perPage = Number(url.searchParams.get('per_page') ?? 50);
      if (!Number.isInteger(page) || page < 1 || !Number.isInteger(perPage) || perPage < 1) {
        throw authError(400, 'validation_failed', 'Bad Pagination Parameters: page and per_page must be positive whole numbers');
      }
      const {
        rows: [{ total }],
      } = await pool.query<{ total: number }>('select count(*)::int as total from auth.users where deleted_at is null');
      const { rows } = await pool.query<UserRow>(
        'select * from auth.users where deleted_at is null order by created_at desc, id limit $1 offset $2',
        [perPage, (page - 1) * perPage],
      );
      // GoTrue's pagination headers, which supabase-js reads for nextPage, lastPage and total.
      const pages = Math.ceil(total / perPage);
      const pageLink = (n: number) => `</admin/users?page=${n}&per_page=${perPage}>`;
      const link = [...(pages > page ? [`${pageLink(page + 1)}; rel="next"`] : []), `${pageLink(pages)}; rel="last"`].join(', ');
      return [200, { users: rows.map(userJson), aud: 'authenticated' }, { link, 'x-total-count': String(total) }];
    },

    'POST /admin/users': async (req) => [200, userJson(await createFromBody(await body(req)))],

    'POST /invite': async (req) => {
      const b = await body(req);
      const email = requireEmail(b.email);
      const user = await unconfirmedUser(email, metadata(b.data, 'data'), null);
      await sendTokenEmail(pool, siteUrl, email, 'invite', await issueToken(pool, user.id, 'confirmation', true));
      return [200, userJson(user)];
    },

    'POST /admin/generate_link': async (req, url) => {
      const b = await body(req);
      const email = requireEmail(b.email);
      const meta = metadata(b.data, 'data');
      const kinds: Record<string, { template: EmailTemplate; token: TokenType }> = {
        signup: { template: 'confirmation', token: 'confirmation' },
        invite: { template: 'invite', token: 'confirmation' },
        magiclink: { template: 'magiclink', token: 'magiclink' },
        recovery: { template: 'recovery', token: 'recovery' },
      };
      const kind = kinds[b.type as string];
      if (!kind)
        throw authError(400, 'validation_failed', `Invalid type: the local auth API generates ${Object.keys(kinds).join(', ')} links`);
      let user: UserRow;
      let tokenHash: string;
      if (b.type === 'signup') {
        const passwordHash = await hashPassword(checkPassword(b.password));
        user = await unconfirmedUser(email, meta, passwordHash);
        tokenHash = await issueToken(pool, user.id, 'confirmation', true);
        await recordPendingSignUp(pool, tokenHash, user.id, passwordHash, meta ?? user.raw_user_meta_data);
      } else if (b.type === 'invite') {
        user = await unconfirmedUser(email, meta, null);
        tokenHash = await issueToken(pool, user.id, 'confirmation', true);
      } else {
        const found = await findUserByEmail(pool, email);
        if (!found) throw authError(404, 'user_not_found', 'User with this email not found');
        user = found;
        tokenHash = await issueToken(pool, user.id, kind.token);
      }
      const redirectTo = typeof b.redirect_to === 'string' ? b.redirect_to : (url.searchParams.get('redirect_to') ?? siteUrl);
      const { link, otpType } = tokenLink(siteUrl, kind.template, tokenHash);
      return [
        200,
        { ...userJson(user), action_link: link.href, hashed_token: tokenHash, verification_type: otpType, redirect_to: redirectTo },
      ];
    },
  };

  const byId: Record<string, AdminRoute> = {
    GET: async (_req, _url, userId) => [200, userJson(await loadUser(userId))],

    PUT: async (req, _url, userId) => {
      const user = await loadUser(userId);
      const b = await body(req);
      const email = b.email === undefined || b.email === '' ? undefined : requireEmail(b.email);
      if (email && email !== user.email && (await findUserByEmail(pool, email))) throw emailTaken();
      const passwordHash = b.password === undefined || b.password === null ? null : await hashPassword(checkPassword(b.password));
      const banned = banUntil(b.ban_duration);
      const {
        rows: [updated],
      } = await pool.query<UserRow>(
        `update auth.users set email = coalesce($2, email), encrypted_password = coalesce($3, encrypted_password),
           email_confirmed_at = case when $4 then coalesce(email_confirmed_at, now()) else email_confirmed_at end,
           ${mergeSql('raw_user_meta_data', '$5')}, ${mergeSql('raw_app_meta_data', '$6')},
           banned_until = case when $7 then $8::timestamptz else banned_until end, updated_at = now()
         where id = $1 returning *`,
        [
          user.id,
          email ?? null,
          passwordHash,
          b.email_confirm === true,
          metadata(b.user_metadata, 'user_metadata') ?? null,
          metadata(b.app_metadata, 'app_metadata') ?? null,
          banned !== undefined,
          banned ?? null,
        ],
      );
      if (passwordHash || banned) await pool.query('delete from auth.sessions where user_id = $1', [user.id]);
      return [200, userJson(updated!)];
    },

    DELETE: async (req, _url, userId) => {
      const user = await loadUser(userId);
      const b = await body(req);
      if (b.should_soft_delete === true) {
        // As GoTrue does: the account stays, unusable, with its address freed and every session ended.
        await pool.query(`update auth.users set deleted_at = now(), email = null, encrypted_password = null where id = $1`, [user.id]);
        await pool.query('delete from auth.sessions where user_id = $1', [user.id]);
      } else {
        await pool.query('delete from auth.users where id = $1', [user.id]);
      }
      return [200, {}];
    },
  };

  /** The admin route for a request, if it is one; every admin route first checks for the service role. */
  return function adminRoute(method: string, path: string): ((req: IncomingMessage, url: URL) => Promise<Answer>) | undefined {
    const byIdMatch = /^\/admin\/users\/([^/]+)$/.exec(path);
    const route = exact[`${method} ${path}`] ?? (byIdMatch ? byId[method] : undefined);
    if (!route) return undefined;
    return async (req, url) => {
      await requireServiceRole(req);
      return route(req, url, byIdMatch ? decodeURIComponent(byIdMatch[1]!) : undefined);
    };
  };
}
