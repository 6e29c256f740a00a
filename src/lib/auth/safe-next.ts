/**
 * A same-site path to go to after a form or sign-in; anything else (another origin, `//host`, `/\host`, a path with
 * tabs or newlines that browsers strip into one of those, or dot segments that normalise into one: `/.//host`)
 * becomes the fallback. The check is on the path returned, as a browser will read it, not on the raw input.
 */
export function safeNext(next: string | null | undefined, fallback = '/account'): string {
  if (!next || !next.startsWith('/') || /[\t\n\r\\]/.test(next)) return fallback;
  const base = 'http://same.invalid';
  try {
    const url = new URL(next, base);
    if (url.origin !== base) return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    return new URL(path, base).origin === base && !path.startsWith('//') ? path : fallback;
  } catch {
    return fallback;
  }
}
