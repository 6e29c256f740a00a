import { describe, expect, it } from 'vitest';
import { calendarFileName, cohortCalendar, type CohortCalendarInput } from '#lib/calendar/cohort-calendar.ts';

const site = { kind: 'site' as const, name: 'Education Centre, Riverside Hospital', address: '1 Riverside Way, Leeds LS1 4AB' };
const input: CohortCalendarInput = {
  cohortId: '2027-01-5-day',
  cohortTitle: 'January 2027',
  courseTitle: 'Mental health skills for non-mental-health professionals',
  courseUrl: 'https://learning.example.nhs.uk/courses/mental-health-skills-5-day',
  facilitator: 'Dr Aoife Ní Bhriain',
  sessions: [
    { date: '2027-01-11', start: '09:30', end: '16:30', place: site },
    { date: '2027-01-12', start: '09:30', end: '16:30', title: 'Anxiety; panic, and worry', place: site },
    {
      date: '2027-07-14',
      start: '14:00',
      end: '15:30',
      title: 'Follow-up',
      place: {
        kind: 'online',
        name: 'Microsoft Teams',
        link: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abcdefghijklmnopqrstuvwxyz0123456789',
      },
    },
  ],
};
const stamp = new Date('2026-12-01T12:00:00Z');

/** Unfolds RFC 5545 continuation lines and returns the logical lines. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}
function events(ics: string): string[][] {
  const out: string[][] = [];
  let current: string[] | null = null;
  for (const line of unfold(ics)) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT' && current) {
      out.push(current);
      current = null;
    } else current?.push(line);
  }
  return out;
}
const prop = (event: string[], name: string) => event.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

describe('cohortCalendar', () => {
  const ics = cohortCalendar(input, stamp);
  const evs = events(ics);

  it('writes one VEVENT per session', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(evs).toHaveLength(input.sessions.length);
  });

  it('writes London wall-clock times with TZID in winter and in summer', () => {
    expect(prop(evs[0]!, 'DTSTART')).toBe('DTSTART;TZID=Europe/London:20270111T093000');
    expect(prop(evs[0]!, 'DTEND')).toBe('DTEND;TZID=Europe/London:20270111T163000');
    // 14:00 BST must stay 14:00 local, not become 13:00 (UTC) or 15:00.
    expect(prop(evs[2]!, 'DTSTART')).toBe('DTSTART;TZID=Europe/London:20270714T140000');
    expect(ics).not.toMatch(/DTSTART:\d{8}T\d{6}Z/);
    expect(prop(evs[0]!, 'DTSTAMP')).toBe('DTSTAMP:20261201T120000Z');
  });

  it('includes a VTIMEZONE for Europe/London with BST and GMT', () => {
    const lines = unfold(ics);
    const begin = lines.indexOf('BEGIN:VTIMEZONE');
    expect(begin).toBeGreaterThan(0);
    expect(begin).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
    expect(lines).toContain('TZID:Europe/London');
    expect(lines).toContain('TZNAME:BST');
    expect(lines).toContain('TZNAME:GMT');
  });

  it('gives stable UIDs and the expected summaries, locations and description', () => {
    expect(evs.map((e) => prop(e, 'UID'))).toEqual([
      'UID:2027-01-5-day-2027-01-11@mindbody-learning',
      'UID:2027-01-5-day-2027-01-12@mindbody-learning',
      'UID:2027-01-5-day-2027-07-14@mindbody-learning',
    ]);
    expect(cohortCalendar(input, stamp)).toBe(ics);
    expect(prop(evs[0]!, 'SUMMARY')).toBe('SUMMARY:Mental health skills for non-mental-health professionals: Day 1');
    expect(prop(evs[1]!, 'SUMMARY')).toBe(
      'SUMMARY:Mental health skills for non-mental-health professionals: Anxiety\\; panic\\, and worry',
    );
    expect(prop(evs[0]!, 'LOCATION')).toBe('LOCATION:Education Centre\\, Riverside Hospital\\n1 Riverside Way\\, Leeds LS1 4AB');
    expect(prop(evs[2]!, 'LOCATION')).toContain('LOCATION:Online (Microsoft Teams)\\nhttps://teams.microsoft.com/');
    const description = prop(evs[0]!, 'DESCRIPTION')!;
    expect(description).toContain('Facilitator: Dr Aoife Ní Bhriain');
    expect(description).toContain(`Course page: ${input.courseUrl}`);
    expect(unfold(ics)).toContain('X-WR-CALNAME:Mental health skills for non-mental-health professionals (January 2027)');
  });

  it('keeps UIDs unique when two sessions share a date', () => {
    const twice = cohortCalendar(
      { ...input, sessions: [input.sessions[0]!, { ...input.sessions[0]!, start: '18:00', end: '19:00' }] },
      stamp,
    );
    const uids = events(twice).map((e) => prop(e, 'UID'));
    expect(uids).toEqual(['UID:2027-01-5-day-2027-01-11@mindbody-learning', 'UID:2027-01-5-day-2027-01-11-1800@mindbody-learning']);
  });

  it('folds long lines at 75 octets with CRLF', () => {
    const physical = ics.split('\r\n');
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('names the file after the cohort', () => {
    expect(calendarFileName('2027-01-5-day')).toBe('mind-and-body-2027-01-5-day.ics');
    expect(calendarFileName('../Weird id')).toBe('mind-and-body-weird-id.ics');
  });
});
