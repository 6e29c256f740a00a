// Connection pools for the embedded backend that outlive their database: every client has an error listener (a lost
// connection never crashes the process), and a stalled database answers with a timeout instead of hanging a request.
import pg from 'pg';
import { logUnlessStopping } from './stopping.ts';

/** How long a new connection may take to open: a stalled server accepts the socket but never answers. */
export const connectTimeoutMs = 4_000;
/** How long a request may queue for a free connection: a booking rush queues, and that is not a failure. */
export const acquireTimeoutMs = 15_000;
/** Postgres cancels a statement that runs longer than this (a lock held, a runaway query). */
export const statementTimeoutMs = 10_000;
/** Past this the server did not answer at all (stopped or stalled): the connection is dropped. */
export const readTimeoutMs = 11_000;

export interface PoolOptions {
  max: number;
  /** Names the pool in the log: `${label}: database connection lost`. */
  label: string;
}

/** Logs the first of a burst of errors (a dead server drops every connection at once), then waits for a quiet spell. */
function onceABurst(log: (error: Error) => void, quietMs = 10_000): (error: Error) => void {
  let last = 0;
  return (error) => {
    const now = Date.now();
    if (now - last > quietMs) log(error);
    last = now;
  };
}

/** A client whose query got no answer in time is closed, so it never goes back to the pool mid-transaction. */
function dropOnReadTimeout(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    const result = query(...args);
    if (result instanceof Promise) {
      result.catch((error: Error) => {
        if (error.message === 'Query read timeout')
          (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
      });
    }
    return result;
  }) as typeof client.query;
}

/** The pool's timeout covers queueing for a connection; opening one gets the shorter connectTimeoutMs. */
class QuickToConnect extends pg.Client {
  constructor(config: pg.ClientConfig = {}) {
    super({ ...config, connectionTimeoutMillis: connectTimeoutMs });
  }
}

export function createPool(connectionString: string, options: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.max,
    connectionTimeoutMillis: acquireTimeoutMs,
    statement_timeout: statementTimeoutMs,
    query_timeout: readTimeoutMs,
    Client: QuickToConnect,
  });
  listenForLostConnections(pool, options.label);
  pool.on('connect', dropOnReadTimeout);
  return pool;
}

/** Adds an error listener to every client the pool makes, including those checked out when the connection drops. */
export function listenForLostConnections(pool: pg.Pool, label: string): void {
  const lost = onceABurst(logUnlessStopping(`${label}: database connection lost`));
  pool.on('error', lost);
  pool.on('connect', (client) => client.on('error', lost));
}
