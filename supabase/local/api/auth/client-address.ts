// Who is asking, for per-client limits: the connection's address, or the address a trusted proxy forwarded.
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

const normalise = (address: string) => address.trim().replace(/^::ffff:/i, '');

/**
 * The proxies whose X-Forwarded-For is believed, from AUTH_TRUSTED_PROXIES (comma-separated addresses; empty for none).
 * Unset, only this machine is trusted: the site's own server, or a TLS proxy beside it, which forwards the client.
 */
export function trustedProxiesFromEnv(value = process.env.AUTH_TRUSTED_PROXIES ?? '127.0.0.1,::1'): Set<string> {
  return new Set(value.split(',').map(normalise).filter(Boolean));
}

/**
 * The client's address. X-Forwarded-For is read only when the connection comes from a trusted proxy, and then from
 * the right: the first hop that is not itself a trusted proxy is the client (hops to its left are the client's claim).
 */
export function clientAddress(req: IncomingMessage, trustedProxies: Set<string>): string {
  const peer = normalise(req.socket.remoteAddress ?? 'unknown');
  if (!trustedProxies.has(peer)) return peer;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map(normalise)
    .filter((hop) => isIP(hop));
  for (let i = hops.length - 1; i >= 0; i--) if (!trustedProxies.has(hops[i]!)) return hops[i]!;
  return peer;
}
