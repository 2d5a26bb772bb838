/**
 * The SSH wire encoding (RFC 4251 §5) the OpenSSH writers need: uint32,
 * string and mpint, and joining byte arrays.
 *
 * @example An ssh-ed25519 public key blob
 * ```ts
 * import assert from "node:assert/strict";
 * import { concatBytes, sshString, sshText } from "./ssh_wire.ts";
 * const blob = concatBytes(sshText("ssh-ed25519"), sshString(new Uint8Array(32)));
 * assert.equal(blob.length, 4 + 11 + 4 + 32);
 * ```
 * @module
 */

/**
 * Joins byte arrays into one.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { concatBytes } from "./ssh_wire.ts";
 * assert.deepEqual([...concatBytes(new Uint8Array([1]), new Uint8Array([2, 3]))], [1, 2, 3]);
 * ```
 */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

/**
 * A uint32, big-endian.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sshU32 } from "./ssh_wire.ts";
 * assert.deepEqual([...sshU32(258)], [0, 0, 1, 2]);
 * ```
 */
export function sshU32(n: number): Uint8Array {
  return new Uint8Array([(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
}

/**
 * A string: its length as uint32, then its bytes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sshString } from "./ssh_wire.ts";
 * assert.deepEqual([...sshString(new Uint8Array([7]))], [0, 0, 0, 1, 7]);
 * ```
 */
export function sshString(bytes: Uint8Array): Uint8Array {
  return concatBytes(sshU32(bytes.length), bytes);
}

/**
 * An ASCII name (key type, curve, cipher) as a string.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sshText } from "./ssh_wire.ts";
 * assert.equal(sshText("none").length, 8);
 * ```
 */
export function sshText(text: string): Uint8Array {
  return sshString(new TextEncoder().encode(text));
}

/**
 * A non-negative mpint from an unsigned big-endian magnitude: leading zero
 * bytes dropped, one zero byte added when the top bit is set (it would read
 * as negative), and zero as the empty string.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sshMpint } from "./ssh_wire.ts";
 * assert.deepEqual([...sshMpint(new Uint8Array([0, 0x80]))], [0, 0, 0, 2, 0, 0x80]);
 * assert.deepEqual([...sshMpint(new Uint8Array([0]))], [0, 0, 0, 0]);
 * ```
 */
export function sshMpint(magnitude: Uint8Array): Uint8Array {
  let i = 0;
  while (i < magnitude.length && magnitude[i] === 0) i++;
  const v = magnitude.subarray(i);
  if (v.length === 0) return sshU32(0);
  return sshString(v[0] & 0x80 ? concatBytes(new Uint8Array([0]), v) : v);
}
