/**
 * Reads a key from PEM text or DER bytes, whatever the container: PKCS#8
 * (plain or encrypted), SPKI, PKCS#1, SEC1, OpenSSL legacy encrypted PEM,
 * X.509 certificates and bundles, PKCS#10 requests and OpenSSH private keys.
 * The result is a JWK with members in the exact RFC 7518/8037 shapes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readKey } from "./read.ts";
 * const pem = "-----BEGIN PUBLIC KEY-----\n" +
 *   "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n" +
 *   "-----END PUBLIC KEY-----\n";
 * const { jwk, isPrivate, format } = await readKey(pem);
 * assert.ok(jwk.kty === "OKP" && jwk.crv === "Ed25519" && !isPrivate);
 * assert.ok(format === "SPKI public key");
 * ```
 * @module
 */

import { children, decodeDer, type DerNode, TAG } from "./asn1.ts";
import { JwkError } from "../errors.ts";
import {
  decodeBase64,
  encodeBase64,
  encodeBase64Url,
  isLegacyEncrypted,
  looksLikePem,
  parsePem,
  type PemBlock,
  shortType,
} from "./armor.ts";
import type { PasswordSource } from "./decrypt.ts";
import { SUPPORTED_KEYS } from "./oids.ts";
import { readPkcs1Private, readPkcs1Public, readPkcs8, readSec1, readSpki } from "./pkcs.ts";
import { loadModule } from "../lazy.ts";
import { certDigest } from "../key_input.ts";

// Loaded only for the inputs that need them: a key in clear needs none.
const decrypt = () => loadModule("pem/decrypt.ts");
const x509 = () => loadModule("pem/x509.ts");

/**
 * A key read from PEM or DER, as JWK members plus what the container said.
 * It fits `createJwk`'s `key` option as it is.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type PemKey, readKey } from "./read.ts";
 * const key: PemKey = await readKey(
 *   "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAbc0O1q1O5u3QWKOECvlSkRgUyrXWYGO3Y85ysq2Rx8c=\n-----END PUBLIC KEY-----\n",
 * );
 * assert.equal(key.jwk.crv, "Ed25519");
 * assert.equal(key.isPrivate, false);
 * ```
 */
export interface PemKey {
  /**
   * JWK members of the key: kty + (crv,x,y,d) | (n,e,d,p,q,dp,dq,qi) | (crv,x,d).
   * Private members only when the input had a private key. No alg/use/kid.
   */
  jwk: JsonWebKey;
  /** Whether the input held a private key (and `jwk` has private members). */
  isPrivate: boolean;
  /** Certificates: every certificate of a bundle in order, standard base64 DER (x5c form), leaf first. */
  x5c?: string[];
  /** base64url SHA-256 of the first certificate's DER (x5t#S256). */
  x5tS256?: string;
  /**
   * From the leaf certificate's keyUsage extension: "sig" (only
   * digitalSignature/nonRepudiation/keyCertSign/cRLSign), "enc" (only
   * keyEncipherment/dataEncipherment/keyAgreement), "ambiguous" (both kinds),
   * undefined if no keyUsage extension.
   */
  certUse?: "sig" | "enc" | "ambiguous";
  /** What was read, for messages, e.g. "PKCS#8 private key", "X.509 certificate", "OpenSSH private key". */
  format: string;
}

/**
 * Options of {@link readKey}.
 *
 * @example Giving the password only when the file turns out to be encrypted
 * ```ts
 * import assert from "node:assert/strict";
 * import type { ReadPemOptions } from "./read.ts";
 * let asked = 0;
 * const options: ReadPemOptions = { password: () => (asked++, "secret") };
 * assert.equal(typeof options.password, "function");
 * ```
 */
export interface ReadPemOptions {
  /** Called at most once, only when the input is encrypted; returns the password bytes. */
  password?: () => Promise<Uint8Array | string> | Uint8Array | string;
}

/**
 * Largest input accepted (a big CA bundle is well under 1 MiB).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { MAX_INPUT_BYTES } from "./read.ts";
 * assert.ok(MAX_INPUT_BYTES >= 1 << 20);
 * ```
 */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

const SUPPORTED_PEM = "PRIVATE KEY, ENCRYPTED PRIVATE KEY, PUBLIC KEY, RSA PRIVATE KEY, " +
  "RSA PUBLIC KEY, EC PRIVATE KEY, CERTIFICATE, CERTIFICATE REQUEST, OPENSSH PRIVATE KEY";

const CERT_TYPES = new Set(["CERTIFICATE", "X509 CERTIFICATE"]);

interface Read {
  jwk: JsonWebKey;
  format: string;
}

function passwordSource(options: ReadPemOptions): PasswordSource {
  let cached: Promise<Uint8Array> | undefined;
  return (what) => {
    const ask = options.password;
    if (!ask) {
      return Promise.reject(
        new JwkError(
          "BAD_PASSWORD",
          `${
            what.replace(/^encrypted /, "")
          } is encrypted: a password is needed (--pem-password-file)`,
        ),
      );
    }
    cached ??= (async () => {
      const pw = await ask();
      return typeof pw === "string" ? new TextEncoder().encode(pw) : pw;
    })();
    return cached;
  };
}

/** Runs `parse` on decrypted bytes; a structure that does not parse means a wrong password. */
async function afterDecrypt<T>(parse: () => Promise<T> | T): Promise<T> {
  try {
    return await parse();
  } catch (e) {
    if (e instanceof JwkError && e.code === "BAD_PEM") throw (await decrypt()).wrongPassword();
    throw e;
  }
}

async function readBlock(block: PemBlock, password: PasswordSource): Promise<Read> {
  const legacy = isLegacyEncrypted(block);
  const type = block.type;
  if (legacy && type !== "RSA PRIVATE KEY" && type !== "EC PRIVATE KEY") {
    if (type === "DSA PRIVATE KEY") return unsupportedDsa();
    throw new JwkError("BAD_PEM", `PEM block "${shortType(type)}" must not have headers`);
  }
  switch (type) {
    case "PRIVATE KEY":
      return { jwk: await readPkcs8(block.der), format: "PKCS#8 private key" };
    case "ENCRYPTED PRIVATE KEY": {
      const what = "encrypted PKCS#8 private key";
      const der = await (await decrypt()).decryptPkcs8(block.der, what, password);
      return { jwk: await afterDecrypt(() => readPkcs8(der, what)), format: what };
    }
    case "PUBLIC KEY":
      return { jwk: await readSpki(block.der), format: "SPKI public key" };
    case "RSA PUBLIC KEY":
      return { jwk: readPkcs1Public(block.der), format: "PKCS#1 RSA public key" };
    case "RSA PRIVATE KEY": {
      if (!legacy) return { jwk: readPkcs1Private(block.der), format: "PKCS#1 RSA private key" };
      const what = "encrypted PKCS#1 RSA private key";
      const der = await (await decrypt()).decryptLegacy(block, what, password);
      return { jwk: await afterDecrypt(() => readPkcs1Private(der, what)), format: what };
    }
    case "EC PRIVATE KEY": {
      if (!legacy) return { jwk: await readSec1(block.der), format: "SEC1 EC private key" };
      const what = "encrypted SEC1 EC private key";
      const der = await (await decrypt()).decryptLegacy(block, what, password);
      return { jwk: await afterDecrypt(() => readSec1(der, undefined, what)), format: what };
    }
    case "CERTIFICATE REQUEST":
    case "NEW CERTIFICATE REQUEST":
      return {
        jwk: await (await x509()).readCsr(block.der),
        format: "PKCS#10 certificate request",
      };
    case "OPENSSH PRIVATE KEY":
      return await openSsh(block.der, password);
    case "DSA PRIVATE KEY":
      return unsupportedDsa();
    default:
      throw new JwkError(
        "UNSUPPORTED",
        `PEM type "${shortType(type)}" is not supported; supported: ${SUPPORTED_PEM}`,
      );
  }
}

async function openSsh(blob: Uint8Array, password: PasswordSource): Promise<Read> {
  let encrypted = false;
  const { readOpenSsh } = await loadModule("pem/openssh.ts");
  const jwk = await readOpenSsh(blob, (what) => {
    encrypted = true;
    return password(what);
  });
  return { jwk, format: encrypted ? "encrypted OpenSSH private key" : "OpenSSH private key" };
}

function unsupportedDsa(): never {
  throw new JwkError("UNSUPPORTED", `DSA keys are not supported; supported: ${SUPPORTED_KEYS}`);
}

/** Certificate `index` (from 0) of a bundle, for messages. */
const bundleWhat = (index: number) => `certificate ${index + 1} of the bundle`;

const PUBLIC_MEMBERS = ["kty", "crv", "x", "y", "n", "e", "alg", "pub"] as const;

/** Whether a key read here is private: `d` (EC, OKP, RSA) or `priv` (AKP, the ML-DSA seed). */
function hasPrivate(jwk: JsonWebKey): boolean {
  return jwk.d !== undefined || (jwk as { priv?: unknown }).priv !== undefined;
}

async function withCertificates(
  key: Read | undefined,
  certs: Uint8Array[],
): Promise<PemKey> {
  const x = await x509();
  const leaf = await x.readCertificate(certs[0], bundleWhat(0));
  certs.slice(1).forEach((c, i) => x.checkCertificate(c, bundleWhat(i + 1)));
  const plural = certs.length > 1 ? ` bundle (${certs.length} certificates)` : "";
  let jwk = leaf.jwk;
  let format = `X.509 certificate${plural}`;
  if (key) {
    const [a, b] = [key.jwk as Record<string, unknown>, leaf.jwk as Record<string, unknown>];
    if (PUBLIC_MEMBERS.some((m) => a[m] !== b[m])) {
      throw new JwkError(
        "BAD_KEY",
        `the ${key.format} does not match the public key of the first certificate`,
      );
    }
    jwk = key.jwk;
    format = `${key.format} with X.509 certificate${plural}`;
  }
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", certs[0].slice()));
  return {
    jwk,
    isPrivate: hasPrivate(jwk),
    x5c: certs.map(encodeBase64),
    x5tS256: encodeBase64Url(hash),
    certUse: leaf.certUse,
    format,
  };
}

/**
 * Checks a JWK's `x5c` (RFC 7517 §4.7): every entry is an X.509 certificate,
 * the first one holds this very public key, and `x5t#S256` / `x5t`, when
 * present, are its SHA-256 / SHA-1. A JWK whose chain belongs to another key
 * would otherwise be published as it is. Throws a BAD_KEY JwkError.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import "../lazy_literal.ts";
 * import { checkX5c } from "./read.ts";
 * await assert.rejects(
 *   checkX5c({ kty: "OKP", crv: "Ed25519", x: "AAAA", x5c: ["MAA="] }),
 *   /x5c\[0\] is not an X\.509 certificate/,
 * );
 * ```
 */
export async function checkX5c(jwk: Record<string, unknown>): Promise<void> {
  const x5c = jwk.x5c as string[];
  const ders = x5c.map((c, i) => {
    try {
      return decodeBase64(c, `x5c[${i}]`);
    } catch {
      throw new JwkError("BAD_KEY", `the JWK's x5c[${i}] is not base64`);
    }
  });
  const x = await x509();
  let leaf: JsonWebKey | undefined;
  for (const [i, der] of ders.entries()) {
    try {
      if (i === 0) leaf = (await x.readCertificate(der)).jwk;
      else x.checkCertificate(der);
    } catch {
      throw new JwkError("BAD_KEY", `the JWK's x5c[${i}] is not an X.509 certificate`);
    }
  }
  const cert = leaf as Record<string, unknown>;
  // The certificate's key has no alg, except an ML-DSA key's parameter set.
  const members = PUBLIC_MEMBERS.filter((m) => m !== "alg" || cert.kty === "AKP");
  if (members.some((m) => jwk[m] !== cert[m])) {
    throw new JwkError("BAD_KEY", "the JWK's x5c[0] certificate holds another public key");
  }
  for (const [m, hash, bytes] of [["x5t#S256", "SHA-256", 32], ["x5t", "SHA-1", 20]] as const) {
    if (jwk[m] === undefined) continue;
    const want = encodeBase64Url(new Uint8Array(await crypto.subtle.digest(hash, ders[0].slice())));
    if (encodeBase64Url(certDigest(jwk[m] as string, bytes) ?? new Uint8Array()) !== want) {
      throw new JwkError(
        "BAD_KEY",
        `the JWK's '${m}' is not the ${hash} of its x5c[0] certificate`,
      );
    }
  }
}

async function readPemText(bytes: Uint8Array, password: PasswordSource): Promise<PemKey> {
  const blocks = parsePem(new TextDecoder().decode(bytes));
  const certs = blocks.filter((b) => CERT_TYPES.has(b.type));
  // `openssl ecparam -genkey` writes an EC PARAMETERS block before the key.
  const keys = blocks.filter((b) => !CERT_TYPES.has(b.type) && b.type !== "EC PARAMETERS");
  for (const c of certs) {
    if (Object.keys(c.headers).length) {
      throw new JwkError("BAD_PEM", `PEM block "CERTIFICATE" must not have headers`);
    }
  }
  if (keys.length > 1) {
    const types = keys.map((b) => shortType(b.type)).slice(0, 5).join(", ");
    throw new JwkError(
      "BAD_PEM",
      `found ${keys.length} key blocks (${types}); expected one key, optionally with its certificates`,
    );
  }
  if (keys.length === 0 && certs.length === 0) {
    const only = blocks[0] ? `only "${shortType(blocks[0].type)}"` : "no PEM block";
    throw new JwkError("BAD_PEM", `${only} found; expected a key or a certificate`);
  }
  const key = keys.length ? await readBlock(keys[0], password) : undefined;
  if (certs.length) return await withCertificates(key, certs.map((c) => c.der));
  return { jwk: key!.jwk, isPrivate: hasPrivate(key!.jwk), format: key!.format };
}

/** Which DER structure `top` is, from the shape of its first elements. */
function classifyDer(top: DerNode): string {
  const what = "DER input";
  if (top.tag !== TAG.SEQUENCE) return "unknown";
  const kids = children(top, what);
  const tags = kids.map((k) => k.tag);
  if (tags[0] === TAG.SEQUENCE) {
    if (kids.length === 3 && tags[1] === TAG.SEQUENCE && tags[2] === TAG.BIT_STRING) {
      const inner = children(kids[0], what);
      return inner[0]?.tag === TAG.CONTEXT_0 || inner.length >= 6 ? "certificate" : "csr";
    }
    if (kids.length === 2 && tags[1] === TAG.BIT_STRING) return "spki";
    if (kids.length === 2 && tags[1] === TAG.OCTET_STRING) return "encrypted-pkcs8";
  }
  if (tags[0] === TAG.INTEGER) {
    if (tags[1] === TAG.SEQUENCE && tags[2] === TAG.OCTET_STRING) return "pkcs8";
    // PFX { version 3, ContentInfo, MacData? }
    if (tags[1] === TAG.SEQUENCE && (kids.length === 2 || tags[2] === TAG.SEQUENCE)) {
      return kids.length <= 3 ? "pkcs12" : "unknown";
    }
    if (tags[1] === TAG.OCTET_STRING) return "sec1";
    if (tags.every((t) => t === TAG.INTEGER)) {
      if (kids.length === 2) return "pkcs1-public";
      if (kids.length === 9 || kids.length === 10) return "pkcs1-private";
      if (kids.length === 6) return "dsa";
    }
  }
  return "unknown";
}

async function readDer(der: Uint8Array, password: PasswordSource): Promise<PemKey> {
  const plain = (jwk: JsonWebKey, format: string): PemKey => ({
    jwk,
    isPrivate: hasPrivate(jwk),
    format: `${format} (DER)`,
  });
  switch (classifyDer(decodeDer(der, "DER input"))) {
    case "certificate": {
      const r = await withCertificates(undefined, [der]);
      return { ...r, format: `${r.format} (DER)` };
    }
    case "csr":
      return plain(await (await x509()).readCsr(der), "PKCS#10 certificate request");
    case "spki":
      return plain(await readSpki(der), "SPKI public key");
    case "pkcs8":
      return plain(await readPkcs8(der), "PKCS#8 private key");
    case "encrypted-pkcs8": {
      const what = "encrypted PKCS#8 private key";
      const inner = await (await decrypt()).decryptPkcs8(der, what, password);
      return plain(await afterDecrypt(() => readPkcs8(inner, what)), what);
    }
    case "sec1":
      return plain(await readSec1(der), "SEC1 EC private key");
    case "pkcs1-public":
      return plain(readPkcs1Public(der), "PKCS#1 RSA public key");
    case "pkcs1-private":
      return plain(readPkcs1Private(der), "PKCS#1 RSA private key");
    case "pkcs12":
      return await readPkcs12File(der, password);
    case "dsa":
      return unsupportedDsa();
    default:
      throw new JwkError(
        "BAD_PEM",
        "DER input is not a supported structure; supported: PKCS#8, SPKI, PKCS#1, SEC1, " +
          "X.509 certificate, PKCS#10 request, EncryptedPrivateKeyInfo, PKCS#12",
      );
  }
}

/**
 * A PKCS#12 file's key with its certificates, the one that holds the key
 * first (x5c order), or its certificates alone. Certificates that are for
 * other keys only (a key exported with its CA's) are not the key's x5c: the
 * key comes alone, and the format says so.
 */
async function readPkcs12File(der: Uint8Array, password: PasswordSource): Promise<PemKey> {
  const { key, certs } = await (await loadModule("pem/pkcs12.ts")).readPkcs12(der, password);
  const named = (r: PemKey): PemKey => ({ ...r, format: `PKCS#12 file (${r.format})` });
  if (!key) {
    if (certs.length === 0) {
      throw new JwkError("BAD_PEM", "the PKCS#12 file holds no key and no certificate");
    }
    return named(await withCertificates(undefined, certs));
  }
  const what = "private key of the PKCS#12 file";
  const read = () => readPkcs8(key.der, what);
  const jwk = key.encrypted ? await afterDecrypt(read) : await read();
  key.der.fill(0);
  const x = await x509();
  let leaf = -1;
  for (let i = 0; i < certs.length && leaf < 0; i++) {
    // A CA certificate may hold a key this tool does not read: it is not the leaf.
    const c = await x.readCertificate(certs[i], bundleWhat(i)).then(
      (r) => r.jwk as Record<string, unknown>,
      () => undefined,
    );
    if (c && PUBLIC_MEMBERS.every((m) => (jwk as Record<string, unknown>)[m] === c[m])) leaf = i;
  }
  if (leaf < 0) {
    certs.forEach((c, i) => x.checkCertificate(c, bundleWhat(i)));
    const others = certs.length ? `; its ${certs.length} certificate(s) are for other keys` : "";
    return named({ jwk, isPrivate: true, format: `private key${others}` });
  }
  const ordered = [certs[leaf], ...certs.filter((_, i) => i !== leaf)];
  return named(await withCertificates({ jwk, format: "private key" }, ordered));
}

const OPENSSH_MAGIC = new TextEncoder().encode("openssh-key-v1\0");

/**
 * Reads PEM text or DER bytes (detected without a flag) into a JWK. Async
 * because deriving public keys and decrypting use WebCrypto. Every bad input
 * ends in a {@link JwkError} (codes BAD_PEM, BAD_KEY, BAD_PASSWORD,
 * UNSUPPORTED) whose message never holds key material or the password.
 *
 * @example Reading an encrypted key
 * ```ts
 * import assert from "node:assert/strict";
 * import { readKey } from "./read.ts";
 * import { JwkError } from "../errors.ts";
 * const pem = "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMAA=\n-----END ENCRYPTED PRIVATE KEY-----\n";
 * try {
 *   await readKey(pem, { password: () => "secret" });
 * } catch (e) {
 *   assert.ok(e instanceof JwkError && e.code === "BAD_PEM");
 * }
 * ```
 */
export async function readKey(
  input: Uint8Array | string,
  options: ReadPemOptions = {},
): Promise<PemKey> {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new JwkError(
      "BAD_PEM",
      `input of ${bytes.length} bytes is too large (at most ${MAX_INPUT_BYTES})`,
    );
  }
  const password = passwordSource(options);
  if (looksLikePem(bytes)) return await readPemText(bytes, password);
  if (bytes.length >= OPENSSH_MAGIC.length && OPENSSH_MAGIC.every((b, i) => bytes[i] === b)) {
    const { jwk, format } = await openSsh(bytes, password);
    return { jwk, isPrivate: true, format: `${format} (binary)` };
  }
  if (bytes[0] === TAG.SEQUENCE) return await readDer(bytes, password);
  const ssh = await loadModule("pem/ssh_public.ts");
  if (ssh.looksLikeSshPublic(bytes)) {
    const { jwk, format } = await ssh.readSshPublicText(bytes);
    return { jwk, isPrivate: false, format };
  }
  throw new JwkError(
    "BAD_PEM",
    'input is neither PEM (no "-----BEGIN" line) nor DER, nor an OpenSSH public key line; ' +
      "expected a key or a certificate",
  );
}
