// What the quiz island posts to /api/quizzes/<quiz>/attempts: each question id with the option ids chosen.
import { z } from 'zod';

const shape = 'Send your answers as an object of question ids, each with the list of option ids you chose.';

export const attemptBody = z.object({
  answers: z.record(z.string({ error: shape }).max(200, { error: shape }), z.array(z.string({ error: shape }).max(200, { error: shape }), { error: shape }).max(100, { error: shape }), { error: shape }),
}, { error: shape });
