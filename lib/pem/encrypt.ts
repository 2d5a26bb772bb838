/**
 * Password encryption of a PKCS#8 private key, as `openssl pkcs8 -topk8 -v2
 * aes-256-cbc` writes it: EncryptedPrivateKeyInfo with PBES2 (RFC 8018),
 * PBKDF2 with HMAC-SHA256 and AES-256-CBC. WebCrypto does all of the work.
 *
 * The iteration count is 600,000, OWASP's current advice for PBKDF2-HMAC-SHA256
 * and the count step writes into its encrypted JWKs, so a key is equally hard
 * to guess in either file; OpenSSL 3.0 writes only 2048, which a GPU tries
 * millions of passwords against per second. Opening costs about a third of a
 * second, once. The salt is 16 random bytes (NIST SP 800-132 asks for at
 * least 128 bits; OpenSSL 3.0 uses 8).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { encryptPkcs8 } from "./encrypt.ts";
 * import { decryptPkcs8 } from "./decrypt.ts";
 * const inner = new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x00]);
 * const der = await encryptPkcs8(inner, "pw", { iterations: 1000 });
 * const back = await decryptPkcs8(der, "key", () => Promise.resolve(new TextEncoder().encode("pw")));
 * assert.deepEqual([...back], [...inner]);
 * ```
 * @module
 */

import { JwkError } from "../errors.ts";
import { encodeOid, encodeTlv, TAG } from "./asn1.ts";
import { OID } from "./oids.ts";
import { derUnsigned } from "./write.ts";

/**
 * PBKDF2 iterations of the encrypted PKCS#8 files this project writes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { PKCS8_ITERATIONS } from "./encrypt.ts";
 * assert.equal(PKCS8_ITERATIONS, 600_000);
 * ```
 */
export const PKCS8_ITERATIONS = 600_000;

/** Fewest iterations {@link encryptPkcs8} accepts (tests use it to stay fast). */
const MIN_ITERATIONS = 1000;
/**
 * Most iterations it accepts: the reader's bound (decrypt.ts), repeated here
 * so that writing a key does not load the reader's third-party primitives.
 */
const MAX_PBKDF2_ITERATIONS = 10_000_000;

/**
 * Options of {@link encryptPkcs8}.
 *
 * @example
 * ```ts
 * import type { Pkcs8EncryptOptions } from "./encrypt.ts";
 * const fast: Pkcs8EncryptOptions = { iterations: 1000 }; // for tests only
 * ```
 */
export interface Pkcs8EncryptOptions {
  /** PBKDF2 iterations, 1000..10,000,000; default {@link PKCS8_ITERATIONS}. */
  iterations?: number;
}

/**
 * A password as bytes; an empty one is refused.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { passwordBytes } from "./encrypt.ts";
 * assert.equal(passwordBytes("pw").length, 2);
 * assert.throws(() => passwordBytes(""), /empty/);
 * ```
 */
export function passwordBytes(password: string | Uint8Array): Uint8Array {
  const bytes = typeof password === "string" ? new TextEncoder().encode(password) : password;
  if (bytes.length === 0) throw new JwkError("BAD_PASSWORD", "the new password is empty");
  return bytes;
}

function integer(n: number): Uint8Array {
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return derUnsigned(new Uint8Array(bytes));
}

/**
 * Encrypts a PKCS#8 PrivateKeyInfo (DER) with a password into an
 * EncryptedPrivateKeyInfo (DER; PEM label "ENCRYPTED PRIVATE KEY").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { encryptPkcs8 } from "./encrypt.ts";
 * const der = await encryptPkcs8(new Uint8Array([0x30, 0x00]), "pw", { iterations: 1000 });
 * assert.equal(der[0], 0x30);
 * ```
 */
export async function encryptPkcs8(
  privateKeyInfo: Uint8Array,
  password: string | Uint8Array,
  options: Pkcs8EncryptOptions = {},
): Promise<Uint8Array> {
  const iterations = options.iterations ?? PKCS8_ITERATIONS;
  if (
    !Number.isSafeInteger(iterations) || iterations < MIN_ITERATIONS ||
    iterations > MAX_PBKDF2_ITERATIONS
  ) {
    throw new JwkError(
      "INVALID_OPTION",
      `iterations ${iterations} must be a whole number in ${MIN_ITERATIONS}..${MAX_PBKDF2_ITERATIONS}`,
    );
  }
  const pw = passwordBytes(password);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(16));
  const base = await crypto.subtle.importKey("raw", pw.slice(), "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations },
    base,
    256,
  );
  const key = await crypto.subtle.importKey("raw", bits, "AES-CBC", false, ["encrypt"]);
  new Uint8Array(bits).fill(0);
  // WebCrypto's AES-CBC adds the PKCS#7 padding that PBES2 asks for.
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: "AES-CBC", iv }, key, privateKeyInfo.slice()),
  );
  const seq = (...parts: Uint8Array[]) => encodeTlv(TAG.SEQUENCE, ...parts);
  const octets = (bytes: Uint8Array) => encodeTlv(TAG.OCTET_STRING, bytes);
  const kdf = seq(
    encodeOid(OID.PBKDF2),
    seq(
      octets(salt),
      integer(iterations),
      seq(encodeOid(OID.HMAC_SHA256), encodeTlv(TAG.NULL, new Uint8Array(0))),
    ),
  );
  const cipher = seq(encodeOid(OID.AES256_CBC), octets(iv));
  return seq(seq(encodeOid(OID.PBES2), seq(kdf, cipher)), octets(ciphertext));
}
