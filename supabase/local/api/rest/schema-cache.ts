// What the REST API knows of the exposed schema: its tables and views, their columns and keys, the foreign keys
// between them, and its functions. Read once from the catalog, as PostgREST's schema cache is.
import type pg from 'pg';

export interface TableInfo {
  name: string;
  columns: Set<string>;
  primaryKey: string[];
}
export interface ForeignKey {
  name: string;
  from: string;
  fromColumns: string[];
  to: string;
  toColumns: string[];
}
export interface FunctionInfo {
  name: string;
  args: { name: string; type: string; hasDefault: boolean }[];
  returnsSet: boolean;
  returnsComposite: boolean;
  returnsVoid: boolean;
  volatile: boolean;
}
export interface SchemaCache {
  tables: Map<string, TableInfo>;
  foreignKeys: ForeignKey[];
  functions: Map<string, FunctionInfo>;
}

const tablesSql = `
  select c.relname::text as name,
         array_agg(a.attname::text order by a.attnum) as columns,
         coalesce((select array_agg(k.attname::text order by k.attnum)
                   from pg_index i join pg_attribute k on k.attrelid = i.indrelid and k.attnum = any(i.indkey)
                   where i.indrelid = c.oid and i.indisprimary), '{}') as primary_key
  from pg_class c
  join pg_namespace n on n.oid = c.relnamespace
  join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
  where n.nspname = $1 and c.relkind in ('r', 'v', 'm', 'p')
  group by c.oid, c.relname`;

const foreignKeysSql = `
  select con.conname::text as name, src.relname::text as "from", dst.relname::text as "to",
         (select array_agg(a.attname::text order by k.n) from unnest(con.conkey) with ordinality k(attnum, n)
            join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum) as from_columns,
         (select array_agg(a.attname::text order by k.n) from unnest(con.confkey) with ordinality k(attnum, n)
            join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum) as to_columns
  from pg_constraint con
  join pg_class src on src.oid = con.conrelid
  join pg_class dst on dst.oid = con.confrelid
  join pg_namespace n on n.oid = src.relnamespace
  join pg_namespace dn on dn.oid = dst.relnamespace
  where con.contype = 'f' and n.nspname = $1 and dn.nspname = $1`;

const functionsSql = `
  select p.proname::text as name, p.proretset as returns_set, p.provolatile <> 's' and p.provolatile <> 'i' as volatile,
         t.typtype = 'c' or p.proretset and t.typname = 'record' as returns_composite,
         t.typname = 'void' as returns_void,
         p.pronargdefaults as n_defaults,
         coalesce(p.proargnames::text[], '{}') as arg_names,
         coalesce(p.proargmodes::text[], '{}') as arg_modes,
         (select coalesce(array_agg(format_type(x.t, null) order by x.n), '{}')
            from unnest(p.proargtypes) with ordinality x(t, n)) as arg_types
  from pg_proc p
  join pg_namespace n on n.oid = p.pronamespace
  join pg_type t on t.oid = p.prorettype
  where n.nspname = $1 and p.prokind = 'f'`;

export async function loadSchemaCache(client: pg.Pool | pg.Client, schema = 'public'): Promise<SchemaCache> {
  const tables = new Map<string, TableInfo>();
  for (const row of (await client.query(tablesSql, [schema])).rows) {
    tables.set(row.name, { name: row.name, columns: new Set(row.columns), primaryKey: row.primary_key });
  }
  const foreignKeys = (await client.query(foreignKeysSql, [schema])).rows.map((r) => ({
    name: r.name, from: r.from, to: r.to, fromColumns: r.from_columns, toColumns: r.to_columns,
  }));
  const functions = new Map<string, FunctionInfo>();
  for (const row of (await client.query(functionsSql, [schema])).rows) {
    const inNames = (row.arg_names as string[]).filter((_, i) => !row.arg_modes.length || ['i', 'b', 'v'].includes(row.arg_modes[i]));
    const types = row.arg_types as string[];
    functions.set(row.name, {
      name: row.name,
      args: types.map((type, i) => ({ name: inNames[i] ?? '', type, hasDefault: i >= types.length - row.n_defaults })),
      returnsSet: row.returns_set,
      returnsComposite: row.returns_composite,
      returnsVoid: row.returns_void,
      volatile: row.volatile,
    });
  }
  return { tables, foreignKeys, functions };
}
