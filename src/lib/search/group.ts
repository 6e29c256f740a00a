// Groups matches by the page they belong to (a guideline's sections, a webinar's transcript passages), so a results
// page lists several guidelines and webinars instead of one guideline's sections: each group is shown by its best
// match, with the others as "3 more sections in this guideline".

/** The page a result belongs to: its URL without query or fragment. */
export const pageOf = (url: string) => url.replace(/[?#].*$/, '');

export interface Group<T> {
  key: string;
  /** The best-scoring match of the page. */
  best: T;
  /** Its other matches, best first. */
  others: T[];
  score: number;
}

/** How much each further matching section adds to a page's score, as a share of the best one's (at most `cap` count). */
const furtherWeight = 0.05;
const furtherCap = 4;

/**
 * One group per page key, in order of the best match's score (a page with several matching sections edges ahead of a
 * page with one equally good match); within a group, matches keep the order of their scores. Stable for ties.
 */
export function groupByPage<T>(items: readonly T[], score: (item: T) => number, pageKey: (item: T) => string): Group<T>[] {
  const groups = new Map<string, { key: string; members: { item: T; score: number; order: number }[] }>();
  items.forEach((item, order) => {
    const key = pageKey(item);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, members: [] }));
    group.members.push({ item, score: score(item), order });
  });
  const ranked = [...groups.values()].map(({ key, members }) => {
    members.sort((a, b) => b.score - a.score || a.order - b.order);
    const [best, ...rest] = members as [(typeof members)[number], ...typeof members];
    const further = Math.min(rest.length, furtherCap) * furtherWeight;
    return { key, best: best.item, others: rest.map((m) => m.item), score: best.score * (1 + further), order: best.order };
  });
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  return ranked.map(({ order: _order, ...group }) => group);
}
