import type { z } from 'astro/zod';
import { contentCollections, type CollectionName } from '#content/collections.ts';
import { compareVersions } from '#lib/guidelines/version-diff.ts';
import type { ContentFile as RawEntry } from './loader.ts';
import { checkLinks } from './check-links.ts';
import { checkIdsDifferByMoreThanCase, checkQuestionIds } from './check-ids.ts';

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

// A collection's parsed data: each reference check reads the fields of the one collection it is about.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Valid = { entry: RawEntry; data: any };
type Known = Pick<RawEntry, 'collection' | 'id'>;

/**
 * Validates every entry against its schema, then checks the references between entries. `unreadable` lists files
 * that exist but could not be parsed: references to them are not reported again as unknown.
 */
export function checkContent(entries: RawEntry[], unreadable: Known[] = []): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const valid: Valid[] = [];
  for (const entry of entries) {
    const result = (contentCollections[entry.collection as CollectionName].schema as z.ZodType).safeParse(entry.data);
    if (result.success) valid.push({ entry, data: result.data });
    else for (const issue of result.error.issues) {
      problems.push({ file: entry.file, field: issue.path.join('.') || '(file)', message: describe(issue, entry.data) });
    }
    problems.push(...checkBody(entry));
  }
  const known = [...entries, ...unreadable];
  return problems.concat(checkIdsDifferByMoreThanCase(entries), checkReferences(valid, known), checkLinks(entries, known));
}

/**
 * Says "required field is missing" when the field is absent, rather than zod's "received undefined", and says to
 * quote text that YAML read as a number or true/false (a version such as 2.2, an option id such as true).
 */
function describe(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.path.length === 0) return issue.message;
  const value = valueAt(data, issue.path);
  const quotable = ['number', 'boolean'].includes(typeof value) && issue.message.startsWith('Invalid input');
  if (issue.code === 'invalid_type' && issue.expected === 'string' && quotable) {
    return `expected text, but YAML read ${typeof value === 'number' ? 'a number' : 'true/false'}; put the value in quotes`;
  }
  if (value !== undefined) return issue.message;
  const expected = issue.message.replace(/^Invalid (input|option): /, '').replace(/, received undefined$/, '');
  return `required field is missing; ${expected}`;
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value == null ? undefined : (value as Record<PropertyKey, unknown>)[key]), data);
}

/** The H2 sections every prescribing guideline has. */
export const guidelineSections = ['Indications', 'Baseline and ongoing monitoring', 'Interactions', 'When to seek advice'];

const escapes: Record<string, string> = { '<': '&lt;', '{': '&#123;', '}': '&#125;' };

/** MDX reads a bare `<`, `{` or `}` as code, so outside code spans they must be reworded or escaped. */
function checkBody(entry: RawEntry): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (message: string) => problems.push({ file: entry.file, field: '(body)', message });
  let fenced = false;
  entry.body.split('\n').forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const bare = fenced ? null : /[<{}]/.exec(line.replace(/(`+).*?\1/g, ''));
    if (bare) problem(`line ${entry.bodyLine + i}: MDX reads a bare "${bare[0]}" as code; reword it or write ${escapes[bare[0]]}`);
  });
  if (entry.collection === 'guidelines') {
    const headings = new Set([...entry.body.matchAll(/^## +(.+?)\s*$/gm)].map((m) => m[1]));
    for (const section of guidelineSections.filter((s) => !headings.has(s))) {
      problem(`missing the section "## ${section}"; every guideline has: ${guidelineSections.join(', ')}`);
    }
  }
  return problems;
}

function checkReferences(valid: Valid[], all: Known[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // An entry that exists but has its own problems still counts as known, so it is reported once, not at every use.
  const ids = (collection: string) => new Set(all.filter((e) => e.collection === collection).map((e) => e.id));
  const courses = new Map(valid.filter((v) => v.entry.collection === 'courses').map((v) => [v.entry.id, v.data]));
  const courseIds = ids('courses');
  const quizzes = ids('quizzes');
  const guidelines = ids('guidelines');
  const guidelineData = new Map(valid.filter((v) => v.entry.collection === 'guidelines').map((v) => [v.entry.id, v.data]));
  const oneOf = (list: Iterable<string>) => [...list].join(', ') || '(none found)';
  const unknownCourse = (id: string) => `unknown course "${id}"; expected one of: ${oneOf(courseIds)}`;
  const expect = (ok: boolean, entry: RawEntry, field: string, message: string) => {
    if (!ok) problems.push({ file: entry.file, field, message });
  };
  const seenOrder = new Map<string, string>();

  for (const { entry, data } of valid) {
    switch (entry.collection) {
      case 'lessons': {
        const course = courses.get(data.course);
        expect(courseIds.has(data.course), entry, 'course', unknownCourse(data.course));
        const modules: string[] = course ? course.modules.map((m: { id: string }) => m.id) : [];
        if (course) expect(modules.includes(data.module), entry, 'module',
          `course "${data.course}" has no module "${data.module}"; expected one of: ${oneOf(modules)}`);
        if (data.quiz) expect(quizzes.has(data.quiz), entry, 'quiz', `unknown quiz "${data.quiz}"`);
        const key = `${data.course}/${data.module}/${data.order}`;
        const clash = seenOrder.get(key);
        expect(!clash, entry, 'order', `order ${data.order} is already used in module "${data.module}" by ${clash}`);
        seenOrder.set(key, entry.file);
        break;
      }
      case 'quizzes':
        problems.push(...checkQuestionIds(entry, data.questions));
        expect(courseIds.has(data.course), entry, 'course', unknownCourse(data.course));
        break;
      case 'cohorts':
        expect(courseIds.has(data.course), entry, 'course', unknownCourse(data.course));
        break;
      case 'courses':
        data.completion.requiredQuizzes.forEach((quiz: string, i: number) =>
          expect(quizzes.has(quiz), entry, `completion.requiredQuizzes.${i}`, `unknown quiz "${quiz}"`));
        break;
      case 'guidelines':
        data.related.forEach((id: string, i: number) =>
          expect(guidelines.has(id), entry, `related.${i}`, `unknown guideline "${id}"`));
        break;
      case 'webinars':
        data.relatedGuidelines.forEach((id: string, i: number) =>
          expect(guidelines.has(id), entry, `relatedGuidelines.${i}`, `unknown guideline "${id}"`));
        break;
      case 'guidelineVersions':
        problems.push(...checkVersion(entry, data, guidelines, guidelineData.get(data.guideline)));
        break;
    }
  }
  return problems;
}

type GuidelineVersion = { guideline: string; version: string; date: string };
type Guideline = { version: string; changeLog: { version: string; date: string }[] };

/**
 * An earlier version of a guideline sits at `<guideline>/<version>.mdx`, is earlier than the guideline's current
 * version, and is in its changeLog with the same date. `guideline` is undefined when that guideline is unknown or
 * has problems of its own (reported once, on the guideline).
 */
function checkVersion(entry: RawEntry, data: GuidelineVersion, known: Set<string>, guideline?: Guideline): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const expect = (ok: boolean, field: string, message: string) => {
    if (!ok) problems.push({ file: entry.file, field, message });
  };
  const slash = entry.id.lastIndexOf('/');
  const folder = entry.id.slice(0, Math.max(0, slash));
  const name = entry.id.slice(slash + 1);
  expect(known.has(data.guideline), 'guideline', `unknown guideline "${data.guideline}"`);
  expect(folder === data.guideline, 'guideline', folder
    ? `the file is in the folder "${folder}", so expected guideline "${folder}"`
    : `expected the file in a folder named after the guideline: guideline-versions/${data.guideline}/${name}.mdx`);
  expect(name === data.version, 'version', `the file is named "${name}.mdx", so expected version "${name}"`);
  if (!guideline) return problems;
  const logged = guideline.changeLog.find((c) => c.version === data.version);
  expect(compareVersions(data.version, guideline.version) < 0, 'version',
    `expected a version earlier than the guideline's current version "${guideline.version}"`);
  expect(!!logged, 'version', `version "${data.version}" is not in the changeLog of guideline "${data.guideline}"; `
    + `expected one of: ${guideline.changeLog.map((c) => c.version).join(', ')}`);
  if (logged) expect(logged.date === data.date, 'date', `expected ${logged.date}, the date of version "${data.version}" in the changeLog of guideline "${data.guideline}"`);
  return problems;
}
