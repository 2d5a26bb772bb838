/**
 * Runs the CLI as a user does, for the tests of the commands that print to
 * standard output (public, thumbprint, completion): a subprocess with
 * explicit permissions, standard input piped (or closed), and checks for the
 * project's rule on failures: exactly one `error:` line, nothing on stdout.
 * @module
 */
import assert from "node:assert/strict";

/** The CLI's entry file. */
export const CLI = new URL("../cli.ts", import.meta.url).pathname;

/**
 * The folder of the CLI's code as it runs (bundle/): run from a checkout, the
 * CLI loads a command's bundle when it runs, and Deno wants read permission
 * for it.
 */
export const CODE = new URL("../bundle", import.meta.url).pathname;

/** `--allow-read=` for `paths` and the CLI's own modules (the narrowest that works). */
export function readGrant(...paths: string[]): string {
  return `--allow-read=${[...paths, CODE].join(",")}`;
}

/** What a run gave. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options of {@link runCli}. */
export interface RunOptions {
  /** Bytes or text for standard input; without it, standard input is closed. */
  stdin?: string | Uint8Array;
  /** Working folder. */
  cwd?: string;
  /** Deno permission flags (default: --allow-read). */
  perms?: string[];
}

/** Runs `deno run PERMS cli.ts ...args`. */
export async function runCli(args: string[], options: RunOptions = {}): Promise<CliRun> {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "--no-prompt", ...(options.perms ?? ["--allow-read"]), CLI, ...args],
    cwd: options.cwd,
    stdin: options.stdin === undefined ? "null" : "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  if (options.stdin !== undefined) {
    const w = child.stdin.getWriter();
    const data = typeof options.stdin === "string"
      ? new TextEncoder().encode(options.stdin)
      : options.stdin;
    // The CLI may stop reading early (an input too large): a broken pipe is fine.
    await w.write(data).catch(() => {});
    await w.close().catch(() => {});
  }
  const o = await child.output();
  const dec = new TextDecoder();
  return { code: o.code, stdout: dec.decode(o.stdout), stderr: dec.decode(o.stderr) };
}

/** What a run gave, standard output as bytes (DER, PEM, files piped on). */
export interface CliBytesRun {
  code: number;
  stdout: Uint8Array;
  stderr: string;
}

/**
 * Runs the CLI with read and write granted on `dir` only (as the narrowest
 * documented grant), standard input from `stdin` or closed.
 */
export async function runCliIn(
  dir: string,
  args: string[],
  stdin?: Uint8Array,
): Promise<CliBytesRun> {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "--no-prompt", readGrant(dir), `--allow-write=${dir}`, CLI, ...args],
    stdin: stdin === undefined ? "null" : "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  if (stdin !== undefined) {
    const w = child.stdin.getWriter();
    await w.write(stdin).catch(() => {});
    await w.close().catch(() => {});
  }
  const o = await child.output();
  return { code: o.code, stdout: o.stdout, stderr: new TextDecoder().decode(o.stderr) };
}

/** Asserts a successful run with nothing on stderr; returns stdout. */
export function ok(r: CliRun, what: string): string {
  assert.equal(r.code, 0, `${what}: exit ${r.code}, stderr: ${r.stderr}`);
  assert.equal(r.stderr, "", `${what}: stderr should be empty`);
  return r.stdout;
}

/**
 * Asserts a refusal: exit 1, stdout empty, stderr exactly one `error:` line
 * matching `pattern`, and none of `secrets` anywhere in the output.
 */
export function refused(r: CliRun, pattern: RegExp, what: string, secrets: string[] = []): void {
  assert.equal(r.code, 1, `${what}: exit ${r.code}, stderr: ${r.stderr}`);
  assert.equal(r.stdout, "", `${what}: stdout should be empty`);
  assert.match(r.stderr, /^error: [^\n]+\n$/, `${what}: one error line, got: ${r.stderr}`);
  assert.match(r.stderr, pattern, what);
  for (const s of secrets) {
    assert.ok(s.length >= 8 && !r.stderr.includes(s), `${what}: a secret is in the message`);
  }
}
