/** A same-site path to go to after signing in; anything else (another origin, `//host`) becomes the fallback. */
export function safeNext(next: string | null | undefined, fallback = '/account'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
