/**
 * A same-site path to go to after a form or sign-in; anything else (another origin, `//host`, `/\host`, or a path
 * with tabs or newlines that browsers strip into one of those) becomes the fallback.
 */
export function safeNext(next: string | null | undefined, fallback = '/account'): string {
  if (!next || !next.startsWith('/')) return fallback;
  const base = 'http://same.invalid';
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base || /[\t\n\r\\]/.test(next) || next.startsWith('//')) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
