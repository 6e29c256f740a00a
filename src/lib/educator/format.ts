// How the educator pages and their CSV files write figures: rates as percentages, days, dates in London.
import { london } from '#lib/dates.ts';
import type { CohortLearner } from './types.ts';

/** A rate from 0 to 1 as a percentage with at most one decimal place: 0.167 → 16.7, 1 → 100; null stays null. */
export function percentValue(rate: number | null | undefined): number | null {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return null;
  return Math.round(rate * 1000) / 10;
}

/** "16.7%", "50%", or `none` when there is nothing to divide by yet. */
export function percent(rate: number | null | undefined, none = 'Not yet known'): string {
  const value = percentValue(rate);
  return value === null ? none : `${value}%`;
}

/** "10 days", "1 day", "2.5 days", or `none` when nobody has completed. */
export function days(value: number | null | undefined, none = 'No completions yet'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return none;
  return `${value} day${value === 1 ? '' : 's'}`;
}

// One formatter for every row: a CSV of 5,000 learners formats 10,000 dates, and date-fns-tz is slow at that.
const ukLondonDate = new Intl.DateTimeFormat('en-GB', { timeZone: london, day: '2-digit', month: '2-digit', year: 'numeric' });

/** "11/01/2027": the London calendar day of an instant, as spreadsheets in the UK read it. */
export function ukDateOf(instant: string): string {
  return ukLondonDate.format(new Date(instant));
}

const statusWords: Record<CohortLearner['status'], string> = { confirmed: 'Booked', waitlisted: 'Waiting list', cancelled: 'Cancelled' };

/** "Booked", "Waiting list" or "Cancelled". */
export const statusWord = (status: CohortLearner['status']) => statusWords[status] ?? status;

/** "Booked", or "Waiting list (number 3)". */
export function bookingStatus(row: Pick<CohortLearner, 'status' | 'waitlist_position'>): string {
  const word = statusWord(row.status);
  return row.status === 'waitlisted' && row.waitlist_position ? `${word} (number ${row.waitlist_position})` : word;
}

/** "3 of 12". */
export const outOf = (done: number, required: number) => `${done} of ${required}`;
