// The profile form: what a person may say about themself, checked before it reaches the database. Optional fields
// left blank are saved as null.
import { z } from 'zod';
import { fullName } from '#lib/auth/validate.ts';
import { formText } from './form-text.ts';
import { fieldLimits } from '#lib/field-limits.ts';
import { registrationBodies } from '#lib/vocabularies.ts';

export { registrationBodies };

const limits = fieldLimits.profile;

const optional = (label: string, max: number) =>
  formText(`Enter your ${label.toLowerCase()}`, label)
    .max(max, `${label} must be ${max} characters or fewer`)
    .optional()
    .transform((value) => value || null);

export const profileForm = z.object({
  full_name: fullName,
  profession: optional('Profession', limits.profession),
  trust: optional('Organisation', limits.organisation),
  registration_body: z
    .union([z.literal(''), z.enum(registrationBodies)], { error: 'Choose a registration body from the list' })
    .optional()
    .transform((body) => body || null),
  registration_number: formText('Enter your registration number', 'Registration number')
    .toUpperCase()
    .regex(
      new RegExp(`^([A-Z0-9]{4,${limits.registrationNumber}})?$`),
      `Registration number must be 4 to ${limits.registrationNumber} letters and numbers, with no spaces`,
    )
    .optional()
    .transform((number) => number || null),
});

export type ProfileInput = z.output<typeof profileForm>;
