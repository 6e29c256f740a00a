// The profile form: what a person may say about themself, checked before it reaches the database.
import type { FieldError } from './forms.ts';
import { field } from './auth/validate.ts';

export const registrationBodies = ['NMC', 'GMC', 'GPhC', 'HCPC', 'other'] as const;

export interface ProfileInput {
  full_name: string;
  profession: string | null;
  trust: string | null;
  registration_body: (typeof registrationBodies)[number] | null;
  registration_number: string | null;
}

export function checkProfile(form: FormData): { errors: FieldError[]; values: ProfileInput } {
  const body = field(form, 'registration_body');
  const values: ProfileInput = {
    full_name: field(form, 'full_name'),
    profession: field(form, 'profession') || null,
    trust: field(form, 'trust') || null,
    registration_body: (registrationBodies as readonly string[]).includes(body) ? (body as ProfileInput['registration_body']) : null,
    registration_number: field(form, 'registration_number').toUpperCase() || null,
  };
  const errors: FieldError[] = [];
  if (!values.full_name) errors.push({ field: 'full_name', message: 'Enter your full name' });
  else if (values.full_name.length > 120) errors.push({ field: 'full_name', message: 'Full name must be 120 characters or fewer' });
  if ((values.profession?.length ?? 0) > 80) errors.push({ field: 'profession', message: 'Profession must be 80 characters or fewer' });
  if ((values.trust?.length ?? 0) > 120) errors.push({ field: 'trust', message: 'Organisation must be 120 characters or fewer' });
  if (body && !values.registration_body) errors.push({ field: 'registration_body', message: 'Choose a registration body from the list' });
  if (values.registration_number && !/^[A-Z0-9]{4,20}$/.test(values.registration_number)) {
    errors.push({ field: 'registration_number', message: 'Registration number must be 4 to 20 letters and numbers, with no spaces' });
  }
  return { errors, values };
}
