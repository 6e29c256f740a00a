// Parses PostgREST's `select` parameter into a tree: `*`, columns with aliases, JSON paths and casts, and embedded
// resources (`alias:rel!hint!inner(...)`, spreads `...rel(...)`) nested to any sensible depth.
import { castSql } from './cast-type.ts';
import { parseError } from './errors.ts';

export interface JsonStep {
  arrow: '->' | '->>';
  key: string;
}
export interface Field {
  name: string;
  json: JsonStep[];
}
export interface SelectColumn {
  kind: 'column';
  field: Field;
  alias?: string;
  /** `::"type"`, already checked and quoted. */
  cast?: string;
}
export interface SelectEmbed {
  kind: 'embed';
  relation: string;
  alias?: string;
  hint?: string;
  join: 'left' | 'inner';
  spread: boolean;
  children: SelectItem[];
}
/** `count()`, `col.sum()`, `alias:col.max()::int`: aggregates, refused unless the API enables them. */
export interface SelectAggregate {
  kind: 'aggregate';
  fn: 'count' | 'sum' | 'avg' | 'min' | 'max';
  field?: Field;
  alias?: string;
  cast?: string;
}
export type SelectItem = SelectColumn | SelectEmbed | SelectAggregate | { kind: 'star' };

/** How deeply embeds may nest in one request. */
export const maxSelectDepth = 16;

const aggregates = new Set(['count', 'sum', 'avg', 'min', 'max']);

/** The name a column gets in the JSON: its alias, else the last JSON key, else the column name. */
export function outputName(column: SelectColumn): string {
  return column.alias ?? column.field.json.at(-1)?.key ?? column.field.name;
}

class Reader {
  pos = 0;
  readonly text: string;
  readonly what: string;
  constructor(text: string, what: string) {
    this.text = text;
    this.what = what;
  }
  peek(s: string): boolean {
    return this.text.startsWith(s, this.pos);
  }
  eat(s: string): boolean {
    if (!this.peek(s)) return false;
    this.pos += s.length;
    return true;
  }
  skipSpaces(): void {
    while (this.text[this.pos] === ' ') this.pos++;
  }
  fail(expected: string): never {
    const found = this.text[this.pos];
    throw parseError(
      this.what,
      this.text,
      found === undefined ? `unexpected end of input expecting ${expected}` : `unexpected "${found}" expecting ${expected}`,
    );
  }
  /** A name: double-quoted (with \" escapes), or letters, digits, `_`, `$`, spaces and single dashes. */
  name(expected = 'field name (* or [a..z0..9_$])'): string {
    if (this.eat('"')) {
      let out = '';
      while (this.pos < this.text.length && !this.peek('"')) {
        if (this.peek('\\') && this.pos + 1 < this.text.length) this.pos++;
        out += this.text[this.pos++];
      }
      if (!this.eat('"')) this.fail('"');
      return out;
    }
    const match = /^(?:[\p{L}\p{N}_$ ]|-(?!>))+/u.exec(this.text.slice(this.pos));
    if (!match) this.fail(expected);
    this.pos += match[0].length;
    return match[0].trim();
  }
}

function parseField(r: Reader): Field {
  const name = r.name();
  const json: JsonStep[] = [];
  while (r.peek('->')) {
    const arrow = r.eat('->>') ? '->>' : (r.eat('->'), '->');
    json.push({ arrow, key: r.name('JSON key') });
  }
  return { name, json };
}

function parseItems(r: Reader, depth: number): SelectItem[] {
  if (depth > maxSelectDepth) {
    throw parseError(r.what, r.text, `embedded resources nested more than ${maxSelectDepth} levels deep are not supported`);
  }
  const items: SelectItem[] = [];
  for (;;) {
    r.skipSpaces();
    if (r.pos >= r.text.length || r.peek(')')) break;
    items.push(parseItem(r, depth));
    r.skipSpaces();
    if (!r.eat(',')) break;
  }
  return items;
}

function parseItem(r: Reader, depth: number): SelectItem {
  if (r.eat('*')) return { kind: 'star' };
  const spread = r.eat('...');
  const start = r.pos;
  let alias: string | undefined;
  let field = parseField(r);
  if (r.peek(':') && !r.peek('::')) {
    r.eat(':');
    r.skipSpaces();
    if (!field.json.length) alias = field.name;
    else r.fail('field name');
    field = parseField(r);
  }
  const modifiers: string[] = [];
  while (r.eat('!')) modifiers.push(r.name('embed hint'));
  if (r.eat('(')) {
    if (field.name === 'count' && !field.json.length && r.eat(')') && !modifiers.length) {
      return { kind: 'aggregate', fn: 'count', alias, cast: parseCast(r) };
    }
    const children = parseItems(r, depth + 1);
    if (!r.eat(')')) r.fail('")"');
    const join = modifiers.includes('inner') ? 'inner' : 'left';
    const hints = modifiers.filter((m) => m !== 'inner' && m !== 'left');
    if (hints.length > 1) r.fail('one embed hint');
    if (field.json.length) r.fail('"," or ")"');
    return { kind: 'embed', relation: field.name, alias, hint: hints[0], join, spread, children };
  }
  if (spread) r.fail('"(" after a spread relation');
  if (modifiers.length) r.fail('"("');
  if (r.eat('.')) {
    const fn = r.name();
    if (!aggregates.has(fn) || !r.eat('()')) r.fail('an aggregate such as sum()');
    return { kind: 'aggregate', fn: fn as SelectAggregate['fn'], field, alias, cast: parseCast(r) };
  }
  const cast = parseCast(r);
  if (r.pos === start) r.fail('field name');
  return { kind: 'column', field, alias, cast };
}

function parseCast(r: Reader): string | undefined {
  if (!r.eat('::')) return undefined;
  const typeStart = r.pos;
  while (r.pos < r.text.length && !/[,()]/.test(r.text[r.pos]!)) r.pos++;
  return castSql(r.text.slice(typeStart, r.pos).trim(), r.text);
}

export function parseSelect(text: string | null): SelectItem[] {
  if (text === null || text.trim() === '') return [{ kind: 'star' }];
  if (text.includes('\0')) throw parseError('select parameter', text.replaceAll('\0', '\\0'), 'unexpected NUL character');
  const r = new Reader(text, 'select parameter');
  const items = parseItems(r, 0);
  if (r.pos < r.text.length) r.fail('"," or end of input');
  return items;
}
