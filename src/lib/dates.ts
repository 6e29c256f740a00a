// Dates as people in the partnership read them: Europe/London, written out in UK style.
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';

export const london = 'Europe/London';

/** "11 January 2027" for an ISO calendar date (YYYY-MM-DD), which has no time zone to shift. */
export function longDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return format(new Date(y!, m! - 1, d!), 'd MMMM yyyy');
}

/** "Mon 11 Jan" for a session date. */
export function shortDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return format(new Date(y!, m! - 1, d!), 'EEE d MMM');
}

/** The London calendar date of an instant, as YYYY-MM-DD. */
export function londonDateOf(instant: Date): string {
  return format(new TZDate(instant, london), 'yyyy-MM-dd');
}

/** Today's calendar date in London, as YYYY-MM-DD. */
export function todayInLondon(now: Date = new Date()): string {
  return londonDateOf(now);
}

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
