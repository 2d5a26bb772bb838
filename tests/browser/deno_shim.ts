/**
 * Evaluated first in the browser bundle of library checks: a stand-in for
 * `Deno.test` that only records the tests. runner.ts removes it before any
 * test runs, so the library sees a browser, not Deno.
 * @module
 */

/** A test as Deno.test registers it. */
export interface RecordedTest {
  /** Its name. */
  name: string;
  /** Its body. */
  fn: (t: unknown) => unknown;
  /** Whether it is ignored. */
  ignore: boolean;
}

/** Every test registered so far. */
export const recorded: RecordedTest[] = [];

type Fn = (t: unknown) => unknown;
type Options = { name?: string; fn?: Fn; ignore?: boolean };

function test(a: string | Options | Fn, b?: Options | Fn, c?: Fn): void {
  if (typeof a === "function") {
    recorded.push({ name: a.name, fn: a, ignore: false });
  } else if (typeof a === "string") {
    const fn = (typeof b === "function" ? b : c)!;
    const options = typeof b === "object" ? b : {};
    recorded.push({ name: a, fn, ignore: options.ignore === true });
  } else {
    const fn = (typeof b === "function" ? b : a.fn)!;
    recorded.push({ name: a.name ?? fn.name, fn, ignore: a.ignore === true });
  }
}

(globalThis as Record<string, unknown>).Deno = { test };

// The browser port of Node's assert (npm `assert`, through npm `util`) reads
// `process.env` when it loads and `process.nextTick` later; the library itself
// never looks at `process`.
(globalThis as Record<string, unknown>).process ??= {
  env: {},
  nextTick: (fn: (...args: unknown[]) => void, ...args: unknown[]) =>
    queueMicrotask(() => fn(...args)),
};
