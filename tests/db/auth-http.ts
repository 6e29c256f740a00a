// Raw calls to the local /auth/v1, for what supabase-js cannot send: parallel bursts from chosen client addresses,
// malformed bodies.
import { backend, sql } from './clients.ts';

export interface AuthAnswer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- GoTrue's JSON answer, whose fields each test asserts
  body: Record<string, any>;
}

export async function authPost(
  path: string,
  body: unknown,
  options: { client?: string; key?: string; bearer?: string } = {},
): Promise<AuthAnswer> {
  const response = await fetch(`${backend.apiUrl}/auth/v1${path}`, {
    method: 'POST',
    headers: {
      apikey: options.key ?? backend.anonKey,
      authorization: `Bearer ${options.bearer ?? options.key ?? backend.anonKey}`,
      'content-type': 'application/json',
      'x-supabase-api-version': '2024-01-01',
      ...(options.client ? { 'x-forwarded-for': options.client } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {} };
}

export const passwordSignIn = (email: string, password: string, client?: string) =>
  authPost('/token?grant_type=password', { email, password }, { client });

/** As if a minute had passed since every e-mail to `email` was asked for. */
export async function aMinuteLater(email: string): Promise<void> {
  await sql(`update auth.email_sends set sent_at = sent_at - interval '61 seconds' where email = $1`, [email]);
}
