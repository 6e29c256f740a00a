import { z } from 'zod';

/** A programme page: about the programme and its projects. */
export const pageSchema = z.object({
  title: z.string().min(3),
  summary: z.string().min(10),
  /** Position in the programme menu, from 1. */
  order: z.number().int().positive(),
});
