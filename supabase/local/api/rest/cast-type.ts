// A `::type` cast from `select=`: only a plain type name (optionally an array of one), written into SQL as a quoted
// identifier, so nothing else a client sends can reach the statement. Unknown names fail as Postgres says (42704).
import { escapeIdentifier } from 'pg';
import { restError } from './errors.ts';

const typeName = /^[a-z_][a-z0-9_]*(\[\])?$/i;

// SQL's keyword spellings of built-in types, which only work unquoted, mapped to their catalog names.
const aliases: Record<string, string> = {
  int: 'int4',
  integer: 'int4',
  smallint: 'int2',
  bigint: 'int8',
  real: 'float4',
  float: 'float8',
  decimal: 'numeric',
  boolean: 'bool',
  character: 'bpchar',
  char: 'bpchar',
};

/** The SQL for `::type`, or a PGRST100 parse error when `type` is not a type name. */
export function castSql(type: string, whole: string): string {
  if (!typeName.test(type)) throw restError(400, 'PGRST100', `failed to parse select parameter (${whole})`, `unexpected "${type}"`);
  const array = type.endsWith('[]');
  const base = (array ? type.slice(0, -2) : type).toLowerCase();
  return `::${escapeIdentifier(aliases[base] ?? base)}${array ? '[]' : ''}`;
}
