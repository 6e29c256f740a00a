// The "Add CPD you did elsewhere" form: what was typed (to show it again) and its zod schema, so each problem is named
// beside its field. The database checks the same rules again (add_external_cpd) and has the last word.
import { z } from 'zod';
import { formText } from '#lib/account/form-text.ts';
import { fieldLimits } from '#lib/field-limits.ts';
import { cpdKinds } from '#lib/vocabularies.ts';

export interface ExternalCpdValues {
  activity: string;
  day: string;
  month: string;
  year: string;
  hours: string;
  kind: string;
  learned: string;
  practiceChange: string;
}

export interface ExternalCpd {
  activity: string;
  activity_date: string;
  hours: number;
  kind: (typeof cpdKinds)[number];
  learned: string;
  practice_change: string;
}

/** What was typed, to show in the form again. */
export function readExternalCpd(form: FormData): ExternalCpdValues {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  return {
    activity: text('activity'),
    day: text('date-day'),
    month: text('date-month'),
    year: text('date-year'),
    hours: text('hours'),
    kind: text('kind'),
    learned: text('learned'),
    practiceChange: text('practice_change'),
  };
}

const dateMessage = 'Enter the date of the activity as day, month and year, for example 27 3 2026';
const hoursMessage = 'Enter the hours as a number, for example 1.5';
const kindMessage = 'Choose whether the activity was participatory or self-directed';
const { activity: activityMax, reflection: answerMax } = fieldLimits.cpd;
const answerMessage = `Keep each answer to ${answerMax} characters or fewer`;

/** Day, month and year as typed, to a real date written YYYY-MM-DD. */
const activityDate = z.object({ day: z.unknown(), month: z.unknown(), year: z.unknown() }).transform((parts, ctx) => {
  const [day, month, year] = [parts.day, parts.month, parts.year].map((p) => (typeof p === 'string' ? p.trim() : ''));
  const [d, m, y] = [day, month, year].map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const valid =
    /^\d{1,2}$/.test(day!) &&
    /^\d{1,2}$/.test(month!) &&
    /^\d{4}$/.test(year!) &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === m - 1 &&
    date.getUTCDate() === d;
  if (valid) return date.toISOString().slice(0, 10);
  ctx.addIssue({ code: 'custom', message: dateMessage });
  return z.NEVER;
});

const fields = z.object({
  activity: formText('Enter what the activity was', 'Activity')
    .min(1, 'Enter what the activity was')
    .max(activityMax, `Keep the activity to ${activityMax} characters or fewer`),
  // The date's three inputs are checked together; the error links to the first of them.
  'date-day': activityDate,
  hours: z
    .string({ error: hoursMessage })
    .trim()
    .min(1, hoursMessage)
    .transform((text, ctx) => {
      const hours = Number(text);
      if (Number.isFinite(hours) && hours > 0) return hours;
      ctx.addIssue({ code: 'custom', message: hoursMessage });
      return z.NEVER;
    }),
  kind: z.enum(cpdKinds, { error: kindMessage }),
  learned: formText(answerMessage, 'What I learned').max(answerMax, answerMessage).default(''),
  practice_change: formText(answerMessage, 'How it changed my practice').max(answerMax, answerMessage).default(''),
});

export const externalCpdForm = z.preprocess(
  (posted) => {
    const form = posted as Record<string, unknown>;
    return { ...form, 'date-day': { day: form['date-day'], month: form['date-month'], year: form['date-year'] } };
  },
  fields.transform((f): ExternalCpd => ({
    activity: f.activity,
    activity_date: f['date-day'],
    hours: f.hours,
    kind: f.kind,
    learned: f.learned,
    practice_change: f.practice_change,
  })),
);

/** The field a refusal from add_external_cpd is about, from its message. */
export function refusedField(message: string): string {
  return /date/i.test(message) ? 'date-day' : /hours/i.test(message) ? 'hours' : /participatory/i.test(message) ? 'kind' : 'activity';
}
