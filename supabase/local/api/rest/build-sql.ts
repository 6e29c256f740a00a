// Builds the SQL of one REST request from its parsed parts. Identifiers are checked against the schema cache and
// quoted; every value is a parameter.
import { escapeIdentifier as id } from 'pg';
import { restError } from './errors.ts';
import { columnList, embedSubquery, findRelationship, innerExists } from './embed.ts';
import { Params, orderClause, whereClause } from './parse-filters.ts';
import { parseSelect, type SelectColumn } from './parse-select.ts';
import type { SchemaCache, TableInfo } from './schema-cache.ts';

export interface ReadQuery {
  table: TableInfo;
  query: URLSearchParams;
  limit?: number;
  offset?: number;
}

/** The projection (select list) and any `!inner` conditions for `select=`. */
function projection(cache: SchemaCache, table: string, select: string | null): { list: string; inner: string[] } {
  const items = parseSelect(select);
  const parts: string[] = [];
  const inner: string[] = [];
  items.forEach((item, i) => {
    if (item.kind === 'star') parts.push(`${id(table)}.*`);
    else if (item.kind === 'column') parts.push(columnList(table, [item as SelectColumn]));
    else {
      const rel = findRelationship(cache, table, item);
      parts.push(embedSubquery(rel, item, table, i));
      if (item.inner) inner.push(innerExists(rel, item, table, i));
    }
  });
  return { list: parts.join(', '), inner };
}

function withInner(where: string, inner: string[]): string {
  if (inner.length === 0) return where;
  return where ? `${where} and ${inner.join(' and ')}` : `where ${inner.join(' and ')}`;
}

/** Rows as one JSON array in text, and optionally the exact count of rows matching the filters. */
export function selectSql(cache: SchemaCache, { table, query, limit, offset }: ReadQuery, params: Params) {
  const t = table.name;
  const { list, inner } = projection(cache, t, query.get('select'));
  const where = withInner(whereClause(t, query, params), inner);
  const from = `from public.${id(t)} as ${id(t)} ${where}`;
  const page = `${limit !== undefined ? `limit ${limit}` : ''} ${offset ? `offset ${offset}` : ''}`;
  return {
    rows: `select coalesce(json_agg(_r), '[]')::text as body, count(*)::int as n from (select ${list} ${from} ${orderClause(t, query.get('order'))} ${page}) _r`,
    count: `select count(*)::int as total ${from}`,
  };
}

/** Wraps a data-changing statement that returns rows of `table`, projecting them as `select=` asks. */
function returning(cache: SchemaCache, table: string, statement: string, select: string | null): string {
  const { list } = projection(cache, table, select);
  return `with _changed as (${statement} returning ${id(table)}.*)
    select coalesce(json_agg(_r), '[]')::text as body, count(*)::int as n from (select ${list} from _changed as ${id(table)}) _r`;
}

function checkColumns(table: TableInfo, columns: string[]): void {
  for (const column of columns) {
    if (!table.columns.has(column)) {
      throw restError(400, 'PGRST204', `Could not find the '${column}' column of '${table.name}' in the schema cache`);
    }
  }
}

export interface WriteOptions {
  resolution?: 'merge-duplicates' | 'ignore-duplicates';
  onConflict?: string[];
}

export function insertSql(cache: SchemaCache, table: TableInfo, rows: Record<string, unknown>[], query: URLSearchParams, options: WriteOptions, params: Params): string {
  const t = table.name;
  const columns = query.get('columns')?.split(',').map((c) => c.trim().replaceAll('"', ''))
    ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  checkColumns(table, columns);
  const cols = columns.map((c) => id(c)).join(', ');
  let statement = columns.length === 0
    ? `insert into public.${id(t)} as ${id(t)} default values`
    : `insert into public.${id(t)} as ${id(t)} (${cols}) select ${cols} from json_populate_recordset(null::public.${id(t)}, ${params.add(JSON.stringify(rows))}::json)`;
  if (options.resolution) {
    const target = options.onConflict ?? table.primaryKey;
    checkColumns(table, target);
    const updates = columns.filter((c) => !target.includes(c)).map((c) => `${id(c)} = excluded.${id(c)}`);
    statement += ` on conflict (${target.map((c) => id(c)).join(', ')}) ` +
      (options.resolution === 'ignore-duplicates' || updates.length === 0 ? 'do nothing' : `do update set ${updates.join(', ')}`);
  }
  return returning(cache, t, statement, query.get('select'));
}

export function updateSql(cache: SchemaCache, table: TableInfo, values: Record<string, unknown>, query: URLSearchParams, params: Params): string {
  const t = table.name;
  const columns = Object.keys(values);
  checkColumns(table, columns);
  if (columns.length === 0) throw restError(400, 'PGRST100', 'Empty or invalid json', 'an update needs at least one column');
  const json = params.add(JSON.stringify(values));
  const where = whereClause(t, query, params);
  if (!where) throw restError(400, '21000', 'UPDATE requires a WHERE clause');
  const set = columns.map((c) => `${id(c)} = _v.${id(c)}`).join(', ');
  const statement = `update public.${id(t)} as ${id(t)} set ${set} from json_populate_record(null::public.${id(t)}, ${json}::json) as _v ${where}`;
  return returning(cache, t, statement, query.get('select'));
}

export function deleteSql(cache: SchemaCache, table: TableInfo, query: URLSearchParams, params: Params): string {
  const t = table.name;
  const where = whereClause(t, query, params);
  if (!where) throw restError(400, '21000', 'DELETE requires a WHERE clause');
  return returning(cache, t, `delete from public.${id(t)} as ${id(t)} ${where}`, query.get('select'));
}

export function rpcSql(cache: SchemaCache, name: string, args: Record<string, unknown>, params: Params): { sql: string; returnsVoid: boolean } {
  const fn = cache.functions.get(name);
  const given = Object.keys(args);
  const known = fn && given.every((k) => fn.args.some((a) => a.name === k))
    && fn.args.every((a) => a.hasDefault || given.includes(a.name));
  if (!fn || !known) {
    throw restError(404, 'PGRST202', `Could not find the function public.${name}(${given.join(', ')}) in the schema cache`,
      null, 'Check the function name and argument names.');
  }
  const call = `public.${id(name)}(${given.map((k) => {
    const arg = fn.args.find((a) => a.name === k)!;
    const value = args[k];
    const param = value === null || (Array.isArray(value) && arg.type.endsWith('[]')) ? value
      : typeof value === 'object' ? JSON.stringify(value) : String(value);
    return `${id(k)} => ${params.add(param)}::${arg.type}`;
  }).join(', ')})`;
  if (fn.returnsSet) {
    return { sql: `select coalesce(json_agg(_r), '[]')::text as body, count(*)::int as n from ${call} _r`, returnsVoid: false };
  }
  if (fn.returnsComposite) return { sql: `select to_json(_r)::text as body, 1 as n from ${call} _r`, returnsVoid: false };
  return { sql: `select to_json(${call})::text as body, 1 as n`, returnsVoid: fn.returnsVoid };
}
