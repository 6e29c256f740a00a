// An iCalendar (.ics) file of a booked cohort's sessions, in London wall-clock time.
import ical, { ICalCalendarMethod } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { TZDate } from '@date-fns/tz';
import { london } from '#lib/dates.ts';

export type SessionPlace = { kind: 'site'; name: string; address: string } | { kind: 'online'; name: string; link?: string };

export interface CohortSession {
  /** YYYY-MM-DD, London calendar date. */
  date: string;
  /** HH:mm, London wall-clock time. */
  start: string;
  end: string;
  title?: string;
  place: SessionPlace;
}

export interface CohortCalendarInput {
  cohortId: string;
  cohortTitle: string;
  courseTitle: string;
  courseUrl: string;
  facilitator: string;
  sessions: CohortSession[];
}

/** The download name, e.g. `mind-and-body-2027-01-5-day.ics`. */
export function calendarFileName(cohortId: string): string {
  const safe = cohortId
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `mind-and-body-${safe || 'cohort'}.ics`;
}

/** A London wall-clock time as a TZDate, which ical-generator writes as local time under TZID. */
function londonTime(date: string, time: string): TZDate {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) throw new Error(`Invalid session date or time: ${date} ${time}`);
  return new TZDate(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]), london);
}

function location(place: SessionPlace): { title: string; address?: string } {
  if (place.kind === 'site') return { title: place.name, address: place.address };
  const title = !place.name || /^online$/i.test(place.name.trim()) ? 'Online' : `Online (${place.name})`;
  return place.link ? { title, address: place.link } : { title };
}

function description(input: CohortCalendarInput, place: SessionPlace): string {
  const lines = [`${input.courseTitle}, ${input.cohortTitle}`, `Facilitator: ${input.facilitator}`];
  if (place.kind === 'online' && place.link) lines.push(`Joining link: ${place.link}`);
  if (place.kind === 'site') lines.push(`Venue: ${place.name}, ${place.address}`);
  lines.push(`Course page: ${input.courseUrl}`);
  return lines.join('\n');
}

/**
 * One VEVENT per session, with DTSTART/DTEND as `TZID=Europe/London` and a VTIMEZONE, so BST and GMT
 * are both right. UIDs are `<cohortId>-<date>@mindbody-learning`; a second session on the same date
 * gets its start time added (`-1400`) so UIDs stay unique and stable.
 * `stamp` (DTSTAMP) defaults to now; pass a fixed date for reproducible output.
 */
export function cohortCalendar(input: CohortCalendarInput, stamp: Date = new Date()): string {
  const cal = ical({
    name: `${input.courseTitle} (${input.cohortTitle})`,
    prodId: { company: 'Mind & Body Learning', product: 'Cohort calendar', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone name: DTSTAMP then stays in UTC, as RFC 5545 requires.
    timezone: { name: null, generator: getVtimezoneComponent },
  });

  const sessions = [...input.sessions].sort((a, b) => `${a.date}T${a.start}`.localeCompare(`${b.date}T${b.start}`));
  const days = [...new Set(sessions.map((s) => s.date))];
  const seen = new Set<string>();

  for (const session of sessions) {
    const uid = seen.has(session.date)
      ? `${input.cohortId}-${session.date}-${session.start.replace(':', '')}`
      : `${input.cohortId}-${session.date}`;
    seen.add(session.date);
    cal.createEvent({
      id: `${uid}@mindbody-learning`,
      start: londonTime(session.date, session.start),
      end: londonTime(session.date, session.end),
      timezone: london,
      stamp,
      summary: `${input.courseTitle}: ${session.title ?? `Day ${days.indexOf(session.date) + 1}`}`,
      location: location(session.place),
      description: description(input, session.place),
      url: input.courseUrl,
    });
  }
  return cal.toString();
}
