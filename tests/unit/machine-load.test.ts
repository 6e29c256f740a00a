// How many test files and browsers run at once, and how long their timeouts are, on a quiet or a busy machine.
import { describe, expect, it } from 'vitest';
import { e2eSettings, vitestWorkers } from '../machine-load.ts';

describe('end-to-end settings from the machine load', () => {
  it('runs two workers with the usual timeouts on a quiet machine with two cores', () => {
    expect(e2eSettings({ cores: 2, load: [0.2, 0.4], busy: 0.1 })).toEqual({ workers: 2, slowness: 1 });
  });

  it('runs one worker when less than one and a half cores are free now, whatever the load averages say', () => {
    expect(e2eSettings({ cores: 2, load: [0.2, 0.3], busy: 0.6 })).toEqual({ workers: 1, slowness: 1 });
    expect(e2eSettings({ cores: 2, load: [1.9, 1.2], busy: 0.1 })).toEqual({ workers: 2, slowness: 1 });
  });

  it('stretches the timeouts with the load per core, up to three times', () => {
    expect(e2eSettings({ cores: 2, load: [4, 3], busy: 2 })).toEqual({ workers: 1, slowness: 2 });
    expect(e2eSettings({ cores: 2, load: [11, 9], busy: 2 })).toEqual({ workers: 1, slowness: 3 });
  });

  it('never runs more workers than cores, however quiet', () => {
    expect(e2eSettings({ cores: 1, load: [0, 0], busy: 0 }).workers).toBe(1);
    expect(e2eSettings({ cores: 16, load: [0, 0], busy: 0 }).workers).toBe(2);
  });

  it('takes E2E_WORKERS and E2E_SLOWNESS over the load', () => {
    expect(e2eSettings({ cores: 2, load: [11, 9], busy: 2 }, { E2E_WORKERS: '2', E2E_SLOWNESS: '1.5' })).toEqual({
      workers: 2,
      slowness: 1.5,
    });
  });
});

describe('vitest workers from the machine load', () => {
  it('runs one file more than the cores on a quiet machine', () => {
    expect(vitestWorkers({ cores: 2, load: [0.2, 0.4], busy: 0.1 })).toBe(3);
    expect(vitestWorkers({ cores: 8, load: [1, 1], busy: 1 })).toBe(9);
  });

  it('runs one file at a time when a quarter of the cores are busy now', () => {
    expect(vitestWorkers({ cores: 2, load: [0.2, 0.4], busy: 0.6 })).toBe(1);
    expect(vitestWorkers({ cores: 2, load: [20, 20], busy: 2 })).toBe(1);
  });
});
