// What to tell a learner whose new place shares a day with a place they already have.
import { longDate } from '#lib/dates.ts';
import type { Clash } from './clashes.ts';

export function clashMessage(clash: Clash): string {
  return `These dates clash with your place on ${clash.title} (both on ${longDate(clash.date)}). If you cannot go to both, cancel one from My learning so that someone else can have it.`;
}
