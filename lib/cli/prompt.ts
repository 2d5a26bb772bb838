/**
 * Terminal questions for the CLI: a secret typed without echo (the terminal
 * is put in raw mode, nothing typed is shown), and a y/n question. Prompts go
 * to stderr so that stdout stays clean.
 * @module
 */
import { CliError } from "./errors.ts";

/** Longest secret accepted from the terminal, in bytes. */
export const MAX_SECRET_BYTES = 64 * 1024;

const encoder = new TextEncoder();
/** Bytes read from stdin but not used yet (a fast typist sends several lines at once). */
let pending: Uint8Array = new Uint8Array(0);

// Where it lives (inputs.ts), so that a command that only may ask does not
// load the prompts to find out.
export { isInteractive } from "./inputs.ts";

function say(text: string): void {
  const bytes = encoder.encode(text);
  let off = 0;
  while (off < bytes.length) off += Deno.stderr.writeSync(bytes.subarray(off));
}

/** Next byte of stdin, or null at end of input. */
async function readByte(): Promise<number | null> {
  if (pending.length === 0) {
    const buf = new Uint8Array(256);
    const n = await Deno.stdin.read(buf);
    if (n === null || n === 0) return null;
    pending = buf.slice(0, n);
    buf.fill(0);
  }
  const b = pending[0];
  pending[0] = 0;
  pending = pending.subarray(1);
  return b;
}

/**
 * Asks for a secret on the terminal without echo. Backspace and Ctrl-U edit,
 * Enter ends, Ctrl-C (exit 130) and Ctrl-D on an empty line abort. The caller
 * should zero the returned bytes when done.
 */
export async function readSecret(prompt: string): Promise<Uint8Array> {
  say(prompt);
  let buf = new Uint8Array(64);
  let len = 0;
  Deno.stdin.setRaw(true);
  try {
    for (;;) {
      const b = await readByte();
      if (b === null) throw new CliError("no password was entered (end of input)");
      if (b === 0x0d || b === 0x0a) break;
      if (b === 0x03) throw new CliError("interrupted", 130);
      if (b === 0x04) {
        if (len === 0) throw new CliError("no password was entered (end of input)");
        continue;
      }
      if (b === 0x7f || b === 0x08) {
        // Remove one character: its UTF-8 continuation bytes and its lead byte.
        while (len > 0 && (buf[len - 1] & 0xc0) === 0x80) len--;
        if (len > 0) len--;
        continue;
      }
      if (b === 0x15) {
        len = 0;
        continue;
      }
      if (b < 0x20) continue; // other control keys: ignored
      if (len === buf.length) {
        if (len >= MAX_SECRET_BYTES) {
          throw new CliError(`the password is longer than ${MAX_SECRET_BYTES / 1024} KiB`);
        }
        const bigger = new Uint8Array(len * 2);
        bigger.set(buf);
        buf.fill(0);
        buf = bigger;
      }
      buf[len++] = b;
    }
    return buf.slice(0, len);
  } finally {
    buf.fill(0);
    Deno.stdin.setRaw(false);
    say("\n");
  }
}

/** Reads one line of stdin in the terminal's normal mode; null at end of input. */
async function readLine(): Promise<string | null> {
  const bytes: number[] = [];
  for (;;) {
    const b = await readByte();
    if (b === null) return bytes.length ? new TextDecoder().decode(new Uint8Array(bytes)) : null;
    if (b === 0x0a) return new TextDecoder().decode(new Uint8Array(bytes)).replace(/\r$/, "");
    bytes.push(b);
  }
}

/**
 * Asks a y/n question until the answer is yes or no; end of input is no.
 * Returns true for y/yes (any case).
 */
export async function askYesNo(question: string): Promise<boolean> {
  for (let i = 0; i < 5; i++) {
    say(`${question} [y/n]: `);
    const line = await readLine();
    if (line === null) {
      say("\n");
      return false;
    }
    const a = line.trim().toLowerCase();
    if (a === "y" || a === "yes") return true;
    if (a === "n" || a === "no") return false;
  }
  return false;
}

/**
 * Asks for a new password twice, without echo; both must match and it must
 * not be empty. The caller should zero the returned bytes when done.
 */
export async function askNewPassword(what: string): Promise<Uint8Array> {
  const first = await readSecret(`Please enter the password to encrypt ${what}: `);
  if (first.length === 0) throw new CliError("the password is empty: nothing was written");
  const second = await readSecret("Please enter the same password again: ");
  const same = first.length === second.length && first.every((b, i) => b === second[i]);
  second.fill(0);
  if (!same) {
    first.fill(0);
    throw new CliError("the two passwords do not match: nothing was written");
  }
  return first;
}
