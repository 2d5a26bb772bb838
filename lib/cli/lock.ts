/**
 * An exclusive lock for read-modify-write of a file that several processes
 * may change at once (a JWK Set that two `jwk keyset add`s update together):
 * without it, both read the same old set and the second write loses the
 * first key.
 *
 * The lock is an advisory `flock` on a lock file beside the target,
 * `.<name>.lock`, taken with `FsFile.tryLock` and retried with backoff until
 * a timeout. The kernel drops the lock when its holder exits in any way (a
 * SIGKILL included), so a dead process never leaves a stale lock, and there
 * is nothing to clean up. The lock file itself stays: deleting it while
 * another process waits on it would let two holders in, each with its own
 * file. Measured here (Deno 2.9.6, Linux): 16 processes doing
 * lock/read/write/rename/unlock at once lose no update; a holder killed with
 * SIGKILL releases at once; a second descriptor in the same process is
 * refused too, so tests can check it in-process.
 *
 * Deno permissions: read and write on the target's folder.
 * @module
 */
import { CliError, describe } from "./errors.ts";
import { basename, dirname, join } from "./paths.ts";

/** How long to wait for another process to finish, by default. */
export const LOCK_TIMEOUT_MS = 10_000;

/** Options of {@link withLock}. */
export interface LockOptions {
  /** Give up after this long (default {@link LOCK_TIMEOUT_MS}). */
  timeoutMs?: number;
}

/**
 * The lock file of `path`: hidden, beside it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { lockPath } from "./lock.ts";
 * assert.equal(lockPath("site/jwks.json"), "site/.jwks.json.lock");
 * ```
 */
export function lockPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.lock`);
}

/**
 * Opens (creating if needed) the lock file; refuses a symbolic link there.
 * Synchronous calls, here and for the lock itself (which never blocks): each
 * takes microseconds, and an asynchronous one waits for a thread of Deno's
 * pool, which on a busy machine took a millisecond or more.
 */
function openLockFile(lock: string, target: string): Deno.FsFile {
  try {
    if (Deno.lstatSync(lock).isSymlink) {
      throw new CliError(`cannot lock ${target}: ${lock} is a symbolic link`);
    }
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) {
      throw e instanceof CliError ? e : new CliError(`cannot lock ${target}: ${describe(e)}`);
    }
  }
  try {
    return Deno.openSync(lock, { read: true, write: true, create: true, mode: 0o600 });
  } catch (e) {
    throw new CliError(`cannot lock ${target}: cannot open ${lock}: ${describe(e)}`);
  }
}

/**
 * Runs `fn` while holding the exclusive lock of `path`, and releases it after
 * (also when `fn` throws). Waits for another holder with backoff (5 ms
 * doubling to 100 ms, with jitter); after the timeout, fails with one line
 * that says what to do.
 */
export async function withLock<T>(
  path: string,
  fn: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const lock = lockPath(path);
  const file = openLockFile(lock, path);
  try {
    const deadline = performance.now() + (options.timeoutMs ?? LOCK_TIMEOUT_MS);
    let pause = 5;
    for (;;) {
      let got: boolean;
      try {
        got = file.tryLockSync(true);
      } catch (e) {
        throw new CliError(`cannot lock ${path} (with ${lock}): ${describe(e)}`);
      }
      if (got) break;
      if (performance.now() >= deadline) {
        throw new CliError(
          `${path} is being changed by another process (it holds ${lock}): try again`,
        );
      }
      await new Promise((r) => setTimeout(r, pause * (0.5 + Math.random())));
      pause = Math.min(pause * 2, 100);
    }
    try {
      return await fn();
    } finally {
      try {
        file.unlockSync();
      } catch {
        // closing the file below releases it anyway
      }
    }
  } finally {
    file.close();
  }
}
