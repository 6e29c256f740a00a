import { describe, expect, it } from 'vitest';
import { completionGate } from '../../src/lib/learning/completion-gate.ts';

describe('completionGate', () => {
  const today = '2027-01-20';
  it('is open with a confirmed place on a cohort that has started, today included', () => {
    expect(completionGate([{ startsOn: '2027-01-20', myStatus: 'confirmed' }], today)).toEqual({ open: true });
    expect(completionGate([{ startsOn: '2027-03-01', myStatus: 'confirmed' }, { startsOn: '2026-11-09', myStatus: 'confirmed' }], today)).toEqual({ open: true });
  });

  it('says when the soonest confirmed place starts', () => {
    expect(completionGate([{ startsOn: '2027-05-17', myStatus: 'confirmed' }, { startsOn: '2027-02-08', myStatus: 'confirmed' }], today))
      .toEqual({ open: false, reason: 'not-started', startsOn: '2027-02-08' });
  });

  it('asks for a place when there is none, or only a waiting-list one', () => {
    expect(completionGate([], today)).toEqual({ open: false, reason: 'no-place' });
    expect(completionGate([{ startsOn: '2027-01-01', myStatus: 'waitlisted' }, { startsOn: '2027-01-02', myStatus: null }], today))
      .toEqual({ open: false, reason: 'no-place' });
  });
});
