import { z } from 'astro/zod';

/** A programme page: about the programme and its projects. */
export const pageSchema = z.object({
  title: z.string().min(3).describe('The page title, at least 3 characters.'),
  summary: z.string().min(10).describe('One or two sentences shown in the programme menu and search results.'),
  order: z.number().int().positive().describe('Position in the programme menu, from 1.'),
});
