import { describe, expect, it } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { clientAddress, trustedProxiesFromEnv } from '#local/api/auth/client-address.ts';

const request = (peer: string, forwarded?: string) =>
  ({ socket: { remoteAddress: peer }, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  it('ignores X-Forwarded-For unless the connection comes from a trusted proxy', () => {
    expect(clientAddress(request('::ffff:192.0.2.9', '203.0.113.1'), new Set())).toBe('192.0.2.9');
    expect(clientAddress(request('192.0.2.9', '203.0.113.1'), trustedProxiesFromEnv('10.0.0.1'))).toBe('192.0.2.9');
  });

  it('takes the nearest untrusted hop from a trusted proxy, not the address the client claims', () => {
    const trusted = trustedProxiesFromEnv('10.0.0.1, 10.0.0.2');
    expect(clientAddress(request('10.0.0.1', '203.0.113.1'), trusted)).toBe('203.0.113.1');
    expect(clientAddress(request('10.0.0.1', '1.2.3.4, 203.0.113.1, 10.0.0.2'), trusted)).toBe('203.0.113.1');
    expect(clientAddress(request('10.0.0.1', 'not-an-address'), trusted)).toBe('10.0.0.1');
  });
});
