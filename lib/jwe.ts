/**
 * Private JWKs encrypted the way step stores them: a JWE in flattened JSON
 * serialization, PBES2-HS256+A128KW with A256GCM, content type jwk+json.
 * @module
 */
import { base64url, flattenedDecrypt, FlattenedEncrypt } from "./deps.ts";
import { JwkError } from "./errors.ts";
import { checkJsonDepth } from "./key_input.ts";
import { shown } from "./shown.ts";

/** The key management algorithm of step's private files. */
export const PBES2_ALG = "PBES2-HS256+A128KW";
/** The content encryption of step's private files. */
export const CONTENT_ENC = "A256GCM";
/**
 * PBKDF2 iterations step writes today.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DEFAULT_ITERATIONS } from "@jwk/jwk";
 *
 * assert.equal(DEFAULT_ITERATIONS, 600_000);
 * ```
 */
export const DEFAULT_ITERATIONS = 600_000;
/** Fewest iterations a file may claim and still be opened. */
export const MIN_ITERATIONS = 1000;
/** Most iterations a file may claim: more would let a file hang the reader. */
export const MAX_ITERATIONS = 10_000_000;

/**
 * A private JWK file: step's member order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { decryptJwk, type EncryptedJwk, encryptJwk } from "@jwk/jwk";
 *
 * const jwk = { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA" };
 * const file: EncryptedJwk = await encryptJwk(jwk, "pw", { iterations: 1000 });
 * const text = JSON.stringify(file, null, 2); // what a private file holds
 * assert.deepEqual(await decryptJwk(text, "pw"), jwk);
 * ```
 */
export interface EncryptedJwk {
  /** base64url protected header. */
  protected: string;
  /** The wrapped content key. */
  encrypted_key: string;
  /** AES-GCM nonce. */
  iv: string;
  /** The encrypted JWK. */
  ciphertext: string;
  /** AES-GCM tag. */
  tag: string;
}

/**
 * Options of {@link encryptJwk}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { encryptJwk, type EncryptOptions } from "@jwk/jwk";
 *
 * // Fewer iterations make tests fast; keys for real use keep the default.
 * const options: EncryptOptions = { iterations: 1000 };
 * const jwe = await encryptJwk({ kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA" }, "pw", options);
 * const header = JSON.parse(atob(jwe.protected.replace(/-/g, "+").replace(/_/g, "/")));
 * assert.equal(header.p2c, 1000);
 * ```
 */
export interface EncryptOptions {
  /** PBKDF2 iterations (p2c); default 600000. */
  iterations?: number;
}

function passwordBytes(password: string | Uint8Array): Uint8Array {
  const bytes = typeof password === "string" ? new TextEncoder().encode(password) : password;
  if (bytes.length === 0) throw new JwkError("BAD_PASSWORD", "the password is empty");
  return bytes;
}

function checkIterations(p2c: unknown): number {
  if (typeof p2c !== "number" || !Number.isSafeInteger(p2c)) {
    throw new JwkError("BAD_JWE", "the file's iteration count (p2c) is not a whole number");
  }
  if (p2c < MIN_ITERATIONS || p2c > MAX_ITERATIONS) {
    throw new JwkError(
      "BAD_JWE",
      `the file's iteration count (p2c) ${p2c} is outside ${MIN_ITERATIONS}..${MAX_ITERATIONS}`,
    );
  }
  return p2c;
}

/**
 * Encrypts a JWK with a password into step's private-key file format.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { encryptJwk } from "@jwk/jwk";
 *
 * const jwe = await encryptJwk({ kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA" }, "pw");
 * const header = JSON.parse(atob(jwe.protected.replace(/-/g, "+").replace(/_/g, "/")));
 * assert.equal(header.alg, "PBES2-HS256+A128KW");
 * assert.equal(header.enc, "A256GCM");
 * assert.equal(header.cty, "jwk+json");
 * assert.equal(header.p2c, 600_000);
 * ```
 */
export async function encryptJwk(
  jwk: object,
  password: string | Uint8Array,
  options: EncryptOptions = {},
): Promise<EncryptedJwk> {
  const p2c = options.iterations ?? DEFAULT_ITERATIONS;
  if (!Number.isSafeInteger(p2c) || p2c < MIN_ITERATIONS || p2c > MAX_ITERATIONS) {
    throw new JwkError(
      "INVALID_OPTION",
      `iterations ${p2c} must be a whole number in ${MIN_ITERATIONS}..${MAX_ITERATIONS}`,
    );
  }
  const plaintext = new TextEncoder().encode(JSON.stringify(jwk));
  const jwe = await new FlattenedEncrypt(plaintext)
    .setProtectedHeader({ alg: PBES2_ALG, cty: "jwk+json", enc: CONTENT_ENC })
    .setKeyManagementParameters({ p2c, p2s: crypto.getRandomValues(new Uint8Array(16)) })
    .encrypt(passwordBytes(password));
  return {
    protected: jwe.protected!,
    encrypted_key: jwe.encrypted_key!,
    iv: jwe.iv!,
    ciphertext: jwe.ciphertext,
    tag: jwe.tag!,
  };
}

/**
 * True when a parsed file looks like a JWE rather than a plain JWK.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { encryptJwk, isEncryptedJwk } from "@jwk/jwk";
 *
 * const jwk = { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA" };
 * assert.equal(isEncryptedJwk(jwk), false);
 * assert.equal(isEncryptedJwk(await encryptJwk(jwk, "pw", { iterations: 1000 })), true);
 * ```
 */
export function isEncryptedJwk(value: unknown): value is EncryptedJwk {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return ["protected", "encrypted_key", "iv", "ciphertext", "tag"].every((m) =>
    typeof v[m] === "string"
  );
}

/**
 * Some runtimes have no 192-bit AES (Chromium): a file that needs it would
 * otherwise fail as if the password were wrong. Says so instead.
 */
async function checkAes192(header: Record<string, unknown>): Promise<void> {
  const alg = String(header.alg);
  const enc = String(header.enc);
  if (!alg.includes("A192") && !enc.includes("A192")) return;
  try {
    await crypto.subtle.importKey("raw", new Uint8Array(24), "AES-KW", false, ["unwrapKey"]);
  } catch {
    throw new JwkError(
      "UNSUPPORTED",
      // Both come from the file: shown() keeps control characters and key-sized text out.
      `this runtime's WebCrypto has no 192-bit AES, which the file's ${shown(header.alg)} / ${
        shown(header.enc)
      } needs`,
    );
  }
}

/**
 * Opens a private JWK file written by step or by {@link encryptJwk}. Accepts
 * any p2c between 1000 and 10,000,000. Every failure is a JwkError; a wrong
 * password reads "wrong password or corrupted file".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { decryptJwk, encryptJwk, JwkError } from "@jwk/jwk";
 *
 * const jwe = await encryptJwk({ kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA" }, "pw");
 * const jwk = await decryptJwk(JSON.stringify(jwe), "pw"); // the file's text, or the object
 * assert.equal(jwk.k, "AAAAAAAAAAAAAAAAAAAAAA");
 * await assert.rejects(
 *   decryptJwk(jwe, "not pw"),
 *   (e) => e instanceof JwkError && e.code === "BAD_PASSWORD",
 * );
 * ```
 */
export async function decryptJwk(
  file: EncryptedJwk | string,
  password: string | Uint8Array,
): Promise<Record<string, unknown> & JsonWebKey> {
  let jwe: unknown = file;
  if (typeof file === "string") {
    try {
      jwe = JSON.parse(file);
    } catch {
      throw new JwkError("BAD_JWE", "the file is not JSON");
    }
  }
  checkJsonDepth(jwe, "the file", "BAD_JWE");
  if (!isEncryptedJwk(jwe)) throw new JwkError("BAD_JWE", "the file is not an encrypted JWK (JWE)");
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(new TextDecoder().decode(base64url.decode(jwe.protected)));
  } catch {
    throw new JwkError("BAD_JWE", "the file's protected header is not base64url JSON");
  }
  checkJsonDepth(header, "the file's protected header", "BAD_JWE");
  if (typeof header !== "object" || header === null || Array.isArray(header)) {
    throw new JwkError("BAD_JWE", "the file's protected header is not a JSON object");
  }
  if (typeof header.alg !== "string" || !header.alg.startsWith("PBES2-")) {
    throw new JwkError(
      "UNSUPPORTED",
      `the file's alg ${shown(header.alg)} is not a password (PBES2) algorithm`,
    );
  }
  const p2c = checkIterations(header.p2c);
  await checkAes192(header);
  let plaintext: Uint8Array;
  try {
    ({ plaintext } = await flattenedDecrypt(jwe, passwordBytes(password), {
      keyManagementAlgorithms: ["PBES2-HS256+A128KW", "PBES2-HS384+A192KW", "PBES2-HS512+A256KW"],
      maxPBES2Count: Math.max(p2c, MIN_ITERATIONS),
    }));
  } catch (e) {
    if (e instanceof JwkError) throw e;
    throw new JwkError("BAD_PASSWORD", "wrong password or corrupted file");
  }
  let jwk: unknown;
  try {
    jwk = JSON.parse(new TextDecoder().decode(plaintext));
  } catch {
    throw new JwkError("BAD_JWE", "the decrypted content is not JSON");
  }
  checkJsonDepth(jwk, "the decrypted content", "BAD_JWE");
  if (typeof jwk !== "object" || jwk === null || typeof (jwk as JsonWebKey).kty !== "string") {
    throw new JwkError("BAD_JWE", "the decrypted content is not a JWK");
  }
  return jwk as Record<string, unknown> & JsonWebKey;
}
