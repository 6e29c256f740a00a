import { readdir, readFile } from 'node:fs/promises';
import { join, relative, extname } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';

/** One content file as the checker sees it: its id (path without extension), data and MDX body. */
export interface RawEntry {
  collection: string;
  id: string;
  file: string;
  data: unknown;
  body: string;
  /** The line of the file on which the body starts, so problems in it can name the file's own line. */
  bodyLine: number;
}

/** Each collection and the extension of its files; the folder is the collection's name unless `folderOf` says otherwise. */
export const collectionFolders = {
  courses: '.mdx', lessons: '.mdx', quizzes: '.yaml', cohorts: '.yaml', webinars: '.mdx', guidelines: '.mdx', pages: '.mdx',
  guidelineVersions: '.mdx',
} as const;
export type CollectionName = keyof typeof collectionFolders;

/** Folders under content/ not named after their collection. */
export const folderOf: Partial<Record<CollectionName, string>> = { guidelineVersions: 'guideline-versions' };

/** A file that could not be read as content: where it is, which entry it would have been, and why. */
export interface UnreadableFile {
  collection: string;
  id: string;
  file: string;
  message: string;
}

const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Splits an MDX file into its YAML frontmatter and body; YAML files are all data. */
export function parseEntryText(text: string, ext: string): { data: unknown; body: string; bodyLine: number } {
  if (ext === '.yaml') return { data: yaml(text, 0), body: '', bodyLine: 1 };
  const match = frontmatter.exec(text);
  if (!match) throw new Error('expected YAML frontmatter between --- lines at the top of the file');
  const body = match[2]!;
  return { data: yaml(match[1]!, 1), body, bodyLine: text.slice(0, text.length - body.length).split('\n').length };
}

/**
 * Parses YAML, turning a parse error into one line that gives the line and column in the file itself
 * (`lineOffset` is 1 for frontmatter, which starts below the opening ---).
 */
function yaml(text: string, lineOffset: number): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const reason = error.message.split(/ at line \d+, column \d+/)[0]!.split('\n')[0]!;
    const at = error.linePos?.[0];
    const where = at ? ` at line ${at.line + lineOffset}, column ${at.col}` : '';
    const hint = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? ' (put quotes around a value that contains a colon)' : '';
    throw new Error(`invalid YAML${where}: ${reason}${hint}`, { cause: error });
  }
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

/** Reads every entry of every collection under `root` (the top-level content/ folder). */
export async function readContent(root: string): Promise<{ entries: RawEntry[]; errors: UnreadableFile[] }> {
  const entries: RawEntry[] = [];
  const errors: UnreadableFile[] = [];
  for (const [collection, ext] of Object.entries(collectionFolders)) {
    const base = join(root, folderOf[collection as CollectionName] ?? collection);
    for await (const path of walk(base)) {
      if (extname(path) !== ext) continue;
      const file = relative(root, path);
      const id = relative(base, path).slice(0, -ext.length).replaceAll('\\', '/');
      try {
        entries.push({ collection, id, file, ...parseEntryText(await readFile(path, 'utf8'), ext) });
      } catch (error) {
        errors.push({ collection, id, file, message: (error as Error).message });
      }
    }
  }
  return { entries, errors };
}
