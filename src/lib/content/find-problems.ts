// Every problem in a content folder, as content:check and the Astro integration report them.
import { checkContent, type ContentProblem } from './check-content.ts';
import { checkFiles } from './check-files.ts';
import { loadContent } from './load-content.ts';

export async function findContentProblems(contentDir: string): Promise<{ files: number; problems: ContentProblem[] }> {
  const { entries, errors } = await loadContent(contentDir);
  const unreadable = errors.map(({ file, message }) => ({ file, field: '(file)', message }));
  return { files: entries.length, problems: [...unreadable, ...checkContent(entries, errors), ...(await checkFiles(entries, contentDir))] };
}

/** One line a problem: `<content folder>/<file>: <field>: <message>`. */
export const problemLine = (contentDir: string, p: ContentProblem) => `${contentDir}/${p.file}: ${p.field}: ${p.message}`;
