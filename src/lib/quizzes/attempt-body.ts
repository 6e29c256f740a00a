// What the quiz island posts to /api/quizzes/<quiz>/attempts: each question id with the option ids chosen.
import { z } from 'zod';

const shape = 'Send your answers as an object of question ids, each with the list of option ids you chose.';

/** An id as the quiz gives it: no control characters (the database cannot store a NUL), at most 200 characters. */
const id = z
  .string({ error: shape })
  .max(200, { error: shape })
  .regex(/^[^\p{Cc}]*$/u, { error: shape });

export const attemptBody = z.object(
  {
    answers: z.record(id, z.array(id, { error: shape }).max(100, { error: shape }), { error: shape }),
  },
  { error: shape },
);
