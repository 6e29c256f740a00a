// A database that is down, restarting or stalled gives 503 with Retry-After (PostgREST's PGRST000 for /rest/v1),
// never a 500 that reads like a bug: the client can try again in a few seconds.
import { HttpError } from './http.ts';

export const retryAfterSeconds = 5;

/** Postgres codes that mean the server is going away or not there yet (57P01-57P03), or cannot take the connection. */
const unavailableCodes = /^(08|57P0[1-3]|53300)/;
const lostConnection =
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|not queryable|timeout expired|timeout exceeded when trying to connect|Query read timeout|the database system is (starting up|shutting down|in recovery mode)/i;

function isUnavailable(error: unknown): boolean {
  if (error instanceof HttpError) {
    const code = String(error.body.code ?? '');
    return unavailableCodes.test(code) || (code === 'XX000' && lostConnection.test(String(error.body.message ?? '')));
  }
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return (typeof code === 'string' && unavailableCodes.test(code)) || lostConnection.test(String(message ?? ''));
}

/** The 503 to answer instead of `error`, or undefined when the error is not about reaching the database. */
export function unavailableError(error: unknown, area: 'rest' | 'auth' | 'outbox'): HttpError | undefined {
  if (!isUnavailable(error)) return undefined;
  const message = 'The database is not available at the moment: try again in a few seconds';
  return area === 'rest'
    ? new HttpError(503, { code: 'PGRST000', message, details: (error as Error).message ?? null, hint: null })
    : new HttpError(503, { code: 'unexpected_failure', message });
}
