// The "Mark as useful" button's form: add or remove the mark, and the page to go back to.
import { z } from 'zod';
import { safeNext } from '#lib/auth/safe-next.ts';

export const usefulForm = z.object({
  action: z.enum(['add', 'remove'], 'Choose to mark the resource useful or to remove your mark.'),
  next: z.unknown().transform((next) => safeNext(typeof next === 'string' ? next : '', '/champions')),
});
