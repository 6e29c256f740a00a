// GoTrue-shaped errors with GoTrue's HTTP statuses. Routes throw { code, message }; the response takes the shape the
// request's X-Supabase-Api-Version asks for, as GoTrue does.
import { HttpError } from '#local/api/http.ts';

export const apiVersionHeader = 'x-supabase-api-version';
const firstVersionedApi = '2024-01-01';

export function authError(status: number, code: string, message: string, extra: Record<string, unknown> = {}): HttpError {
  return new HttpError(status, { code, message, ...extra });
}

/** True when the client asked for API version 2024-01-01 or later (supabase-js does). */
export function wantsVersionedErrors(requested: string | string[] | undefined): boolean {
  return typeof requested === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(requested) && requested >= firstVersionedApi;
}

/** `{ code, message }` for API version 2024-01-01 and later, else GoTrue's first shape `{ code: status, error_code, msg }`. */
export function errorBody(error: HttpError, versioned: boolean): Record<string, unknown> {
  const { code, error_code, message, msg, ...extra } = error.body;
  const errorCode =
    typeof code === 'string' ? code : typeof error_code === 'string' ? error_code : error.status >= 500 ? 'unexpected_failure' : 'unknown';
  const text = String(message ?? msg ?? '');
  return versioned ? { code: errorCode, message: text, ...extra } : { code: error.status, error_code: errorCode, msg: text, ...extra };
}
