/**
 * Writes a JWK as DER and PEM: SubjectPublicKeyInfo, PKCS#8, and the
 * traditional forms (PKCS#1 for RSA, SEC1 for EC), plus the SSH public key
 * blob and line. One table row per key type ({@link KEY_WRITERS}, keyed
 * `RSA`, `EC/<crv>`, `OKP/<crv>`, `AKP/<alg>`) says how that type is encoded,
 * so a new key type plugs in with one row. Runtime-neutral: no Deno APIs, no
 * WebCrypto (encryption lives in `encrypt.ts` and `openssh_write.ts`).
 *
 * @example An Ed25519 public key as SPKI PEM
 * ```ts
 * import assert from "node:assert/strict";
 * import { pemArmor, publicKeyDer } from "./write.ts";
 * const jwk = { kty: "OKP", crv: "Ed25519", x: "Gb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE" };
 * const { der, label } = publicKeyDer(jwk);
 * assert.equal(
 *   pemArmor(label, der),
 *   "-----BEGIN PUBLIC KEY-----\n" +
 *     "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n" +
 *     "-----END PUBLIC KEY-----\n",
 * );
 * ```
 * @module
 */

import { JwkError } from "../errors.ts";
import { decodeBase64, encodeBase64 } from "./armor.ts";
import { encodeOid, encodeTlv, TAG } from "./asn1.ts";
import { OID } from "./oids.ts";
import { concatBytes, sshMpint, sshString, sshText } from "./ssh_wire.ts";

/** A JWK as the writer takes it: any object with JWK members (strings, base64url). */
export type KeyMembers = object;

/** One member of a JWK, unchecked. */
function get(jwk: KeyMembers, name: string): unknown {
  return (jwk as Record<string, unknown>)[name];
}

/** Which container a private (or RSA public) key goes in. */
export type KeyForm = "pkcs8" | "traditional";

/** One encoded key: its DER, the PEM label, and what it is, for messages. */
export interface DerKey {
  /** The DER encoding. */
  der: Uint8Array;
  /** The PEM label, e.g. "PRIVATE KEY". */
  label: string;
  /** What it is, e.g. "PKCS#8 private key". */
  what: string;
}

/** A traditional (type-specific) container of a key type. */
export interface TraditionalForm {
  /** PEM label, e.g. "RSA PRIVATE KEY". */
  label: string;
  /** What it is, e.g. "PKCS#1 RSA private key". */
  what: string;
  /** The DER encoding. */
  der(jwk: KeyMembers): Uint8Array;
}

/** How a key type appears in OpenSSH. */
export interface SshForm {
  /** The key type name, e.g. "ssh-ed25519". */
  type: string;
  /** The public key blob (type name included). */
  publicBlob(jwk: KeyMembers): Uint8Array;
  /** The private key fields of openssh-key-v1 (type name included). */
  privateFields(jwk: KeyMembers): Uint8Array;
}

/** How one key type is written. */
export interface KeyWriter {
  /** Name for messages, e.g. "EC P-256". */
  name: string;
  /** SubjectPublicKeyInfo DER. */
  spki(jwk: KeyMembers): Uint8Array;
  /** PKCS#8 PrivateKeyInfo DER. */
  pkcs8(jwk: KeyMembers): Uint8Array;
  /** The traditional private form, when the type has one (else PKCS#8 is used). */
  traditionalPrivate?: TraditionalForm;
  /** The traditional public form, when the type has one (else SPKI is used). */
  traditionalPublic?: TraditionalForm;
  /** The OpenSSH form, when OpenSSH knows the type. */
  ssh?: SshForm;
}

/** A member's bytes: strict base64url, of exactly `size` bytes when given. */
function member(jwk: KeyMembers, name: string, size?: number): Uint8Array {
  const v = get(jwk, name);
  if (typeof v !== "string" || !/^[A-Za-z0-9_-]+$/.test(v) || v.length % 4 === 1) {
    throw new JwkError("BAD_KEY", `the JWK's '${name}' member is missing or not base64url`);
  }
  const b64 = v.replace(/-/g, "+").replace(/_/g, "/") + "==".slice(0, (4 - v.length % 4) % 4);
  const bytes = decodeBase64(b64, `the JWK's '${name}' member`);
  if (size !== undefined && bytes.length !== size) {
    throw new JwkError("BAD_KEY", `the JWK's '${name}' member must be ${size} bytes`);
  }
  return bytes;
}

const seq = (...parts: Uint8Array[]) => encodeTlv(TAG.SEQUENCE, ...parts);
const octets = (bytes: Uint8Array) => encodeTlv(TAG.OCTET_STRING, bytes);
const bitString = (bytes: Uint8Array) => encodeTlv(TAG.BIT_STRING, new Uint8Array([0]), bytes);
// Fixed encodings, and algorithm identifiers made on first use: code run when
// the module loads costs every format command its first-call compilation.
const DER_NULL = new Uint8Array([5, 0]);
const VERSION_0 = new Uint8Array([2, 1, 0]);
const VERSION_1 = new Uint8Array([2, 1, 1]);

/**
 * A non-negative INTEGER from an unsigned big-endian magnitude (minimal,
 * with a zero byte in front when the top bit is set).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { derUnsigned } from "./write.ts";
 * assert.deepEqual([...derUnsigned(new Uint8Array([0, 0, 0x80]))], [2, 2, 0, 0x80]);
 * ```
 */
export function derUnsigned(magnitude: Uint8Array): Uint8Array {
  let i = 0;
  while (i < magnitude.length - 1 && magnitude[i] === 0) i++;
  let v = magnitude.subarray(i);
  if (v.length === 0) v = new Uint8Array(1);
  return encodeTlv(TAG.INTEGER, ...(v[0] & 0x80 ? [new Uint8Array([0]), v] : [v]));
}

/** PKCS#8 PrivateKeyInfo, version 0, without attributes. */
function privateKeyInfo(algorithm: Uint8Array, privateKey: Uint8Array): Uint8Array {
  return seq(VERSION_0, algorithm, octets(privateKey));
}

/**
 * An EC curve's row: the SEC1 point, SPKI with the curve OID, SEC1
 * ECPrivateKey (with the curve inside when it stands alone, without it inside
 * PKCS#8, as OpenSSL writes it), and the OpenSSH ecdsa form when named.
 */
function ecWriter(crv: string, curveOid: string, size: number, sshCurve?: string): KeyWriter {
  let id: Uint8Array | undefined;
  const algorithm = () => id ??= seq(encodeOid(OID.EC_PUBLIC_KEY), encodeOid(curveOid));
  const point = (jwk: KeyMembers) =>
    concatBytes(new Uint8Array([4]), member(jwk, "x", size), member(jwk, "y", size));
  const sec1 = (jwk: KeyMembers, withCurve: boolean) =>
    seq(
      VERSION_1,
      octets(member(jwk, "d", size)),
      ...(withCurve ? [encodeTlv(TAG.CONTEXT_0, encodeOid(curveOid))] : []),
      encodeTlv(TAG.CONTEXT_1, bitString(point(jwk))),
    );
  const type = `ecdsa-sha2-${sshCurve}`;
  return {
    name: `EC ${crv}`,
    spki: (jwk) => seq(algorithm(), bitString(point(jwk))),
    pkcs8: (jwk) => privateKeyInfo(algorithm(), sec1(jwk, false)),
    traditionalPrivate: {
      label: "EC PRIVATE KEY",
      what: "SEC1 EC private key",
      der: (jwk) => sec1(jwk, true),
    },
    ssh: sshCurve === undefined ? undefined : {
      type,
      publicBlob: (jwk) => concatBytes(sshText(type), sshText(sshCurve), sshString(point(jwk))),
      privateFields: (jwk) =>
        concatBytes(
          sshText(type),
          sshText(sshCurve),
          sshString(point(jwk)),
          sshMpint(member(jwk, "d", size)),
        ),
    },
  };
}

/**
 * An OKP curve's row (RFC 8410): the raw public key in SPKI, the private key
 * as an OCTET STRING inside PKCS#8's, and the OpenSSH form when named.
 */
function okpWriter(crv: string, oid: string, size: number, sshType?: string): KeyWriter {
  let id: Uint8Array | undefined;
  const algorithm = () => id ??= seq(encodeOid(oid));
  return {
    name: `OKP ${crv}`,
    spki: (jwk) => seq(algorithm(), bitString(member(jwk, "x", size))),
    pkcs8: (jwk) => privateKeyInfo(algorithm(), octets(member(jwk, "d", size))),
    ssh: sshType === undefined ? undefined : {
      type: sshType,
      publicBlob: (jwk) => concatBytes(sshText(sshType), sshString(member(jwk, "x", size))),
      // OpenSSH keeps the 64-byte secret key of RFC 8032's reference code: seed, then public key.
      privateFields: (jwk) =>
        concatBytes(
          sshText(sshType),
          sshString(member(jwk, "x", size)),
          sshString(concatBytes(member(jwk, "d", size), member(jwk, "x", size))),
        ),
    },
  };
}

/**
 * An AKP row (RFC 9964, ML-DSA): the raw public key `pub` in SPKI, and the
 * 32-byte seed `priv` in PKCS#8 as RFC 9881's seed form (`[0] IMPLICIT OCTET
 * STRING`), which is what WebCrypto exports.
 */
function akpWriter(alg: string, oid: string, pubSize: number): KeyWriter {
  let id: Uint8Array | undefined;
  const algorithm = () => id ??= seq(encodeOid(oid));
  return {
    name: alg,
    spki: (jwk) => seq(algorithm(), bitString(member(jwk, "pub", pubSize))),
    pkcs8: (jwk) => privateKeyInfo(algorithm(), encodeTlv(0x80, member(jwk, "priv", 32))),
  };
}

const RSA_PRIVATE = ["d", "p", "q", "dp", "dq", "qi"] as const;

/** The RSA private members; primes are required (PKCS#1 and OpenSSH store them). */
function rsaPrivate(jwk: KeyMembers): Record<(typeof RSA_PRIVATE)[number], Uint8Array> {
  if (RSA_PRIVATE.slice(1).some((m) => get(jwk, m) === undefined)) {
    throw new JwkError(
      "UNSUPPORTED",
      "an RSA private JWK without its primes (p, q, dp, dq, qi) cannot be written as PEM, DER or OpenSSH",
    );
  }
  return Object.fromEntries(RSA_PRIVATE.map((m) => [m, member(jwk, m)])) as Record<
    (typeof RSA_PRIVATE)[number],
    Uint8Array
  >;
}

let rsaAlg: Uint8Array | undefined;
const RSA_ALGORITHM = () => rsaAlg ??= seq(encodeOid(OID.RSA), DER_NULL);
const pkcs1Public = (jwk: KeyMembers) =>
  seq(derUnsigned(member(jwk, "n")), derUnsigned(member(jwk, "e")));
const pkcs1Private = (jwk: KeyMembers) => {
  const k = rsaPrivate(jwk);
  return seq(
    VERSION_0,
    derUnsigned(member(jwk, "n")),
    derUnsigned(member(jwk, "e")),
    ...[k.d, k.p, k.q, k.dp, k.dq, k.qi].map(derUnsigned),
  );
};

const RSA_WRITER: KeyWriter = {
  name: "RSA",
  spki: (jwk) => seq(RSA_ALGORITHM(), bitString(pkcs1Public(jwk))),
  pkcs8: (jwk) => privateKeyInfo(RSA_ALGORITHM(), pkcs1Private(jwk)),
  traditionalPrivate: {
    label: "RSA PRIVATE KEY",
    what: "PKCS#1 RSA private key",
    der: pkcs1Private,
  },
  traditionalPublic: { label: "RSA PUBLIC KEY", what: "PKCS#1 RSA public key", der: pkcs1Public },
  ssh: {
    type: "ssh-rsa",
    publicBlob: (jwk) =>
      concatBytes(sshText("ssh-rsa"), sshMpint(member(jwk, "e")), sshMpint(member(jwk, "n"))),
    privateFields: (jwk) => {
      const k = rsaPrivate(jwk);
      return concatBytes(
        sshText("ssh-rsa"),
        ...[member(jwk, "n"), member(jwk, "e"), k.d, k.qi, k.p, k.q].map(sshMpint),
      );
    },
  },
};

/**
 * How each key type is written, keyed `RSA`, `EC/<crv>`, `OKP/<crv>` (and
 * `AKP/<alg>` for key types named by their algorithm). Adding a key type is
 * one row, made by `ecWriter`, `okpWriter` or `akpWriter` with its OID and sizes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { KEY_WRITERS } from "./write.ts";
 * assert.equal(KEY_WRITERS["EC/P-384"].ssh?.type, "ecdsa-sha2-nistp384");
 * assert.equal(KEY_WRITERS["OKP/X25519"].ssh, undefined);
 * ```
 */
export const KEY_WRITERS: Readonly<Record<string, KeyWriter>> = {
  "RSA": RSA_WRITER,
  "EC/P-256": ecWriter("P-256", OID.P256, 32, "nistp256"),
  "EC/P-384": ecWriter("P-384", OID.P384, 48, "nistp384"),
  "EC/P-521": ecWriter("P-521", OID.P521, 66, "nistp521"),
  "OKP/Ed25519": okpWriter("Ed25519", OID.ED25519, 32, "ssh-ed25519"),
  "OKP/X25519": okpWriter("X25519", OID.X25519, 32),
  // Types the reader is still to learn: the rows are ready (and tested against
  // openssl's and WebCrypto's own encodings).
  "EC/secp256k1": ecWriter("secp256k1", "1.3.132.0.10", 32),
  "OKP/Ed448": okpWriter("Ed448", "1.3.101.113", 57),
  "OKP/X448": okpWriter("X448", "1.3.101.111", 56),
  "AKP/ML-DSA-44": akpWriter("ML-DSA-44", "2.16.840.1.101.3.4.3.17", 1312),
  "AKP/ML-DSA-65": akpWriter("ML-DSA-65", "2.16.840.1.101.3.4.3.18", 1952),
  "AKP/ML-DSA-87": akpWriter("ML-DSA-87", "2.16.840.1.101.3.4.3.19", 2592),
};

/** The table key of a JWK: `RSA`, `EC/P-256`, `OKP/Ed25519`, `AKP/ML-DSA-44`. */
function writerKey(jwk: KeyMembers): string {
  const kty = String(get(jwk, "kty"));
  if (kty === "RSA") return kty;
  return `${kty}/${String(get(jwk, kty === "AKP" ? "alg" : "crv"))}`;
}

/**
 * The writer row of a JWK's key type. oct keys, and types without a row,
 * are an UNSUPPORTED {@link JwkError}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { keyWriter } from "./write.ts";
 * assert.equal(keyWriter({ kty: "EC", crv: "P-521" }).name, "EC P-521");
 * assert.throws(() => keyWriter({ kty: "oct", k: "AAAA" }), /no PEM/);
 * ```
 */
export function keyWriter(jwk: KeyMembers): KeyWriter {
  if (get(jwk, "kty") === "oct") {
    throw new JwkError(
      "UNSUPPORTED",
      "an oct (symmetric) key has no PEM, DER or OpenSSH form: it can only be written as a JWK",
    );
  }
  const key = writerKey(jwk);
  const row = KEY_WRITERS[key];
  if (!row) {
    const known = Object.values(KEY_WRITERS).map((w) => w.name).join(", ");
    throw new JwkError(
      "UNSUPPORTED",
      `${
        key.replace("/", " ")
      } keys cannot be written as PEM, DER or OpenSSH (supported: ${known})`,
    );
  }
  return row;
}

/**
 * The public key as DER: SPKI, or with `form: "traditional"` the key type's
 * own public form where it has one (PKCS#1 `RSA PUBLIC KEY`; EC and OKP have
 * none and stay SPKI, as OpenSSL writes them).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { publicKeyDer } from "./write.ts";
 * const rsa = { kty: "RSA", n: "yw", e: "AQAB" };
 * assert.equal(publicKeyDer(rsa).label, "PUBLIC KEY");
 * assert.equal(publicKeyDer(rsa, "traditional").label, "RSA PUBLIC KEY");
 * ```
 */
export function publicKeyDer(jwk: KeyMembers, form: KeyForm = "pkcs8"): DerKey {
  const row = keyWriter(jwk);
  const t = form === "traditional" ? row.traditionalPublic : undefined;
  if (t) return { der: t.der(jwk), label: t.label, what: t.what };
  return { der: row.spki(jwk), label: "PUBLIC KEY", what: "SPKI public key" };
}

/**
 * The private key as DER: PKCS#8, or with `form: "traditional"` the key
 * type's own form where it has one (PKCS#1 for RSA, SEC1 for EC; OKP keys
 * have none and stay PKCS#8).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { privateKeyDer } from "./write.ts";
 * const jwk = { kty: "OKP", crv: "Ed25519", x: "A".repeat(43), d: "B".repeat(42) + "E" };
 * const { der, what } = privateKeyDer(jwk);
 * assert.equal(what, "PKCS#8 private key");
 * assert.equal(der.length, 48); // 16 bytes of structure around the 32-byte seed
 * ```
 */
export function privateKeyDer(jwk: KeyMembers, form: KeyForm = "pkcs8"): DerKey {
  const row = keyWriter(jwk);
  if (get(jwk, "d") === undefined && get(jwk, "priv") === undefined) {
    throw new JwkError("BAD_KEY", "the key has no private part");
  }
  const t = form === "traditional" ? row.traditionalPrivate : undefined;
  if (t) return { der: t.der(jwk), label: t.label, what: t.what };
  return { der: row.pkcs8(jwk), label: "PRIVATE KEY", what: "PKCS#8 private key" };
}

/**
 * PEM armor (RFC 7468): BEGIN line, base64 in lines of `width` (64, as
 * OpenSSL; OpenSSH uses 70), END line, final newline.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pemArmor } from "./write.ts";
 * assert.equal(pemArmor("X", new Uint8Array([0, 1])), "-----BEGIN X-----\nAAE=\n-----END X-----\n");
 * ```
 */
export function pemArmor(label: string, der: Uint8Array, width = 64): string {
  const b64 = encodeBase64(der);
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += width) lines.push(b64.slice(i, i + width));
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}

/**
 * The row's OpenSSH form, or an UNSUPPORTED error naming the key type.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sshForm } from "./write.ts";
 * assert.equal(sshForm({ kty: "RSA" }).type, "ssh-rsa");
 * assert.throws(() => sshForm({ kty: "OKP", crv: "X25519" }), /OpenSSH/);
 * ```
 */
export function sshForm(jwk: KeyMembers): SshForm {
  const row = keyWriter(jwk);
  if (!row.ssh) {
    throw new JwkError(
      "UNSUPPORTED",
      `OpenSSH has no ${row.name} keys (it knows Ed25519, ECDSA P-256/P-384/P-521 and RSA)`,
    );
  }
  return row.ssh;
}

/**
 * The OpenSSH public key line, `TYPE BASE64 [COMMENT]`, as in
 * `authorized_keys` and `.pub` files. The comment must be one line.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sshPublicLine } from "./write.ts";
 * const jwk = { kty: "OKP", crv: "Ed25519", x: "Gb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE" };
 * assert.equal(
 *   sshPublicLine(jwk, "me@host"),
 *   "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBm/RAlphM3+hUG6wWfcO5bIUIaqMLa2ywxcOK1wMWbh me@host\n",
 * );
 * ```
 */
export function sshPublicLine(jwk: KeyMembers, comment?: string): string {
  const ssh = sshForm(jwk);
  if (comment !== undefined && /[\r\n]/.test(comment)) {
    throw new JwkError("INVALID_OPTION", "the OpenSSH comment must be a single line");
  }
  const tail = comment ? ` ${comment}` : "";
  return `${ssh.type} ${encodeBase64(ssh.publicBlob(jwk))}${tail}\n`;
}
