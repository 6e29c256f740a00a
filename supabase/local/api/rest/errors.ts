// PostgREST-shaped errors: { code, message, details, hint } with PostgREST's HTTP statuses.
import { HttpError } from '#local/api/http.ts';

export function restError(
  status: number,
  code: string,
  message: string,
  details: string | null | object = null,
  hint: string | null = null,
): HttpError {
  return new HttpError(status, { code, message, details, hint });
}

/** PGRST100: a query parameter PostgREST could not parse, with what was unexpected. */
export function parseError(what: string, text: string, details: string): HttpError {
  return restError(
    400,
    'PGRST100',
    `"failed to parse ${what} (${text.length > 200 ? `${text.slice(0, 200)}...` : text})" (line 1, column 1)`,
    details,
  );
}

/** PGRST127: something PostgREST does that this local stand-in does not, refused rather than ignored. */
export function notImplemented(details: string): HttpError {
  return restError(400, 'PGRST127', 'Feature not implemented', details);
}

/** The HTTP status PostgREST gives a Postgres error code. */
function statusFor(code: string, authenticated: boolean): number {
  if (code === '42501') return authenticated ? 403 : 401;
  if (code === 'P0001') return 400;
  if (code === '23505' || code === '23503') return 409;
  if (code === '42883' || code === '42P01') return 404;
  if (code === '25006') return 405;
  if (code === '40001' || code === '40P01') return 409;
  if (code.startsWith('08') || code.startsWith('53')) return 503;
  if (code.startsWith('22') || code.startsWith('23') || code.startsWith('42')) return 400;
  if (code.startsWith('28') || code.startsWith('0L') || code.startsWith('0P')) return 403;
  if (code === '57014') return 500;
  if (code.startsWith('P0')) return 400;
  return 500;
}

interface PgError {
  code?: string;
  message: string;
  detail?: string;
  hint?: string;
}

export function fromPgError(error: PgError, authenticated: boolean): HttpError {
  const code = error.code ?? 'XX000';
  return restError(statusFor(code, authenticated), code, error.message, error.detail ?? null, error.hint ?? null);
}
