// The "Add CPD you did elsewhere" form: read and check what was typed, so each problem is named beside its field.
// The database checks the same rules again (add_external_cpd) and has the last word.
import type { FieldError } from '../forms.ts';

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
  kind: 'Participatory' | 'Self-directed';
  learned: string;
  practice_change: string;
}

export function readExternalCpd(form: FormData): ExternalCpdValues {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  return {
    activity: text('activity'), day: text('date-day'), month: text('date-month'), year: text('date-year'), hours: text('hours'),
    kind: text('kind'), learned: text('learned'), practiceChange: text('practice_change'),
  };
}

export function checkExternalCpd(v: ExternalCpdValues): { errors: FieldError[]; entry: ExternalCpd | null } {
  const errors: FieldError[] = [];
  if (!v.activity) errors.push({ field: 'activity', message: 'Enter what the activity was' });
  else if (v.activity.length > 200) errors.push({ field: 'activity', message: 'Keep the activity to 200 characters or fewer' });
  const [d, m, y] = [v.day, v.month, v.year].map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  const validDate = /^\d{1,2}$/.test(v.day) && /^\d{1,2}$/.test(v.month) && /^\d{4}$/.test(v.year)
    && date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
  if (!validDate) errors.push({ field: 'date-day', message: 'Enter the date of the activity as day, month and year, for example 27 3 2026' });
  const hours = Number(v.hours);
  if (!v.hours || !Number.isFinite(hours) || hours <= 0) errors.push({ field: 'hours', message: 'Enter the hours as a number, for example 1.5' });
  if (v.kind !== 'Participatory' && v.kind !== 'Self-directed') errors.push({ field: 'kind', message: 'Choose whether the activity was participatory or self-directed' });
  if (v.learned.length > 2000 || v.practiceChange.length > 2000) errors.push({ field: 'learned', message: 'Keep each answer to 2000 characters or fewer' });
  if (errors.length) return { errors, entry: null };
  return {
    errors,
    entry: {
      activity: v.activity, activity_date: date.toISOString().slice(0, 10), hours, kind: v.kind as ExternalCpd['kind'],
      learned: v.learned, practice_change: v.practiceChange,
    },
  };
}

/** The field a refusal from add_external_cpd is about, from its message. */
export function refusedField(message: string): string {
  return /date/i.test(message) ? 'date-day' : /hours/i.test(message) ? 'hours' : /participatory/i.test(message) ? 'kind' : 'activity';
}
