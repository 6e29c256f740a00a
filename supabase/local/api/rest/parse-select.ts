// Parses PostgREST's `select` parameter: `*`, `col`, `alias:col`, `col::text`, and one level of embedded
// resources `rel(cols)`, `alias:rel!inner(cols)`.
import { castSql } from './cast-type.ts';
import { restError } from './errors.ts';

export interface SelectColumn {
  kind: 'column';
  name: string;
  alias?: string;
  /** `::"type"`, already checked and quoted. */
  cast?: string;
}
export interface SelectEmbed {
  kind: 'embed';
  relation: string;
  alias?: string;
  inner: boolean;
  hint?: string;
  columns: SelectColumn[] | '*';
}
export type SelectItem = SelectColumn | SelectEmbed | { kind: 'star' };

/** Splits on commas outside parentheses. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth < 0) throw restError(400, 'PGRST100', `failed to parse select parameter (${text})`, 'unexpected ")"');
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (depth !== 0) throw restError(400, 'PGRST100', `failed to parse select parameter (${text})`, 'unbalanced parentheses');
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

function parseColumn(raw: string, whole: string): SelectColumn | { kind: 'star' } {
  if (raw === '*') return { kind: 'star' };
  const aliasMatch = /^([^:]+):(?!:)(.*)$/.exec(raw);
  const alias = aliasMatch?.[1]?.trim();
  const [name, cast, extra] = (aliasMatch ? aliasMatch[2]! : raw).split('::').map((s) => s.trim());
  if (!name || extra !== undefined) {
    throw restError(400, 'PGRST100', `failed to parse select parameter (${whole})`, `unexpected "${raw}"`);
  }
  return { kind: 'column', name, alias, cast: cast === undefined ? undefined : castSql(cast, whole) };
}

export function parseSelect(text: string | null): SelectItem[] {
  if (!text || text.trim() === '') return [{ kind: 'star' }];
  return splitTopLevel(text).map((part): SelectItem => {
    const open = part.indexOf('(');
    if (open === -1) return parseColumn(part, text);
    if (!part.endsWith(')')) throw restError(400, 'PGRST100', `failed to parse select parameter (${text})`, `unexpected "${part}"`);
    let head = part.slice(0, open);
    const inside = part.slice(open + 1, -1);
    let alias: string | undefined;
    if (head.includes(':')) [alias, head] = head.split(':') as [string, string];
    const [relation, ...modifiers] = head.split('!');
    const inner = modifiers.includes('inner');
    const hint = modifiers.find((m) => m !== 'inner' && m !== 'left');
    const items = splitTopLevel(inside).map((p) => {
      if (p.includes('(')) throw restError(400, 'PGRST100', `failed to parse select parameter (${text})`, 'only one level of embedding is supported');
      return parseColumn(p, text);
    });
    const columns = items.length === 0 || items.some((i) => i.kind === 'star') ? '*' : (items as SelectColumn[]);
    return { kind: 'embed', relation: relation!, alias, inner, hint, columns };
  });
}
