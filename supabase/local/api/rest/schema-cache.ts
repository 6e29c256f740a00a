// What the REST API knows of the exposed schemas: tables and views with their columns and keys, the foreign keys
// between them, and functions with their overloads. Read once from the catalog, as PostgREST's schema cache is.
import type pg from 'pg';

export interface ColumnInfo {
  name: string;
  type: string;
  hasDefault: boolean;
}
export interface TableInfo {
  schema: string;
  name: string;
  /** The oid of the table's row type, to find functions that take a row of it. */
  rowType: number;
  columns: Map<string, ColumnInfo>;
  primaryKey: string[];
  /** Primary key and unique constraints: what makes a foreign key one-to-one. */
  uniqueKeys: string[][];
}
export interface ForeignKey {
  name: string;
  schema: string;
  from: string;
  fromColumns: string[];
  to: string;
  toColumns: string[];
}
export interface FunctionArg {
  name: string;
  type: string;
  typeOid: number;
  hasDefault: boolean;
}
export interface FunctionInfo {
  schema: string;
  name: string;
  args: FunctionArg[];
  returnsSet: boolean;
  returns: 'void' | 'scalar' | 'composite';
  /** The table or view whose rows the function returns, if any. */
  returnsTable?: string;
  volatile: boolean;
}
export interface SchemaCache {
  /** Exposed schemas, the first being the default. */
  schemas: string[];
  /** PostgREST's db-aggregates-enabled: off unless configured, as on hosted projects. */
  aggregatesEnabled: boolean;
  tables: Map<string, TableInfo>;
  foreignKeys: ForeignKey[];
  functions: Map<string, FunctionInfo[]>;
  /** Each API role's own settings (`alter role anon set statement_timeout = '3s'`), applied as PostgREST applies them. */
  roleSettings: Map<string, [string, string][]>;
}

export const key = (schema: string, name: string) => `${schema}.${name}`;

const tablesSql = `
  select n.nspname::text as schema, c.relname::text as name, c.reltype::int as row_type,
         json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod),
           'hasDefault', a.atthasdef or a.attidentity <> '' or a.attgenerated <> '') order by a.attnum) as columns,
         coalesce((select json_agg(keys.cols) from (
           select (select array_agg(k.attname::text order by k0.n) from unnest(i.indkey) with ordinality k0(attnum, n)
                   join pg_attribute k on k.attrelid = i.indrelid and k.attnum = k0.attnum) as cols, i.indisprimary
           from pg_index i where i.indrelid = c.oid and i.indisunique and i.indpred is null
           order by i.indisprimary desc) keys), '[]') as unique_keys,
         coalesce((select array_agg(k.attname::text order by k0.n) from pg_index i, unnest(i.indkey) with ordinality k0(attnum, n)
                   join pg_attribute k on k.attnum = k0.attnum
                   where i.indrelid = c.oid and i.indisprimary and k.attrelid = c.oid), '{}') as primary_key,
         (select array_agg(distinct t.relname::text) from pg_rewrite r
            join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = r.oid and d.refclassid = 'pg_class'::regclass
            join pg_class t on t.oid = d.refobjid and t.oid <> c.oid and t.relnamespace = c.relnamespace and t.relkind in ('r', 'p')
           where c.relkind = 'v' and r.ev_class = c.oid) as view_of
  from pg_class c
  join pg_namespace n on n.oid = c.relnamespace
  join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
  where n.nspname = any($1) and c.relkind in ('r', 'v', 'm', 'p', 'f')
  group by n.nspname, c.oid, c.relname`;

const foreignKeysSql = `
  select con.conname::text as name, n.nspname::text as schema, src.relname::text as "from", dst.relname::text as "to",
         (select array_agg(a.attname::text order by k.n) from unnest(con.conkey) with ordinality k(attnum, n)
            join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum) as from_columns,
         (select array_agg(a.attname::text order by k.n) from unnest(con.confkey) with ordinality k(attnum, n)
            join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum) as to_columns
  from pg_constraint con
  join pg_class src on src.oid = con.conrelid
  join pg_class dst on dst.oid = con.confrelid
  join pg_namespace n on n.oid = src.relnamespace
  where con.contype = 'f' and n.nspname = any($1) and dst.relnamespace = src.relnamespace`;

const functionsSql = `
  select n.nspname::text as schema, p.proname::text as name, p.proretset as returns_set, p.provolatile = 'v' as volatile,
         case when t.typname = 'void' then 'void' when t.typtype = 'c' or t.oid = 'record'::regtype then 'composite' else 'scalar' end as returns,
         (select r.relname::text from pg_class r where r.oid = t.typrelid and r.relnamespace = p.pronamespace and r.relkind in ('r', 'v', 'm', 'p', 'f')) as returns_table,
         p.pronargdefaults as n_defaults,
         coalesce(p.proargnames::text[], '{}') as arg_names,
         coalesce(p.proargmodes::text[], '{}') as arg_modes,
         (select coalesce(array_agg(format_type(x.t, null) order by x.n), '{}') from unnest(p.proargtypes) with ordinality x(t, n)) as arg_types,
         (select coalesce(array_agg(x.t::int order by x.n), '{}') from unnest(p.proargtypes) with ordinality x(t, n)) as arg_type_oids
  from pg_proc p
  join pg_namespace n on n.oid = p.pronamespace
  join pg_type t on t.oid = p.prorettype
  where n.nspname = any($1) and p.prokind = 'f'`;

/** The schemas to expose: PGRST_DB_SCHEMAS if set, else hosted Supabase's default (public, graphql_public). */
export function exposedSchemas(): string[] {
  const configured = process.env.PGRST_DB_SCHEMAS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return configured?.length ? configured : ['public', 'graphql_public'];
}

/** PGRST_DB_AGGREGATES_ENABLED, or `alter role authenticator set pgrst.db_aggregates_enabled = 'true'` as on Supabase. */
async function aggregatesEnabled(client: pg.Pool | pg.Client): Promise<boolean> {
  if (process.env.PGRST_DB_AGGREGATES_ENABLED !== undefined) return process.env.PGRST_DB_AGGREGATES_ENABLED === 'true';
  const { rows } = await client.query(`select coalesce(bool_or(s = 'pgrst.db_aggregates_enabled=true'), false) as on
    from pg_db_role_setting r, unnest(r.setconfig) s where r.setrole = (select oid from pg_roles where rolname = current_user)`);
  return rows[0]?.on ?? false;
}

/** PostgREST applies the impersonated role's settings in each transaction: SET ROLE alone does not. */
async function roleSettings(client: pg.Pool | pg.Client): Promise<Map<string, [string, string][]>> {
  const { rows } = await client.query(`select r.rolname as role, s as setting
    from pg_db_role_setting d join pg_roles r on r.oid = d.setrole, unnest(d.setconfig) s
    where d.setdatabase = 0 and r.rolname in ('anon', 'authenticated', 'service_role') and s not like 'pgrst.%'`);
  const settings = new Map<string, [string, string][]>();
  for (const { role, setting } of rows) {
    const at = setting.indexOf('=');
    settings.set(role, [...(settings.get(role) ?? []), [setting.slice(0, at), setting.slice(at + 1)]]);
  }
  return settings;
}

export async function loadSchemaCache(client: pg.Pool | pg.Client, wanted = exposedSchemas()): Promise<SchemaCache> {
  const schemas = wanted;
  const tables = new Map<string, TableInfo>();
  const views: { table: TableInfo; of: string[] }[] = [];
  for (const row of (await client.query(tablesSql, [schemas])).rows) {
    const columns = new Map<string, ColumnInfo>((row.columns as ColumnInfo[]).map((c) => [c.name, c]));
    const table: TableInfo = {
      schema: row.schema,
      name: row.name,
      rowType: row.row_type,
      columns,
      primaryKey: row.primary_key,
      uniqueKeys: row.unique_keys,
    };
    tables.set(key(row.schema, row.name), table);
    if (row.view_of?.length === 1) views.push({ table, of: row.view_of });
  }
  const foreignKeys: ForeignKey[] = (await client.query(foreignKeysSql, [schemas])).rows.map((r) => ({
    name: r.name,
    schema: r.schema,
    from: r.from,
    to: r.to,
    fromColumns: r.from_columns,
    toColumns: r.to_columns,
  }));
  // A view over one table keeps that table's foreign keys where it keeps their columns, as PostgREST infers them.
  for (const { table: view, of } of views) {
    const base = of[0]!;
    const has = (cols: string[]) => cols.every((c) => view.columns.has(c));
    for (const fk of foreignKeys.filter((f) => f.schema === view.schema)) {
      if (fk.from === base && has(fk.fromColumns)) foreignKeys.push({ ...fk, from: view.name });
      if (fk.to === base && has(fk.toColumns)) foreignKeys.push({ ...fk, to: view.name });
    }
  }
  const functions = new Map<string, FunctionInfo[]>();
  for (const row of (await client.query(functionsSql, [schemas])).rows) {
    const modes = row.arg_modes as string[];
    const inNames = (row.arg_names as string[]).filter((_, i) => !modes.length || ['i', 'b', 'v'].includes(modes[i]!));
    const types = row.arg_types as string[];
    const fn: FunctionInfo = {
      schema: row.schema,
      name: row.name,
      args: types.map((type, i) => ({
        name: inNames[i] ?? '',
        type,
        typeOid: row.arg_type_oids[i],
        hasDefault: i >= types.length - row.n_defaults,
      })),
      returnsSet: row.returns_set,
      returns: row.returns,
      returnsTable: row.returns_table ?? undefined,
      volatile: row.volatile,
    };
    const k = key(row.schema, row.name);
    functions.set(k, [...(functions.get(k) ?? []), fn]);
  }
  return {
    schemas,
    aggregatesEnabled: await aggregatesEnabled(client),
    tables,
    foreignKeys,
    functions,
    roleSettings: await roleSettings(client),
  };
}
