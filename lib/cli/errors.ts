/**
 * The command line's own error: a one-line message for stderr and the exit
 * code to end with, and the short reason a file operation failed. Library failures stay {@link JwkError}s; the CLI prints
 * both the same way (`error: <message>`).
 * @module
 */

/** The mark of a CliError, the same symbol in every copy of this module. */
const CLI_ERROR = Symbol.for("@jwk/jwk CliError");

/**
 * A failure of the command line (flags, files, permissions, prompts).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CliError } from "./errors.ts";
 * const e = new CliError("unknown flag '--kyt': did you mean '--kty'?");
 * assert.ok(e.exitCode === 1);
 * ```
 */
export class CliError extends Error {
  /** The process exit code this error ends with (> 0). */
  readonly exitCode: number;

  /** Creates an error with a one-line message and an exit code (default 1). */
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
    Object.defineProperty(this, CLI_ERROR, { value: true });
  }

  /**
   * `instanceof CliError` holds for a CliError made by any copy of this
   * module: each bundle of the command line (bundle/) has its own copy.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null &&
      (value as { [CLI_ERROR]?: unknown })[CLI_ERROR] === true;
  }
}

/** A short reason for a file system error, without the OS's decoration. */
export function describe(e: unknown): string {
  if (e instanceof Deno.errors.NotFound) return "no such file or folder";
  if (e instanceof Deno.errors.PermissionDenied) return "permission denied";
  if (e instanceof Deno.errors.IsADirectory) return "it is a folder";
  if (e instanceof Deno.errors.AlreadyExists) return "it already exists";
  if (e instanceof Deno.errors.NotADirectory) return "a folder in its path is a file";
  return e instanceof Error ? e.message.split("\n")[0] : String(e);
}
