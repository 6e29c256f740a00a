// Ids that must be unique: entries of a collection even ignoring case (URLs and some file systems ignore it, and a
// checkout on macOS or Windows would keep only one of the files), and questions within a quiz.
import type { ContentProblem } from './check-content.ts';
import type { ContentFile as RawEntry } from './loader.ts';

export function checkIdsDifferByMoreThanCase(entries: RawEntry[]): ContentProblem[] {
  const seen = new Map<string, RawEntry>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.id.toLowerCase()}`;
    const first = seen.get(key);
    if (!first) seen.set(key, entry);
    else problems.push({ file: entry.file, field: '(file)', message: `the id "${entry.id}" differs only by case from ${first.file}; rename one of them` });
  }
  return problems;
}

export function checkQuestionIds(entry: RawEntry, questions: { id: string }[]): ContentProblem[] {
  const first = new Map<string, number>();
  const problems: ContentProblem[] = [];
  questions.forEach(({ id }, i) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else problems.push({ file: entry.file, field: `questions.${i}.id`, message: `question id "${id}" is already used by question ${earlier + 1}; each question needs its own id` });
  });
  return problems;
}
