// What makes a test fail when the code under test sent Jira something the official OpenAPI spec
// does not allow, called a deprecated operation, or when the simulator answered off-spec.
import type { Violation } from './violations.ts';

interface HasViolations {
  takeViolations(): Violation[];
}

export class SpecViolationError extends Error {
  readonly violations: Violation[];
  constructor(violations: Violation[]) {
    super(
      `${violations.length} request(s) or response(s) broke the Jira OpenAPI spec:\n` +
        violations.map((v) => `  ${v.method} ${v.path}: ${v.message}`).join('\n'),
    );
    this.name = 'SpecViolationError';
    this.violations = violations;
  }
}

/** Call after each test (afterEach); throws, and so fails that test, when anything was recorded. */
export function expectNoViolations(sim: HasViolations): void {
  const violations = sim.takeViolations();
  if (violations.length > 0) throw new SpecViolationError(violations);
}
