import { readdir, readFile } from 'node:fs/promises';
import { join, relative, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** One content file as the checker sees it: its id (path without extension), data and MDX body. */
export interface RawEntry {
  collection: string;
  id: string;
  file: string;
  data: unknown;
  body: string;
}

export const collectionFolders = {
  courses: '.mdx', lessons: '.mdx', quizzes: '.yaml', cohorts: '.yaml', webinars: '.mdx', guidelines: '.mdx', pages: '.mdx',
} as const;
export type CollectionName = keyof typeof collectionFolders;

const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Splits an MDX file into its YAML frontmatter and body; YAML files are all data. */
export function parseEntryText(text: string, ext: string): { data: unknown; body: string } {
  if (ext === '.yaml') return { data: parseYaml(text), body: '' };
  const match = frontmatter.exec(text);
  if (!match) throw new Error('expected YAML frontmatter between --- lines at the top of the file');
  return { data: parseYaml(match[1]!), body: match[2]! };
}

async function* walk(dir: string): AsyncGenerator<string> {
  let names;
  try {
    names = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of names) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Reads every entry of every collection under `root` (the top-level content/ folder). */
export async function readContent(root: string): Promise<{ entries: RawEntry[]; errors: { file: string; message: string }[] }> {
  const entries: RawEntry[] = [];
  const errors: { file: string; message: string }[] = [];
  for (const [collection, ext] of Object.entries(collectionFolders)) {
    const base = join(root, collection);
    for await (const path of walk(base)) {
      if (extname(path) !== ext) continue;
      const file = relative(root, path);
      const id = relative(base, path).slice(0, -ext.length).replaceAll('\\', '/');
      try {
        entries.push({ collection, id, file, ...parseEntryText(await readFile(path, 'utf8'), ext) });
      } catch (error) {
        errors.push({ file, message: (error as Error).message });
      }
    }
  }
  return { entries, errors };
}
