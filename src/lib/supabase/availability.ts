// Whether the Supabase API answered this request's calls. A call that times out, cannot connect, or gets "the
// database is not available" (502/503/504, or a statement cancelled after its timeout) makes the whole page a 503:
// a page built from missing data would mislead. After the first such call the others fail at once, so a stalled
// database costs a page one timeout, not one per call.

/** supabase-js calls from the site give up after this long. */
export const fetchTimeoutMs = 8_000;
/** What the 503 page asks browsers and crawlers to wait before trying again. */
export const retryAfterSeconds = 5;

export class BackendAvailability {
  unavailable = false;

  readonly fetch: typeof fetch = async (input, init) => {
    if (this.unavailable) throw new Error('The Supabase API did not answer an earlier call of this request');
    const timeout = AbortSignal.timeout(fetchTimeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      const response = await fetch(input, { ...init, signal });
      if (await meansUnavailable(response)) this.unavailable = true;
      return response;
    } catch (error) {
      this.unavailable = true;
      throw error;
    }
  };
}

async function meansUnavailable(response: Response): Promise<boolean> {
  if (response.status === 502 || response.status === 503 || response.status === 504) return true;
  if (response.status !== 500) return false;
  const body = (await response
    .clone()
    .json()
    .catch(() => undefined)) as { code?: string } | undefined;
  return body?.code === '57014';
}
