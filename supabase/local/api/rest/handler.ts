// The local /rest/v1: PostgREST's request semantics for the calls supabase-js makes. Each request runs in one
// transaction as the JWT's role with request.jwt.claims set, so row-level security decides what it may do.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { escapeLiteral } from 'pg';
import type pg from 'pg';
import { HttpError, send } from '#local/api/http.ts';
import { authenticate } from '#local/api/request-role.ts';
import { fromPgError, restError } from './errors.ts';
import { negotiate } from './media.ts';
import { planRpc, planTable, type Planned } from './plan.ts';
import { appliedHeader, parsePrefer, type Prefer } from './prefer.ts';
import { contentRange } from './range.ts';
import { readQuery } from './request-query.ts';
import { key, type SchemaCache } from './schema-cache.ts';

function schemaOf(req: IncomingMessage, method: string, cache: SchemaCache): { schema: string; negotiated: boolean } {
  const header = method === 'GET' || method === 'HEAD' ? req.headers['accept-profile'] : req.headers['content-profile'];
  if (header === undefined) return { schema: cache.schemas[0] ?? 'public', negotiated: false };
  const schema = String(header).trim();
  if (!cache.schemas.includes(schema)) {
    throw restError(
      406,
      'PGRST106',
      `Invalid schema: ${schema}`,
      null,
      `Only the following schemas are exposed: ${cache.schemas.join(', ')}`,
    );
  }
  return { schema, negotiated: true };
}

/** Reads and writes of a table or view. */
function insertStatus(method: string, prefer: Prefer, inserted: number, wantsBody: boolean): number {
  if (method === 'PUT') return wantsBody ? (inserted > 0 ? 201 : 200) : 204;
  return inserted <= 0 && prefer.resolution === 'merge-duplicates' ? 200 : 201;
}

export function createRestHandler(pool: pg.Pool, jwtSecret: string, getCache: () => SchemaCache) {
  return async function handleRest(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const { role, claims } = await authenticate(req, jwtSecret, 'rest');
    const method = req.method ?? 'GET';
    const cache = getCache();
    const path = url.pathname
      .replace(/^\/rest\/v1\/?/, '')
      .split('/')
      .map(decodeURIComponent);
    const { schema, negotiated } = schemaOf(req, method, cache);
    const prefer = parsePrefer(req.headers.prefer);
    const media = negotiate(req.headers.accept as string | undefined);

    let plan: Planned;
    if (path[0] === 'rpc' && path.length === 2 && path[1]) {
      plan = await planRpc(req, method, cache, schema, path[1], url, prefer, media);
    } else {
      const table = path.length === 1 && path[0] ? cache.tables.get(key(schema, path[0])) : undefined;
      if (!table) {
        if (path.length !== 1 || !path[0]) throw restError(404, 'PGRST125', 'Invalid path specified in request URL');
        throw restError(404, 'PGRST205', `Could not find the table '${schema}.${path[0]}' in the schema cache`);
      }
      plan = await planTable(req, method, cache, table, readQuery(url.searchParams), prefer, media);
    }

    const settings = [
      ...(cache.roleSettings.get(role) ?? []),
      ['request.jwt.claims', JSON.stringify(claims)],
      ['request.method', method],
      ['request.path', url.pathname],
      ['request.headers', JSON.stringify(req.headers)],
      ['search_path', `"${schema.replaceAll('"', '""')}", public, extensions`],
      ...(prefer.timezone ? [['timezone', prefer.timezone]] : []),
    ]
      .map(([k, v]) => `set_config(${escapeLiteral(k!)}, ${escapeLiteral(v!)}, true)`)
      .join(', ');
    // Reads go in one round trip, commit included; writes wait for the checks that may roll them back.
    const oneTrip = plan.readOnly && !plan.planned;
    const statements = [
      `${plan.readOnly ? 'begin read only' : 'begin'}`,
      `set local role ${role}`,
      `select ${settings}`,
      plan.sql,
      ...(oneTrip ? ['commit'] : []),
    ];
    const client = await pool.connect();
    let result: { body: string | null; n: number; total?: number; inserted?: number };
    let total: number | undefined;
    try {
      const results = (await client.query(statements.join(';\n'))) as unknown as pg.QueryResult[];
      result = results[3]!.rows[0] ?? { body: '[]', n: 0 };
      total = result.total;
      if (plan.planned) {
        const explained = (await client.query(`explain (format json) ${plan.planned}`)).rows[0]['QUERY PLAN'];
        total = Math.round(explained[0].Plan['Plan Rows']);
      }
      if (media.kind === 'object' && plan.returnsSet && result.n !== 1 && (plan.wantsBody || !plan.isWrite)) {
        throw restError(406, 'PGRST116', 'Cannot coerce the result to a single JSON object', `The result contains ${result.n} rows`);
      }
      if (
        prefer.handling === 'strict' &&
        prefer.maxAffected !== undefined &&
        (plan.isWrite === 'update' || plan.isWrite === 'delete' || plan.isWrite === 'rpc') &&
        result.n > prefer.maxAffected
      ) {
        throw restError(400, 'PGRST124', 'Query result exceeds max-affected preference constraint', `The query affects ${result.n} rows`);
      }
      if (!oneTrip) await client.query(prefer.tx === 'rollback' ? 'rollback' : 'commit');
    } catch (error) {
      await client.query('rollback').catch(() => {});
      if (error instanceof HttpError) throw error;
      throw fromPgError(error as Error, role !== 'anon');
    } finally {
      client.release();
    }

    const counted = prefer.count ? (total ?? result.n) : undefined;
    const headers: Record<string, string> = {};
    const range =
      plan.isWrite && plan.isWrite !== 'rpc'
        ? contentRange(plan.isWrite === 'update' ? 0 : 1, plan.isWrite === 'update' ? result.n - 1 : 0, prefer.count ? result.n : undefined)
        : contentRange(plan.offset, plan.offset + result.n - 1, counted);
    headers['content-range'] = range;
    const applied = appliedHeader(prefer, {
      resolution: plan.isWrite === 'insert',
      return: !!plan.isWrite && plan.isWrite !== 'rpc',
      missing: plan.isWrite === 'insert' || plan.isWrite === 'update',
      maxAffected: plan.isWrite === 'update' || plan.isWrite === 'delete' || plan.isWrite === 'rpc',
    });
    if (applied) headers['preference-applied'] = applied;
    if (negotiated) headers['content-profile'] = schema;
    if (counted !== undefined && plan.ranged && plan.offset > counted && counted >= 0 && result.n === 0 && plan.offset > 0) {
      return send(
        res,
        416,
        {
          code: 'PGRST103',
          message: 'Requested range not satisfiable',
          details: `An offset of ${plan.offset} was requested, but there are only ${counted} rows.`,
          hint: null,
        },
        headers,
      );
    }
    if (plan.noBody) return send(res, 204, undefined, headers);
    if (plan.isWrite === 'insert' && prefer.return === 'headers-only' && result.body) {
      const first = (JSON.parse(result.body) as Record<string, unknown>[])[0];
      if (first && Object.keys(first).length) {
        headers.location = `/${url.pathname.split('/').at(-1)}?${Object.entries(first)
          .map(([k, v]) => `${k}=eq.${encodeURIComponent(String(v))}`)
          .join('&')}`;
      }
    }
    const partial = plan.ranged && counted !== undefined && result.n < counted && !plan.isWrite;
    const status =
      plan.isWrite === 'insert'
        ? insertStatus(method, prefer, result.inserted ?? 0, plan.wantsBody)
        : plan.isWrite && plan.isWrite !== 'rpc'
          ? plan.wantsBody
            ? 200
            : 204
          : partial
            ? 206
            : plan.status;
    if (!plan.wantsBody || method === 'HEAD' || status === 204) return send(res, status, undefined, headers);
    send(res, status, result.body ?? '', { 'content-type': media.contentType, ...headers });
  };
}
