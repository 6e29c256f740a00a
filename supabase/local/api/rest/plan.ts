// Plans one REST request: the SQL of a read or write of a table or view, or of a call of /rpc/name with select,
// filters, order and page applied to what the function returns.
import type { IncomingMessage } from 'node:http';
import { escapeIdentifier as id } from 'pg';
import { readBody } from '#local/api/http.ts';
import { notImplemented, restError } from './errors.ts';
import { bodySql, type Media } from './media.ts';
import { Params } from './parse-filters.ts';
import type { Prefer } from './prefer.ts';
import { pageOf } from './range.ts';
import { newContext, qualified, readSql } from './read-sql.ts';
import { readQuery, type RequestQuery } from './request-query.ts';
import { callSql, resolveFunction } from './rpc-sql.ts';
import { key, type SchemaCache, type TableInfo } from './schema-cache.ts';
import { deleteSql, insertSql, invalidBody, putSql, updateSql } from './write-sql.ts';

export interface Planned {
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
  const type = String(req.headers['content-type'] ?? 'application/json')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  if (type === 'text/csv') throw notImplemented('CSV request bodies are not implemented by the local API');
  if (
    type !== 'application/json' &&
    type !== 'application/vnd.pgrst.object+json' &&
    type !== 'application/vnd.pgrst.object' &&
    type !== ''
  ) {
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

export async function planTable(
  req: IncomingMessage,
  method: string,
  cache: SchemaCache,
  table: TableInfo,
  query: RequestQuery,
  prefer: Prefer,
  media: Media,
): Promise<Planned> {
  const params = new Params();
  const ctx = newContext(cache, params, query);
  const source = qualified(table);
  if (method === 'GET' || method === 'HEAD') {
    const page = pageOf(req, query);
    const { rows, count } = readSql(ctx, source, table, table.name);
    return {
      sql: `with _src as (${rows}) select ${bodySql(media)} as body, count(*)::int as n${prefer.count && prefer.count !== 'planned' ? `, (${count})::int as total` : ''} from _src _r`,
      planned: prefer.count === 'planned' ? count : undefined,
      params,
      readOnly: true,
      status: 200,
      wantsBody: method === 'GET',
      isWrite: false,
      returnsSet: true,
      offset: page.offset,
      ranged: true,
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
  const read =
    returning === 'row'
      ? `, _changed as (select (_row).* from _raw), _src as (${readSql(ctx, '_changed', table, table.name, { noPage: true }).rows})
       select (select ${bodySql(media)} from _src _r) as body, ${counts}`
      : returning === 'key' && keys
        ? ` select (select coalesce(json_agg(_r), '[]')::text from (select ${keys} from _raw) _r) as body, ${counts}`
        : ` select null as body, ${counts}`;
  if (returning !== 'row') readSql(ctx, '_raw', table, table.name);
  return {
    sql: `with _raw as (${statement})${read}`,
    params,
    readOnly: false,
    status: method === 'POST' ? 201 : 200,
    wantsBody: returning === 'row',
    isWrite,
    returnsSet: true,
    offset: 0,
    ranged: false,
  };
}

/** A call of /rpc/name, with select, filters, order and page applied to what a set-returning function returns. */
export async function planRpc(
  req: IncomingMessage,
  method: string,
  cache: SchemaCache,
  schema: string,
  name: string,
  url: URL,
  prefer: Prefer,
  media: Media,
): Promise<Planned> {
  if (method !== 'GET' && method !== 'POST' && method !== 'HEAD')
    throw restError(405, 'PGRST101', `Cannot use the ${method} method on RPC`);
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
    throw invalidBody("Expected a JSON object of the function's arguments.");
  }
  const { fn, wholeBody } = resolveFunction(cache, schema, name, Object.keys(args), bodyIsJson);
  const query = readQuery(url.searchParams, new Set(Object.keys(args)));
  const params = new Params();
  const call = callSql(fn, args, body, wholeBody, params);
  if (prefer.maxAffected !== undefined && prefer.handling === 'strict' && !fn.returnsSet) {
    throw restError(400, 'PGRST128', 'Function must return SETOF or TABLE when max-affected preference is used with handling=strict');
  }
  const base = {
    params,
    readOnly: read,
    status: 200,
    wantsBody: method !== 'HEAD',
    isWrite: 'rpc' as const,
    returnsSet: fn.returnsSet,
    offset: 0,
    ranged: fn.returnsSet,
  };
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
