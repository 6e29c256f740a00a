// Course structure from content: modules in course order, lessons in module order, and a lesson's neighbours.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

export type Course = CollectionEntry<'courses'>;
export type Lesson = CollectionEntry<'lessons'>;

export interface ModuleOutline {
  id: string;
  title: string;
  summary?: string;
  lessons: Lesson[];
}

export async function lessonsOf(courseId: string): Promise<Lesson[]> {
  return getCollection('lessons', (lesson) => lesson.data.course === courseId);
}

export function outline(course: Course, lessons: Lesson[]): ModuleOutline[] {
  return course.data.modules.map((module) => ({
    ...module,
    lessons: lessons.filter((l) => l.data.module === module.id).sort((a, b) => a.data.order - b.data.order),
  }));
}

/** Every lesson of the course in teaching order. */
export function lessonSequence(modules: ModuleOutline[]): Lesson[] {
  return modules.flatMap((m) => m.lessons);
}

export async function courseOutline(courseId: string) {
  const course = await getEntry('courses', courseId);
  if (!course) throw new Error(`Unknown course ${courseId}`);
  const modules = outline(course, await lessonsOf(courseId));
  return { course, modules, sequence: lessonSequence(modules) };
}

export const lessonUrl = (lesson: Lesson) => `/courses/${lesson.id}`;
export const courseUrl = (courseId: string) => `/courses/${courseId}`;

export function totalMinutes(lessons: Lesson[]): number {
  return lessons.reduce((sum, l) => sum + l.data.minutes, 0);
}
