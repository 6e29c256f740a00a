// How long what people type may be, as the database's checks and functions decide (in characters, as Postgres counts
// them). Forms say so first, in words a person can act on; tests/db/field-limits.test.ts checks each value against the
// database, so a form never promises what the database refuses.
export const fieldLimits = {
  /** public.resources: what a champion shares. */
  resource: { title: [3, 120], summary: [10, 500], note: [1, 2000], url: 2000, tags: 8 },
  /** join_network and apply_to_be_champion. */
  application: { jobRole: [2, 120], motivation: [10, 1000] },
  /** report_resource; and moderate_resource, decide_membership and decide_champion_application. */
  reason: { report: [3, 500], decision: 500 },
  /** public.profiles. */
  profile: { fullName: 120, profession: 80, organisation: 120, registrationNumber: 20 },
  /** add_external_cpd and public.cpd_entries. */
  cpd: { activity: 200, reflection: 2000 },
  /** public.lesson_reflections. */
  lessonReflection: 4000,
} as const;

/** A GPhC registration number, as join_network checks it. */
export const gphcNumberPattern = /^\d{7}$/;
