// Re-ranks the top of a result list so one guideline or webinar does not fill it: each further match from the same
// page counts for a little less than the one before it.

/** The page a result belongs to: its URL without query or fragment. */
export const pageOf = (url: string) => url.replace(/[?#].*$/, '');

/** The first `limit` items in greedy order of score × factor^(items already taken from the same page); then the rest. */
export function diversify<T>(items: T[], score: (item: T) => number, pageKey: (item: T) => string, limit: number, factor = 0.85): T[] {
  const remaining = [...items];
  const taken: T[] = [];
  const perPage = new Map<string, number>();
  while (taken.length < limit && remaining.length > 0) {
    let best = 0;
    let bestScore = -Infinity;
    for (let i = 0; i < remaining.length; i++) {
      const adjusted = score(remaining[i]!) * factor ** (perPage.get(pageKey(remaining[i]!)) ?? 0);
      if (adjusted > bestScore) [best, bestScore] = [i, adjusted];
    }
    const [item] = remaining.splice(best, 1);
    taken.push(item!);
    perPage.set(pageKey(item!), (perPage.get(pageKey(item!)) ?? 0) + 1);
  }
  return [...taken, ...remaining];
}
