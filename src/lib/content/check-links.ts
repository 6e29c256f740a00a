// Links in MDX bodies to the site's own content pages (lessons and courses, guidelines, programme pages, webinars):
// each must name an entry that exists, so a renamed or deleted file does not leave a broken link behind.
import type { ContentProblem } from './check-content.ts';
import type { ContentFile as RawEntry } from './loader.ts';

type Known = Pick<RawEntry, 'collection' | 'id'>;

/** The URL prefix of each kind of content page, and the collections whose ids it takes. */
const routes: Record<string, { collections: string[]; what: string }> = {
  courses: { collections: ['courses', 'lessons'], what: 'course or lesson' },
  guidelines: { collections: ['guidelines'], what: 'guideline' },
  programme: { collections: ['pages'], what: 'programme page' },
  webinars: { collections: ['webinars'], what: 'webinar' },
};

/** Pages under those prefixes that are not content entries. */
const otherPages = new Set(['guidelines/review']);

/** Markdown links `[text](/path)` and `[text](</path>)`, with the path captured (bodies cannot hold HTML: see checkBody). */
const linkPattern = /\]\(\s*<?(\/[^)\s>]*)/g;

const decoded = (text: string) => {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
};

export function checkLinks(entries: RawEntry[], all: Known[]): ContentProblem[] {
  const ids = new Map<string, Set<string>>();
  for (const { collection, id } of all) ids.set(collection, (ids.get(collection) ?? new Set()).add(id));
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    entry.body.split('\n').forEach((line, i) => {
      for (const match of line.matchAll(linkPattern)) {
        const path = match[1]!.replace(/[?#].*$/, '').replace(/^\/+|\/+$/g, '');
        const slash = path.indexOf('/');
        const route = routes[path.slice(0, slash)];
        const id = decoded(path.slice(slash + 1));
        if (slash < 0 || !route || otherPages.has(path)) continue;
        if (route.collections.some((c) => ids.get(c)?.has(id))) continue;
        problems.push({ file: entry.file, field: '(body)', message: `line ${entry.bodyLine + i}: the link to /${path} goes nowhere: there is no ${route.what} "${id}"` });
      }
    });
  }
  return problems;
}
