// Finds the relationship an embedded resource means, as PostgREST does: many-to-one and one-to-many through a foreign
// key, one-to-one when the key is unique, many-to-many through a join table; hints name a constraint, a column or
// the join table; more than one match is PGRST201.
import { escapeIdentifier as id } from 'pg';
import { restError } from './errors.ts';
import { key, type ForeignKey, type FunctionInfo, type SchemaCache, type TableInfo } from './schema-cache.ts';

export type Cardinality = 'many-to-one' | 'one-to-many' | 'one-to-one' | 'many-to-many';

export interface Relationship {
  target: TableInfo;
  cardinality: Cardinality;
  /** For many-to-one the key on the parent; for one-to-many and one-to-one the key on the target. */
  fk: ForeignKey;
  /** True when `fk` is held by the parent. */
  parentHoldsKey: boolean;
  junction?: { table: TableInfo; toParent: ForeignKey; toTarget: ForeignKey };
  /** A computed relationship: a function that takes a row of the parent and returns rows of the target. */
  viaFunction?: FunctionInfo;
}

export const isToOne = (rel: Relationship) => rel.cardinality === 'many-to-one' || rel.cardinality === 'one-to-one';

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((c) => b.includes(c));
const isUnique = (table: TableInfo, cols: string[]) => table.uniqueKeys.some((k) => sameSet(k, cols));
const within = (cols: string[], set: string[]) => cols.every((c) => set.includes(c));

function describe(rel: Relationship, parent: string) {
  const j = rel.junction;
  const using = j
    ? `${j.toParent.name}, ${j.toTarget.name} using ${parent}(${j.toParent.toColumns.join(', ')}) and ${rel.target.name}(${j.toTarget.toColumns.join(', ')})`
    : rel.parentHoldsKey
      ? `${rel.fk.name} using ${parent}(${rel.fk.fromColumns.join(', ')}) and ${rel.target.name}(${rel.fk.toColumns.join(', ')})`
      : `${rel.fk.name} using ${rel.target.name}(${rel.fk.fromColumns.join(', ')}) and ${parent}(${rel.fk.toColumns.join(', ')})`;
  return { cardinality: rel.cardinality, embedding: `${parent} with ${rel.target.name}`, relationship: using };
}

export function findRelationship(cache: SchemaCache, parent: TableInfo, relation: string, hint?: string): Relationship {
  const schema = parent.schema;
  const fks = cache.foreignKeys.filter((fk) => fk.schema === schema);
  const candidates: Relationship[] = [];
  const target = cache.tables.get(key(schema, relation));
  const hintIs = (fk: ForeignKey, cols: string[]) => !hint || fk.name === hint || (cols.length === 1 && cols[0] === hint);
  if (target) {
    for (const fk of fks) {
      if (fk.from === parent.name && fk.to === target.name && hintIs(fk, fk.fromColumns)) {
        candidates.push({ target, fk, parentHoldsKey: true, cardinality: isUnique(parent, fk.fromColumns) ? 'one-to-one' : 'many-to-one' });
      }
      if (fk.from === target.name && fk.to === parent.name && hintIs(fk, fk.fromColumns)) {
        candidates.push({
          target,
          fk,
          parentHoldsKey: false,
          cardinality: isUnique(target, fk.fromColumns) ? 'one-to-one' : 'one-to-many',
        });
      }
    }
    for (const toParent of fks.filter((fk) => fk.to === parent.name && fk.from !== parent.name && fk.from !== target.name)) {
      const junction = cache.tables.get(key(schema, toParent.from))!;
      for (const toTarget of fks.filter((fk) => fk.from === junction.name && fk.to === target.name && fk !== toParent)) {
        const keyCols = junction.primaryKey.length ? junction.primaryKey : (junction.uniqueKeys[0] ?? []);
        if (!within(toParent.fromColumns, keyCols) || !within(toTarget.fromColumns, keyCols)) continue;
        if (hint && hint !== junction.name && hint !== toParent.name && hint !== toTarget.name) continue;
        candidates.push({
          target,
          fk: toParent,
          parentHoldsKey: false,
          cardinality: 'many-to-many',
          junction: { table: junction, toParent, toTarget },
        });
      }
    }
  }
  // A computed relationship: `relation(parent_row)` returning rows of a table or view.
  for (const fn of cache.functions.get(key(schema, relation)) ?? []) {
    const to = fn.returnsTable && cache.tables.get(key(schema, fn.returnsTable));
    if (to && fn.args.length === 1 && fn.args[0]!.typeOid === parent.rowType && (!hint || hint === fn.name)) {
      const placeholder = { name: fn.name, schema, from: parent.name, fromColumns: [], to: to.name, toColumns: [] };
      candidates.push({
        target: to,
        fk: placeholder,
        parentHoldsKey: !fn.returnsSet,
        cardinality: fn.returnsSet ? 'one-to-many' : 'many-to-one',
        viaFunction: fn,
      });
    }
  }
  if (!target) {
    // Embedding through a foreign key column or constraint name of the parent: `select=*,client_id(*)`.
    for (const fk of fks.filter((f) => f.from === parent.name && (f.name === relation || sameSet(f.fromColumns, [relation])))) {
      const to = cache.tables.get(key(schema, fk.to));
      if (to)
        candidates.push({
          target: to,
          fk,
          parentHoldsKey: true,
          cardinality: isUnique(parent, fk.fromColumns) ? 'one-to-one' : 'many-to-one',
        });
    }
    // ... or through a foreign key constraint that points at the parent: `users?select=best_friends_first_user_fkey(*)`.
    for (const fk of fks.filter((f) => f.to === parent.name && f.name === relation)) {
      const from = cache.tables.get(key(schema, fk.from));
      if (from)
        candidates.push({
          target: from,
          fk,
          parentHoldsKey: false,
          cardinality: isUnique(from, fk.fromColumns) ? 'one-to-one' : 'one-to-many',
        });
    }
  }
  if (candidates.length === 0) {
    throw restError(
      400,
      'PGRST200',
      `Could not find a relationship between '${parent.name}' and '${relation}' in the schema cache`,
      `Searched for a foreign key relationship between '${parent.name}' and '${relation}'${hint ? ` using the hint '${hint}'` : ''} in the schema '${schema}', but no matches were found.`,
    );
  }
  if (candidates.length > 1) {
    const options = candidates.map((c) => `'${relation}!${c.junction ? c.junction.table.name : c.fk.name}'`).join(', ');
    throw restError(
      300,
      'PGRST201',
      `Could not embed because more than one relationship was found for '${parent.name}' and '${relation}'`,
      candidates.map((c) => describe(c, parent.name)),
      `Try changing '${relation}' to one of the following: ${options}. Find the desired relationship in the 'details' key.`,
    );
  }
  return candidates[0]!;
}

const pairs = (a: string, aCols: string[], b: string, bCols: string[]) =>
  aCols.map((col, i) => `${id(a)}.${id(col)} = ${id(b)}.${id(bCols[i]!)}`).join(' and ');

/** What the embedded rows are selected from: the target table, or the function of a computed relationship. */
export function embedSource(rel: Relationship, parentAlias: string): string {
  if (rel.viaFunction) return `${id(rel.viaFunction.schema)}.${id(rel.viaFunction.name)}(${id(parentAlias)})`;
  return `${id(rel.target.schema)}.${id(rel.target.name)}`;
}

/** The condition joining a parent row (`parentAlias`) to the embedded rows (`childAlias`). */
export function joinCondition(rel: Relationship, parentAlias: string, childAlias: string): string {
  if (rel.viaFunction) return 'true';
  if (rel.junction) {
    const j = `${childAlias}_j`;
    const { table, toParent, toTarget } = rel.junction;
    return `exists (select 1 from ${id(table.schema)}.${id(table.name)} as ${id(j)} where ${pairs(j, toParent.fromColumns, parentAlias, toParent.toColumns)} and ${pairs(j, toTarget.fromColumns, childAlias, toTarget.toColumns)})`;
  }
  return rel.parentHoldsKey
    ? pairs(childAlias, rel.fk.toColumns, parentAlias, rel.fk.fromColumns)
    : pairs(childAlias, rel.fk.fromColumns, parentAlias, rel.fk.toColumns);
}
