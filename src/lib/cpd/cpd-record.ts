// A learner's CPD record: one row per activity, with what NMC and GPhC revalidation ask for
// (date, activity or method, hours, participatory or not, what was learned, how practice changed).
import type { cpdKinds } from '#lib/vocabularies.ts';

export type CpdType = (typeof cpdKinds)[number];

export interface CpdEntry {
  /** YYYY-MM-DD. */
  date: string;
  /** The activity and its method, e.g. "Mental health skills (five-day course, taught in person)". */
  activity: string;
  hours: number;
  /** Participatory: learning with other professionals (NMC asks for at least 20 of the 35 hours). */
  type: CpdType;
  /** external: done elsewhere and added by the learner. */
  source: 'course' | 'webinar' | 'external';
  /** The learner's own words. */
  learned: string;
  practiceChange: string;
}

export interface CpdPerson {
  fullName: string;
  profession: string | null;
  registrationBody: string | null;
  registrationNumber: string | null;
}

/** The six columns of the record, in order, as both exports print them. */
export const cpdColumns = ['Date', 'Activity', 'Hours', 'Type', 'What I learned', 'How it changed my practice'] as const;

/** Oldest first, as a revalidation log reads; same-day entries by activity name. */
export function orderEntries<T extends CpdEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.date.localeCompare(b.date) || a.activity.localeCompare(b.activity, 'en-GB', { numeric: true }));
}

/** Sum of hours, rounded to two decimal places so 0.1 + 0.2 reads as 0.3. */
export function totalHours(entries: readonly CpdEntry[]): number {
  return Math.round(entries.reduce((sum, e) => sum + e.hours, 0) * 100) / 100;
}

/** "1.5", "30": hours without trailing zeros. */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}

/** YYYY-MM-DD as DD/MM/YYYY. */
export function ukDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`Expected a YYYY-MM-DD date, got ${JSON.stringify(isoDate)}`);
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** One row of text per entry, in the order of `cpdColumns`. */
export function cpdRow(entry: CpdEntry): string[] {
  return [ukDate(entry.date), entry.activity, formatHours(entry.hours), entry.type, entry.learned, entry.practiceChange];
}

/** A reflection the learner wrote under one of a course's lessons, with the lesson's title. */
export interface TitledLessonReflection {
  courseId: string;
  title: string;
  reflection: string;
}

/**
 * Each course's entry with the learner's lesson reflections added to what they learned ("Lesson title: reflection"),
 * so the exports carry everything the CPD page shows under the course.
 */
export function withLessonReflections<T extends CpdEntry & { sourceId: string }>(
  entries: readonly T[],
  reflections: readonly TitledLessonReflection[],
): T[] {
  return entries.map((entry) => {
    if (entry.source !== 'course') return entry;
    const lessons = reflections.filter((r) => r.courseId === entry.sourceId).map((r) => `${r.title}: ${r.reflection}`);
    return lessons.length ? { ...entry, learned: [entry.learned, ...lessons].filter(Boolean).join('\n\n') } : entry;
  });
}
