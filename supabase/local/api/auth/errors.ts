// GoTrue-shaped errors (API version 2024-01-01): { code, message } with GoTrue's HTTP statuses.
import { HttpError } from '../http.ts';

export function authError(status: number, code: string, message: string, extra: Record<string, unknown> = {}): HttpError {
  return new HttpError(status, { code, message, ...extra });
}
