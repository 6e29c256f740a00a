// Access to the pages learners use: courses, bookings, quizzes, their learning record and their account.
import type { RouteTable } from '../route-access.ts';

export const learningRoutes: RouteTable = {};
