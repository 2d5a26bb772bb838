/**
 * The end of the browser bundle of library checks: takes the stand-in
 * `Deno` away again and exposes `globalThis.jwkLibChecks()`, which runs every
 * recorded test and reports the counts. A test that reaches for a Deno API
 * (ReferenceError on `Deno`) is counted as needing Deno, not as failed.
 * @module
 */
import { recorded } from "./deno_shim.ts";

delete (globalThis as Record<string, unknown>).Deno;

/** What one run reports back to the Deno test that drives the browser. */
export interface ChecksReport {
  /** Tests registered. */
  total: number;
  /** Tests that passed. */
  passed: number;
  /** Ignored by their own options. */
  ignored: number;
  /** Names of tests that need a Deno API. */
  needDeno: string[];
  /** Failed tests, with their messages. */
  failures: { name: string; message: string }[];
}

function needsDeno(e: unknown): boolean {
  return e instanceof ReferenceError && /\bDeno\b/.test(e.message);
}

async function run(): Promise<ChecksReport> {
  const report: ChecksReport = {
    total: recorded.length,
    passed: 0,
    ignored: 0,
    needDeno: [],
    failures: [],
  };
  for (const t of recorded) {
    if (t.ignore) {
      report.ignored++;
      continue;
    }
    const context = {
      name: t.name,
      step: async (name: unknown, fn?: (t: unknown) => unknown) => {
        const body = typeof name === "function" ? name : fn!;
        await body(context);
        return true;
      },
    };
    try {
      await t.fn(context);
      report.passed++;
    } catch (e) {
      if (needsDeno(e)) report.needDeno.push(t.name);
      else report.failures.push({ name: t.name, message: String((e as Error)?.message ?? e) });
    }
  }
  return report;
}

(globalThis as Record<string, unknown>).jwkLibChecks = run;
