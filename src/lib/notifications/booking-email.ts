// The e-mail a learner gets when their booking changes, with the cohort's sessions as a calendar file when they have a place.
import { calendarFileName, cohortCalendar, type CohortSession } from '#lib/calendar/cohort-calendar.ts';
import { longDate } from '#lib/dates.ts';
import { letter, type Email } from './email.ts';

export type BookingNotice = 'booking_confirmed' | 'booking_waitlisted' | 'booking_promoted' | 'booking_cancelled' | 'booking_reminder';

export interface BookingEmailInput {
  kind: BookingNotice;
  learnerName: string;
  courseTitle: string;
  cohortId: string;
  cohortTitle: string;
  facilitator: string;
  sessions: CohortSession[];
  waitlistPosition: number | null;
  siteUrl: string;
  courseId: string;
}

const headlines: Record<BookingNotice, (i: BookingEmailInput) => string> = {
  booking_confirmed: (i) => `You have a place on ${i.courseTitle}, ${i.cohortTitle}.`,
  booking_promoted: (i) => `A place has come free and it is yours: ${i.courseTitle}, ${i.cohortTitle}.`,
  booking_waitlisted: (i) =>
    `${i.courseTitle}, ${i.cohortTitle}, is full. You are number ${i.waitlistPosition} on the waiting list. We will e-mail you if a place comes free.`,
  booking_cancelled: (i) => `Your booking for ${i.courseTitle}, ${i.cohortTitle}, is cancelled.`,
  booking_reminder: (i) => `${i.courseTitle}, ${i.cohortTitle}, starts on ${longDate(i.sessions[0]!.date)}. We look forward to seeing you.`,
};

const subjects: Record<BookingNotice, string> = {
  booking_confirmed: 'Your place is booked',
  booking_promoted: 'You have a place: off the waiting list',
  booking_waitlisted: 'You are on the waiting list',
  booking_cancelled: 'Your booking is cancelled',
  booking_reminder: 'Your course starts soon',
};

function sessionLine(s: CohortSession): string {
  const where =
    s.place.kind === 'site' ? `${s.place.name}, ${s.place.address}` : `Online: ${s.place.name}${s.place.link ? ` (${s.place.link})` : ''}`;
  return `- ${longDate(s.date)}, ${s.start} to ${s.end}${s.title ? `: ${s.title}` : ''}\n  ${where}`;
}

export function bookingEmail(input: BookingEmailInput): Email {
  const courseUrl = `${input.siteUrl}/courses/${input.courseId}`;
  const hasPlace = input.kind === 'booking_confirmed' || input.kind === 'booking_promoted' || input.kind === 'booking_reminder';
  const lines = [headlines[input.kind](input)];
  if (hasPlace) {
    lines.push(
      '',
      'Your sessions (UK time):',
      ...input.sessions.map(sessionLine),
      '',
      'The calendar file attached adds every session to your calendar. You can also download it from My learning.',
    );
  }
  if (input.kind !== 'booking_cancelled') {
    lines.push(
      '',
      `If you cannot come, please cancel from My learning so that someone on the waiting list can have your place: ${input.siteUrl}/my-learning`,
    );
  }
  lines.push('', `Course page: ${courseUrl}`);

  const attachments = hasPlace
    ? [
        {
          filename: calendarFileName(input.cohortId),
          contentType: 'text/calendar; charset=utf-8',
          content: cohortCalendar({
            cohortId: input.cohortId,
            cohortTitle: input.cohortTitle,
            courseTitle: input.courseTitle,
            courseUrl,
            facilitator: input.facilitator,
            sessions: input.sessions,
          }),
        },
      ]
    : [];
  return { subject: `${subjects[input.kind]}: ${input.courseTitle}`, body: letter(input.learnerName, lines), attachments };
}
