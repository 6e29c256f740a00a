import { describe, expect, it } from 'vitest';
import { externalCpdForm, refusedField } from '#lib/cpd/external-cpd-form.ts';
import { readForm } from '#lib/forms.ts';

const valid = {
  activity: 'Trust study day',
  'date-day': '27',
  'date-month': '3',
  'date-year': '2026',
  hours: '6.5',
  kind: 'Participatory',
  learned: 'Falls',
  practice_change: '',
};

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

describe('the "Add CPD you did elsewhere" form', () => {
  it('accepts a complete entry and writes the date as YYYY-MM-DD', () => {
    expect(readForm(externalCpdForm, form(valid))).toEqual({
      ok: true,
      data: {
        activity: 'Trust study day',
        activity_date: '2026-03-27',
        hours: 6.5,
        kind: 'Participatory',
        learned: 'Falls',
        practice_change: '',
      },
    });
  });

  it('names each problem beside its field', () => {
    const result = readForm(externalCpdForm, form({ ...valid, activity: '', 'date-day': '31', 'date-month': '2', hours: 'two', kind: '' }));
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'activity', message: 'Enter what the activity was' },
        { field: 'date-day', message: 'Enter the date of the activity as day, month and year, for example 27 3 2026' },
        { field: 'hours', message: 'Enter the hours as a number, for example 1.5' },
        { field: 'kind', message: 'Choose whether the activity was participatory or self-directed' },
      ],
    });
  });

  it('refuses a missing field, a field posted twice and a NUL byte', () => {
    const { hours: _, ...noHours } = valid;
    expect(readForm(externalCpdForm, form(noHours))).toEqual({
      ok: false,
      errors: [{ field: 'hours', message: 'Enter the hours as a number, for example 1.5' }],
    });
    const twice = form(valid);
    twice.append('kind', 'Self-directed');
    expect(readForm(externalCpdForm, twice)).toEqual({
      ok: false,
      errors: [{ field: 'kind', message: 'Choose whether the activity was participatory or self-directed' }],
    });
    expect(readForm(externalCpdForm, form({ ...valid, activity: 'Study\u0000day' }))).toEqual({
      ok: false,
      errors: [{ field: 'activity', message: 'Activity must not include control characters' }],
    });
  });

  it("points the database's refusals at the field they are about", () => {
    expect(refusedField('Enter the date of the activity: today or in the last 10 years.')).toBe('date-day');
    expect(refusedField('Enter the hours as a number from 0.25 to 200, in quarter hours.')).toBe('hours');
  });
});
