// Turns PostgREST filter parameters (`col=op.value`, `not.op`, `or=(...)`, `and=(...)`) into SQL with parameters.
import { escapeIdentifier } from 'pg';
import { restError } from './errors.ts';

const reserved = new Set(['select', 'order', 'limit', 'offset', 'on_conflict', 'columns']);
const comparisons: Record<string, string> = { eq: '=', neq: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=', like: 'like', ilike: 'ilike' };
const isValues: Record<string, string> = { null: 'null', true: 'true', false: 'false', unknown: 'unknown' };

/** Collects SQL values as $n parameters. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Splits `a.eq.1,b.in.(1,2)` on commas outside parentheses and double quotes. */
function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === '(') depth++;
    if (!quoted && ch === ')') depth--;
    if (!quoted && depth === 0 && ch === ',') {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

/** One condition: `column` with `op.value` (optionally `not.op.value`). */
export function condition(table: string, column: string, expression: string, params: Params): string {
  const bad = () => restError(400, 'PGRST100', `failed to parse filter (${expression})`, `unexpected "${expression}"`);
  const col = `${escapeIdentifier(table)}.${escapeIdentifier(column)}`;
  let rest = expression;
  let negate = false;
  if (rest.startsWith('not.')) {
    negate = true;
    rest = rest.slice(4);
  }
  const dot = rest.indexOf('.');
  if (dot === -1) throw bad();
  const op = rest.slice(0, dot);
  const value = rest.slice(dot + 1);
  let sql: string;
  if (op in comparisons) {
    const v = op === 'like' || op === 'ilike' ? value.replaceAll('*', '%') : value;
    sql = `${col} ${comparisons[op]} ${params.add(unquote(v))}`;
  } else if (op === 'in') {
    if (!value.startsWith('(') || !value.endsWith(')')) throw bad();
    const items = value === '()' ? [] : splitList(value.slice(1, -1)).map(unquote);
    sql = `${col} = any(${params.add(items)})`;
  } else if (op === 'is') {
    const literal = isValues[value.toLowerCase()];
    if (!literal) throw bad();
    sql = `${col} is ${literal}`;
  } else throw bad();
  return negate ? `not (${sql})` : sql;
}

/** How deeply `or`/`and` may nest: enough for any real query, far from the stack's limit. */
export const maxLogicDepth = 32;

function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const ch of text) {
    if (ch === '(') deepest = Math.max(deepest, ++depth);
    else if (ch === ')') depth--;
  }
  return deepest;
}

/** `or=(a.eq.1,and(b.gt.2,c.lt.3))` → `(a = $1 or (b > $2 and c < $3))`. */
export function logicTree(table: string, kind: 'or' | 'and', inner: string, params: Params, negate = false): string {
  if (nestingDepth(inner) > maxLogicDepth + 1) {
    throw restError(400, 'PGRST100', `failed to parse logic tree (${inner.slice(0, 60)}...)`,
      `logic trees nested more than ${maxLogicDepth} levels deep are not supported`);
  }
  if (!inner.startsWith('(') || !inner.endsWith(')')) {
    throw restError(400, 'PGRST100', `failed to parse logic tree (${inner})`, 'expected parentheses');
  }
  const parts = splitList(inner.slice(1, -1)).map((part) => {
    const nested = /^(not\.)?(or|and)(\(.*\))$/.exec(part);
    if (nested) return logicTree(table, nested[2] as 'or' | 'and', nested[3]!, params, !!nested[1]);
    const dot = part.indexOf('.');
    if (dot === -1) throw restError(400, 'PGRST100', `failed to parse logic tree (${inner})`, `unexpected "${part}"`);
    return condition(table, part.slice(0, dot), part.slice(dot + 1), params);
  });
  const sql = `(${parts.join(` ${kind} `)})`;
  return negate ? `not ${sql}` : sql;
}

/** All filters in the query string, joined with `and`; filters on embedded resources are refused. */
export function whereClause(table: string, query: URLSearchParams, params: Params): string {
  const parts: string[] = [];
  for (const [key, value] of query) {
    if (reserved.has(key)) continue;
    if (key === 'or' || key === 'and' || key === 'not.or' || key === 'not.and') {
      const negate = key.startsWith('not.');
      parts.push(logicTree(table, key.replace('not.', '') as 'or' | 'and', value, params, negate));
    } else if (key.includes('.')) {
      throw restError(400, 'PGRST100', `filters on embedded resources are not supported (${key})`);
    } else {
      parts.push(condition(table, key, value, params));
    }
  }
  return parts.length ? `where ${parts.join(' and ')}` : '';
}

/** `order=a.desc.nullslast,b` → `order by "t"."a" desc nulls last, "t"."b" asc`. */
export function orderClause(table: string, order: string | null): string {
  if (!order) return '';
  const terms = order.split(',').map((term) => {
    const [column, ...mods] = term.split('.');
    if (!column) throw restError(400, 'PGRST100', `failed to parse order (${order})`);
    let sql = `${escapeIdentifier(table)}.${escapeIdentifier(column)}`;
    for (const mod of mods) {
      if (mod === 'asc' || mod === 'desc') sql += ` ${mod}`;
      else if (mod === 'nullsfirst') sql += ' nulls first';
      else if (mod === 'nullslast') sql += ' nulls last';
      else throw restError(400, 'PGRST100', `failed to parse order (${order})`, `unexpected "${mod}"`);
    }
    return sql;
  });
  return `order by ${terms.join(', ')}`;
}
