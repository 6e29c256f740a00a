// Request bodies posted to the site: a form (pages) or JSON (the endpoints islands call under /api/), at most 1 MB,
// read once here so a wrong content type, an oversized or a malformed body is a 4xx that says so, never a throw.

/** The same limit as the local Supabase API's. */
export const maxBodyBytes = 1024 * 1024;

export type BodyKind = 'form' | 'json';

export interface BodyRefusal {
  status: 400 | 413 | 415;
  message: string;
}

export type BodyResult<T> = { ok: true; value: T } | { ok: false; refusal: BodyRefusal };

// Cancelling is never awaited: on a cloned request it settles only once the other copy is cancelled too.

const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/** What a POST to this path must send: JSON under /api/, a form everywhere else. */
export const bodyKind = (pathname: string): BodyKind => (pathname.startsWith('/api/') ? 'json' : 'form');

const mediaType = (request: Request) => request.headers.get('content-type')?.split(';')[0]!.trim().toLowerCase() ?? '';

const refuse = (status: BodyRefusal['status'], message: string): { ok: false; refusal: BodyRefusal } => ({
  ok: false,
  refusal: { status, message },
});

const tooLarge = refuse(413, 'What you sent is larger than 1 MB, the most this site accepts. Shorten it and send it again.');

/** The body's bytes, or a 413 as soon as it passes the limit (whatever Content-Length claimed). */
async function readLimited(request: Request): Promise<BodyResult<Uint8Array<ArrayBuffer>>> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBodyBytes) {
    void request.body?.cancel().catch(() => {});
    return tooLarge;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBodyBytes) {
        void reader.cancel().catch(() => {});
        return tooLarge;
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, value: bytes };
}

/** A form post (URL-encoded or multipart), checked for its type, size and shape. */
export async function readForm(request: Request): Promise<BodyResult<FormData>> {
  const type = mediaType(request);
  if (!formTypes.includes(type)) {
    void request.body?.cancel().catch(() => {});
    return refuse(415, `This page takes a form (${formTypes.join(' or ')}), not ${type || 'a body without a content type'}.`);
  }
  const bytes = await readLimited(request);
  if (!bytes.ok) return bytes;
  try {
    const form = await new Response(bytes.value, { headers: { 'content-type': request.headers.get('content-type')! } }).formData();
    return { ok: true, value: form };
  } catch {
    return refuse(400, 'The form could not be read. Go back, reload the page and send it again.');
  }
}

/** A JSON body, checked for its type, size and syntax. */
export async function readJsonBody(request: Request): Promise<BodyResult<unknown>> {
  if (mediaType(request) !== 'application/json') {
    void request.body?.cancel().catch(() => {});
    return refuse(415, 'Send this as JSON (content type application/json).');
  }
  const bytes = await readLimited(request);
  if (!bytes.ok) return bytes;
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.value)) };
  } catch {
    return refuse(400, 'What you sent could not be read: it is not valid JSON. Reload the page and try again.');
  }
}

/** Reads a body of the kind the path takes. */
export const readBody = (request: Request, kind: BodyKind): Promise<BodyResult<unknown>> =>
  kind === 'json' ? readJsonBody(request) : readForm(request);
