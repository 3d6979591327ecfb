// Requests the simulator considers wrong: spec violations found by the OpenAPI checks and
// requests a correct client would never send. Test harnesses assert the list is empty after
// each test, so a client bug fails the test even when the simulator answered it gracefully.

export interface Violation {
  method: string;
  path: string;
  message: string;
}

export interface Violations {
  /** The live list; cleared in place so references stay valid. */
  readonly list: Violation[];
  add(method: string, path: string, message: string): void;
  /** Returns the recorded violations and forgets them. */
  take(): Violation[];
}

export function createViolations(): Violations {
  const list: Violation[] = [];
  return {
    list,
    add(method, path, message) {
      list.push({ method, path, message });
    },
    take() {
      return list.splice(0, list.length);
    },
  };
}
