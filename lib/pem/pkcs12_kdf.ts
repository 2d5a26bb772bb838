/**
 * PKCS#12's password-based key derivation (RFC 7292 Appendix B.2): what the
 * "PKCS#12 PBE" schemes of old encrypted PKCS#8 files use (SHA-1; `openssl
 * pkcs8 -topk8 -v1 PBE-SHA1-3DES`, OpenSSL 1.0's default, Java's keytool),
 * and the MAC key of a PKCS#12 file. Only for reading: new files use PBES2.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import "../lazy_literal.ts"; // as mod.ts does: no read permission needed
 * import { bmpPasswords, pkcs12Kdf } from "./pkcs12_kdf.ts";
 * const [pw] = bmpPasswords(new TextEncoder().encode("pw"));
 * const key = await pkcs12Kdf(pw, new Uint8Array(8), 2048, 1, 24);
 * assert.equal(key.length, 24);
 * ```
 * @module
 */
import { loadModule } from "../lazy.ts";
import type { SyncHash } from "./deps.ts";

/** Output and block sizes in bytes of each hash (u and v of the RFC). */
const SIZES: Record<SyncHash, [u: number, v: number]> = {
  "SHA-1": [20, 64],
  "SHA-256": [32, 64],
  "SHA-384": [48, 128],
  "SHA-512": [64, 128],
};

/** Code units as a BMPString (UTF-16 big-endian) with its two-byte zero terminator. */
function bmpString(units: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(2 * units.length + 2);
  for (let i = 0; i < units.length; i++) {
    out[2 * i] = units[i] >> 8;
    out[2 * i + 1] = units[i] & 0xff;
  }
  return out;
}

/**
 * The password as PKCS#12 wants it, a BMPString, in the ways writers made
 * it: OpenSSL turns each byte into one character; Java and the PKCS#12
 * standard take the characters of the (UTF-8) text. Both are the same for
 * an ASCII password, so there is one candidate; otherwise two, OpenSSL's first.
 * An empty password has two as well: none at all, and the empty BMPString.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { bmpPasswords } from "./pkcs12_kdf.ts";
 * assert.deepEqual(bmpPasswords(new TextEncoder().encode("pw")), [new Uint8Array([0, 0x70, 0, 0x77, 0, 0])]);
 * assert.equal(bmpPasswords(new TextEncoder().encode("pé")).length, 2);
 * ```
 */
/** The encoding that opened a password's MAC, so that decryptions try it alone. */
const opened = new WeakMap<Uint8Array, Uint8Array>();

/**
 * Remembers that `bmp` is how `password` is encoded in this file (its MAC
 * verified with it): {@link bmpPasswords} then gives only that form, which
 * halves the work of every decryption that follows for a non-ASCII password.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { bmpPasswords, rememberEncoding } from "./pkcs12_kdf.ts";
 * const pw = new TextEncoder().encode("pé");
 * rememberEncoding(pw, bmpPasswords(pw)[1]);
 * assert.equal(bmpPasswords(pw).length, 1);
 * ```
 */
export function rememberEncoding(password: Uint8Array, bmp: Uint8Array): void {
  opened.set(password, bmp.slice());
}

export function bmpPasswords(password: Uint8Array): Uint8Array[] {
  const known = opened.get(password);
  if (known) return [known.slice()];
  // OpenSSL writes an empty password as no password at all, or as "".
  if (password.length === 0) return [new Uint8Array(0), bmpString([])];
  const bytes = bmpString(password);
  if (password.every((b) => b < 0x80)) return [bytes];
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(password);
    const units = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
    return [bytes, bmpString(units)];
  } catch {
    return [bytes];
  }
}

/**
 * The output size in bytes of `hash` (a MAC key is that long).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { digestBytes } from "./pkcs12_kdf.ts";
 * assert.equal(digestBytes("SHA-256"), 32);
 * ```
 */
export function digestBytes(hash: SyncHash): number {
  return SIZES[hash][0];
}

/** `data` repeated to fill a whole number of v-byte blocks (none for empty data). */
function fill(data: Uint8Array, v: number): Uint8Array {
  const out = new Uint8Array(v * Math.ceil(data.length / v));
  for (let i = 0; i < out.length; i++) out[i] = data[i % data.length];
  return out;
}

/**
 * Derives `length` bytes for purpose `id` (1: key, 2: IV, 3: MAC key) from
 * a password (a BMPString, see {@link bmpPasswords}), a salt, an iteration
 * count and a hash (SHA-1 for the PBE schemes; a PKCS#12 file's MAC may use
 * SHA-2).
 *
 * @example The IV of PBE-SHA1-3DES
 * ```ts
 * import assert from "node:assert/strict";
 * import "../lazy_literal.ts"; // as mod.ts does: no read permission needed
 * import { bmpPasswords, pkcs12Kdf } from "./pkcs12_kdf.ts";
 * const [pw] = bmpPasswords(new TextEncoder().encode("pw"));
 * const salt = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
 * const iv = await pkcs12Kdf(pw, salt, 2048, 2, 8);
 * assert.notDeepEqual(iv, await pkcs12Kdf(pw, salt, 2048, 1, 8));
 * ```
 */
export async function pkcs12Kdf(
  bmpPassword: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  id: 1 | 2 | 3,
  length: number,
  hash: SyncHash = "SHA-1",
): Promise<Uint8Array> {
  const { digestSync } = await loadModule("pem/deps.ts");
  const [u, v] = SIZES[hash];
  // I = S || P, each repeated to whole blocks (B.2 steps 1-4).
  const i = new Uint8Array([...fill(salt, v), ...fill(bmpPassword, v)]);
  const d = new Uint8Array(v).fill(id);
  const out = new Uint8Array(length);
  for (let done = 0; done < length; done += u) {
    let a = digestSync(hash, new Uint8Array([...d, ...i]));
    for (let r = 1; r < iterations; r++) a = digestSync(hash, a);
    out.set(a.subarray(0, Math.min(u, length - done)), done);
    // I_j = (I_j + B + 1) mod 2^(8v), B being A repeated to v bytes (step 6C).
    for (let j = 0; j < i.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = i[j + k] + a[k % u] + carry;
        i[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  i.fill(0);
  return out;
}
