// What the webinar player posts to /api/webinars/<id>/progress: the ranges of seconds actually played.
import { z } from 'zod';

const shape = 'Send the watched ranges as a list of [start, end] pairs of seconds, at most 1,000 of them.';
const seconds = z.number({ error: shape });

export const progressBody = z.object(
  {
    ranges: z.array(z.tuple([seconds, seconds], { error: shape }), { error: shape }).max(1000, { error: shape }),
  },
  { error: shape },
);
