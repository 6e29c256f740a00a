// Small HTTP helpers shared by the local auth and REST APIs.
import type { IncomingMessage, ServerResponse } from 'node:http';

export const maxBodyBytes = 1024 * 1024;

export class HttpError extends Error {
  readonly status: number;
  readonly body: Record<string, unknown>;
  constructor(status: number, body: Record<string, unknown>) {
    super(String(body.message ?? body.msg ?? status));
    this.status = status;
    this.body = body;
  }
}

/** Reads the request body, refusing bodies over `maxBodyBytes` with 413. */
export async function readBody(req: IncomingMessage, tooLarge: () => HttpError): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBodyBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(text);
}

export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (header?.toLowerCase().startsWith('bearer ')) return header.slice(7).trim();
  const apikey = req.headers.apikey;
  return typeof apikey === 'string' ? apikey : undefined;
}
