// The rows of each educator CSV export, built from what the insight functions return.
import type { CsvTable } from '#lib/csv.ts';
import { percentValue, statusWord, ukDateOf } from './format.ts';
import { needsChecking, promptOf } from './questions.ts';
import type { CohortFigures, CohortLearner, QuizFigures, WebinarFigures } from './types.ts';

/** "2027-01-11" → "11/01/2027". */
const ukDay = (isoDate: string) => isoDate.split('-').reverse().join('/');

export function learnersTable(rows: readonly CohortLearner[]): CsvTable {
  return {
    columns: [
      'Name',
      'E-mail',
      'Profession',
      'Trust',
      'Booking status',
      'Waiting list position',
      'Booked on',
      'Lessons done',
      'Required lessons',
      'Quizzes passed',
      'Required quizzes',
      'Completed on',
    ],
    rows: rows.map((r) => [
      r.full_name,
      r.email,
      r.profession,
      r.trust,
      statusWord(r.status),
      r.waitlist_position,
      ukDateOf(r.booked_at),
      r.lessons_done,
      r.required_lessons,
      r.quizzes_passed,
      r.required_quizzes,
      r.completed_at ? ukDateOf(r.completed_at) : null,
    ]),
  };
}

export function cohortsTable(cohorts: readonly CohortFigures[]): CsvTable {
  return {
    columns: ['Cohort id', 'Cohort', 'Starts on', 'Capacity', 'Booked', 'Waiting list', 'Started', 'Completed'],
    rows: cohorts.map((c) => [c.cohortId, c.title, ukDay(c.startsOn), c.capacity, c.booked, c.waitlisted, c.started, c.completed]),
  };
}

/** Every question of the quizzes given; `quizTitle` names a quiz from content. */
export function questionsTable(quizzes: readonly QuizFigures[], quizTitle: (quizId: string) => string = (id) => id): CsvTable {
  return {
    columns: ['Quiz id', 'Quiz', 'Question number', 'Question id', 'Question', 'Answers', 'Correct (%)', 'Flag'],
    rows: quizzes.flatMap((quiz) =>
      (quiz.questions ?? []).map((q, i) => [
        quiz.quizId,
        quizTitle(quiz.quizId),
        i + 1,
        q.questionId,
        promptOf(q),
        q.answered,
        percentValue(q.correctRate),
        needsChecking(q) ? 'Check this question' : null,
      ]),
    ),
  };
}

/** `seriesTitle` names a webinar series from its id. */
export function webinarsTable(rows: readonly WebinarFigures[], seriesTitle: (series: string) => string = (s) => s): CsvTable {
  return {
    columns: ['Webinar id', 'Webinar', 'Series', 'Viewers', 'Watched to the end', 'CPD minutes awarded'],
    rows: rows.map((w) => [w.webinar_id, w.title, seriesTitle(w.series), w.viewers, w.watched, w.cpd_minutes_awarded]),
  };
}
