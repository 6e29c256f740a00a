// Access to the pages learners use: courses, bookings, quizzes, their learning record and their account.
import type { RouteTable } from '#lib/auth/route-access.ts';

export const learningRoutes: RouteTable = {
  // Anyone: the courses, lessons and quizzes (signed out, they offer to sign in), signing in and up, checking a
  // certificate, and the pages the site shows when something goes wrong.
  '/courses/[course]': 'public',
  '/courses/[...lesson]': 'public',
  '/quizzes/[quiz]': { read: 'public', post: 'signed-in' },
  '/sign-in': 'public',
  '/sign-up': 'public',
  '/sign-out': 'public',
  '/forgot-password': 'public',
  '/auth/confirm': 'public',
  '/account/deleted': 'public',
  '/verify': 'public',
  '/verify/[code]': 'public',
  '/forbidden': 'public',
  '/request-refused': 'public',
  '/service-unavailable': 'public',
  '/500': 'public',

  // Anyone signed in: their own account, bookings, progress, quiz attempts, certificates and CPD record.
  '/account': 'signed-in',
  '/account/password': 'signed-in',
  '/account/delete': 'signed-in',
  '/account/data.json': 'signed-in',
  '/bookings': 'signed-in',
  '/bookings/new': 'signed-in',
  '/bookings/[id]': 'signed-in',
  '/bookings/[id]/cancel': 'signed-in',
  '/bookings/[id]/calendar.ics': 'signed-in',
  '/certificates/[id].pdf': 'signed-in',
  '/courses/[course]/complete': 'signed-in',
  '/progress': 'signed-in',
  '/reflections': 'signed-in',
  '/api/quizzes/[quiz]/attempts': 'signed-in',
  '/my-learning': 'signed-in',
  '/my-learning/cpd': 'signed-in',
  '/my-learning/cpd/add': 'signed-in',
  '/my-learning/cpd.csv': 'signed-in',
  '/my-learning/cpd.pdf': 'signed-in',
};
