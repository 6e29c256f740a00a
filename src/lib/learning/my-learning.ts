// Everything on "My learning", read through RLS: live bookings, progress per course, certificates and CPD hours.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { courseOutline } from '#lib/content/courses.ts';
import { courseProgress, type CourseProgress } from './course-progress.ts';
import type { Supabase } from '#lib/supabase/server.ts';

export interface BookingSummary {
  id: string;
  status: 'confirmed' | 'waitlisted';
  waitlistPosition: number | null;
  cohort: CollectionEntry<'cohorts'>;
  courseTitle: string;
}

export interface CourseSummary {
  course: CollectionEntry<'courses'>;
  progress: CourseProgress;
  certificateId: string | null;
}

export interface CertificateSummary {
  id: string;
  code: string;
  courseTitle: string;
  issuedAt: string;
  revoked: boolean;
}

export async function myLearning(supabase: Supabase, userId: string) {
  const [bookings, certificates, cpd] = await Promise.all([
    supabase
      .from('bookings')
      .select('id, cohort_id, status, waitlist_position')
      .eq('user_id', userId)
      .neq('status', 'cancelled')
      .order('booked_at'),
    supabase
      .from('certificates')
      .select('id, course_id, code, course_title, issued_at, revoked_at')
      .eq('user_id', userId)
      .order('issued_at'),
    supabase.from('cpd_entries').select('hours').eq('user_id', userId),
  ]);
  if (bookings.error || certificates.error || cpd.error) throw new Error('Your learning records could not be loaded.');

  const bookingList: BookingSummary[] = [];
  for (const b of bookings.data) {
    const cohort = await getEntry('cohorts', b.cohort_id);
    if (!cohort) continue;
    const course = await getEntry('courses', cohort.data.course);
    bookingList.push({
      id: b.id,
      status: b.status as BookingSummary['status'],
      waitlistPosition: b.waitlist_position,
      cohort,
      courseTitle: course?.data.title ?? cohort.data.course,
    });
  }
  bookingList.sort((a, b) => a.cohort.data.start.localeCompare(b.cohort.data.start));

  const courses: CourseSummary[] = [];
  for (const course of await getCollection('courses')) {
    const { sequence } = await courseOutline(course.id);
    const quizIds = (await getCollection('quizzes', (q) => q.data.course === course.id)).map((q) => q.id);
    const progress = await courseProgress(supabase, userId, sequence, quizIds, course.data.completion.requiredQuizzes);
    const certificateId = certificates.data.find((c) => c.course_id === course.id)?.id ?? null;
    const booked = bookingList.some((b) => b.cohort.data.course === course.id);
    if (booked || certificateId || progress.done.size > 0 || progress.quizzes.size > 0) courses.push({ course, progress, certificateId });
  }

  return {
    bookings: bookingList,
    courses,
    certificates: certificates.data.map((c): CertificateSummary => ({
      id: c.id,
      code: c.code,
      courseTitle: c.course_title,
      issuedAt: c.issued_at,
      revoked: c.revoked_at !== null,
    })),
    cpdHours: cpd.data.reduce((sum, e) => sum + Number(e.hours), 0),
    cpdEntries: cpd.data.length,
  };
}
