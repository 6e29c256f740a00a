// Re-ranks results so one guideline or webinar does not fill them: each further match from the same page counts for a
// little less than the one before it, and one webinar's transcript passages take only a few places on each page of
// results.

/** The page a result belongs to: its URL without query or fragment. */
export const pageOf = (url: string) => url.replace(/[?#].*$/, '');

/** The first `limit` items in greedy order of score × factor^(items already taken from the same page); then the rest. */
export function diversify<T>(items: T[], score: (item: T) => number, pageKey: (item: T) => string, limit: number, factor = 0.85): T[] {
  const remaining = items.map((item) => ({ item, score: score(item), key: pageKey(item) }));
  const taken: T[] = [];
  const perPage = new Map<string, number>();
  while (taken.length < limit && remaining.length > 0) {
    let best = 0;
    let bestScore = -Infinity;
    for (let i = 0; i < remaining.length; i++) {
      const { score: s, key } = remaining[i]!;
      const adjusted = s * factor ** (perPage.get(key) ?? 0);
      if (adjusted > bestScore) [best, bestScore] = [i, adjusted];
    }
    const [{ item, key }] = remaining.splice(best, 1) as [(typeof remaining)[number]];
    taken.push(item);
    perPage.set(key, (perPage.get(key) ?? 0) + 1);
  }
  return [...taken, ...remaining.map((r) => r.item)];
}

/**
 * The same items, in pages of `size` (at least 1) where no group has more than `cap` items while other items are left
 * to fill the page: a group's further items move on to later pages, keeping their order. Items of no group
 * (`undefined`) are never held back.
 */
export function capPerResultsPage<T>(items: T[], group: (item: T) => string | undefined, size: number, cap: number): T[] {
  const ordered: T[] = [];
  let waiting = items.map((item) => ({ item, key: group(item) }));
  while (waiting.length > 0) {
    const counts = new Map<string, number>();
    const page: typeof waiting = [];
    const later: typeof waiting = [];
    for (const entry of waiting) {
      const count = entry.key === undefined ? 0 : (counts.get(entry.key) ?? 0);
      if (page.length < size && (entry.key === undefined || count < cap)) {
        page.push(entry);
        if (entry.key !== undefined) counts.set(entry.key, count + 1);
      } else later.push(entry);
    }
    // Only capped items were left: they fill the page after all.
    page.push(...later.splice(0, size - page.length));
    ordered.push(...page.map((entry) => entry.item));
    waiting = later;
  }
  return ordered;
}
