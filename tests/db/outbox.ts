import { backend } from './clients.ts';

interface OutboxMessage {
  recipient: string;
  subject: string;
  link: string | null;
}

/** The newest e-mail to `email` in the outbox of the embedded backend. */
export async function latestEmail(email: string): Promise<OutboxMessage | undefined> {
  const response = await fetch(`${backend.apiUrl}/dev/outbox.json?to=${encodeURIComponent(email)}`);
  return ((await response.json()) as OutboxMessage[])[0];
}

export function tokenFrom(link: string | null | undefined): { token_hash: string; type: string } {
  const url = new URL(link ?? '');
  return { token_hash: url.searchParams.get('token_hash')!, type: url.searchParams.get('type')! };
}
