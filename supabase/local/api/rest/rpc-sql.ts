// Resolves `/rpc/name` to one function of the schema by its argument names (PGRST202 when none fits, PGRST203 when
// several do) and writes its call; the arguments travel as one JSON parameter, typed by the function's signature.
import { escapeIdentifier as id } from 'pg';
import { restError } from './errors.ts';
import type { Params } from './parse-filters.ts';
import { key, type FunctionInfo, type SchemaCache } from './schema-cache.ts';

export interface ResolvedCall {
  fn: FunctionInfo;
  /** `"schema"."fn"(...)`, to use as a FROM item or a value. */
  call: string;
}

const jsonTypes = new Set(['json', 'jsonb']);

function signature(fn: FunctionInfo): string {
  return `${fn.schema}.${fn.name}(${fn.args.map((a) => `${a.name} => ${a.type}`).join(', ')})`;
}

/** A function whose single parameter is unnamed json/jsonb takes the whole body. */
const takesWholeBody = (fn: FunctionInfo) => fn.args.length === 1 && fn.args[0]!.name === '' && jsonTypes.has(fn.args[0]!.type);

export function resolveFunction(
  cache: SchemaCache,
  schema: string,
  name: string,
  given: string[],
  bodyIsJson: boolean,
): { fn: FunctionInfo; wholeBody: boolean } {
  const overloads = cache.functions.get(key(schema, name)) ?? [];
  const byName = overloads.filter(
    (fn) => given.every((k) => fn.args.some((a) => a.name === k)) && fn.args.every((a) => a.hasDefault || given.includes(a.name)),
  );
  let matches = byName;
  if (matches.length > 1) {
    const exact = matches.filter((fn) => fn.args.length === given.length);
    if (exact.length >= 1) matches = exact;
  }
  if (matches.length === 0 && bodyIsJson) {
    const whole = overloads.filter(takesWholeBody);
    if (whole.length === 1) return { fn: whole[0]!, wholeBody: true };
  }
  if (matches.length === 1) return { fn: matches[0]!, wholeBody: false };
  if (matches.length > 1) {
    throw restError(
      300,
      'PGRST203',
      `Could not choose the best candidate function between: ${matches.map(signature).join(', ')}`,
      null,
      'Try renaming the parameters or the function itself in the database so function overloading can be resolved',
    );
  }
  const keys = [...given].sort();
  const params = keys.length ? `(${keys.join(', ')})` : ' without parameters';
  const details = `Searched for the function ${schema}.${name}${keys.length ? ` with parameter${keys.length > 1 ? 's' : ''} ${keys.join(', ')}` : ' without parameters'}${bodyIsJson ? ' or with a single unnamed json/jsonb parameter' : ''}, but no matches were found in the schema cache.`;
  throw restError(404, 'PGRST202', `Could not find the function ${schema}.${name}${params} in the schema cache`, details);
}

/** The call of `fn` with `args` (or, for a single unnamed json parameter, the whole `body`). */
export function callSql(
  fn: FunctionInfo,
  args: Record<string, unknown>,
  wholeBody: unknown,
  useWholeBody: boolean,
  params: Params,
): string {
  const name = `${id(fn.schema)}.${id(fn.name)}`;
  if (useWholeBody) return `${name}(${params.add(JSON.stringify(wholeBody))}::${fn.args[0]!.type})`;
  const given = fn.args.filter((a) => a.name in args);
  if (given.length === 0) return `${name}()`;
  const json = params.add(JSON.stringify(args));
  const record = `json_to_record(${json}::json) as _a(${given.map((a) => `${id(a.name)} ${a.type}`).join(', ')})`;
  return `${name}(${given.map((a) => `${id(a.name)} => (select _a.${id(a.name)} from ${record})`).join(', ')})`;
}
