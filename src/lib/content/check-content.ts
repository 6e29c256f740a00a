import type { z } from 'zod';
import { courseSchema } from '../../content/schemas/course.ts';
import { lessonSchema } from '../../content/schemas/lesson.ts';
import { quizSchema } from '../../content/schemas/quiz.ts';
import { cohortSchema } from '../../content/schemas/cohort.ts';
import { webinarSchema } from '../../content/schemas/webinar.ts';
import { guidelineSchema } from '../../content/schemas/guideline.ts';
import { pageSchema } from '../../content/schemas/page.ts';
import type { CollectionName, RawEntry } from './read-content.ts';

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

const schemas: Record<CollectionName, z.ZodType> = {
  courses: courseSchema, lessons: lessonSchema, quizzes: quizSchema, cohorts: cohortSchema,
  webinars: webinarSchema, guidelines: guidelineSchema, pages: pageSchema,
};

type Valid = { entry: RawEntry; data: any };

/** Validates every entry against its schema, then checks the references between entries. */
export function checkContent(entries: RawEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const valid: Valid[] = [];
  for (const entry of entries) {
    const result = schemas[entry.collection as CollectionName].safeParse(entry.data);
    if (result.success) valid.push({ entry, data: result.data });
    else for (const issue of result.error.issues) {
      problems.push({ file: entry.file, field: issue.path.join('.') || '(file)', message: issue.message });
    }
  }
  return problems.concat(checkReferences(valid));
}

function checkReferences(valid: Valid[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = (collection: string) => new Set(valid.filter((v) => v.entry.collection === collection).map((v) => v.entry.id));
  const courses = new Map(valid.filter((v) => v.entry.collection === 'courses').map((v) => [v.entry.id, v.data]));
  const quizzes = ids('quizzes');
  const guidelines = ids('guidelines');
  const expect = (ok: boolean, entry: RawEntry, field: string, message: string) => {
    if (!ok) problems.push({ file: entry.file, field, message });
  };
  const seenOrder = new Map<string, string>();

  for (const { entry, data } of valid) {
    switch (entry.collection) {
      case 'lessons': {
        const course = courses.get(data.course);
        expect(!!course, entry, 'course', `unknown course "${data.course}"; expected one of: ${[...courses.keys()].join(', ')}`);
        if (course) expect(course.modules.some((m: { id: string }) => m.id === data.module), entry, 'module',
          `course "${data.course}" has no module "${data.module}"`);
        if (data.quiz) expect(quizzes.has(data.quiz), entry, 'quiz', `unknown quiz "${data.quiz}"`);
        const key = `${data.course}/${data.module}/${data.order}`;
        const clash = seenOrder.get(key);
        expect(!clash, entry, 'order', `order ${data.order} is already used in module "${data.module}" by ${clash}`);
        seenOrder.set(key, entry.file);
        break;
      }
      case 'quizzes':
      case 'cohorts':
        expect(courses.has(data.course), entry, 'course', `unknown course "${data.course}"`);
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
    }
  }
  return problems;
}
