// What of a typed query is searched: control characters and lunr wildcards removed, spaces collapsed, 200 characters.
export const maxQueryLength = 200;

export function cleanQuery(query: unknown): string {
  return String(query ?? '')
    .replace(/[\p{Cc}*]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxQueryLength)
    .trim();
}
