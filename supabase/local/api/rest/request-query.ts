// Reads a request's query string the way PostgREST does: `select`, then filters, `or`/`and`, `order`, `limit` and
// `offset`, each for the top level or for an embedded resource named by its path (`rel.col=eq.1`, `rel.order=...`).
import { parseError } from './errors.ts';
import { parseCondition, parseLogic, parseOrder, type Filter, type OrderTerm } from './parse-filters.ts';
import { parseSelect, type SelectItem } from './parse-select.ts';

export interface LevelOptions {
  filters: Filter[];
  order?: OrderTerm[];
  limit?: number;
  offset?: number;
}

export interface RequestQuery {
  select: SelectItem[];
  /** Options by embed path: '' for the top level, 'rel' or 'rel.sub' for embedded resources. */
  levels: Map<string, LevelOptions>;
  columns?: string[];
  onConflict?: string[];
}

const topOnly = new Set(['select', 'columns', 'on_conflict']);

function nonNegative(value: string, name: string): number {
  if (!/^\d{1,15}$/.test(value)) throw parseError(name, value, `expecting a non-negative whole number for ${name}`);
  return Number(value);
}

/** `skip` names parameters that are not filters (a GET rpc's arguments). */
export function readQuery(query: URLSearchParams, skip: Set<string> = new Set()): RequestQuery {
  const levels = new Map<string, LevelOptions>();
  const level = (path: string[]) => {
    const k = path.join('.');
    let found = levels.get(k);
    if (!found) levels.set(k, (found = { filters: [] }));
    return found;
  };
  level([]);
  const names = (list: string) =>
    list
      .split(',')
      .map((c) => c.trim().replace(/^"(.*)"$/, '$1'))
      .filter(Boolean);
  const result: RequestQuery = { select: parseSelect(query.get('select')), levels };
  if (query.has('columns')) result.columns = names(query.get('columns')!);
  if (query.has('on_conflict')) result.onConflict = names(query.get('on_conflict')!);
  for (const [name, value] of query) {
    if (topOnly.has(name) || skip.has(name)) continue;
    if (name.includes('\0') || value.includes('\0')) throw parseError('filter', name, 'unexpected NUL character');
    const segments = name.split('.');
    const last = segments.at(-1)!;
    if (last === 'order') level(segments.slice(0, -1)).order = parseOrder(value);
    else if (last === 'limit') level(segments.slice(0, -1)).limit = nonNegative(value, 'limit');
    else if (last === 'offset') level(segments.slice(0, -1)).offset = nonNegative(value, 'offset');
    else if (last === 'or' || last === 'and') {
      const negate = segments.at(-2) === 'not';
      level(segments.slice(0, negate ? -2 : -1)).filters.push(parseLogic(last, negate, value));
    } else {
      const [path, field] = splitFieldPath(segments);
      level(path).filters.push(parseCondition(field, value));
    }
  }
  return result;
}

/** `rel.sub.data->a` → path [rel, sub] and field `data->a`; JSON keys may not hold dots, as in PostgREST. */
function splitFieldPath(segments: string[]): [string[], string] {
  const arrow = segments.findIndex((s) => s.includes('->'));
  if (arrow === -1) return [segments.slice(0, -1), segments.at(-1)!];
  return [segments.slice(0, arrow), segments.slice(arrow).join('.')];
}
