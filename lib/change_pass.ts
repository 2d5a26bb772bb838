/**
 * `changePassword`: re-encrypts a private key file with a new password and
 * keeps its container: step's encrypted JWK stays a JWE (same members, same
 * order), an encrypted PKCS#8 stays PKCS#8 (its PrivateKeyInfo bytes
 * untouched, PEM or DER as it came), an OpenSSH key stays OpenSSH (its
 * comment kept). A private key in clear in one of these containers gets
 * encrypted. OpenSSL's legacy-encrypted PKCS#1/SEC1 files are refused: their
 * only encryption is weak; `formatKey` turns them into PKCS#8.
 * @module
 */
import { JwkError } from "./errors.ts";
import { decryptJwk, encryptJwk, isEncryptedJwk } from "./jwe.ts";
import { isPrivateJwk } from "./jwk.ts";
import { checkJsonDepth, validateJwk } from "./key_input.ts";
import { looksLikePem, parsePem, shortType } from "./pem/armor.ts";
import { children, decodeDer, TAG } from "./pem/asn1.ts";
import type { PasswordSource } from "./pem/decrypt.ts";
import { encryptPkcs8 } from "./pem/encrypt.ts";
import type { OpenSshInfo } from "./pem/openssh.ts";
import { openSshPrivateBytes } from "./pem/openssh_write.ts";
import { readPkcs8 } from "./pem/pkcs.ts";
import { pemArmor } from "./pem/write.ts";
import { loadModule } from "./lazy.ts";

// The decrypting readers (pem/decrypt.ts, pem/openssh.ts) bring third-party
// primitives with them: they are loaded only for an input that needs them.

/** Largest input, as the PEM reader's MAX_INPUT_BYTES. */
const MAX_INPUT_BYTES = 8 * 1024 * 1024;

/**
 * Options of {@link changePassword}.
 *
 * @example
 * ```ts
 * import type { ChangePasswordOptions } from "@jwk/jwk";
 *
 * const options: ChangePasswordOptions = { oldPassword: () => "old", newPassword: "new" };
 * ```
 */
export interface ChangePasswordOptions {
  /** Opens the encrypted input; called once, only when the input is encrypted. */
  oldPassword?: string | Uint8Array | (() => Promise<string | Uint8Array> | string | Uint8Array);
  /**
   * The new password; a function is called only after the input has been
   * opened. Required unless `removePassword`.
   */
  newPassword?: string | Uint8Array | (() => Promise<string | Uint8Array> | string | Uint8Array);
  /**
   * Writes the key in clear instead, in the same container (a private JWK, an
   * unencrypted PKCS#8, an OpenSSH key without a passphrase), as step's
   * `change-pass --no-password --insecure` does. Not with `newPassword`.
   */
  removePassword?: boolean;
  /** PBKDF2 iterations of a JWE or PKCS#8 output (default 600,000). */
  iterations?: number;
}

/**
 * What {@link changePassword} returns.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type ChangedKey, changePassword } from "@jwk/jwk";
 *
 * const jwk = '{"kty":"oct","k":"AAAAAAAAAAAAAAAAAAAAAA"}';
 * const out: ChangedKey = await changePassword(jwk, { newPassword: "pw", iterations: 1000 });
 * assert.deepEqual([out.what, out.wasEncrypted], ["encrypted JWK", false]);
 * ```
 */
export interface ChangedKey {
  /** The new file content. */
  data: Uint8Array;
  /** What it is, e.g. "encrypted PKCS#8 private key (PEM)". */
  what: string;
  /** Whether the input was encrypted (false: it was in clear and is now encrypted). */
  wasEncrypted: boolean;
}

async function secret(s: ChangePasswordOptions["oldPassword"], which: string): Promise<Uint8Array> {
  const v = typeof s === "function" ? await s() : s;
  const b = typeof v === "string" ? new TextEncoder().encode(v) : v;
  if (!b || b.length === 0) throw new JwkError("BAD_PASSWORD", `the ${which} password is empty`);
  return b;
}

function oldSource(options: ChangePasswordOptions): PasswordSource {
  let cached: Promise<Uint8Array> | undefined;
  return (what) => {
    if (options.oldPassword === undefined) {
      return Promise.reject(
        new JwkError("BAD_PASSWORD", `the ${what} is encrypted: its password is needed`),
      );
    }
    cached ??= secret(options.oldPassword, "old");
    return cached;
  };
}

const noPrivateKey = (what: string) =>
  new JwkError("BAD_KEY", `the input holds ${what}: there is no private key to protect`);

/** The new password, or undefined when the key is to be written in clear. */
async function newSecret(options: ChangePasswordOptions): Promise<Uint8Array | undefined> {
  if (options.removePassword) return undefined;
  if (options.newPassword === undefined) {
    throw new JwkError("INVALID_OPTION", "a new password is needed (or removePassword)");
  }
  return await secret(options.newPassword, "new");
}

async function changeJwe(text: string, options: ChangePasswordOptions): Promise<ChangedKey> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new JwkError("BAD_KEY", "the input starts like JSON but is not valid JSON");
  }
  checkJsonDepth(value, "the JWK", "BAD_KEY");
  const wasEncrypted = isEncryptedJwk(value);
  // Re-encrypt exactly the members that were there, in their order.
  const jwk = isEncryptedJwk(value)
    ? await decryptJwk(value, await oldSource(options)("encrypted JWK"))
    : value as Record<string, unknown>;
  const checked = await validateJwk(jwk); // reads it, and returns a new object
  if (!isPrivateJwk(checked)) throw noPrivateKey("a public JWK");
  const pw = await newSecret(options);
  const out = pw === undefined
    ? jwk
    : await encryptJwk(jwk, pw, { iterations: options.iterations });
  const data = new TextEncoder().encode(JSON.stringify(out, null, 2) + "\n");
  return {
    data,
    what: pw === undefined ? "private JWK, not encrypted" : "encrypted JWK",
    wasEncrypted,
  };
}

/** Opens a (possibly encrypted) PKCS#8 and returns its PrivateKeyInfo DER. */
async function openPkcs8(
  der: Uint8Array,
  encrypted: boolean,
  options: ChangePasswordOptions,
): Promise<Uint8Array> {
  const what = encrypted ? "encrypted PKCS#8 private key" : "PKCS#8 private key";
  if (!encrypted) {
    await readPkcs8(der, what); // the key must parse
    return der;
  }
  const { decryptPkcs8, wrongPassword } = await loadModule("pem/decrypt.ts");
  const inner = await decryptPkcs8(der, what, oldSource(options));
  try {
    await readPkcs8(inner, what); // a wrong password shows here
  } catch (e) {
    if (e instanceof JwkError && e.code === "BAD_PEM") throw wrongPassword();
    throw e;
  }
  return inner;
}

async function changePkcs8(
  der: Uint8Array,
  encrypted: boolean,
  pem: boolean,
  options: ChangePasswordOptions,
): Promise<ChangedKey> {
  const inner = await openPkcs8(der, encrypted, options);
  const pw = await newSecret(options);
  const form = pem ? "PEM" : "DER";
  if (pw === undefined) {
    const data = pem ? new TextEncoder().encode(pemArmor("PRIVATE KEY", inner)) : inner.slice();
    if (encrypted) inner.fill(0);
    return { data, what: `PKCS#8 private key (${form}), not encrypted`, wasEncrypted: encrypted };
  }
  const out = await encryptPkcs8(inner, pw, { iterations: options.iterations });
  if (encrypted) inner.fill(0);
  return {
    data: pem ? new TextEncoder().encode(pemArmor("ENCRYPTED PRIVATE KEY", out)) : out,
    what: `encrypted PKCS#8 private key (${form})`,
    wasEncrypted: encrypted,
  };
}

async function changeOpenSsh(
  blob: Uint8Array,
  pem: boolean,
  options: ChangePasswordOptions,
): Promise<ChangedKey> {
  const info: OpenSshInfo = {};
  const { readOpenSsh } = await loadModule("pem/openssh.ts");
  const jwk = await readOpenSsh(blob, oldSource(options), info);
  const pw = await newSecret(options);
  const bin = await openSshPrivateBytes(jwk, { password: pw, comment: info.comment });
  return {
    data: pem ? new TextEncoder().encode(pemArmor("OPENSSH PRIVATE KEY", bin, 70)) : bin,
    what: pw === undefined ? "OpenSSH private key, not encrypted" : "encrypted OpenSSH private key",
    wasEncrypted: info.encrypted === true,
  };
}

function changePem(text: string, options: ChangePasswordOptions): Promise<ChangedKey> {
  const blocks = parsePem(text);
  if (blocks.length !== 1) {
    throw new JwkError(
      "UNSUPPORTED",
      `the input holds ${blocks.length} PEM blocks; change-pass takes a file holding one private key`,
    );
  }
  const [block] = blocks;
  switch (block.type) {
    case "ENCRYPTED PRIVATE KEY":
      return changePkcs8(block.der, true, true, options);
    case "PRIVATE KEY":
      return changePkcs8(block.der, false, true, options);
    case "OPENSSH PRIVATE KEY":
      return changeOpenSsh(block.der, true, options);
    case "RSA PRIVATE KEY":
    case "EC PRIVATE KEY":
      throw new JwkError(
        "UNSUPPORTED",
        `a traditional "${block.type}" file can only carry OpenSSL's weak legacy encryption: ` +
          "convert it to encrypted PKCS#8 with 'jwk format FILE --pem --out NEW'",
      );
    case "PUBLIC KEY":
    case "RSA PUBLIC KEY":
    case "CERTIFICATE":
    case "CERTIFICATE REQUEST":
      throw noPrivateKey(`a "${block.type}" block`);
    default:
      throw new JwkError(
        "UNSUPPORTED",
        `PEM type "${shortType(block.type)}" is not a private key change-pass knows ` +
          "(ENCRYPTED PRIVATE KEY, PRIVATE KEY, OPENSSH PRIVATE KEY)",
      );
  }
}

const OPENSSH_MAGIC = new TextEncoder().encode("openssh-key-v1\0");

/**
 * Re-encrypts a private key file with a new password, in the same container:
 * step's encrypted JWK (a plain private JWK becomes one), PKCS#8 (PEM or DER,
 * encrypted or not; written as PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC)
 * and OpenSSH private keys (bcrypt_pbkdf + aes256-ctr, comment kept). The old
 * password is asked only when the input is encrypted, the new one only once
 * the input is open. A wrong old password is a BAD_PASSWORD {@link JwkError}.
 * With `removePassword`, the key is written in clear in the same container.
 *
 * @example A step JWE to a new password: same key, same members
 * ```ts
 * import assert from "node:assert/strict";
 * import { changePassword, decryptJwk, encryptJwk, JwkError } from "@jwk/jwk";
 *
 * const jwk = { use: "enc", kty: "oct", kid: "k1", alg: "A128KW", k: "AAAAAAAAAAAAAAAAAAAAAA" };
 * const file = JSON.stringify(await encryptJwk(jwk, "old", { iterations: 1000 }));
 * const out = await changePassword(file, { oldPassword: "old", newPassword: "new", iterations: 1000 });
 * const text = new TextDecoder().decode(out.data);
 * assert.deepEqual(await decryptJwk(text, "new"), jwk);
 * await assert.rejects(decryptJwk(text, "old"), JwkError);
 * ```
 */
export async function changePassword(
  input: string | Uint8Array,
  options: ChangePasswordOptions,
): Promise<ChangedKey> {
  if (options.removePassword && options.newPassword !== undefined) {
    throw new JwkError(
      "INCOMPATIBLE_OPTIONS",
      "removePassword and newPassword cannot be used together",
    );
  }
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new JwkError(
      "BAD_KEY",
      `input of ${bytes.length} bytes is too large (at most ${MAX_INPUT_BYTES})`,
    );
  }
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i])) i++;
  if (bytes[i] === 0x7b) {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(i));
    } catch {
      throw new JwkError("BAD_KEY", "the input starts like JSON but is not UTF-8");
    }
    return await changeJwe(text, options);
  }
  if (looksLikePem(bytes)) return await changePem(new TextDecoder().decode(bytes), options);
  if (OPENSSH_MAGIC.every((b, j) => bytes[j] === b)) {
    return await changeOpenSsh(bytes, false, options);
  }
  if (bytes[0] === TAG.SEQUENCE) {
    const what = "DER input";
    const tags = children(decodeDer(bytes, what), what, TAG.SEQUENCE).map((n) => n.tag);
    if (tags.length === 2 && tags[0] === TAG.SEQUENCE && tags[1] === TAG.OCTET_STRING) {
      return await changePkcs8(bytes, true, false, options);
    }
    if (tags[0] === TAG.INTEGER && tags[1] === TAG.SEQUENCE && tags[2] === TAG.OCTET_STRING) {
      return await changePkcs8(bytes, false, false, options);
    }
    throw new JwkError(
      "UNSUPPORTED",
      "DER input is not a PKCS#8 private key (encrypted or not); change-pass takes those, " +
        "step's encrypted JWKs and OpenSSH private keys",
    );
  }
  throw new JwkError(
    "BAD_KEY",
    "the input is not a key file change-pass knows (a JWK or step's encrypted JWK, " +
      "PKCS#8 PEM/DER, or an OpenSSH private key)",
  );
}
