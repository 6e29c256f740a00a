// Deleting an account asks for its e-mail address, typed again, so that one stray click deletes nothing.
import { z } from 'zod';
import { formText } from './form-text.ts';

export const wrongEmail = 'Type the e-mail address of your account to confirm';

export const deleteAccountForm = z.object({ confirm_email: formText(wrongEmail, 'E-mail address').min(1, wrongEmail) });
