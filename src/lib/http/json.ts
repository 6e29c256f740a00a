// JSON responses and request bodies for the endpoints islands call.
export const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

/** The request's JSON object, or a 415/400 response saying what is wrong with it. */
export async function readJson(request: Request, what: string): Promise<Record<string, unknown> | Response> {
  if (!request.headers.get('content-type')?.startsWith('application/json')) return json(415, { code: 'invalid', message: `Send ${what} as JSON.` });
  try {
    const body = await request.json();
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch { /* answered below */ }
  return json(400, { code: 'invalid', message: `${what[0]!.toUpperCase()}${what.slice(1)} could not be read. Reload the page and try again.` });
}
