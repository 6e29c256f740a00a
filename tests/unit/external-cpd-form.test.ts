import { describe, expect, it } from 'vitest';
import { checkExternalCpd, refusedField, type ExternalCpdValues } from '../../src/lib/cpd/external-cpd-form.ts';

const valid: ExternalCpdValues = {
  activity: 'Trust study day', day: '27', month: '3', year: '2026', hours: '6.5', kind: 'Participatory', learned: 'Falls', practiceChange: '',
};

describe('the "Add CPD you did elsewhere" form', () => {
  it('accepts a complete entry and writes the date as YYYY-MM-DD', () => {
    expect(checkExternalCpd(valid)).toEqual({
      errors: [],
      entry: { activity: 'Trust study day', activity_date: '2026-03-27', hours: 6.5, kind: 'Participatory', learned: 'Falls', practice_change: '' },
    });
  });

  it('names each problem beside its field', () => {
    const { errors, entry } = checkExternalCpd({ ...valid, activity: '', day: '31', month: '2', hours: 'two', kind: '' });
    expect(entry).toBeNull();
    expect(errors.map((e) => e.field)).toEqual(['activity', 'date-day', 'hours', 'kind']);
  });

  it("points the database's refusals at the field they are about", () => {
    expect(refusedField('Enter the date of the activity: today or in the last 10 years.')).toBe('date-day');
    expect(refusedField('Enter the hours as a number from 0.25 to 200, in quarter hours.')).toBe('hours');
  });
});
