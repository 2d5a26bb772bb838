/**
 * The one place third-party code enters the PEM reader: primitives that
 * WebCrypto lacks (scrypt, MD5, synchronous SHA-1/2, bcrypt_pbkdf, triple
 * DES). All are pure JavaScript with no native code, so they run in Deno,
 * Node, Bun and browsers.
 * Full specifiers (not the import map) so the module also works from a URL.
 *
 * @example Hashing with MD5 (only for OpenSSL's legacy key derivation)
 * ```ts
 * import assert from "node:assert/strict";
 * import { md5 } from "./deps.ts";
 * assert.ok(md5(new Uint8Array(0)).length === 16);
 * ```
 * @module
 */

// Full specifiers on purpose (see the module doc): a URL-run module has no import map.

// deno-lint-ignore no-import-prefix
import { scryptAsync as nobleScrypt } from "npm:@noble/hashes@2.4.0/scrypt.js";
// deno-lint-ignore no-import-prefix
import { md5 as nobleMd5, sha1 as nobleSha1 } from "npm:@noble/hashes@2.4.0/legacy.js";
// deno-lint-ignore no-import-prefix
import { sha256, sha384, sha512 } from "npm:@noble/hashes@2.4.0/sha2.js";
// deno-lint-ignore no-import-prefix
import bcryptPbkdfModule from "npm:bcrypt-pbkdf@1.0.2";
// deno-lint-ignore no-import-prefix
import desModule from "npm:des.js@1.1.0";

/**
 * OpenBSD's bcrypt_pbkdf (used by OpenSSH to turn a passphrase into a key).
 * Returns `keyLength` bytes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { bcryptPbkdf } from "./deps.ts";
 * const k = bcryptPbkdf(new TextEncoder().encode("pw"), new Uint8Array(16), 48, 1);
 * assert.ok(k.length === 48);
 * ```
 */
export function bcryptPbkdf(
  password: Uint8Array,
  salt: Uint8Array,
  keyLength: number,
  rounds: number,
): Uint8Array {
  const out = new Uint8Array(keyLength);
  const rc = (bcryptPbkdfModule as {
    pbkdf: (
      p: Uint8Array,
      pl: number,
      s: Uint8Array,
      sl: number,
      k: Uint8Array,
      kl: number,
      r: number,
    ) => number;
  }).pbkdf(password, password.length, salt, salt.length, out, keyLength, rounds);
  if (rc !== 0) throw new RangeError("bcrypt_pbkdf refused its parameters");
  return out;
}

interface DesCipher {
  update(data: Uint8Array): number[];
  final(): number[];
}
interface DesModule {
  EDE: unknown;
  CBC: {
    instantiate(base: unknown): {
      create(opts: { type: "decrypt"; key: number[]; iv: number[]; padding: boolean }): DesCipher;
    };
  };
}

/**
 * DES-EDE3-CBC decryption without removing padding (the caller checks it).
 * `key` is 24 bytes, `iv` 8 bytes, `data` a multiple of 8 bytes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { des3CbcDecryptRaw } from "./deps.ts";
 * const out = des3CbcDecryptRaw(new Uint8Array(24).fill(1), new Uint8Array(8), new Uint8Array(16));
 * assert.ok(out.length === 16);
 * ```
 */
export function des3CbcDecryptRaw(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const des = desModule as unknown as DesModule;
  const cipher = des.CBC.instantiate(des.EDE).create({
    type: "decrypt",
    key: Array.from(key),
    iv: Array.from(iv),
    padding: false,
  });
  const out = cipher.update(data).concat(cipher.final());
  return Uint8Array.from(out);
}

/**
 * MD5 (RFC 1321). Only for OpenSSL's legacy EVP_BytesToKey, never for security.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { md5 } from "./deps.ts";
 * assert.ok(md5(new Uint8Array(0))[0] === 0xd4);
 * ```
 */
export function md5(data: Uint8Array): Uint8Array {
  return nobleMd5(data);
}

/** The hashes {@link digestSync} computes. */
export type SyncHash = "SHA-1" | "SHA-256" | "SHA-384" | "SHA-512";

/**
 * A hash, synchronous: PKCS#12's key derivation hashes a short input
 * thousands of times, and WebCrypto's asynchronous digest would cost a turn
 * each.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { digestSync } from "./deps.ts";
 * assert.ok(digestSync("SHA-1", new Uint8Array(0))[0] === 0xda);
 * assert.ok(digestSync("SHA-256", new Uint8Array(0))[0] === 0xe3);
 * ```
 */
export function digestSync(hash: SyncHash, data: Uint8Array): Uint8Array {
  const f = { "SHA-1": nobleSha1, "SHA-256": sha256, "SHA-384": sha384, "SHA-512": sha512 }[hash];
  return f(data);
}

/** Parameters of {@link scryptAsync} (RFC 7914). */
export interface ScryptParams {
  /** CPU/memory cost, a power of two. */
  N: number;
  /** Block size. */
  r: number;
  /** Parallelization. */
  p: number;
  /** Output length in bytes. */
  dkLen: number;
  /** Memory limit in bytes. */
  maxmem: number;
}

/**
 * scrypt (RFC 7914), yielding to the event loop while it works.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scryptAsync } from "./deps.ts";
 * const k = await scryptAsync(new Uint8Array(1), new Uint8Array(8), { N: 16, r: 1, p: 1, dkLen: 16, maxmem: 1 << 20 });
 * assert.ok(k.length === 16);
 * ```
 */
export function scryptAsync(
  password: Uint8Array,
  salt: Uint8Array,
  params: ScryptParams,
): Promise<Uint8Array> {
  return nobleScrypt(password, salt, params);
}
