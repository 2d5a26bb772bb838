/**
 * A spinner on a terminal while slow work runs (RSA generation, PBKDF2 on a
 * slow machine). Nothing at all is written when the stream is not a
 * terminal, when `NO_COLOR` is set or `TERM=dumb`, or when the work ends
 * before `delayMs` (default 500 ms): pipes and logs never see it.
 * @module
 */

/** Where the spinner goes: anything with a synchronous byte write. */
export interface ProgressStream {
  /** Writes bytes; returns how many were written (as `Deno.stderr.writeSync`). */
  writeSync(bytes: Uint8Array): number;
}

/** Options of {@link withProgress}. */
export interface ProgressOptions {
  /** Default: `Deno.stderr` when running in Deno, else nothing is written. */
  stream?: ProgressStream;
  /** Default: `stream.isTerminal()` when it has one, else false. */
  isTerminal?: boolean;
  /** Environment lookup, for NO_COLOR and TERM; default: `Deno.env.get` when allowed. */
  env?: (name: string) => string | undefined;
  /** Wait this long before showing anything (ms; default 500). */
  delayMs?: number;
  /** Time between frames (ms; default 100). */
  intervalMs?: number;
}

const FRAMES = ["|", "/", "-", "\\"];

type DenoLike = {
  stderr?: ProgressStream & { isTerminal?: () => boolean };
  env?: { get(name: string): string | undefined };
  permissions?: { querySync?(d: { name: "env"; variable: string }): { state: string } };
};

function denoEnv(name: string): string | undefined {
  const deno = (globalThis as { Deno?: DenoLike }).Deno;
  try {
    // Ask without prompting: a spinner is not worth a permission prompt.
    if (deno?.permissions?.querySync?.({ name: "env", variable: name }).state !== "granted") {
      return undefined;
    }
    return deno?.env?.get(name);
  } catch {
    return undefined;
  }
}

/**
 * Resolves to `work`'s result; while it is pending for longer than
 * `delayMs`, shows `label` and a spinner on a terminal, and clears the line
 * when it settles (also on rejection).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { withProgress } from "./progress.ts";
 * const n = await withProgress("Generating key", Promise.resolve(42));
 * assert.ok(n === 42);
 * ```
 */
export async function withProgress<T>(
  label: string,
  work: Promise<T>,
  opts: ProgressOptions = {},
): Promise<T> {
  const deno = (globalThis as { Deno?: DenoLike }).Deno;
  const stream = opts.stream ?? deno?.stderr;
  if (!stream) return await work;
  const env = opts.env ?? denoEnv;
  let terminal = opts.isTerminal;
  if (terminal === undefined) {
    const s = stream as { isTerminal?: () => boolean };
    terminal = typeof s.isTerminal === "function" ? s.isTerminal() : false;
  }
  const noColor = env("NO_COLOR");
  if (!terminal || (noColor !== undefined && noColor !== "") || env("TERM") === "dumb") {
    return await work;
  }
  const enc = new TextEncoder();
  const write = (s: string) => {
    try {
      stream.writeSync(enc.encode(s));
    } catch {
      // A spinner must never break the work.
    }
  };
  let frame = 0;
  let shown = false;
  let interval: ReturnType<typeof setInterval> | undefined;
  const draw = () => {
    shown = true;
    write(`\r${FRAMES[frame++ % FRAMES.length]} ${label}...`);
  };
  const delay = setTimeout(() => {
    draw();
    interval = setInterval(draw, opts.intervalMs ?? 100);
  }, opts.delayMs ?? 500);
  try {
    return await work;
  } finally {
    clearTimeout(delay);
    if (interval !== undefined) clearInterval(interval);
    // Carriage return, erase the line: the cursor is back where it was.
    if (shown) write("\r\x1b[2K");
  }
}
