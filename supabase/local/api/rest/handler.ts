// The local /rest/v1: PostgREST's request semantics for the calls supabase-js makes. Each request runs in one
// transaction as the JWT's role with request.jwt.claims set, so row-level security decides what it may do.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type pg from 'pg';
import { HttpError, readBody, send } from '../http.ts';
import { authenticate } from '../request-role.ts';
import { deleteSql, insertSql, rpcSql, selectSql, updateSql } from './build-sql.ts';
import { fromPgError, restError } from './errors.ts';
import { Params } from './parse-filters.ts';
import type { SchemaCache } from './schema-cache.ts';

interface Prefer {
  return: 'minimal' | 'representation' | 'headers-only';
  count?: string;
  resolution?: 'merge-duplicates' | 'ignore-duplicates';
}

function parsePrefer(header: string | undefined): Prefer {
  const prefer: Prefer = { return: 'minimal' };
  for (const part of (header ?? '').split(',').map((p) => p.trim())) {
    const [key, value] = part.split('=');
    if (key === 'return' && (value === 'representation' || value === 'minimal' || value === 'headers-only')) prefer.return = value;
    if (key === 'count') prefer.count = value;
    if (key === 'resolution' && (value === 'merge-duplicates' || value === 'ignore-duplicates')) prefer.resolution = value;
  }
  return prefer;
}

function pageFrom(req: IncomingMessage, query: URLSearchParams): { limit?: number; offset?: number } {
  const asInt = (v: string | null | undefined, name: string) => {
    if (v === null || v === undefined || v === '') return undefined;
    if (!/^\d+$/.test(v)) throw restError(400, 'PGRST100', `failed to parse ${name} (${v})`);
    return Number(v);
  };
  let limit = asInt(query.get('limit'), 'limit');
  let offset = asInt(query.get('offset'), 'offset');
  const range = /^(\d+)-(\d*)$/.exec(String(req.headers.range ?? ''));
  if (range) {
    offset = Number(range[1]);
    if (range[2]) limit = Number(range[2]) - offset + 1;
  }
  return { limit, offset };
}

async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req, () => restError(413, 'PGRST413', 'Request body is too large: the limit is 1 MB'));
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw restError(400, 'PGRST102', 'Empty or invalid json', 'The request body is not valid JSON.');
  }
}

function asObject(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw restError(400, 'PGRST102', 'Empty or invalid json', 'Expected a JSON object.');
  return body as Record<string, unknown>;
}

export function createRestHandler(pool: pg.Pool, jwtSecret: string, getCache: () => SchemaCache) {
  return async function handleRest(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const { role, claims } = await authenticate(req, jwtSecret, 'rest');
    const method = req.method ?? 'GET';
    const cache = getCache();
    const path = url.pathname.replace(/^\/rest\/v1\/?/, '').split('/');
    const query = url.searchParams;
    const prefer = parsePrefer(req.headers.prefer as string | undefined);
    const wantsObject = String(req.headers.accept ?? '').includes('application/vnd.pgrst.object+json');
    const params = new Params();
    let sql: string;
    let countSql: string | undefined;
    let readOnly = false;
    let status = 200;
    let page: { limit?: number; offset?: number } = {};
    let returnsVoid = false;

    if (path[0] === 'rpc' && path[1]) {
      if (method !== 'GET' && method !== 'POST' && method !== 'HEAD') throw restError(405, 'PGRST117', `Unsupported HTTP method: ${method}`);
      readOnly = method !== 'POST';
      const args = readOnly ? Object.fromEntries(query) : asObject(await jsonBody(req));
      ({ sql, returnsVoid } = rpcSql(cache, path[1], args, params));
    } else {
      const table = path.length === 1 ? cache.tables.get(path[0]!) : undefined;
      if (!table) throw restError(404, 'PGRST205', `Could not find the table 'public.${path.join('/')}' in the schema cache`);
      switch (method) {
        case 'GET':
        case 'HEAD': {
          readOnly = true;
          page = pageFrom(req, query);
          const built = selectSql(cache, { table, query, ...page }, params);
          sql = built.rows;
          if (prefer.count === 'exact' || prefer.count === 'planned' || prefer.count === 'estimated') countSql = built.count;
          break;
        }
        case 'POST': {
          const body = await jsonBody(req);
          const rows = (Array.isArray(body) ? body : [body]).map(asObject);
          const onConflict = query.get('on_conflict')?.split(',').map((c) => c.trim());
          sql = insertSql(cache, table, rows, query, { resolution: prefer.resolution, onConflict }, params);
          status = 201;
          break;
        }
        case 'PATCH':
          sql = updateSql(cache, table, asObject(await jsonBody(req)), query, params);
          break;
        case 'DELETE':
          sql = deleteSql(cache, table, query, params);
          break;
        default:
          throw restError(405, 'PGRST117', `Unsupported HTTP method: ${method}`);
      }
    }

    const client = await pool.connect();
    let result: { body: string; n: number };
    let total: number | undefined;
    try {
      await client.query(`${readOnly ? 'begin read only' : 'begin'}; set local role ${role}`);
      await client.query(`select set_config('request.jwt.claims', $1, true), set_config('request.method', $2, true)`, [JSON.stringify(claims), method]);
      result = (await client.query(sql, params.values)).rows[0] ?? { body: '[]', n: 0 };
      if (countSql) total = (await client.query(countSql, params.values)).rows[0].total;
      if (wantsObject && result.n !== 1 && !path[0]?.startsWith('rpc')) {
        throw restError(406, 'PGRST116', 'JSON object requested, multiple (or no) rows returned', `The result contains ${result.n} rows`);
      }
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => {});
      if (error instanceof HttpError) throw error;
      throw fromPgError(error as Error, role !== 'anon');
    } finally {
      client.release();
    }

    const from = page.offset ?? 0;
    const headers: Record<string, string> = {
      'content-range': result.n > 0 ? `${from}-${from + result.n - 1}/${total ?? '*'}` : `*/${total ?? '*'}`,
    };
    if (returnsVoid) return send(res, 204, undefined, headers);
    const isWrite = method !== 'GET' && method !== 'HEAD' && path[0] !== 'rpc';
    if (isWrite && prefer.return !== 'representation') return send(res, status === 201 ? 201 : 204, undefined, headers);
    if (method === 'HEAD') return send(res, 200, undefined, headers);
    let body = result.body;
    if (wantsObject && !path[0]?.startsWith('rpc')) body = JSON.stringify(JSON.parse(body)[0]);
    send(res, status, body, headers);
  };
}
