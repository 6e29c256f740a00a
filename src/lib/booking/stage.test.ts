import { describe, expect, it } from 'vitest';
import { bookingActions, bookingStage } from './stage.ts';

const dates = { start: '2026-11-09', end: '2026-11-13' };

describe('bookingStage', () => {
  it('is upcoming before the first day, running through the last, past after', () => {
    expect(bookingStage(dates, '2026-11-08')).toBe('upcoming');
    expect(bookingStage(dates, '2026-11-09')).toBe('running');
    expect(bookingStage(dates, '2026-11-13')).toBe('running');
    expect(bookingStage(dates, '2026-11-14')).toBe('past');
  });
});

describe('bookingActions', () => {
  it('offers cancelling only before the start, and the calendar only for a place on dates still to come or running', () => {
    expect(bookingActions('confirmed', 'upcoming')).toEqual({ cancel: true, calendar: true });
    expect(bookingActions('confirmed', 'running')).toEqual({ cancel: false, calendar: true });
    expect(bookingActions('confirmed', 'past')).toEqual({ cancel: false, calendar: false });
    expect(bookingActions('waitlisted', 'upcoming')).toEqual({ cancel: true, calendar: false });
    expect(bookingActions('waitlisted', 'past')).toEqual({ cancel: false, calendar: false });
  });
});
