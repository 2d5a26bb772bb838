/**
 * Decryption of password-protected keys: PKCS#8 EncryptedPrivateKeyInfo with
 * PBES2 (PBKDF2 or scrypt; AES-CBC or DES-EDE3-CBC) or the older PKCS#12 PBE
 * (SHA-1 with triple DES, or RC2 for a PKCS#12 file's certificates;
 * `pkcs12_kdf.ts`, `rc2.ts`), and OpenSSL's legacy `Proc-Type: 4,ENCRYPTED`
 * PEM (EVP_BytesToKey with MD5). AES and PBKDF2 use WebCrypto; scrypt, MD5,
 * SHA-1/2 and triple DES come from `deps.ts`, loaded only when a key uses
 * them (they are CommonJS packages: loading them costs a plain PEM read
 * several times its own time).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { evpBytesToKey } from "./decrypt.ts";
 * const key = await evpBytesToKey(new TextEncoder().encode("pw"), new Uint8Array(8), 32);
 * assert.ok(key.length === 32);
 * ```
 * @module
 */

import {
  children,
  decodeDer,
  type DerNode,
  expectNode,
  readOctets,
  readOid,
  readSmallInt,
  TAG,
} from "./asn1.ts";
import { JwkError } from "../errors.ts";
import type { PemBlock } from "./armor.ts";
import { OID, oidName } from "./oids.ts";
import { loadModule } from "../lazy.ts";
import { bmpPasswords, pkcs12Kdf } from "./pkcs12_kdf.ts";
import { rc2CbcDecrypt } from "./rc2.ts";

/** Asks for the password (at most once); throws BAD_PASSWORD if there is none. */
export type PasswordSource = (what: string) => Promise<Uint8Array>;

/**
 * Most PBKDF2 iterations accepted (OpenSSL uses 2048, step 600000 for JWE).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { MAX_PBKDF2_ITERATIONS } from "./decrypt.ts";
 * assert.ok(MAX_PBKDF2_ITERATIONS >= 600000);
 * ```
 */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
/**
 * Most memory scrypt may use (128·N·r bytes); OpenSSL's defaults need 16 MiB.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { MAX_SCRYPT_MEMORY } from "./decrypt.ts";
 * assert.ok(MAX_SCRYPT_MEMORY === 256 * 1024 * 1024);
 * ```
 */
export const MAX_SCRYPT_MEMORY = 256 * 1024 * 1024;

/**
 * Most scrypt work accepted, as N·r·p (OpenSSL's defaults are 2^17, about
 * 0.15 s here): memory alone would let p make a run take minutes, even with
 * a wrong password. 2^22 is about 4.5 s.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { MAX_SCRYPT_WORK } from "./decrypt.ts";
 * assert.ok(MAX_SCRYPT_WORK >= 2 ** 18 * 8);
 * ```
 */
export const MAX_SCRYPT_WORK = 2 ** 22;

/**
 * The error for every failed decryption: never says which check failed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { wrongPassword } from "./decrypt.ts";
 * assert.ok(wrongPassword().code === "BAD_PASSWORD");
 * ```
 */
export function wrongPassword(): JwkError {
  return new JwkError("BAD_PASSWORD", "wrong password or corrupted key");
}

interface Cipher {
  name: string;
  keyLength: number;
  ivLength: number;
}

const CIPHERS: Record<string, Cipher> = {
  [OID.AES128_CBC]: { name: "AES-128-CBC", keyLength: 16, ivLength: 16 },
  [OID.AES192_CBC]: { name: "AES-192-CBC", keyLength: 24, ivLength: 16 },
  [OID.AES256_CBC]: { name: "AES-256-CBC", keyLength: 32, ivLength: 16 },
  [OID.DES_EDE3_CBC]: { name: "DES-EDE3-CBC", keyLength: 24, ivLength: 8 },
};
const CIPHERS_BY_NAME: Record<string, Cipher> = Object.fromEntries(
  Object.values(CIPHERS).map((c) => [c.name, c]),
);
const SUPPORTED_CIPHERS = "AES-128/192/256-CBC, DES-EDE3-CBC";

const PRF_HASH: Record<string, string> = {
  [OID.HMAC_SHA1]: "SHA-1",
  [OID.HMAC_SHA256]: "SHA-256",
  [OID.HMAC_SHA384]: "SHA-384",
  [OID.HMAC_SHA512]: "SHA-512",
};

/**
 * Imports a raw AES key into WebCrypto. Some runtimes lack a key size
 * (Chromium has no AES-192): that ends in a JwkError (UNSUPPORTED) that says
 * so, not in the runtime's own exception.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { importAesKey } from "./decrypt.ts";
 * const key = await importAesKey(new Uint8Array(16), "AES-CBC", ["decrypt"]);
 * assert.equal(key.type, "secret");
 * ```
 */
export async function importAesKey(
  key: Uint8Array,
  name: "AES-CBC" | "AES-CTR" | "AES-GCM",
  usages: KeyUsage[],
): Promise<CryptoKey> {
  try {
    return await crypto.subtle.importKey("raw", key.slice(), name, false, usages);
  } catch (e) {
    const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new JwkError(
      "UNSUPPORTED",
      `${name} with a ${key.length * 8}-bit key is not available in this runtime's WebCrypto ` +
        `(${why}); convert the key to AES-128 or AES-256 with openssl or ssh-keygen`,
    );
  }
}

/**
 * Decrypts CBC ciphertext: AES through WebCrypto, DES-EDE3 through des.js.
 * With `padded`, PKCS#7 padding is checked and removed (a bad pad means a
 * wrong password); without, the data must be whole blocks and is returned
 * as is (OpenSSH pads inside the plaintext).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { cbcDecrypt } from "./decrypt.ts";
 * try { await cbcDecrypt("AES-128-CBC", new Uint8Array(16), new Uint8Array(16), new Uint8Array(16), true); }
 * catch (e) { assert.ok((e as { code?: string }).code === "BAD_PASSWORD"); }
 * ```
 */
export async function cbcDecrypt(
  cipher: string,
  key: Uint8Array,
  iv: Uint8Array,
  data: Uint8Array,
  padded: boolean,
): Promise<Uint8Array> {
  const block = cipher === "DES-EDE3-CBC" ? 8 : 16;
  if (data.length === 0 || data.length % block !== 0) throw wrongPassword();
  if (cipher === "DES-EDE3-CBC") {
    const { des3CbcDecryptRaw } = await loadModule("pem/deps.ts");
    const out = des3CbcDecryptRaw(key, iv, data);
    return padded ? unpad(out, 8) : out;
  }
  const k = await importAesKey(key, "AES-CBC", ["encrypt", "decrypt"]);
  let input = data;
  if (!padded) {
    // WebCrypto always strips PKCS#7 padding: append a block that decrypts to a full pad.
    const last = data.slice(data.length - 16);
    const pad = new Uint8Array(
      await crypto.subtle.encrypt({ name: "AES-CBC", iv: last }, k, new Uint8Array(0)),
    );
    input = new Uint8Array(data.length + 16);
    input.set(data);
    input.set(pad, data.length);
  }
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt({ name: "AES-CBC", iv: iv.slice() }, k, input.slice()),
    );
  } catch {
    throw wrongPassword();
  }
}

function unpad(data: Uint8Array, block: number): Uint8Array {
  const n = data[data.length - 1];
  if (n < 1 || n > block) throw wrongPassword();
  for (let i = data.length - n; i < data.length; i++) if (data[i] !== n) throw wrongPassword();
  return data.subarray(0, data.length - n);
}

/**
 * OpenSSL's EVP_BytesToKey with MD5 and one iteration (legacy PEM encryption).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { evpBytesToKey } from "./decrypt.ts";
 * assert.ok((await evpBytesToKey(new Uint8Array([1]), new Uint8Array(8), 24)).length === 24);
 * ```
 */
export async function evpBytesToKey(
  password: Uint8Array,
  salt: Uint8Array,
  length: number,
): Promise<Uint8Array> {
  const { md5 } = await loadModule("pem/deps.ts");
  const out = new Uint8Array(length);
  let prev: Uint8Array = new Uint8Array(0);
  for (let filled = 0; filled < length;) {
    const input = new Uint8Array(prev.length + password.length + salt.length);
    input.set(prev);
    input.set(password, prev.length);
    input.set(salt, prev.length + password.length);
    prev = md5(input);
    out.set(prev.subarray(0, Math.min(16, length - filled)), filled);
    filled += 16;
  }
  return out;
}

function hexBytes(hex: string): Uint8Array | undefined {
  if (!/^([0-9a-fA-F]{2})+$/.test(hex)) return undefined;
  return Uint8Array.from(hex.match(/../g)!, (h) => parseInt(h, 16));
}

// With the PEM armor (armor.ts), so that reading a PEM in clear needs no
// decryption code; kept importable from here.
export { isLegacyEncrypted } from "./armor.ts";

/**
 * Decrypts an OpenSSL legacy encrypted PEM body (`Proc-Type: 4,ENCRYPTED`,
 * `DEK-Info: CIPHER,IV`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { decryptLegacy } from "./decrypt.ts";
 * const block = { type: "EC PRIVATE KEY", headers: { "Proc-Type": "4,ENCRYPTED", "DEK-Info": "RC4,00" }, der: new Uint8Array() };
 * try { await decryptLegacy(block, "key", () => Promise.resolve(new Uint8Array())); }
 * catch (e) { assert.ok((e as { code?: string }).code === "UNSUPPORTED"); }
 * ```
 */
export async function decryptLegacy(
  block: PemBlock,
  what: string,
  password: PasswordSource,
): Promise<Uint8Array> {
  const procType = block.headers["Proc-Type"];
  const dekInfo = block.headers["DEK-Info"];
  if (procType?.replace(/\s/g, "") !== "4,ENCRYPTED" || !dekInfo) {
    throw new JwkError(
      "BAD_PEM",
      `${what}: PEM headers other than "Proc-Type: 4,ENCRYPTED" with "DEK-Info" are not supported`,
    );
  }
  const [name, ivHex, ...rest] = dekInfo.split(",").map((s) => s.trim());
  const cipher = CIPHERS_BY_NAME[name.toUpperCase()];
  if (!cipher) {
    throw new JwkError(
      "UNSUPPORTED",
      `${what}: legacy PEM cipher "${
        name.slice(0, 30)
      }" is not supported; supported: ${SUPPORTED_CIPHERS}`,
    );
  }
  const iv = hexBytes(ivHex ?? "");
  if (!iv || iv.length !== cipher.ivLength || rest.length) {
    throw new JwkError("BAD_PEM", `${what}: malformed DEK-Info IV`);
  }
  const key = await evpBytesToKey(await password(what), iv.subarray(0, 8), cipher.keyLength);
  return await cbcDecrypt(cipher.name, key, iv, block.der, true);
}

function algorithm(node: DerNode | undefined, what: string): [string, DerNode | undefined] {
  const parts = children(expectNode(node, TAG.SEQUENCE, what), what);
  if (parts.length < 1 || parts.length > 2) {
    throw new JwkError("BAD_PEM", `${what}: malformed AlgorithmIdentifier`);
  }
  return [readOid(parts[0], what), parts[1]];
}

type Kdf = (password: Uint8Array, keyLength: number) => Promise<Uint8Array>;

function pbkdf2(params: DerNode | undefined, what: string): [Kdf, number | undefined] {
  const parts = children(expectNode(params, TAG.SEQUENCE, what), what);
  const salt = readOctets(parts[0], `${what} (PBKDF2 salt)`);
  const iterations = readSmallInt(parts[1], what);
  let i = 2;
  let keyLength: number | undefined;
  if (parts[i]?.tag === TAG.INTEGER) keyLength = readSmallInt(parts[i++], what);
  let hash = "SHA-1";
  if (parts[i]) {
    const [prf, prfParams] = algorithm(parts[i++], what);
    if (prfParams && prfParams.tag !== TAG.NULL) {
      throw new JwkError("BAD_PEM", `${what}: malformed PBKDF2 PRF`);
    }
    const h = PRF_HASH[prf];
    if (!h) {
      throw new JwkError(
        "UNSUPPORTED",
        `${what}: PBKDF2 with ${oidName(prf)} is not supported; supported: HMAC-SHA1/256/384/512`,
      );
    }
    hash = h;
  }
  if (parts.length !== i) throw new JwkError("BAD_PEM", `${what}: malformed PBKDF2 parameters`);
  if (iterations < 1 || iterations > MAX_PBKDF2_ITERATIONS) {
    throw new JwkError(
      "UNSUPPORTED",
      `${what}: PBKDF2 iteration count ${iterations} is outside 1..${MAX_PBKDF2_ITERATIONS}`,
    );
  }
  const kdf: Kdf = async (password, length) => {
    const base = await crypto.subtle.importKey("raw", password.slice(), "PBKDF2", false, [
      "deriveBits",
    ]);
    const bits = await crypto.subtle.deriveBits(
      { name: "PBKDF2", hash, salt: salt.slice(), iterations },
      base,
      length * 8,
    );
    return new Uint8Array(bits);
  };
  return [kdf, keyLength];
}

function scryptKdf(params: DerNode | undefined, what: string): [Kdf, number | undefined] {
  const parts = children(expectNode(params, TAG.SEQUENCE, what), what);
  if (parts.length < 4 || parts.length > 5) {
    throw new JwkError("BAD_PEM", `${what}: malformed scrypt parameters`);
  }
  const salt = readOctets(parts[0], `${what} (scrypt salt)`);
  const [N, r, p] = parts.slice(1, 4).map((x) => readSmallInt(x, what));
  const keyLength = parts[4] ? readSmallInt(parts[4], what) : undefined;
  if (N < 2 || (N & (N - 1)) !== 0 || N > 2 ** 30 || r < 1 || p < 1 || p * r > 1024) {
    throw new JwkError("BAD_PEM", `${what}: invalid scrypt parameters`);
  }
  if (128 * N * r > MAX_SCRYPT_MEMORY) {
    throw new JwkError(
      "UNSUPPORTED",
      `${what}: scrypt parameters need more than ${MAX_SCRYPT_MEMORY >> 20} MiB of memory`,
    );
  }
  if (N * r * p > MAX_SCRYPT_WORK) {
    throw new JwkError(
      "UNSUPPORTED",
      `${what}: scrypt parameters (N=${N}, r=${r}, p=${p}) ask for more work than ${MAX_SCRYPT_WORK} (N·r·p)`,
    );
  }
  const kdf: Kdf = async (password, dkLen) =>
    (await loadModule("pem/deps.ts")).scryptAsync(password, salt, {
      N,
      r,
      p,
      dkLen,
      maxmem: MAX_SCRYPT_MEMORY * 2,
    });
  return [kdf, keyLength];
}

/**
 * Most iterations of PKCS#12's key derivation accepted: writers use 2048
 * (OpenSSL) to 10000 (Java). Each is a SHA-1 on the main thread, three chains
 * for a triple DES key and IV, twice for a password that is not ASCII (two
 * encodings are tried), and a PKCS#12 file adds its MAC and certificates:
 * 200000 keeps the worst case to a few seconds.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { MAX_PKCS12_ITERATIONS } from "./decrypt.ts";
 * assert.ok(MAX_PKCS12_ITERATIONS >= 10_000);
 * ```
 */
export const MAX_PKCS12_ITERATIONS = 200_000;

/** A PKCS#12 PBE scheme: its cipher, key length, and RC2's effective bits. */
interface Pkcs12Scheme {
  cipher: "3DES" | "RC2";
  keyLength: number;
  bits?: number;
}

const PKCS12_PBE: Record<string, Pkcs12Scheme> = {
  [OID.PKCS12_PBE_SHA1_3DES]: { cipher: "3DES", keyLength: 24 },
  [OID.PKCS12_PBE_SHA1_2DES]: { cipher: "3DES", keyLength: 16 },
  [OID.PKCS12_PBE_SHA1_RC2_128]: { cipher: "RC2", keyLength: 16, bits: 128 },
  [OID.PKCS12_PBE_SHA1_RC2_40]: { cipher: "RC2", keyLength: 5, bits: 40 },
};

/**
 * Decrypts content encrypted with an old "PKCS#12 PBE" scheme: SHA-1 with
 * triple DES (three- or two-key) or RC2, key and IV from PKCS#12's KDF.
 */
async function pkcs12Decrypt(
  scheme: Pkcs12Scheme,
  params: DerNode | undefined,
  data: Uint8Array,
  what: string,
  password: PasswordSource,
): Promise<Uint8Array> {
  const parts = children(expectNode(params, TAG.SEQUENCE, what), what);
  if (parts.length !== 2) {
    throw new JwkError("BAD_PEM", `${what}: malformed PKCS#12 PBE parameters`);
  }
  const salt = readOctets(parts[0], `${what} (salt)`);
  const iterations = readSmallInt(parts[1], what);
  if (iterations < 1 || iterations > MAX_PKCS12_ITERATIONS) {
    throw new JwkError(
      "UNSUPPORTED",
      `${what}: PKCS#12 PBE iteration count ${iterations} is outside 1..${MAX_PKCS12_ITERATIONS}`,
    );
  }
  if (data.length === 0 || data.length % 8 !== 0) throw wrongPassword();
  const candidates = bmpPasswords(await password(what));
  for (const pw of candidates) {
    const k = await pkcs12Kdf(pw, salt, iterations, 1, scheme.keyLength);
    const iv = await pkcs12Kdf(pw, salt, iterations, 2, 8);
    pw.fill(0);
    // Two-key triple DES is K1, K2, K1.
    const key = scheme.keyLength === 16 && scheme.cipher === "3DES"
      ? new Uint8Array([...k, ...k.subarray(0, 8)])
      : k;
    try {
      const plain = scheme.cipher === "RC2"
        ? unpad(rc2CbcDecrypt(key, scheme.bits!, iv, data), 8)
        : await cbcDecrypt("DES-EDE3-CBC", key, iv, data, true);
      // A wrong password's output can end in valid padding by chance: the
      // next candidate is tried unless the result is whole DER.
      decodeDer(plain, what);
      return plain;
    } catch {
      // Not this candidate: try the next.
    } finally {
      key.fill(0);
      k.fill(0);
    }
  }
  throw wrongPassword();
}

/**
 * Reads the algorithm of an EncryptedPrivateKeyInfo (so that unsupported
 * schemes fail before a password is asked), then decrypts it to the DER of
 * a PKCS#8 PrivateKeyInfo.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { decryptPkcs8 } from "./decrypt.ts";
 * try { await decryptPkcs8(new Uint8Array([0x30, 0x00]), "key", () => Promise.resolve(new Uint8Array())); }
 * catch (e) { assert.ok((e as { code?: string }).code === "BAD_PEM"); }
 * ```
 */
export async function decryptPkcs8(
  der: Uint8Array,
  what: string,
  password: PasswordSource,
): Promise<Uint8Array> {
  const top = children(decodeDer(der, what), what, TAG.SEQUENCE);
  if (top.length !== 2) throw new JwkError("BAD_PEM", `${what}: expected 2 elements`);
  return await decryptContent(top[0], readOctets(top[1], what), what, password);
}

/**
 * Decrypts `data` with the password-based scheme of AlgorithmIdentifier
 * `alg` (PBES2, or PKCS#12 PBE): the inside of an EncryptedPrivateKeyInfo,
 * or of a PKCS#12 file's encrypted content. Unsupported schemes fail before
 * the password is asked.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { decodeDer } from "./asn1.ts";
 * import { decryptContent } from "./decrypt.ts";
 * const alg = decodeDer(new Uint8Array([0x30, 0x03, 0x06, 0x01, 0x2a]), "alg"); // OID 1.2
 * await assert.rejects(
 *   decryptContent(alg, new Uint8Array(16), "content", () => Promise.resolve(new Uint8Array())),
 *   /is not supported/,
 * );
 * ```
 */
export async function decryptContent(
  alg: DerNode,
  data: Uint8Array,
  what: string,
  password: PasswordSource,
): Promise<Uint8Array> {
  const [scheme, schemeParams] = algorithm(alg, what);
  if (PKCS12_PBE[scheme]) {
    return await pkcs12Decrypt(PKCS12_PBE[scheme], schemeParams, data, what, password);
  }
  if (scheme !== OID.PBES2) {
    throw new JwkError(
      "UNSUPPORTED",
      `${what}: ${oidName(scheme)} encryption is not supported; supported: PBES2 with PBKDF2 ` +
        `or scrypt (openssl pkcs8 -topk8 -v2 aes-256-cbc), PKCS#12 PBE with SHA1 and triple DES or RC2`,
    );
  }
  const pbes2 = children(expectNode(schemeParams, TAG.SEQUENCE, what), what);
  if (pbes2.length !== 2) throw new JwkError("BAD_PEM", `${what}: malformed PBES2 parameters`);
  const [kdfOid, kdfParams] = algorithm(pbes2[0], what);
  const [encOid, encParams] = algorithm(pbes2[1], what);
  const cipher = CIPHERS[encOid];
  if (!cipher) {
    throw new JwkError(
      "UNSUPPORTED",
      `${what}: PBES2 cipher ${oidName(encOid)} is not supported; supported: ${SUPPORTED_CIPHERS}`,
    );
  }
  const iv = readOctets(encParams, `${what} (IV)`);
  if (iv.length !== cipher.ivLength) throw new JwkError("BAD_PEM", `${what}: malformed IV`);
  let kdf: Kdf;
  let keyLength: number | undefined;
  if (kdfOid === OID.PBKDF2) [kdf, keyLength] = pbkdf2(kdfParams, what);
  else if (kdfOid === OID.SCRYPT) [kdf, keyLength] = scryptKdf(kdfParams, what);
  else {
    throw new JwkError(
      "UNSUPPORTED",
      `${what}: key derivation ${oidName(kdfOid)} is not supported; supported: PBKDF2, scrypt`,
    );
  }
  if (keyLength !== undefined && keyLength !== cipher.keyLength) {
    throw new JwkError("BAD_PEM", `${what}: key length does not match ${cipher.name}`);
  }
  const key = await kdf(await password(what), cipher.keyLength);
  return await cbcDecrypt(cipher.name, key, iv, data, true);
}
