import { describe, expect, it } from 'vitest';
import { bookingReference } from './reference.ts';

describe('bookingReference', () => {
  it('is the start of the booking id, upper case, in two groups of four', () => {
    expect(bookingReference('3f2a9c1d-0b7e-4c1a-9f00-1234567890ab')).toBe('3F2A-9C1D');
  });

  it('refuses what is not a booking id', () => {
    expect(() => bookingReference('not-an-id')).toThrow(/Not a booking id/);
  });
});
