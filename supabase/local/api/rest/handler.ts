// The local /rest/v1: PostgREST's request semantics for the calls supabase-js makes. Each request runs in one
// transaction as the JWT's role with request.jwt.claims set, so row-level security decides what it may do.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { escapeIdentifier as id, escapeLiteral } from 'pg';
import type pg from 'pg';
import { HttpError, readBody, send } from '../http.ts';
import { authenticate } from '../request-role.ts';
import { fromPgError, notImplemented, restError } from './errors.ts';
import { bodySql, negotiate, type Media } from './media.ts';
import { Params } from './parse-filters.ts';
import { appliedHeader, parsePrefer, type Prefer } from './prefer.ts';
import { newContext, qualified, readSql } from './read-sql.ts';
import { readQuery, type RequestQuery } from './request-query.ts';
import { callSql, resolveFunction } from './rpc-sql.ts';
import { key, type SchemaCache, type TableInfo } from './schema-cache.ts';
import { deleteSql, insertSql, invalidBody, putSql, updateSql } from './write-sql.ts';
import { contentRange, pageOf } from './range.ts';

interface Planned {
  sql: string;
  params: Params;
  readOnly: boolean;
  status: number;
  /** Answer 204 with no body whatever `return` says (a void function). */
  noBody?: boolean;
  /** Whether the client asked for the rows back. */
  wantsBody: boolean;
  isWrite: 'insert' | 'update' | 'delete' | 'rpc' | false;
  returnsSet: boolean;
  planned?: string;
  offset: number;
  /** The rows are the whole result (not a page of it), for Content-Range and 206. */
  ranged: boolean;
}

async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const type = String(req.headers['content-type'] ?? 'application/json').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/csv') throw notImplemented('CSV request bodies are not implemented by the local API');
  if (type !== 'application/json' && type !== 'application/vnd.pgrst.object+json' && type !== 'application/vnd.pgrst.object' && type !== '') {
    throw invalidBody(`Content-Type not acceptable: ${type}`, `Content-Type not acceptable: ${type}`);
  }
  const text = await readBody(req, () => restError(413, 'PGRST413', 'Request body is too large: the limit is 1 MB'));
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw invalidBody('The request body is not valid JSON.');
  }
}

function schemaOf(req: IncomingMessage, method: string, cache: SchemaCache): { schema: string; negotiated: boolean } {
  const header = method === 'GET' || method === 'HEAD' ? req.headers['accept-profile'] : req.headers['content-profile'];
  if (header === undefined) return { schema: cache.schemas[0] ?? 'public', negotiated: false };
  const schema = String(header).trim();
  if (!cache.schemas.includes(schema)) {
    throw restError(406, 'PGRST106', `Invalid schema: ${schema}`, null, `Only the following schemas are exposed: ${cache.schemas.join(', ')}`);
  }
  return { schema, negotiated: true };
}

/** Reads and writes of a table or view. */
async function planTable(req: IncomingMessage, method: string, cache: SchemaCache, table: TableInfo, query: RequestQuery, prefer: Prefer, media: Media): Promise<Planned> {
  const params = new Params();
  const ctx = newContext(cache, params, query);
  const source = qualified(table);
  if (method === 'GET' || method === 'HEAD') {
    const page = pageOf(req, query);
    const { rows, count } = readSql(ctx, source, table, table.name);
    return {
      sql: `with _src as (${rows}) select ${bodySql(media)} as body, count(*)::int as n${prefer.count && prefer.count !== 'planned' ? `, (${count})::int as total` : ''} from _src _r`,
      planned: prefer.count === 'planned' ? count : undefined,
      params, readOnly: true, status: 200, wantsBody: method === 'GET', isWrite: false, returnsSet: true, offset: page.offset, ranged: true,
    };
  }
  const returning = prefer.return === 'representation' ? 'row' : prefer.return === 'headers-only' && method === 'POST' ? 'key' : 'none';
  const options = { resolution: prefer.resolution, missingDefault: prefer.missing === 'default', returning } as const;
  let statement: string;
  let isWrite: Planned['isWrite'];
  if (method === 'POST') {
    statement = insertSql(table, await jsonBody(req), query, options, params);
    isWrite = 'insert';
  } else if (method === 'PATCH') {
    statement = updateSql(table, await jsonBody(req), query, options, params);
    isWrite = 'update';
  } else if (method === 'DELETE') {
    statement = deleteSql(table, query, options, params);
    isWrite = 'delete';
  } else if (method === 'PUT') {
    statement = putSql(table, await jsonBody(req), query, options, params);
    isWrite = 'insert';
  } else throw restError(405, 'PGRST117', `Unsupported HTTP method: ${method}`);
  const counts = `(select count(*) from _raw)::int as n, (select count(*) from _raw where _ins)::int as inserted`;
  const keys = table.primaryKey.map((c) => id(c)).join(', ');
  const read = returning === 'row'
    ? `, _changed as (select (_row).* from _raw), _src as (${readSql(ctx, '_changed', table, table.name, { noPage: true }).rows})
       select (select ${bodySql(media)} from _src _r) as body, ${counts}`
    : returning === 'key' && keys
      ? ` select (select coalesce(json_agg(_r), '[]')::text from (select ${keys} from _raw) _r) as body, ${counts}`
      : ` select null as body, ${counts}`;
  if (returning !== 'row') readSql(ctx, '_raw', table, table.name);
  return {
    sql: `with _raw as (${statement})${read}`, params, readOnly: false, status: method === 'POST' ? 201 : 200,
    wantsBody: returning === 'row', isWrite, returnsSet: true, offset: 0, ranged: false,
  };
}

/** A call of /rpc/name, with select, filters, order and page applied to what a set-returning function returns. */
async function planRpc(req: IncomingMessage, method: string, cache: SchemaCache, schema: string, name: string, url: URL, prefer: Prefer, media: Media): Promise<Planned> {
  if (method !== 'GET' && method !== 'POST' && method !== 'HEAD') throw restError(405, 'PGRST101', `Cannot use the ${method} method on RPC`);
  const read = method !== 'POST';
  const overloads = cache.functions.get(key(schema, name)) ?? [];
  let args: Record<string, unknown> = {};
  let body: unknown;
  let bodyIsJson = false;
  if (read) {
    const names = new Set(overloads.flatMap((fn) => fn.args.map((a) => a.name)));
    for (const [k, v] of url.searchParams) if (names.has(k)) args[k] = v;
  } else {
    body = await jsonBody(req);
    bodyIsJson = true;
    if (body !== null && typeof body === 'object' && !Array.isArray(body)) args = body as Record<string, unknown>;
  }
  const isObject = body !== null && typeof body === 'object' && !Array.isArray(body);
  if (!read && !isObject && !overloads.some((fn) => fn.args.length === 1 && fn.args[0]!.name === '')) {
    throw invalidBody('Expected a JSON object of the function\'s arguments.');
  }
  const { fn, wholeBody } = resolveFunction(cache, schema, name, Object.keys(args), bodyIsJson);
  const query = readQuery(url.searchParams, new Set(Object.keys(args)));
  const params = new Params();
  const call = callSql(fn, args, body, wholeBody, params);
  if (prefer.maxAffected !== undefined && prefer.handling === 'strict' && !fn.returnsSet) {
    throw restError(400, 'PGRST128', 'Function must return SETOF or TABLE when max-affected preference is used with handling=strict');
  }
  const base = { params, readOnly: read, status: 200, wantsBody: method !== 'HEAD', isWrite: 'rpc' as const, returnsSet: fn.returnsSet, offset: 0, ranged: fn.returnsSet };
  if (fn.returns === 'void') return { ...base, sql: `select ${call}, null as body, 1 as n`, noBody: true };
  if (fn.returns === 'scalar' && !fn.returnsSet) {
    return { ...base, sql: `select to_json(${call})::text as body, 1 as n` };
  }
  const page = pageOf(req, query);
  base.offset = page.offset;
  const ctx = newContext(cache, params, query);
  const table = fn.returnsTable ? cache.tables.get(key(fn.schema, fn.returnsTable)) : undefined;
  const { rows, count } = readSql(ctx, call, table, fn.name);
  const single = !fn.returnsSet && media.kind === 'json' ? { ...media, kind: 'object' as const } : media;
  const value = fn.returns === 'scalar' ? `"${fn.name.replaceAll('"', '""')}"` : undefined;
  return {
    ...base,
    sql: `with _src as (${rows}) select ${bodySql(single, value)} as body, count(*)::int as n${prefer.count && prefer.count !== 'planned' ? `, (${count})::int as total` : ''} from _src _r`,
    planned: prefer.count === 'planned' ? count : undefined,
  };
}

/** PostgREST 13: 201 when a row was inserted, 200 when an upsert only updated; PUT without a body is 204. */
function insertStatus(method: string, prefer: Prefer, inserted: number, wantsBody: boolean): number {
  if (method === 'PUT') return wantsBody ? (inserted > 0 ? 201 : 200) : 204;
  return inserted <= 0 && prefer.resolution === 'merge-duplicates' ? 200 : 201;
}

export function createRestHandler(pool: pg.Pool, jwtSecret: string, getCache: () => SchemaCache) {
  return async function handleRest(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const { role, claims } = await authenticate(req, jwtSecret, 'rest');
    const method = req.method ?? 'GET';
    const cache = getCache();
    const path = url.pathname.replace(/^\/rest\/v1\/?/, '').split('/').map(decodeURIComponent);
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
      ['request.jwt.claims', JSON.stringify(claims)], ['request.method', method], ['request.path', url.pathname],
      ['request.headers', JSON.stringify(req.headers)], ['search_path', `"${schema.replaceAll('"', '""')}", public, extensions`],
      ...(prefer.timezone ? [['timezone', prefer.timezone]] : []),
    ].map(([k, v]) => `set_config(${escapeLiteral(k!)}, ${escapeLiteral(v!)}, true)`).join(', ');
    // Reads go in one round trip, commit included; writes wait for the checks that may roll them back.
    const oneTrip = plan.readOnly && !plan.planned;
    const statements = [`${plan.readOnly ? 'begin read only' : 'begin'}`, `set local role ${role}`, `select ${settings}`, plan.sql, ...(oneTrip ? ['commit'] : [])];
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
      if (prefer.handling === 'strict' && prefer.maxAffected !== undefined && (plan.isWrite === 'update' || plan.isWrite === 'delete' || plan.isWrite === 'rpc') && result.n > prefer.maxAffected) {
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

    const counted = prefer.count ? total ?? result.n : undefined;
    const headers: Record<string, string> = {};
    const range = plan.isWrite && plan.isWrite !== 'rpc'
      ? contentRange(plan.isWrite === 'update' ? 0 : 1, plan.isWrite === 'update' ? result.n - 1 : 0, prefer.count ? result.n : undefined)
      : contentRange(plan.offset, plan.offset + result.n - 1, counted);
    headers['content-range'] = range;
    const applied = appliedHeader(prefer, {
      resolution: plan.isWrite === 'insert', return: !!plan.isWrite && plan.isWrite !== 'rpc', missing: plan.isWrite === 'insert' || plan.isWrite === 'update',
      maxAffected: plan.isWrite === 'update' || plan.isWrite === 'delete' || plan.isWrite === 'rpc',
    });
    if (applied) headers['preference-applied'] = applied;
    if (negotiated) headers['content-profile'] = schema;
    if (counted !== undefined && plan.ranged && plan.offset > counted && counted >= 0 && result.n === 0 && plan.offset > 0) {
      return send(res, 416, { code: 'PGRST103', message: 'Requested range not satisfiable', details: `An offset of ${plan.offset} was requested, but there are only ${counted} rows.`, hint: null }, headers);
    }
    if (plan.noBody) return send(res, 204, undefined, headers);
    if (plan.isWrite === 'insert' && prefer.return === 'headers-only' && result.body) {
      const first = (JSON.parse(result.body) as Record<string, unknown>[])[0];
      if (first && Object.keys(first).length) {
        headers.location = `/${url.pathname.split('/').at(-1)}?${Object.entries(first).map(([k, v]) => `${k}=eq.${encodeURIComponent(String(v))}`).join('&')}`;
      }
    }
    const partial = plan.ranged && counted !== undefined && result.n < counted && !plan.isWrite;
    const status = plan.isWrite === 'insert' ? insertStatus(method, prefer, result.inserted ?? 0, plan.wantsBody)
      : plan.isWrite && plan.isWrite !== 'rpc' ? (plan.wantsBody ? 200 : 204)
      : partial ? 206 : plan.status;
    if (!plan.wantsBody || method === 'HEAD' || status === 204) return send(res, status, undefined, headers);
    send(res, status, result.body ?? '', { 'content-type': media.contentType, ...headers });
  };
}
