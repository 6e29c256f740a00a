import { describe, expect, it } from 'vitest';
import { coursesRunBy, refusalOf } from '#lib/educator/access.ts';
import { seesCourseInsight } from '#lib/roles.ts';
import { bookingStatus, days, outOf, percent, percentValue, ukDateOf } from '#lib/educator/format.ts';
import { londonDay } from '#lib/dates.ts';

describe('percentages', () => {
  it('turns a rate into a percentage with at most one decimal place', () => {
    expect(percent(0.167)).toBe('16.7%');
    expect(percent(0.5)).toBe('50%');
    expect(percent(1)).toBe('100%');
    expect(percent(0)).toBe('0%');
    expect(percent(2 / 3)).toBe('66.7%');
    expect(percentValue(0.1234)).toBe(12.3);
  });

  it('says so when there is nothing to divide by', () => {
    expect(percent(null)).toBe('Not yet known');
    expect(percent(null, 'No one has booked yet')).toBe('No one has booked yet');
    expect(percentValue(undefined)).toBeNull();
    expect(percentValue(Number.NaN)).toBeNull();
  });
});

describe('days, dates and statuses', () => {
  it('writes days to complete', () => {
    expect(days(10)).toBe('10 days');
    expect(days(1)).toBe('1 day');
    expect(days(2.5)).toBe('2.5 days');
    expect(days(null)).toBe('No completions yet');
  });

  it('writes instants as London calendar days', () => {
    expect(londonDay('2026-05-31T23:30:00Z')).toBe('1 June 2026');
    expect(londonDay('2027-01-15T23:30:00Z')).toBe('15 January 2027');
    expect(ukDateOf('2026-05-31T23:30:00Z')).toBe('01/06/2026');
  });

  it('describes a booking', () => {
    expect(bookingStatus({ status: 'confirmed', waitlist_position: null })).toBe('Booked');
    expect(bookingStatus({ status: 'waitlisted', waitlist_position: 3 })).toBe('Waiting list (number 3)');
    expect(bookingStatus({ status: 'waitlisted', waitlist_position: null })).toBe('Waiting list');
    expect(outOf(3, 12)).toBe('3 of 12');
  });
});

describe('access', () => {
  const courses = [
    { id: 'five', educators: ['Educator@MindBody.example'] },
    { id: 'three', educators: ['someone@else.example'] },
  ];

  it('lets educators and admins in, and nobody else', () => {
    expect(seesCourseInsight({ roles: ['educator'] })).toBe(true);
    expect(seesCourseInsight({ roles: ['learner', 'admin'] })).toBe(true);
    expect(seesCourseInsight({ roles: ['learner', 'champion'] })).toBe(false);
  });

  it('finds the courses that list an educator, ignoring case; an admin sees every course', () => {
    expect(coursesRunBy(courses, { email: 'educator@mindbody.EXAMPLE', roles: ['educator'] }).map((c) => c.id)).toEqual(['five']);
    expect(coursesRunBy(courses, { email: 'new@mindbody.example', roles: ['educator'] })).toEqual([]);
    expect(coursesRunBy(courses, { email: 'educator@mindbody.example', roles: ['learner'] })).toEqual([]);
    expect(coursesRunBy(courses, { email: 'admin@mindbody.example', roles: ['admin'] }).map((c) => c.id)).toEqual(['five', 'three']);
  });

  it('turns a refusal into 403 and anything else into 503', () => {
    expect(refusalOf(null)).toBeNull();
    expect(refusalOf({ message: 'You can see the learners of the courses you run only.', hint: 'forbidden' })).toEqual({
      status: 403,
      message: 'You can see the learners of the courses you run only.',
    });
    expect(refusalOf({ message: 'TypeError: fetch failed' })?.status).toBe(503);
    expect(refusalOf({ message: 'TypeError: fetch failed' })?.message).not.toContain('fetch');
  });
});
