// What catalog.sync needs from content: ids, rules, answer keys and CPD, one array per kind.
import { courseSchema } from '#content/schemas/course.ts';
import { lessonSchema } from '#content/schemas/lesson.ts';
import { quizSchema } from '#content/schemas/quiz.ts';
import { cohortSchema } from '#content/schemas/cohort.ts';
import { webinarSchema } from '#content/schemas/webinar.ts';
import { guidelineSchema } from '#content/schemas/guideline.ts';
import type { ContentFile } from '#lib/content/loader.ts';

/** An entry as the loader read it, or as Astro's getCollection gives it (its data parsed again here). */
type RawEntry = Pick<ContentFile, 'collection' | 'id' | 'data'>;

const of = (entries: RawEntry[], collection: string) => entries.filter((e) => e.collection === collection);

export function catalogPayload(entries: RawEntry[]) {
  return {
    courses: of(entries, 'courses').map((e) => {
      const d = courseSchema.parse(e.data);
      return {
        id: e.id,
        title: d.title,
        format: d.format,
        cpd_hours: d.cpdHours,
        required_quizzes: d.completion.requiredQuizzes,
        educators: d.educators,
      };
    }),
    lessons: of(entries, 'lessons').map((e) => {
      const d = lessonSchema.parse(e.data);
      return { id: e.id, course_id: d.course, module_id: d.module, position: d.order, required: d.required, quiz_id: d.quiz ?? null };
    }),
    quizzes: of(entries, 'quizzes').map((e) => {
      const d = quizSchema.parse(e.data);
      return {
        id: e.id,
        course_id: d.course,
        pass_mark: d.passMark,
        attempts_allowed: d.attemptsAllowed,
        shuffle: d.shuffle,
        questions: d.questions,
      };
    }),
    cohorts: of(entries, 'cohorts').map((e) => {
      const d = cohortSchema.parse(e.data);
      return {
        id: e.id,
        course_id: d.course,
        title: d.title,
        starts_on: d.start,
        ends_on: d.end,
        sessions: d.sessions,
        capacity: d.capacity,
        waitlist_capacity: d.waitlistCapacity,
        booking_opens: d.bookingOpens,
        booking_closes: d.bookingCloses,
        facilitator: d.facilitator,
      };
    }),
    webinars: of(entries, 'webinars').map((e) => {
      const d = webinarSchema.parse(e.data);
      return {
        id: e.id,
        series: d.series,
        title: d.title,
        cpd_minutes: d.cpdMinutes,
        duration_seconds: d.durationMinutes * 60,
        members_only: d.membersOnly,
      };
    }),
    guidelines: of(entries, 'guidelines').map((e) => {
      const d = guidelineSchema.parse(e.data);
      return { id: e.id, title: d.title, version: d.version, members_only: d.membersOnly, next_review: d.nextReview };
    }),
  };
}

export type CatalogPayload = ReturnType<typeof catalogPayload>;
