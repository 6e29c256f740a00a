// The forms to apply to be a champion and to join the pharmacy network, and the queues' decisions on them.
import { describe, expect, it } from 'vitest';
import { readForm } from '#lib/forms.ts';
import { championApplicationForm } from '#lib/champions/application.ts';
import { networkApplicationForm } from '#lib/network/membership.ts';
import { applicationDecisionForm } from '#lib/applications.ts';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const someone = 'a0000000-0000-4000-8000-000000000001';

describe('applying to be a champion', () => {
  it('accepts a trust of the three, a job title and a sentence or two, trimmed', () => {
    expect(
      readForm(
        championApplicationForm,
        form({ trust: "King's College Hospital", job_role: ' Staff nurse ', motivation: 'Run a monthly huddle on delirium.' }),
      ),
    ).toEqual({
      ok: true,
      data: { trust: "King's College Hospital", job_role: 'Staff nurse', motivation: 'Run a monthly huddle on delirium.' },
    });
  });

  it('refuses an empty form field by field, and a NUL character', () => {
    expect(readForm(championApplicationForm, form({}))).toEqual({
      ok: false,
      errors: [
        { field: 'trust', message: 'Choose the trust you work for' },
        { field: 'job_role', message: 'Enter your job title' },
        { field: 'motivation', message: 'Say in a sentence or two what you would do as a champion' },
      ],
    });
    const long = readForm(
      championApplicationForm,
      form({ trust: 'Barts Health', job_role: 'x'.repeat(121), motivation: 'x'.repeat(1001) }),
    );
    expect(long.ok ? [] : long.errors.map((e) => e.message)).toEqual([
      'Choose the trust you work for',
      'Job title must be 120 characters or fewer',
      'Keep what you would do to 1,000 characters or fewer',
    ]);
    const nul = readForm(
      championApplicationForm,
      form({ trust: "Guy's and St Thomas'", job_role: 'Nurse\u0000', motivation: 'Run a monthly huddle.' }),
    );
    expect(nul).toEqual({ ok: false, errors: [{ field: 'job_role', message: 'Remove the hidden NUL character from the job title' }] });
  });
});

describe('applying to join the pharmacy network', () => {
  it('accepts a 7-digit GPhC number, spaces removed', () => {
    const read = readForm(
      networkApplicationForm,
      form({ trust: 'South London and Maudsley', job_role: 'Pharmacist', gphc_number: '207 1234' }),
    );
    expect(read).toEqual({ ok: true, data: { trust: 'South London and Maudsley', job_role: 'Pharmacist', gphc_number: '2071234' } });
  });

  it('refuses a GPhC number that is not 7 digits', () => {
    expect(
      readForm(networkApplicationForm, form({ trust: 'South London and Maudsley', job_role: 'Pharmacist', gphc_number: '12345' })),
    ).toEqual({
      ok: false,
      errors: [{ field: 'gphc_number', message: 'Enter your GPhC registration number: 7 digits, for example 2071234' }],
    });
  });
});

describe('a decision from a queue', () => {
  it('reads the applicant from the field the queue names, with approve or decline', () => {
    expect(
      readForm(applicationDecisionForm('member'), form({ member: someone, decision: 'decline', reason: ' Not a pharmacist ' })),
    ).toEqual({ ok: true, data: { applicant: someone, approve: false, reason: 'Not a pharmacist' } });
  });

  it('refuses an applicant id that is not one, a decision that is neither, and a reason over 500 characters', () => {
    const read = readForm(applicationDecisionForm('applicant'), form({ applicant: 'x', decision: 'maybe', reason: 'r'.repeat(501) }));
    expect(read.ok ? [] : read.errors.map((e) => e.message)).toEqual([
      'This application is no longer in the queue. Reload the page.',
      'Choose approve or decline.',
      'Keep the reason to 500 characters or fewer.',
    ]);
  });
});
