// Where a clinical page stands in its review cycle.
import { daysBetween, todayInLondon } from '#lib/dates.ts';

export type ReviewState = 'overdue' | 'due-soon' | 'current';

/** Overdue once the next review date has passed; due soon within `soonDays` of it. */
export function reviewState(nextReview: string, today = todayInLondon(), soonDays = 60): ReviewState {
  const days = daysBetween(today, nextReview);
  if (days < 0) return 'overdue';
  if (days <= soonDays) return 'due-soon';
  return 'current';
}

export const statusLabel = {
  sample: 'Sample content, pending clinical review',
  approved: 'Clinically approved',
  retired: 'Retired: no longer in use',
} as const;
