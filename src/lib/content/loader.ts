// The one content loader. Astro runs it for every collection (src/content.config.ts); content:check, the catalog sync
// and the search CLI run the very same loader outside Astro through load-content.ts, so every tool sees the same
// files, ids, data and bodies as the site.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseEntryText } from './parse-entry.ts';

/** Where a collection's files are under content/, and which kind of file they are. */
export interface CollectionFiles {
  folder: string;
  extension: '.mdx' | '.yaml';
}

/** One content file as read: its id (path without extension), its file under content/, data and MDX body. */
export interface ContentFile {
  collection: string;
  id: string;
  file: string;
  data: unknown;
  body: string;
  /** The line of the file on which the body starts, so problems in it can name the file's own line. */
  bodyLine: number;
}

/** A file that could not be read as content: where it is, which entry it would have been, and why. */
export interface UnreadableFile {
  collection: string;
  id: string;
  file: string;
  message: string;
}

/**
 * What load-content.ts adds to Astro's loader context: the content folder to read, and listeners that hear every
 * file as read (before its schema) or unreadable, so a check can report them all instead of stopping at the first.
 */
export interface CheckingContext {
  contentDir: string;
  read(entry: ContentFile): void;
  unreadable(file: UnreadableFile): void;
}

export type ContentLoaderContext = LoaderContext & { checking?: CheckingContext };

export function contentLoader({ folder, extension }: CollectionFiles): Loader {
  return {
    name: 'content-files',
    load: async (context: ContentLoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const contentDir = context.checking?.contentDir ?? join(root, 'content');
      const base = join(contentDir, folder);
      const load = () => loadFiles(context, { root, contentDir, base, extension });
      await load();
      if (!context.watcher) return;
      context.watcher.add(base);
      context.watcher.on('all', (_event, path) => {
        if (path.startsWith(base) && path.endsWith(extension)) load().catch((error) => context.logger.error((error as Error).message));
      });
    },
  };
}

interface Where {
  root: string;
  contentDir: string;
  base: string;
  extension: string;
}

async function loadFiles(context: ContentLoaderContext, { root, contentDir, base, extension }: Where) {
  const { store, checking, collection } = context;
  const untouched = new Set(store.keys());
  for await (const path of walk(base)) {
    if (!path.endsWith(extension)) continue;
    const file = relative(contentDir, path).replaceAll('\\', '/');
    const id = relative(base, path).slice(0, -extension.length).replaceAll('\\', '/');
    const text = await readFile(path, 'utf8');
    let parsed: ReturnType<typeof parseEntryText>;
    try {
      parsed = parseEntryText(text, extension);
    } catch (error) {
      const message = (error as Error).message;
      if (!checking) throw new Error(`content/${file}: ${message}`, { cause: error });
      checking.unreadable({ collection, id, file, message });
      continue;
    }
    untouched.delete(id);
    checking?.read({ collection, id, file, ...parsed });
    const filePath = relative(root, path).replaceAll('\\', '/');
    const digest = context.generateDigest(text);
    const deferredRender = extension === '.mdx';
    const existing = store.get(id);
    if (existing?.digest === digest && existing.filePath === filePath) {
      if (deferredRender) store.addModuleImport(filePath);
      continue;
    }
    const data = await context.parseData({ id, data: parsed.data as Record<string, unknown>, filePath: path });
    store.set({ id, data, body: parsed.body, filePath, digest, deferredRender });
  }
  untouched.forEach((id) => store.delete(id));
}

async function* walk(dir: string): AsyncGenerator<string> {
  let names;
  try {
    names = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  // Sorted so that problems such as a duplicate lesson order are reported the same way on every machine.
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}
