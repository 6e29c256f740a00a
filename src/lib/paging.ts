// Pages of a long list (search results, the champions' library): how many, which to show, what each holds.

export const pageSize = 20;

export const pageCount = (total: number, size = pageSize) => Math.max(1, Math.ceil(total / size));

/** The page asked for, as a whole number from 1 to the last page. */
export const clampPage = (page: number, total: number, size = pageSize) =>
  Math.min(Math.max(1, Math.floor(page) || 1), pageCount(total, size));

/** Positions, counted from 1, of the first and last results on `page`; both 0 when there are none. */
export function pageRange(page: number, total: number, size = pageSize): { first: number; last: number } {
  const current = clampPage(page, total, size);
  return total === 0 ? { first: 0, last: 0 } : { first: (current - 1) * size + 1, last: Math.min(total, current * size) };
}

/** Page numbers to link to: the first, the last, and those next to the current one, with gaps as null. */
export function pageItems(current: number, pages: number): (number | null)[] {
  const wanted = [...new Set([1, current - 1, current, current + 1, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return wanted.flatMap((n, i) => (i > 0 && n - wanted[i - 1]! > 1 ? [null, n] : [n]));
}
