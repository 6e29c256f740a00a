// Parses PostgREST's filters (`col=op.value`, `not.`, `(any)`/`(all)`, `fts(english)`, `or=(...)`, `and=(...)`) and
// `order=`, and writes them as SQL in which every value is an escaped literal and every name a quoted identifier.
import { escapeIdentifier as id, escapeLiteral } from 'pg';
import { parseError, restError } from './errors.ts';
import type { Field } from './parse-select.ts';

/** `{"a","b\"c"}`: a Postgres array literal of text elements, as node-postgres writes one. */
function arrayLiteral(items: unknown[]): string {
  const element = (v: unknown) => (v === null ? 'NULL' : `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
  return `{${items.map(element).join(',')}}`;
}

/**
 * Writes each value into SQL as a quoted literal of unknown type (as PostgREST does), escaped by node-postgres, so that
 * a whole request goes to Postgres in one round trip. Arrays become Postgres array literals.
 */
export class Params {
  add(value: unknown): string {
    if (value === null || value === undefined) return 'null';
    const text = Array.isArray(value) ? arrayLiteral(value) : String(value);
    if (text.includes('\0')) throw restError(400, '22021', 'invalid byte sequence for encoding "UTF8": 0x00');
    return escapeLiteral(text);
  }
}

export interface Condition {
  kind: 'cond';
  field: Field;
  negate: boolean;
  op: string;
  modifier?: 'any' | 'all';
  language?: string;
  value: string | string[];
}
export interface Logic {
  kind: 'logic';
  op: 'and' | 'or';
  negate: boolean;
  children: Filter[];
}
export type Filter = Condition | Logic;

export interface OrderTerm {
  /** Set when ordering by a column of a to-one embedded resource: `order=rel(col)`. */
  relation?: string;
  field: Field;
  direction?: 'asc' | 'desc';
  nulls?: 'first' | 'last';
}

/** How deeply `or`/`and` may nest: enough for any real query, far from the stack's limit. */
export const maxLogicDepth = 32;

const binary: Record<string, string> = {
  eq: '=',
  neq: '<>',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
  like: 'like',
  ilike: 'ilike',
  match: '~',
  imatch: '~*',
  isdistinct: 'is distinct from',
  cs: '@>',
  cd: '<@',
  ov: '&&',
  sl: '<<',
  sr: '>>',
  nxr: '&<',
  nxl: '&>',
  adj: '-|-',
};
const quantifiable = new Set(['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'like', 'ilike', 'match', 'imatch']);
const textSearch: Record<string, string> = {
  fts: 'to_tsquery',
  plfts: 'plainto_tsquery',
  phfts: 'phraseto_tsquery',
  wfts: 'websearch_to_tsquery',
};
const isValues: Record<string, string> = { null: 'null', not_null: 'not null', true: 'true', false: 'false', unknown: 'unknown' };

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
}

/** Splits on commas outside parentheses, braces and double quotes. */
export function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && quoted) {
      current += ch + (text[++i] ?? '');
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === '(' || ch === '{')) depth++;
    if (!quoted && (ch === ')' || ch === '}')) depth--;
    if (!quoted && depth === 0 && ch === ',') {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** `data->a->>b` → the column `data` with its JSON path. */
export function parseField(text: string): Field {
  const parts = text.split(/(->>|->)/);
  const name = unquote(parts[0]!.trim());
  const json = [];
  for (let i = 1; i < parts.length; i += 2) json.push({ arrow: parts[i] as '->' | '->>', key: unquote(parts[i + 1]!.trim()) });
  if (!name || json.some((s) => s.key === '')) throw parseError('field', text, 'expecting a column name');
  return { name, json };
}

/** One filter's `[not.]op[(modifier)].value`, on `field`. */
export function parseCondition(fieldText: string, expression: string, inLogicTree = false): Condition {
  const bad = (details: string) => parseError('filter', expression, details);
  const match = /^(not\.)?([a-z_]+)(?:\(([a-z_]+)\))?\.([\s\S]*)$/.exec(expression);
  if (!match) throw bad(`unexpected "${expression.slice(0, 40)}" expecting an operator such as eq, in, is`);
  const [, not, op, modifier, raw] = match as unknown as [string, string | undefined, string, string | undefined, string];
  const field = parseField(fieldText);
  const base = { kind: 'cond' as const, field, negate: !!not, op };
  if (op in textSearch) return { ...base, language: modifier, value: raw };
  if (modifier !== undefined) {
    if ((modifier !== 'any' && modifier !== 'all') || !quantifiable.has(op)) throw bad(`unexpected "(${modifier})" after "${op}"`);
    if (!raw.startsWith('{') || !raw.endsWith('}')) throw bad(`expecting a list such as {a,b} after ${op}(${modifier})`);
    const items = raw === '{}' ? [] : splitList(raw.slice(1, -1)).map(unquote);
    return { ...base, modifier, value: op === 'like' || op === 'ilike' ? items.map((v) => v.replaceAll('*', '%')) : items };
  }
  if (op === 'in') {
    if (!raw.startsWith('(') || !raw.endsWith(')')) throw bad('expecting a list such as (a,b) after in');
    return { ...base, value: raw === '()' ? [] : splitList(raw.slice(1, -1)).map(unquote) };
  }
  if (op === 'is') {
    if (!(raw.toLowerCase() in isValues)) throw bad(`unexpected "${raw}" expecting null, not_null, true, false or unknown`);
    return { ...base, value: raw.toLowerCase() };
  }
  if (!(op in binary)) throw bad(`unknown operator "${op}"`);
  const value = inLogicTree ? unquote(raw) : raw;
  return { ...base, value: op === 'like' || op === 'ilike' ? value.replaceAll('*', '%') : value };
}

/** `(a.eq.1,and(b.gt.2,c.lt.3))` → a tree of conditions. */
export function parseLogic(op: 'and' | 'or', negate: boolean, text: string, depth = 0): Logic {
  if (depth >= maxLogicDepth) {
    throw parseError('logic tree', text, `logic trees nested more than ${maxLogicDepth} levels deep are not supported`);
  }
  if (!text.startsWith('(') || !text.endsWith(')')) throw parseError('logic tree', text, 'expecting "(" and ")" around the conditions');
  const children = splitList(text.slice(1, -1)).map((part): Filter => {
    const nested = /^(not\.)?(or|and)(\([\s\S]*\))$/.exec(part);
    if (nested) return parseLogic(nested[2] as 'or' | 'and', !!nested[1], nested[3]!, depth + 1);
    const dot = part.indexOf('.');
    if (dot <= 0) throw parseError('logic tree', text, `unexpected "${part.slice(0, 40)}" expecting a condition such as col.eq.1`);
    return parseCondition(part.slice(0, dot), part.slice(dot + 1), true);
  });
  return { kind: 'logic', op, negate, children };
}

/** `order=a.desc.nullslast,data->>b,rel(c).asc`. */
export function parseOrder(text: string): OrderTerm[] {
  return splitList(text).map((term) => {
    const match = /^(?:([^().]+)\(([^()]+)\)|([^.]+))((?:\.[a-z]+)*)$/.exec(term.trim());
    if (!match) throw parseError('order', text, `unexpected "${term}"`);
    const out: OrderTerm = match[1] ? { relation: match[1], field: parseField(match[2]!) } : { field: parseField(match[3]!) };
    for (const mod of match[4]!.split('.').slice(1)) {
      if (mod === 'asc' || mod === 'desc') out.direction = mod;
      else if (mod === 'nullsfirst') out.nulls = 'first';
      else if (mod === 'nullslast') out.nulls = 'last';
      else throw parseError('order', text, `unexpected "${mod}" expecting asc, desc, nullsfirst or nullslast`);
    }
    return out;
  });
}

/** `"alias"."col"->'key'->>0` */
export function fieldSql(alias: string, field: Field): string {
  let sql = `${id(alias)}.${id(field.name)}`;
  for (const step of field.json) sql += `${step.arrow}${/^-?\d+$/.test(step.key) ? step.key : escapeLiteral(step.key)}`;
  return sql;
}

export function conditionSql(alias: string, c: Condition, params: Params): string {
  const col = fieldSql(alias, c.field);
  let sql: string;
  if (c.op === 'in') sql = `${col} = any(${params.add(c.value)})`;
  else if (c.op === 'is') sql = `${col} is ${isValues[c.value as string]}`;
  else if (c.op in textSearch) {
    sql = `${col} @@ ${textSearch[c.op]}(${c.language ? `${params.add(c.language)}::regconfig, ` : ''}${params.add(c.value)})`;
  } else if (c.modifier) sql = `${col} ${binary[c.op]} ${c.modifier}(${params.add(c.value)})`;
  else sql = `${col} ${binary[c.op]} ${params.add(c.value)}`;
  return c.negate ? `not (${sql})` : sql;
}

export function filterSql(alias: string, f: Filter, params: Params): string {
  if (f.kind === 'cond') return conditionSql(alias, f, params);
  const parts = f.children.map((child) => filterSql(alias, child, params));
  const sql = parts.length ? `(${parts.join(` ${f.op} `)})` : f.op === 'and' ? 'true' : 'false';
  return f.negate ? `not ${sql}` : sql;
}

export function orderTermSql(alias: string, term: OrderTerm, expression = fieldSql(alias, term.field)): string {
  return `${expression}${term.direction ? ` ${term.direction}` : ''}${term.nulls ? ` nulls ${term.nulls}` : ''}`;
}
