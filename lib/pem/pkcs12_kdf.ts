/**
 * PKCS#12's password-based key derivation (RFC 7292 Appendix B.2) with
 * SHA-1: what the "PKCS#12 PBE" schemes of old encrypted PKCS#8 files use
 * (`openssl pkcs8 -topk8 -v1 PBE-SHA1-3DES`, OpenSSL 1.0's default, and
 * Java's keytool). Only for reading such files: new files use PBES2.
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

/** SHA-1's output and block sizes in bytes (u and v of the RFC). */
const U = 20;
const V = 64;

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
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { bmpPasswords } from "./pkcs12_kdf.ts";
 * assert.deepEqual(bmpPasswords(new TextEncoder().encode("pw")), [new Uint8Array([0, 0x70, 0, 0x77, 0, 0])]);
 * assert.equal(bmpPasswords(new TextEncoder().encode("pé")).length, 2);
 * ```
 */
export function bmpPasswords(password: Uint8Array): Uint8Array[] {
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

/** `data` repeated to fill a whole number of V-byte blocks (none for empty data). */
function fill(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(V * Math.ceil(data.length / V));
  for (let i = 0; i < out.length; i++) out[i] = data[i % data.length];
  return out;
}

/**
 * Derives `length` bytes for purpose `id` (1: key, 2: IV, 3: MAC key) from
 * a password (a BMPString, see {@link bmpPasswords}), a salt and an
 * iteration count.
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
): Promise<Uint8Array> {
  const { sha1 } = await loadModule("pem/deps.ts");
  // I = S || P, each repeated to whole blocks (B.2 steps 1-4).
  const i = new Uint8Array([...fill(salt), ...fill(bmpPassword)]);
  const d = new Uint8Array(V).fill(id);
  const out = new Uint8Array(length);
  for (let done = 0; done < length; done += U) {
    let a = sha1(new Uint8Array([...d, ...i]));
    for (let r = 1; r < iterations; r++) a = sha1(a);
    out.set(a.subarray(0, Math.min(U, length - done)), done);
    // I_j = (I_j + B + 1) mod 2^(8V), B being A repeated to V bytes (step 6C).
    for (let j = 0; j < i.length; j += V) {
      let carry = 1;
      for (let k = V - 1; k >= 0; k--) {
        const sum = i[j + k] + a[k % U] + carry;
        i[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  i.fill(0);
  return out;
}
