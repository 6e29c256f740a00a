// Writes the SELECT for a read (or for the rows a write or a function returns): the select tree with embedded
// resources as correlated subqueries (objects for to-one, arrays for to-many), spreads as lateral joins, and each
// level's filters, order and page. Names are quoted identifiers; values are parameters.
import { escapeIdentifier as id } from 'pg';
import { restError } from './errors.ts';
import { fieldSql, filterSql, orderTermSql, type Params } from './parse-filters.ts';
import { outputName, type Field, type SelectEmbed, type SelectItem } from './parse-select.ts';
import { embedSource, findRelationship, isToOne, joinCondition, type Relationship } from './relationships.ts';
import type { LevelOptions, RequestQuery } from './request-query.ts';
import { key, type SchemaCache, type TableInfo } from './schema-cache.ts';

export interface ReadContext {
  cache: SchemaCache;
  params: Params;
  query: RequestQuery;
  used: Set<string>;
  counter: number;
}

export interface Level {
  /** `expr as "name"`, or `alias.*`. */
  columns: { sql: string; name?: string; aggregate?: boolean; embed?: boolean }[];
  joins: string[];
  where: string[];
  order: string;
  page: string;
  /** `group by ...` when the level has aggregates. */
  group: string;
}

export const qualified = (t: { schema: string; name: string }) => `${id(t.schema)}.${id(t.name)}`;

/** A column of `alias`, or a computed field: a function in the table's schema that takes a row of it. */
function columnSql(ctx: ReadContext, alias: string, table: TableInfo | undefined, field: Field): string {
  if (table && !table.columns.has(field.name)) {
    const fn = ctx.cache.functions
      .get(key(table.schema, field.name))
      ?.find((f) => f.args.length === 1 && f.args[0]!.typeOid === table.rowType && !f.returnsSet);
    if (fn) return fieldSql(alias, field).replace(`${id(alias)}.${id(field.name)}`, `${qualified(fn)}(${id(alias)})`);
  }
  return fieldSql(alias, field);
}

interface BuiltEmbed {
  item: SelectEmbed;
  rel: Relationship;
  alias: string;
  /** `from target as alias where join and filters`: for exists() and related order. */
  fromWhere: string;
}

function embedName(item: SelectEmbed): string {
  return item.alias ?? item.relation;
}

export function buildLevel(ctx: ReadContext, table: TableInfo | undefined, alias: string, items: SelectItem[], path: string[]): Level {
  const options: LevelOptions = ctx.query.levels.get(path.join('.')) ?? { filters: [] };
  ctx.used.add(path.join('.'));
  const level: Level = { columns: [], joins: [], where: [], order: '', page: '', group: '' };
  const embeds: BuiltEmbed[] = [];
  const aggregates = items.filter((i) => i.kind === 'aggregate');
  if (aggregates.length && !ctx.cache.aggregatesEnabled) throw restError(400, 'PGRST123', 'Use of aggregate functions is not allowed');
  for (const item of items) {
    if (item.kind === 'star') level.columns.push({ sql: `${id(alias)}.*` });
    else if (item.kind === 'aggregate') {
      const arg = item.field ? columnSql(ctx, alias, table, item.field) : '*';
      level.columns.push({ sql: `${item.fn}(${arg})${item.cast ?? ''}`, name: item.alias ?? item.fn, aggregate: true });
    } else if (item.kind === 'column') {
      const expr = `${columnSql(ctx, alias, table, item.field)}${item.cast ?? ''}`;
      level.columns.push({ sql: expr, name: outputName(item) });
    } else {
      if (!table) {
        throw restError(400, 'PGRST200', `Could not find a relationship between '${alias}' and '${item.relation}' in the schema cache`);
      }
      embeds.push(buildEmbed(ctx, table, alias, item, path, level));
    }
  }
  // Filters on an embedded resource's name: `rel=is.null` (no related row) and `rel=not.is.null` (as !inner).
  for (const filter of options.filters) {
    const embed = filter.kind === 'cond' && !filter.field.json.length && embeds.find((e) => embedName(e.item) === filter.field.name);
    if (embed && filter.kind === 'cond') {
      if (filter.op !== 'is' || (filter.value !== 'null' && filter.value !== 'not_null')) {
        throw restError(
          400,
          'PGRST120',
          `Bad operator on the '${filter.field.name}' embedded resource`,
          'Only is null or not is null filters are allowed on embedded resources',
        );
      }
      const present = (filter.value === 'null') === filter.negate;
      level.where.push(`${present ? '' : 'not '}exists (select 1 ${embed.fromWhere})`);
    } else level.where.push(filterSql(alias, filter, ctx.params));
  }
  for (const e of embeds) if (e.item.join === 'inner') level.where.push(`exists (select 1 ${e.fromWhere})`);
  if (options.order?.length) {
    level.order = `order by ${options.order
      .map((term) => {
        if (!term.relation) return orderTermSql(alias, term, columnSql(ctx, alias, table, term.field));
        const e = embeds.find((x) => embedName(x.item) === term.relation);
        if (!e) throw notEmbedded(term.relation);
        if (!isToOne(e.rel)) {
          throw restError(
            400,
            'PGRST118',
            `A related order on '${term.relation}' is not possible`,
            `'${table?.name}' and '${term.relation}' do not form a many-to-one or one-to-one relationship`,
          );
        }
        return orderTermSql(alias, term, `(select ${fieldSql(e.alias, term.field)} ${e.fromWhere} limit 1)`);
      })
      .join(', ')}`;
  }
  if (aggregates.length) {
    const keys = level.columns.filter((c) => !c.aggregate);
    if (keys.some((c) => c.name === undefined || c.embed)) {
      throw restError(
        400,
        'PGRST127',
        'Feature not implemented',
        'Aggregates beside * or an embedded resource are not implemented by the local API; list the columns to group by',
      );
    }
    if (keys.length) level.group = `group by ${keys.map((c) => c.sql).join(', ')}`;
  }
  if (options.limit !== undefined) level.page += ` limit ${options.limit}`;
  if (options.offset) level.page += ` offset ${options.offset}`;
  return level;
}

function buildEmbed(ctx: ReadContext, table: TableInfo, parentAlias: string, item: SelectEmbed, path: string[], level: Level): BuiltEmbed {
  const rel = findRelationship(ctx.cache, table, item.relation, item.hint);
  const alias = `${rel.target.name}_${++ctx.counter}`;
  const child = buildLevel(ctx, rel.target, alias, item.children, [...path, embedName(item)]);
  const conds = [joinCondition(rel, parentAlias, alias), ...child.where].join(' and ');
  const source = embedSource(rel, parentAlias);
  const fromWhere = `from ${source} as ${id(alias)} where ${conds}`;
  const list = child.columns.map((c) => (c.name === undefined ? c.sql : `${c.sql} as ${id(c.name)}`)).join(', ');
  const inner = `select ${list || 'null'} from ${source} as ${id(alias)} ${child.joins.join(' ')} where ${conds} ${child.group} ${child.order} ${child.page}`;
  if (item.children.length === 0) return { item, rel, alias, fromWhere };
  if (item.spread) {
    const lateral = `${alias}_s`;
    if (isToOne(rel)) {
      level.joins.push(`left join lateral (${inner} limit 1) as ${id(lateral)} on true`);
      for (const c of child.columns)
        level.columns.push(c.name === undefined ? { sql: `${id(lateral)}.*` } : { sql: `${id(lateral)}.${id(c.name)}`, name: c.name });
    } else {
      if (child.columns.some((c) => c.name === undefined)) {
        throw restError(400, 'PGRST127', 'Feature not implemented', 'A spread of a to-many relationship needs its columns listed, not *');
      }
      const aggs = child.columns.map((c) => `coalesce(json_agg(_x.${id(c.name!)}), '[]') as ${id(c.name!)}`).join(', ');
      level.joins.push(`left join lateral (select ${aggs} from (${inner}) _x) as ${id(lateral)} on true`);
      for (const c of child.columns) level.columns.push({ sql: `${id(lateral)}.${id(c.name!)}`, name: c.name });
    }
  } else {
    const json = isToOne(rel) ? 'to_json(_x)' : `coalesce(json_agg(_x), '[]')`;
    level.columns.push({ sql: `(select ${json} from (${inner}) _x)`, name: embedName(item), embed: true });
  }
  return { item, rel, alias, fromWhere };
}

export function notEmbedded(name: string) {
  return restError(
    400,
    'PGRST108',
    `'${name}' is not an embedded resource in this request`,
    null,
    `Verify that '${name}' is included in the 'select' query parameter.`,
  );
}

/** Refuses filters, order or limits given for an embedded resource that the select does not embed. */
export function checkAllUsed(ctx: ReadContext): void {
  for (const path of ctx.query.levels.keys()) {
    if (!ctx.used.has(path)) throw notEmbedded(path.split('.').at(-1)!);
  }
}

export function newContext(cache: SchemaCache, params: Params, query: RequestQuery): ReadContext {
  return { cache, params, query, used: new Set(), counter: 0 };
}

/** `select ... from <source> as alias ...` for the top level, and the same rows' count. */
export function readSql(ctx: ReadContext, source: string, table: TableInfo | undefined, alias: string, options?: { noPage?: boolean }) {
  const level = buildLevel(ctx, table, alias, ctx.query.select, []);
  checkAllUsed(ctx);
  const list = level.columns.map((c) => (c.name === undefined ? c.sql : `${c.sql} as ${id(c.name)}`)).join(', ');
  const where = level.where.length ? `where ${level.where.join(' and ')}` : '';
  return {
    rows: `select ${list || 'null'} from ${source} as ${id(alias)} ${level.joins.join(' ')} ${where} ${level.group} ${level.order} ${options?.noPage ? '' : level.page}`,
    count: `select count(*) from ${source} as ${id(alias)} ${where}`,
    where,
  };
}
