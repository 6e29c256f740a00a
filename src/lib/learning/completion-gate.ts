// Whether a learner who has done all the work can complete now: the certificate names the dates they attended, so
// complete_course needs a confirmed place on a cohort that has started. This says which, before they press the button.
import type { Availability } from '../booking/availability.ts';

export type CompletionGate =
  | { open: true }
  | { open: false; reason: 'no-place' }
  | { open: false; reason: 'not-started'; startsOn: string };

export function completionGate(cohorts: Iterable<Pick<Availability, 'startsOn' | 'myStatus'>>, today: string): CompletionGate {
  const places = [...cohorts].filter((c) => c.myStatus === 'confirmed').map((c) => c.startsOn).sort();
  if (places.length === 0) return { open: false, reason: 'no-place' };
  if (places[0]! <= today) return { open: true };
  return { open: false, reason: 'not-started', startsOn: places[0]! };
}
