// The shapes the educator insight functions return (supabase/migrations/20261123000900_educator_insight.sql).

/** One cohort of a course, from `course_dashboard`. */
export interface CohortFigures {
  cohortId: string;
  title: string;
  /** YYYY-MM-DD. */
  startsOn: string;
  capacity: number;
  booked: number;
  waitlisted: number;
  started: number;
  completed: number;
}

/** One question of a quiz: how many answers, and the share of them that were right (null when none yet). */
export interface QuestionFigures {
  questionId: string;
  prompt: string | null;
  answered: number;
  correctRate: number | null;
}

export interface QuizFigures {
  quizId: string;
  passMark: number;
  /** Learners who tried the quiz at least once. */
  learners: number;
  attempts: number;
  /** Share of those learners who passed; null when nobody has tried. */
  passRate: number | null;
  questions: QuestionFigures[] | null;
}

/** `course_dashboard(course)`. Rates are fractions from 0 to 1. */
export interface CourseDashboard {
  booked: number;
  waitlisted: number;
  started: number;
  completed: number;
  completionRate: number | null;
  medianDaysToComplete: number | null;
  cohorts: CohortFigures[];
  quizzes: QuizFigures[];
}

/** A row of `cohort_learners(cohort)`. */
export interface CohortLearner {
  user_id: string;
  full_name: string | null;
  email: string;
  profession: string | null;
  trust: string | null;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  waitlist_position: number | null;
  booked_at: string;
  lessons_done: number;
  required_lessons: number;
  quizzes_passed: number;
  required_quizzes: number;
  completed_at: string | null;
}

/** A row of `webinar_insight()`. */
export interface WebinarFigures {
  webinar_id: string;
  title: string;
  series: string;
  viewers: number;
  watched: number;
  cpd_minutes_awarded: number;
}
