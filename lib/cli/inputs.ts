/**
 * Reading what a command is given: a file or `-` for standard input, never
 * more than a limit, and password files (trailing CR/LF removed, nothing
 * else). Standard input can feed only one thing per run; a second `-` is an
 * error rather than an empty read.
 * @module
 */
import { CliError, describe } from "./errors.ts";

/** Largest password file read, in bytes. */
export const MAX_PASSWORD_FILE = 64 * 1024;
/** Largest key file (JWK, JWK Set, PEM, DER, OpenSSH) read, in bytes. */
export const MAX_KEY_FILE = 1024 * 1024;

/** True when stdin is a terminal that can be asked questions. */
export function isInteractive(): boolean {
  return Deno.stdin.isTerminal();
}

/** What standard input was already used for in this run, if anything. */
let stdinUsedFor: string | undefined;

/** Reads all of standard input, refusing more than `limit` bytes. */
async function readStdin(limit: number, what: string): Promise<Uint8Array> {
  if (stdinUsedFor !== undefined) {
    throw new CliError(
      `${what} cannot come from standard input too: it already gave the ${stdinUsedFor}`,
    );
  }
  stdinUsedFor = what;
  const chunks: Uint8Array[] = [];
  let len = 0;
  const buf = new Uint8Array(64 * 1024);
  try {
    for (;;) {
      const n = await Deno.stdin.read(buf);
      if (n === null) break;
      len += n;
      if (len > limit) {
        for (const c of chunks) c.fill(0);
        throw new CliError(
          `${what} on standard input is larger than ${limit / 1024} KiB: refusing to read it`,
        );
      }
      chunks.push(buf.slice(0, n));
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read ${what} from standard input: ${describe(e)}`);
  } finally {
    buf.fill(0);
  }
  const out = new Uint8Array(len);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
    c.fill(0);
  }
  return out;
}

/**
 * Reads a file, or standard input when `path` is `-`, refusing more than
 * `limit` bytes. `what` names the input in messages ("key file").
 */
export function readInput(path: string, limit: number, what: string): Promise<Uint8Array> {
  return path === "-" ? readStdin(limit, what) : readLimited(path, limit, what);
}

/** Removes trailing CR and LF bytes (only those) from a password file's content. */
export function trimNewlines(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d)) end--;
  return bytes.subarray(0, end);
}

/**
 * A password from a file (or standard input for `-`): trailing CR/LF removed,
 * nothing else. An empty one is refused for a new password; one that opens
 * an input may be empty (`openssl pkcs12 -export -passout pass:` and pyca's
 * unencrypted PKCS#12 files carry an empty-password MAC). The caller zeroes
 * the bytes when done.
 */
export async function passwordFromFile(
  path: string,
  what: string,
  opens: "input" | "output" = "output",
): Promise<Uint8Array> {
  const raw = await readInput(path, MAX_PASSWORD_FILE, what);
  const pw = trimNewlines(raw);
  if (pw.length === 0 && opens === "output") {
    throw new CliError(
      `${what} ${
        path === "-" ? "on standard input" : path
      } is empty (after removing trailing newlines)`,
    );
  }
  return pw;
}

/**
 * Reads a small file (a password, say) without reading more than `limit`
 * bytes; a bigger file is refused with a clear message.
 *
 * The reads are synchronous: a command has nothing else to do meanwhile, and
 * an asynchronous read waits for a thread of Deno's pool to pick it up and to
 * hand it back, which on a busy machine cost more than the read.
 */
// deno-lint-ignore require-await
export async function readLimited(path: string, limit: number, what: string): Promise<Uint8Array> {
  let file: Deno.FsFile;
  try {
    file = Deno.openSync(path, { read: true });
  } catch (e) {
    throw new CliError(`cannot read ${what} ${path}: ${describe(e)}`);
  }
  // Chunks, not one buffer of `limit` bytes: zeroing a megabyte for a
  // 300-byte key cost more than the rest of a small command.
  const chunks: Uint8Array[] = [];
  const buf = new Uint8Array(Math.min(limit + 1, 64 * 1024));
  try {
    let len = 0;
    for (;;) {
      const n = file.readSync(buf);
      if (n === null) break;
      len += n;
      if (len > limit) {
        throw new CliError(
          `${what} ${path} is larger than ${limit / 1024} KiB: refusing to read it`,
        );
      }
      chunks.push(buf.slice(0, n));
    }
    const out = new Uint8Array(len);
    let off = 0;
    for (const c of chunks) {
      out.set(c, off);
      off += c.length;
    }
    return out;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read ${what} ${path}: ${describe(e)}`);
  } finally {
    buf.fill(0);
    for (const c of chunks) c.fill(0);
    file.close();
  }
}
