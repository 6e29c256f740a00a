// Builds the search index from the content folder, webinar transcripts included, once per process.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadContent } from '#lib/content/load-content.ts';
import { buildDocuments } from './documents.ts';
import { buildIndex } from './build-index.ts';
import type { SearchDocument, SearchIndexData } from './types.ts';

/** Every search document of the content under `root` (the project folder, with content/), as the loader reads it. */
export async function documentsFromContent(root = '.'): Promise<SearchDocument[]> {
  const { entries } = await loadContent(join(root, 'content'));
  return documentsOf(entries, root);
}

/** Search documents of content entries, with the transcript of each webinar read from content/ under `root`. */
export async function documentsOf(entries: Parameters<typeof buildDocuments>[0], root = '.'): Promise<SearchDocument[]> {
  const captions: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.collection === 'webinars')) {
    const path = (entry.data as { captions?: unknown } | null)?.captions;
    if (typeof path !== 'string') continue;
    captions[path] = await readFile(join(root, 'content', path), 'utf8').catch(() => '');
  }
  return buildDocuments(entries, captions);
}

const built = new Map<string, Promise<SearchIndexData>>();

/** The serialised index of the content under `root`, memoised. */
export function indexFromContent(root = '.'): Promise<SearchIndexData> {
  let index = built.get(root);
  if (!index) {
    index = documentsFromContent(root).then(buildIndex);
    built.set(root, index);
    index.catch(() => built.delete(root));
  }
  return index;
}

let loaded: Promise<SearchIndexData> | undefined;

/**
 * For the server: the index the build wrote (`builtFile`, the same JSON the browser fetches) when it is there,
 * otherwise built from the content folder. Read once per process.
 */
export function loadIndex(builtFile?: URL | string): Promise<SearchIndexData> {
  loaded ??= (
    builtFile
      ? readFile(builtFile, 'utf8').then((text) => JSON.parse(text) as SearchIndexData)
      : Promise.reject(new Error('no built index'))
  )
    .then((data) => (data?.version === 1 ? data : Promise.reject(new Error('unexpected index version'))))
    .catch(() => indexFromContent());
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}
