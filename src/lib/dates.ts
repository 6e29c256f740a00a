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

/** "11 January 2027": the London calendar day of an instant (an ISO timestamp from the database). */
export function londonDay(instant: string | Date): string {
  return longDate(londonDateOf(new Date(instant)));
}

/**
 * Today's calendar date in London, as YYYY-MM-DD. MBL_TODAY pins it: the end-to-end platform does (with the
 * database's private.london_today), so the tests book open cohorts on any date.
 */
export function todayInLondon(now?: Date): string {
  return now ? londonDateOf(now) : globalThis.process?.env.MBL_TODAY || londonDateOf(new Date());
}

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "11 to 15 January 2027", "28 January to 1 February 2027" or "29 December 2026 to 2 January 2027". */
export function cohortDateRange(start: string, end: string): string {
  if (start === end) return longDate(start);
  const [s, e] = [longDate(start).split(' '), longDate(end).split(' ')];
  if (s[2] !== e[2]) return `${s.join(' ')} to ${e.join(' ')}`;
  return s[1] === e[1] ? `${s[0]} to ${e.join(' ')}` : `${s[0]} ${s[1]} to ${e.join(' ')}`;
}
