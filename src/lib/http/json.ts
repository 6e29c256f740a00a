// JSON responses and request bodies for the endpoints islands call.
import type { z } from 'zod';
import { readJsonBody } from './body.ts';

export const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

/**
 * The request's JSON body as the schema describes it, or the 4xx response saying what is wrong with it: 415 when it is
 * not JSON, 413 over 1 MB, 400 when it cannot be read or is not an object (naming `what`), or does not match the schema
 * (with the schema's message for the first problem).
 */
export async function readJson<S extends z.ZodType>(request: Request, what: string, schema: S): Promise<z.infer<S> | Response> {
  const body = await readJsonBody(request);
  if (!body.ok) return json(body.refusal.status, { code: 'invalid', message: body.refusal.message });
  if (!body.value || typeof body.value !== 'object' || Array.isArray(body.value)) {
    return json(400, {
      code: 'invalid',
      message: `${what[0]!.toUpperCase()}${what.slice(1)} could not be read. Reload the page and try again.`,
    });
  }
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) return json(400, { code: 'invalid', message: parsed.error.issues[0]!.message });
  return parsed.data;
}
