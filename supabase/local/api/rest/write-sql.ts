// Writes the INSERT (with ON CONFLICT for upserts), UPDATE and DELETE of a request as a data-changing CTE; the
// handler then reads the changed rows through the request's select. The body is one JSON parameter.
import { escapeIdentifier as id } from 'pg';
import { notImplemented, restError } from './errors.ts';
import { filterSql, type Params } from './parse-filters.ts';
import type { RequestQuery } from './request-query.ts';
import type { TableInfo } from './schema-cache.ts';
import { qualified } from './read-sql.ts';

export interface WriteOptions {
  resolution?: 'merge-duplicates' | 'ignore-duplicates';
  missingDefault: boolean;
  /** What the statement returns: every column (to read them back), the primary key, or just a marker. */
  returning: 'row' | 'key' | 'none';
}

export const invalidBody = (details: string | null, message = 'Empty or invalid json') =>
  restError(400, 'PGRST102', message, message === details ? null : details);

function checkColumns(table: TableInfo, columns: string[]): void {
  for (const column of columns) {
    if (!table.columns.has(column)) {
      throw restError(400, 'PGRST204', `Could not find the '${column}' column of '${table.name}' in the schema cache`);
    }
  }
}

/**
 * `_ins` says whether a row was inserted (not updated by an upsert: PostgREST answers 200 when none was); `_row` is
 * the whole row, when the request reads the rows back; otherwise only the primary key, or nothing, is returned.
 */
function returningSql(table: TableInfo, returning: WriteOptions['returning'], upsert = false): string {
  const alias = id(table.name);
  const inserted = upsert ? `(${alias}.xmax = 0)` : 'true';
  if (returning === 'row') return `returning ${inserted} as _ins, ${alias} as _row`;
  if (returning === 'key') return `returning ${[`${inserted} as _ins`, ...table.primaryKey.map((c) => `${alias}.${id(c)}`)].join(', ')}`;
  return `returning ${inserted} as _ins`;
}

/** The filters of the top level, which choose the rows a PATCH or DELETE changes. */
function writeWhere(table: TableInfo, query: RequestQuery, params: Params): string {
  const top = query.levels.get('')!;
  if (top.limit !== undefined || top.offset !== undefined) notImplementedLimit();
  const parts = top.filters.map((f) => filterSql(table.name, f, params));
  top.filters = [];
  return parts.length ? `where ${parts.join(' and ')}` : '';
}

function notImplementedLimit(): never {
  throw notImplemented('limit and offset on PATCH and DELETE are not implemented by the local API');
}

export function insertSql(table: TableInfo, body: unknown, query: RequestQuery, options: WriteOptions, params: Params): string {
  const rows = Array.isArray(body) ? body : [body];
  if (rows.some((r) => r === null || typeof r !== 'object' || Array.isArray(r)))
    throw invalidBody('Expected a JSON object or an array of JSON objects.');
  const objects = rows as Record<string, unknown>[];
  let columns = query.columns;
  if (!columns) {
    columns = Object.keys(objects[0] ?? {});
    const same = objects.every((o) => Object.keys(o).length === columns!.length && columns!.every((c) => c in o));
    if (!same) throw invalidBody('All object keys must match');
  }
  checkColumns(table, columns);
  const t = qualified(table);
  const alias = id(table.name);
  const cols = columns.map((c) => id(c)).join(', ');
  const json = params.add(JSON.stringify(objects));
  let statement: string;
  if (objects.length === 0) {
    const some = columns.length ? columns : [table.primaryKey[0] ?? [...table.columns.keys()][0]!];
    statement = `insert into ${t} as ${alias} (${some.map((c) => id(c)).join(', ')}) select ${some.map(() => 'null').join(', ')} where false`;
  } else if (columns.length === 0) {
    statement =
      objects.length === 1
        ? `insert into ${t} as ${alias} default values`
        : `insert into ${t} as ${alias} select from generate_series(1, ${objects.length})`;
  } else if (options.missingDefault) {
    const values = objects.map(
      (o, i) =>
        `(${columns!.map((c) => (c in o ? `(json_populate_record(null::${t}, ${json}::json->${i})).${id(c)}` : 'default')).join(', ')})`,
    );
    statement = `insert into ${t} as ${alias} (${cols}) values ${values.join(', ')}`;
  } else {
    statement = `insert into ${t} as ${alias} (${cols}) select ${cols} from json_populate_recordset(null::${t}, ${json}::json)`;
  }
  const target = query.onConflict ?? (table.primaryKey.length ? table.primaryKey : undefined);
  if (options.resolution && target && columns.length) {
    checkColumns(table, target);
    statement +=
      ` on conflict (${target.map((c) => id(c)).join(', ')}) ` +
      (options.resolution === 'ignore-duplicates'
        ? 'do nothing'
        : `do update set ${columns.map((c) => `${id(c)} = excluded.${id(c)}`).join(', ')}`);
  }
  return `${statement} ${returningSql(table, options.returning, options.resolution === 'merge-duplicates' && !!target && columns.length > 0)}`;
}

export function updateSql(table: TableInfo, body: unknown, query: RequestQuery, options: WriteOptions, params: Params): string {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw invalidBody('Expected a JSON object.');
  const values = body as Record<string, unknown>;
  const columns = query.columns ?? Object.keys(values);
  checkColumns(table, columns);
  const where = writeWhere(table, query, params);
  const t = qualified(table);
  const alias = id(table.name);
  if (columns.length === 0) return `select ${alias}.* from ${t} as ${alias} where false`;
  if (!where) throw restError(400, '21000', 'UPDATE requires a WHERE clause');
  const json = params.add(JSON.stringify(values));
  const set = columns.map((c) => `${id(c)} = ${c in values || !options.missingDefault ? `_v.${id(c)}` : 'default'}`).join(', ');
  return `update ${t} as ${alias} set ${set} from json_populate_record(null::${t}, ${json}::json) as _v ${where} ${returningSql(table, options.returning)}`;
}

export function deleteSql(table: TableInfo, query: RequestQuery, options: WriteOptions, params: Params): string {
  const where = writeWhere(table, query, params);
  if (!where) throw restError(400, '21000', 'DELETE requires a WHERE clause');
  return `delete from ${qualified(table)} as ${id(table.name)} ${where} ${returningSql(table, options.returning)}`;
}

/** PUT: one row, named by `eq` filters on exactly its primary key, inserted or replaced. */
export function putSql(table: TableInfo, body: unknown, query: RequestQuery, options: WriteOptions, params: Params): string {
  const top = query.levels.get('')!;
  const keyFilters = top.filters.filter((f) => f.kind === 'cond' && f.op === 'eq' && !f.negate && !f.field.json.length);
  const named = keyFilters.map((f) => (f.kind === 'cond' ? f.field.name : ''));
  if (
    !table.primaryKey.length ||
    keyFilters.length !== top.filters.length ||
    named.length !== table.primaryKey.length ||
    !table.primaryKey.every((c) => named.includes(c))
  ) {
    throw restError(405, 'PGRST105', "Filters must include all and only primary key columns with 'eq' operators");
  }
  if (top.limit !== undefined || top.offset !== undefined)
    throw restError(400, 'PGRST114', 'limit/offset querystring parameters are not allowed for PUT');
  const row = Array.isArray(body) && body.length === 1 ? body[0] : body;
  if (row === null || typeof row !== 'object' || Array.isArray(row)) throw invalidBody('Expected a JSON object.');
  for (const f of keyFilters) {
    if (f.kind === 'cond' && String((row as Record<string, unknown>)[f.field.name]) !== f.value) {
      throw restError(400, 'PGRST115', 'Payload values do not match URL in primary key column(s)');
    }
  }
  top.filters = [];
  return insertSql(table, row, { ...query, onConflict: table.primaryKey }, { ...options, resolution: 'merge-duplicates' }, params);
}
