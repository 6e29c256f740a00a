// Runs the content loader of every collection outside Astro, as content:check, the catalog sync and the search CLI
// need it: the same loader Astro runs, with a context that hears every file (read or unreadable) and leaves schema
// checks to check-content.ts, which reports each problem with its file and field instead of stopping at the first.
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DataStore, LoaderContext } from 'astro/loaders';
import { collectionNames, contentCollections } from '#content/collections.ts';
import { contentLoader, type ContentFile, type ContentLoaderContext, type UnreadableFile } from './loader.ts';

export type { ContentFile, UnreadableFile } from './loader.ts';

/** Every file of every collection under `contentDir` (the top-level content/ folder), as read and before its schema. */
export async function loadContent(contentDir = 'content'): Promise<{ entries: ContentFile[]; errors: UnreadableFile[] }> {
  const dir = resolve(contentDir);
  const entries: ContentFile[] = [];
  const errors: UnreadableFile[] = [];
  for (const collection of collectionNames) {
    const { folder, extension } = contentCollections[collection];
    const context: ContentLoaderContext = {
      ...outsideAstro(dir),
      collection,
      checking: { contentDir: dir, read: (entry) => entries.push(entry), unreadable: (file) => errors.push(file) },
    };
    await contentLoader({ folder, extension }).load(context);
  }
  return { entries, errors };
}

/** The parts of Astro's loader context the content loader uses; data is kept as read. */
function outsideAstro(contentDir: string): Omit<LoaderContext, 'collection'> {
  const entries = new Map<string, unknown>();
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: { id: string }) => (entries.set(entry.id, entry), true),
    keys: () => [...entries.keys()],
    delete: (id: string) => void entries.delete(id),
    addModuleImport: () => {},
  } as unknown as DataStore;
  return {
    store,
    config: { root: pathToFileURL(`${dirname(contentDir)}/`) },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (data: unknown) => createHash('sha1').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex'),
  } as unknown as Omit<LoaderContext, 'collection'>;
}
