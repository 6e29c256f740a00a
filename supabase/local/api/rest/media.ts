// Which representation the client accepts (Accept), as PostgREST negotiates it: JSON arrays, a single object,
// CSV, each optionally with nulls stripped; anything else is 406 PGRST107.
import { restError } from './errors.ts';

export interface Media {
  kind: 'json' | 'object' | 'csv';
  stripNulls: boolean;
  contentType: string;
}

export function negotiate(accept: string | undefined): Media {
  if (!accept || accept.trim() === '') return { kind: 'json', stripNulls: false, contentType: 'application/json; charset=utf-8' };
  const ranges = accept
    .split(',')
    .map((r) => {
      const [type = '', ...params] = r.split(';').map((s) => s.trim().toLowerCase());
      const q = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? 1);
      return { type, params, q };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { type, params } of ranges) {
    const stripNulls = params.includes('nulls=stripped');
    if (type === 'application/json' || type === '*/*' || type === 'application/*')
      return { kind: 'json', stripNulls: false, contentType: 'application/json; charset=utf-8' };
    if (type === 'application/vnd.pgrst.array+json')
      return {
        kind: 'json',
        stripNulls,
        contentType: `application/vnd.pgrst.array+json${stripNulls ? ';nulls=stripped' : ''}; charset=utf-8`,
      };
    if (type === 'application/vnd.pgrst.object+json')
      return {
        kind: 'object',
        stripNulls,
        contentType: `application/vnd.pgrst.object+json${stripNulls ? ';nulls=stripped' : ''}; charset=utf-8`,
      };
    if (type === 'application/vnd.pgrst.object')
      return { kind: 'object', stripNulls: false, contentType: 'application/vnd.pgrst.object+json; charset=utf-8' };
    if (type === 'text/csv') return { kind: 'csv', stripNulls: false, contentType: 'text/csv; charset=utf-8' };
  }
  throw restError(406, 'PGRST107', `None of these media types are available: ${accept}`);
}

/** The JSON (or CSV) text of the rows of `_src`, as SQL. */
export function bodySql(media: Media, valueColumn?: string): string {
  const row = valueColumn ? `_r.${valueColumn}` : '_r';
  if (media.kind === 'csv') {
    return `(select coalesce(string_agg(k, ','), '') from (select json_object_keys(row_to_json(_h)) as k from (select * from _src limit 1) _h) _k)
      || E'\\n' || coalesce(string_agg(substring(_r::text, 2, length(_r::text) - 2), E'\\n'), '')`;
  }
  const agg = media.stripNulls ? `json_strip_nulls(json_agg(${row}))` : `json_agg(${row})`;
  if (media.kind === 'object') return `coalesce((${agg}->0)::text, 'null')`;
  return `coalesce(${agg}, '[]')::text`;
}
