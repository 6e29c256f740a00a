import { describe, expect, it } from 'vitest';
import { clashes } from '#lib/booking/clashes.ts';

const days = (...dates: string[]) => dates.map((date) => ({ date }));

describe('clashes', () => {
  const fiveDay = {
    title: 'Mental health skills, January 2027',
    sessions: days('2027-01-11', '2027-01-12', '2027-01-13', '2027-01-14', '2027-01-15'),
  };

  it('finds another place with a session on the same day, and names its first shared day', () => {
    const threeWeek = { title: 'Mental health skills in depth, January 2027', sessions: days('2027-01-26', '2027-01-12', '2027-01-19') };
    expect(clashes(fiveDay, [threeWeek])).toEqual([{ title: 'Mental health skills in depth, January 2027', date: '2027-01-12' }]);
  });

  it('finds nothing when the dates only fall in the same weeks', () => {
    expect(clashes(fiveDay, [{ title: 'Other', sessions: days('2027-01-16', '2027-01-19') }])).toEqual([]);
    expect(clashes(fiveDay, [])).toEqual([]);
  });
});
