// The last lines of `npm test`: each step ok or FAIL, then tests and steps counted apart, so a step that failed
// without running tests (a typecheck, a build) is not reported as a failed test.

export interface StepResult {
  name: string;
  ok: boolean;
}

export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}

export function summary(steps: StepResult[], tests: TestCounts): { lines: string[]; ok: boolean } {
  const failedSteps = steps.filter((s) => !s.ok);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines = [
    ...steps.map((s) => `${s.ok ? 'ok  ' : 'FAIL'}  ${s.name}`),
    '',
    `Tests: ${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped`,
    `Steps: ${steps.length - failedSteps.length} ok, ${failedSteps.length} failed` +
      (failedSteps.length ? ` (${failedSteps.map((s) => s.name).join('; ')})` : ''),
  ];
  if (failedSteps.length && tests.failed === 0) lines.push(`No test failed, but ${plural(failedSteps.length, 'step')} did: see above.`);
  return { lines, ok: failedSteps.length === 0 && tests.failed === 0 };
}
