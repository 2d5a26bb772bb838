/**
 * `formatKey`: converts a key between JWK, PEM, DER and OpenSSH, as `jwk
 * format` (and step's `crypto key format`) does. A JWK becomes PEM by
 * default, anything else becomes a JWK. Private outputs are encrypted when a
 * password is given: PKCS#8 with PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC),
 * OpenSSH with bcrypt_pbkdf and aes256-ctr, JWK as step's JWE.
 * @module
 */
import { JwkError } from "./errors.ts";
import { isPrivateJwk, type Jwk, orderMembers, publicJwk } from "./jwk.ts";
import { type KeyInput, readAnyKey, validateJwk } from "./key_input.ts";
import { thumbprint } from "./thumbprint.ts";
import { decodeBase64 } from "./pem/armor.ts";
import {
  type DerKey,
  keyWriter,
  pemArmor,
  privateKeyDer,
  publicKeyDer,
  sshPublicLine,
} from "./pem/write.ts";
import { loadModule } from "./lazy.ts";

/**
 * The output formats of {@link formatKey}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { KEY_OUTPUT_FORMATS } from "@jwk/jwk";
 *
 * assert.deepEqual(KEY_OUTPUT_FORMATS, ["pem", "der", "ssh", "jwk"]);
 * ```
 */
export const KEY_OUTPUT_FORMATS = ["pem", "der", "ssh", "jwk"] as const;

/**
 * One of {@link KEY_OUTPUT_FORMATS}: PEM text, binary DER, OpenSSH (public
 * line or private key file), or JSON (JWK).
 *
 * @example
 * ```ts
 * import type { KeyOutputFormat } from "@jwk/jwk";
 *
 * const format: KeyOutputFormat = "ssh";
 * ```
 */
export type KeyOutputFormat = (typeof KEY_OUTPUT_FORMATS)[number];

/**
 * Options of {@link formatKey}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatKey, type FormatKeyOptions } from "@jwk/jwk";
 *
 * const options: FormatKeyOptions = { format: "jwk", publicOnly: true };
 * const pem = "-----BEGIN PUBLIC KEY-----\n" +
 *   "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n" +
 *   "-----END PUBLIC KEY-----\n";
 * const out = await formatKey(pem, options);
 * assert.equal(JSON.parse(new TextDecoder().decode(out.data)).crv, "Ed25519");
 * ```
 */
export interface FormatKeyOptions {
  /** Output format; default "pem" for a JWK input, "jwk" for anything else. */
  format?: KeyOutputFormat;
  /**
   * PEM/DER: the key type's own container instead of PKCS#8/SPKI: PKCS#1
   * for RSA (private and public), SEC1 for EC private keys. Types without one
   * (OKP; EC public keys) keep PKCS#8/SPKI. Traditional private keys cannot
   * be encrypted (only OpenSSL's weak legacy scheme could): with a password
   * it is an error.
   */
  traditional?: boolean;
  /** Write only the public key (refused for oct keys, which have none). */
  publicOnly?: boolean;
  /**
   * Encrypts a private output. A function is called only once every check
   * has passed and the output really is private, so a prompt is never shown
   * in vain. Without it a private output is written in clear.
   */
  password?: string | Uint8Array | (() => Promise<string | Uint8Array> | string | Uint8Array);
  /** Opens an encrypted input (called only when the input is encrypted). */
  inputPassword?: () => Promise<string | Uint8Array> | string | Uint8Array;
  /** OpenSSH comment; default the JWK's kid. */
  comment?: string;
  /** PBKDF2 iterations of an encrypted PKCS#8 or JWE (default 600,000). */
  iterations?: number;
}

/**
 * What {@link formatKey} returns.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type FormattedKey, formatKey } from "@jwk/jwk";
 *
 * const jwk = { kty: "OKP", crv: "Ed25519", x: "Gb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE" };
 * const out: FormattedKey = await formatKey(jwk, { format: "ssh" });
 * assert.equal(out.what, "OpenSSH public key");
 * assert.deepEqual([out.isPrivate, out.encrypted], [false, false]);
 * ```
 */
export interface FormattedKey {
  /** The file's content: text (PEM, OpenSSH, JSON) as UTF-8, or DER bytes. */
  data: Uint8Array;
  /** The format written. */
  format: KeyOutputFormat;
  /** Whether the output holds the private key. */
  isPrivate: boolean;
  /** Whether the output is encrypted with the password. */
  encrypted: boolean;
  /** What was written, for messages, e.g. "encrypted PKCS#8 private key (PEM)". */
  what: string;
  /** What was read, e.g. "JWK", "OpenSSH private key". */
  input: string;
}

const enc = new TextEncoder();

/** Member bytes for the consistency check (the JWK is already validated). */
function bytes(jwk: Jwk, m: keyof Jwk): Uint8Array {
  const v = String(jwk[m]).replace(/-/g, "+").replace(/_/g, "/");
  return decodeBase64(v + "==".slice(0, (4 - v.length % 4) % 4), `the JWK's '${m}' member`);
}

/**
 * Refuses a private JWK whose public members are not those of its private
 * key (a PEM would carry the mismatch on to every reader). EC and OKP pairs
 * were checked when the JWK was read (validateJwk derives the public key from
 * the private key); RSA keys also get the PEM reader's checks of the modulus
 * and exponent (its members module, loaded only for them).
 */
async function checkPrivateJwk(jwk: Jwk): Promise<void> {
  if (jwk.kty === "RSA" && jwk.p !== undefined) {
    const { rsaJwk } = await loadModule("pem/members.ts");
    const parts = ["n", "e", "d", "p", "q", "dp", "dq", "qi"] as const;
    rsaJwk(Object.fromEntries(parts.map((m) => [m, bytes(jwk, m)])) as never, "the RSA JWK");
  }
}

async function resolveSecret(s: FormatKeyOptions["password"]): Promise<Uint8Array | undefined> {
  if (s === undefined) return undefined;
  const v = typeof s === "function" ? await s() : s;
  const b = typeof v === "string" ? enc.encode(v) : v;
  if (b.length === 0) throw new JwkError("BAD_PASSWORD", "the new password is empty");
  return b;
}

/** Reads the input: a JWK object, or any file content {@link readAnyKey} knows. */
async function readInput(
  input: string | Uint8Array | JsonWebKey,
  options: FormatKeyOptions,
): Promise<KeyInput> {
  if (typeof input === "string" || input instanceof Uint8Array) {
    return await readAnyKey(input, { password: options.inputPassword });
  }
  const jwk = await validateJwk(input);
  return { jwk, isPrivate: isPrivateJwk(jwk), encrypted: false, format: "JWK" };
}

function json(value: unknown): Uint8Array {
  return enc.encode(JSON.stringify(value, null, 2) + "\n");
}

/**
 * Converts a key. `input` is a JWK object, or the content of any key file
 * the tool reads (JWK, step's encrypted JWK, PEM, DER, OpenSSH, certificate).
 * Outputs:
 *
 * - `pem` / `der`: SPKI for public keys, PKCS#8 for private keys (encrypted
 *   with PBES2 when a password is given), or with `traditional` PKCS#1 / SEC1.
 * - `ssh`: the OpenSSH public key line, or OpenSSH's private key file
 *   (encrypted with bcrypt_pbkdf + aes256-ctr when a password is given).
 * - `jwk`: pretty JSON; a private JWK with a password is step's JWE. A key
 *   from a non-JWK input gets `kid` = its RFC 7638 thumbprint.
 *
 * oct keys exist only as JWKs. Every failure is a {@link JwkError} whose
 * message holds no secret.
 *
 * @example A private JWK to an encrypted PKCS#8 PEM, and back
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatKey, generateKeyMaterial } from "@jwk/jwk";
 *
 * const jwk = await generateKeyMaterial({ kty: "EC", crv: "P-256" });
 * const pem = await formatKey(jwk, { password: "pw", iterations: 1000 });
 * const text = new TextDecoder().decode(pem.data);
 * assert.match(text, /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
 * assert.equal(pem.what, "encrypted PKCS#8 private key (PEM)");
 *
 * const back = await formatKey(text, { inputPassword: () => "pw" });
 * const read = JSON.parse(new TextDecoder().decode(back.data));
 * assert.deepEqual([read.x, read.y, read.d], [jwk.x, jwk.y, jwk.d]);
 * ```
 *
 * @example Public OpenSSH line with a comment; oct keys have no PEM
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatKey, JwkError } from "@jwk/jwk";
 *
 * const jwk = { kty: "OKP", crv: "Ed25519", x: "Gb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE" };
 * const line = new TextDecoder().decode((await formatKey(jwk, { format: "ssh", comment: "ci" })).data);
 * assert.equal(line, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBm/RAlphM3+hUG6wWfcO5bIUIaqMLa2ywxcOK1wMWbh ci\n");
 *
 * await assert.rejects(
 *   formatKey({ kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA" }),
 *   (e) => e instanceof JwkError && e.code === "UNSUPPORTED",
 * );
 * ```
 */
export async function formatKey(
  input: string | Uint8Array | JsonWebKey,
  options: FormatKeyOptions = {},
): Promise<FormattedKey> {
  const format = options.format;
  if (format !== undefined && !KEY_OUTPUT_FORMATS.includes(format)) {
    throw new JwkError(
      "INVALID_OPTION",
      `unknown output format '${format}' (one of ${KEY_OUTPUT_FORMATS.join(", ")})`,
    );
  }
  if (options.traditional && format !== undefined && format !== "pem" && format !== "der") {
    throw new JwkError("INCOMPATIBLE_OPTIONS", "the traditional forms exist only as PEM or DER");
  }
  const key = await readInput(input, options);
  const fromJwk = key.format === "JWK" || key.format === "encrypted JWK";
  const out: KeyOutputFormat = format ?? (options.traditional || fromJwk ? "pem" : "jwk");
  const jwk = key.jwk;
  if (options.publicOnly && jwk.kty === "oct") {
    throw new JwkError(
      "UNSUPPORTED",
      "an oct (symmetric) key has no public part: writing it would write the secret",
    );
  }
  const isPrivate = key.isPrivate && !options.publicOnly;
  if (isPrivate && fromJwk && out !== "jwk") await checkPrivateJwk(jwk);
  const base = { format: out, isPrivate, input: key.format };

  if (out === "jwk") {
    let result: Jwk = isPrivate ? jwk : publicJwk(jwk);
    if (!fromJwk && result.kid === undefined && result.kty !== "oct") {
      result = orderMembers({ ...result, kid: await thumbprint(result) });
    }
    const what = isPrivate ? "private JWK" : "public JWK";
    const pw = isPrivate ? await resolveSecret(options.password) : undefined;
    if (!pw) return { ...base, data: json(result), encrypted: false, what };
    // jwe.ts brings jose: loaded only to encrypt.
    const { encryptJwk } = await loadModule("jwe.ts");
    const jwe = await encryptJwk(result, pw, { iterations: options.iterations });
    return { ...base, data: json(jwe), encrypted: true, what: "encrypted JWK" };
  }

  if (out === "ssh") {
    const comment = options.comment ?? jwk.kid;
    if (!isPrivate) {
      return {
        ...base,
        data: enc.encode(sshPublicLine(jwk, comment)),
        encrypted: false,
        what: "OpenSSH public key",
      };
    }
    // Builds the file once in clear first, so every check runs before a password is asked.
    const { openSshPrivateBytes } = await loadModule("pem/openssh_write.ts");
    (await openSshPrivateBytes(jwk, { comment })).fill(0);
    const pw = await resolveSecret(options.password);
    const bin = await openSshPrivateBytes(jwk, { comment, password: pw });
    const text = pemArmor("OPENSSH PRIVATE KEY", bin, 70);
    bin.fill(0);
    return {
      ...base,
      data: enc.encode(text),
      encrypted: pw !== undefined,
      what: pw ? "encrypted OpenSSH private key" : "OpenSSH private key",
    };
  }

  // PEM and DER.
  const form = options.traditional ? "traditional" : "pkcs8";
  const suffix = out === "pem" ? " (PEM)" : " (DER)";
  const finish = (k: DerKey, encrypted: boolean): FormattedKey => ({
    ...base,
    data: out === "pem" ? enc.encode(pemArmor(k.label, k.der)) : k.der,
    encrypted,
    what: k.what + suffix,
  });
  if (!isPrivate) return finish(publicKeyDer(jwk, form), false);
  const der = privateKeyDer(jwk, form);
  if (options.password === undefined) return finish(der, false);
  if (der.label !== "PRIVATE KEY") {
    throw new JwkError(
      "INCOMPATIBLE_OPTIONS",
      `a traditional ${keyWriter(jwk).name} private key cannot be encrypted soundly ` +
        "(only with OpenSSL's weak legacy scheme): write PKCS#8 to encrypt it, " +
        "or the traditional form without a password",
    );
  }
  const pw = (await resolveSecret(options.password))!;
  const { encryptPkcs8 } = await loadModule("pem/encrypt.ts");
  const encrypted = await encryptPkcs8(der.der, pw, { iterations: options.iterations });
  der.der.fill(0);
  return finish(
    { der: encrypted, label: "ENCRYPTED PRIVATE KEY", what: "encrypted PKCS#8 private key" },
    true,
  );
}
