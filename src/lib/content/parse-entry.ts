// How the content loader reads one file: the YAML of a data file, or the YAML frontmatter and body of an MDX file,
// with YAML errors turned into one line that names the line and column in the file itself.
import { parse as parseYaml, YAMLParseError } from 'yaml';

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
