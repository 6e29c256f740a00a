// Resolves an embedded resource to the foreign key that joins it, and writes its correlated subquery.
import { escapeIdentifier as id } from 'pg';
import { restError } from './errors.ts';
import type { SelectColumn, SelectEmbed } from './parse-select.ts';
import type { ForeignKey, SchemaCache } from './schema-cache.ts';

export interface Relationship {
  fk: ForeignKey;
  /** to-one: the parent row holds the key (object); to-many: the embedded rows hold it (array). */
  cardinality: 'to-one' | 'to-many';
}

export function findRelationship(cache: SchemaCache, table: string, embed: SelectEmbed): Relationship {
  if (!cache.tables.has(embed.relation)) {
    throw restError(400, 'PGRST200', `Could not find a relationship between '${table}' and '${embed.relation}' in the schema cache`);
  }
  const matchesHint = (fk: ForeignKey) => !embed.hint || fk.name === embed.hint || fk.fromColumns.includes(embed.hint);
  const candidates: Relationship[] = [
    ...cache.foreignKeys.filter((fk) => fk.from === table && fk.to === embed.relation && matchesHint(fk))
      .map((fk) => ({ fk, cardinality: 'to-one' as const })),
    ...cache.foreignKeys.filter((fk) => fk.from === embed.relation && fk.to === table && matchesHint(fk))
      .map((fk) => ({ fk, cardinality: 'to-many' as const })),
  ];
  if (candidates.length === 0) {
    throw restError(400, 'PGRST200', `Could not find a relationship between '${table}' and '${embed.relation}' in the schema cache`);
  }
  if (candidates.length > 1) {
    throw restError(300, 'PGRST201', `Could not embed because more than one relationship was found for '${table}' and '${embed.relation}'`,
      null, `Try changing '${embed.relation}' to one of: ${candidates.map((c) => `'${embed.relation}!${c.fk.name}'`).join(', ')}`);
  }
  return candidates[0]!;
}

export function columnList(alias: string, columns: SelectColumn[] | '*'): string {
  if (columns === '*') return `${id(alias)}.*`;
  return columns.map((c) => {
    const expr = `${id(alias)}.${id(c.name)}${c.cast ?? ''}`;
    return c.alias || c.cast ? `${expr} as ${id(c.alias ?? c.name)}` : expr;
  }).join(', ');
}

/** The join condition between the parent alias and the embedded alias. */
export function joinCondition(rel: Relationship, parentAlias: string, embedAlias: string): string {
  const { fk } = rel;
  const [parentCols, embedCols] = rel.cardinality === 'to-one' ? [fk.fromColumns, fk.toColumns] : [fk.toColumns, fk.fromColumns];
  return parentCols.map((col, i) => `${id(embedAlias)}.${id(embedCols[i]!)} = ${id(parentAlias)}.${id(col)}`).join(' and ');
}

/** `(select ...) as "alias"`: the embedded rows as a JSON object (to-one) or array (to-many). */
export function embedSubquery(rel: Relationship, embed: SelectEmbed, parentAlias: string, index: number): string {
  const alias = `_e${index}`;
  const inner = `select ${columnList(alias, embed.columns)} from public.${id(embed.relation)} as ${id(alias)} where ${joinCondition(rel, parentAlias, alias)}`;
  const json = rel.cardinality === 'to-one' ? 'to_json(_x)' : `coalesce(json_agg(_x), '[]')`;
  return `(select ${json} from (${inner}) _x) as ${id(embed.alias ?? embed.relation)}`;
}

/** For `!inner`: only parent rows that have an embedded row. */
export function innerExists(rel: Relationship, embed: SelectEmbed, parentAlias: string, index: number): string {
  const alias = `_i${index}`;
  return `exists (select 1 from public.${id(embed.relation)} as ${id(alias)} where ${joinCondition(rel, parentAlias, alias)})`;
}
