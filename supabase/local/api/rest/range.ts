// Pages and Content-Range as PostgREST computes them: `limit`/`offset` and the Range header (`Range: 0-9`).
import type { IncomingMessage } from 'node:http';
import { restError } from './errors.ts';
import type { RequestQuery } from './request-query.ts';

/** Applies the Range header to the top level's limit and offset, and returns the first row's offset. */
export function pageOf(req: IncomingMessage, query: RequestQuery): { offset: number } {
  const top = query.levels.get('')!;
  const header = req.headers.range;
  if (header) {
    const match = /^(?:items=)?(\d+)-(\d*)$/.exec(String(header).trim());
    if (match) {
      const lower = Number(match[1]);
      const upper = match[2] ? Number(match[2]) : undefined;
      if (upper !== undefined && upper < lower) {
        throw restError(
          416,
          'PGRST103',
          'Requested range not satisfiable',
          'The lower boundary must be lower than or equal to the upper boundary in the Range header.',
        );
      }
      top.offset = (top.offset ?? 0) + lower;
      if (upper !== undefined) top.limit = Math.min(top.limit ?? Infinity, upper - lower + 1);
    }
  }
  return { offset: top.offset ?? 0 };
}

/** `lower-upper/total`, `*` for an empty range or an unknown total. */
export function contentRange(lower: number, upper: number, total: number | undefined): string {
  const range = total !== 0 && lower <= upper ? `${lower}-${upper}` : '*';
  return `${range}/${total ?? '*'}`;
}
