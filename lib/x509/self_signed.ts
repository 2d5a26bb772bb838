/**
 * Self-signed X.509 v3 certificates for a JWK, so that the JWK can carry the
 * `x5c` and `x5t#S256` members that some consumers require. WebCrypto signs
 * where the runtime has the algorithm; secp256k1, Ed448 and (outside Deno and
 * Chromium) ML-DSA are signed by `@noble/curves` / `@noble/post-quantum`,
 * loaded only for such keys.
 *
 * What goes in: a random positive 16-byte serial; the subject as issuer;
 * validity from five minutes ago (clock skew) to `notAfter` (default one
 * year); basicConstraints CA:FALSE, critical; keyUsage from the JWK's `use`
 * (sig: digitalSignature; enc: keyEncipherment for RSA, keyAgreement for
 * EC), critical; subject and authority key identifiers (SHA-1 of the public
 * key, RFC 5280 §4.2.1.2); the signature algorithm of the key's `alg`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createJwk, readKey, selfSignedCertificate } from "@jwk/jwk";
 *
 * const { privateJwk } = await createJwk({ kty: "EC", crv: "P-256" });
 * const cert = await selfSignedCertificate(privateJwk!, { subject: "CN=demo,O=Example", notAfter: "90d" });
 * const days = (cert.notAfter.getTime() - Date.now()) / 86400_000;
 * assert.ok(days > 89.9 && days <= 90);
 * const back = await readKey(cert.pem);
 * assert.equal(back.jwk.x, privateJwk!.x);
 * assert.equal(back.certUse, "sig");
 * assert.equal(back.x5tS256, cert.x5tS256);
 * ```
 * @module
 */
import { ALGORITHMS } from "../algorithms.ts";
import { JwkError } from "../errors.ts";
import { useOfKeyOps } from "../key_ops.ts";
import { children, decodeDer, encodeOid, encodeTlv, readBitString, TAG } from "../pem/asn1.ts";
import { encodeBase64, encodeBase64Url } from "../pem/armor.ts";
import { thumbprint } from "../thumbprint.ts";
import {
  bitString,
  namedBits,
  octetString,
  sequence,
  smallInteger,
  unsignedInteger,
} from "./der.ts";
import { commonName, parseName } from "./name.ts";
import { X509_OID } from "./oids.ts";
import { type Signer, signerName, SIGNERS } from "./signers.ts";
import { subjectPublicKeyInfo } from "./spki.ts";
import { DEFAULT_VALIDITY, encodeTime, notAfterFrom } from "./validity.ts";

/**
 * Options of {@link selfSignedCertificate}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import type { SelfSignedOptions } from "@jwk/jwk";
 * const options: SelfSignedOptions = { subject: "CN=api.example.com", notAfter: "24h" };
 * assert.equal(options.notAfter, "24h");
 * ```
 */
export interface SelfSignedOptions {
  /** Subject (and issuer) as an RFC 4514 string, e.g. "CN=a,O=b"; default "CN=" + the kid (or thumbprint). */
  subject?: string;
  /**
   * End of validity: a Date, a duration after now ("90d", "24h", "1y",
   * "2h30m"; units s, m, h, d, w, y) or an RFC 3339 time. Default one year.
   */
  notAfter?: Date | string;
  /** Start of validity; default five minutes ago, so clocks a little behind accept it. */
  notBefore?: Date;
}

/**
 * A certificate made by {@link selfSignedCertificate}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createJwk, type SelfSignedCertificate, selfSignedCertificate } from "@jwk/jwk";
 * const { privateJwk } = await createJwk({ kty: "OKP" });
 * const cert: SelfSignedCertificate = await selfSignedCertificate(privateJwk!);
 * assert.ok(cert.pem.startsWith("-----BEGIN CERTIFICATE-----\n"));
 * assert.equal(atob(cert.x5c).length, cert.der.length);
 * ```
 */
export interface SelfSignedCertificate {
  /** The certificate, DER. */
  der: Uint8Array;
  /** The same as PEM text. */
  pem: string;
  /** Standard base64 of the DER: one entry of a JWK's `x5c`. */
  x5c: string;
  /** base64url SHA-256 of the DER: the JWK's `x5t#S256`. */
  x5tS256: string;
  /** Start of validity (whole seconds). */
  notBefore: Date;
  /** End of validity (whole seconds). */
  notAfter: Date;
}

/** How far back notBefore goes, for verifiers whose clock is a little behind. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * Throws unless a key of this type can sign its own certificate: EC P-256,
 * P-384, P-521, secp256k1, RSA, Ed25519, Ed448 and ML-DSA (AKP) can; oct,
 * X25519 and X448 cannot.
 * Cheap, so the command line calls it before making the key.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkSelfSignable, JwkError } from "@jwk/jwk";
 * checkSelfSignable({ kty: "RSA", alg: "RSA-OAEP-256" });
 * checkSelfSignable({ kty: "AKP", alg: "ML-DSA-87" });
 * assert.throws(() => checkSelfSignable({ kty: "OKP", crv: "X25519" }), JwkError);
 * assert.throws(() => checkSelfSignable({ kty: "OKP", crv: "X448" }), /X448 only agrees keys/);
 * assert.throws(() => checkSelfSignable({ kty: "oct" }), /oct/);
 * ```
 */
export function checkSelfSignable(key: { kty?: string; crv?: string; alg?: string }): void {
  if (SIGNERS[signerName(key)]) return;
  if (key.kty === "oct") {
    throw new JwkError(
      "INCOMPATIBLE_OPTIONS",
      "--self-signed cannot be used with an oct key: a symmetric key has no public key to certify",
    );
  }
  if (key.kty === "OKP" && /^X/.test(key.crv ?? "")) {
    throw new JwkError(
      "INCOMPATIBLE_OPTIONS",
      `--self-signed needs a key that can sign its certificate, and ${key.crv} only agrees keys: ` +
        "drop --self-signed, or use an EC key (--kty EC --use enc) for ECDH-ES with a certificate",
    );
  }
  throw new JwkError(
    "UNSUPPORTED",
    `--self-signed is not available for kty '${key.kty}'${key.crv ? ` crv '${key.crv}'` : ""}${
      key.kty === "AKP" ? ` alg '${key.alg}'` : ""
    }`,
  );
}

/** keyUsage bits (RFC 5280 §4.2.1.3) for the key's use; undefined leaves keyUsage out. */
function keyUsageBits(jwk: { kty?: string; use?: string; key_ops?: string[]; alg?: string }) {
  let use = jwk.use;
  if (use === undefined && jwk.key_ops) {
    try {
      use = useOfKeyOps(jwk.key_ops);
    } catch {
      use = undefined;
    }
  }
  use ??= jwk.alg ? ALGORITHMS[jwk.alg]?.use : undefined;
  if (use === "sig") return [0]; // digitalSignature
  // Encryption: RSA keys wrap content keys (keyEncipherment); EC keys agree
  // on them with ECDH (keyAgreement).
  if (use === "enc" && jwk.kty === "RSA") return [2];
  if (use === "enc" && jwk.kty === "EC") return [4];
  return undefined;
}

function extension(oid: string, critical: boolean, value: Uint8Array): Uint8Array {
  return critical
    ? sequence(encodeOid(oid), encodeTlv(TAG.BOOLEAN, new Uint8Array([0xff])), octetString(value))
    : sequence(encodeOid(oid), octetString(value));
}

function pemOf(der: Uint8Array): string {
  const b64 = encodeBase64(der);
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join("\n")}\n-----END CERTIFICATE-----\n`;
}

/**
 * Makes a self-signed X.509 v3 certificate for a private JWK (EC P-256,
 * P-384, P-521, secp256k1, RSA, Ed25519, Ed448, ML-DSA), signed with the key
 * itself: ECDSA with SHA-256/384/512 by curve (SHA-256 on secp256k1),
 * RS256/384/512 or PS256/384/512 after an RSA key's `alg` (RS256 for
 * encryption keys), Ed25519 or Ed448 (RFC 8410), pure ML-DSA with an empty
 * context (RFC 9881). The subject is also the issuer.
 *
 * @example A certificate for an RSA-PSS key, expiring at a fixed time
 * ```ts
 * import assert from "node:assert/strict";
 * import { createJwk, selfSignedCertificate } from "@jwk/jwk";
 *
 * const { privateJwk } = await createJwk({ kty: "RSA", alg: "PS256" });
 * const cert = await selfSignedCertificate(privateJwk!, {
 *   subject: "CN=signer,O=Example\\, Inc.,C=DE",
 *   notAfter: "2030-01-01T00:00:00Z",
 * });
 * assert.equal(cert.notAfter.toISOString(), "2030-01-01T00:00:00.000Z");
 * assert.match(cert.x5tS256, /^[A-Za-z0-9_-]{43}$/);
 * ```
 *
 * @example An ML-DSA-44 (AKP) key in its own certificate, read back
 * ```ts
 * import assert from "node:assert/strict";
 * import { createJwk, readKey, selfSignedCertificate } from "@jwk/jwk";
 *
 * const { privateJwk } = await createJwk({ kty: "AKP", alg: "ML-DSA-44" });
 * const cert = await selfSignedCertificate(privateJwk!, { subject: "CN=pq" });
 * const back = await readKey(cert.pem);
 * assert.equal(back.jwk.alg, "ML-DSA-44");
 * assert.equal((back.jwk as { pub?: string }).pub, (privateJwk as { pub?: string }).pub);
 * ```
 */
export async function selfSignedCertificate(
  privateJwk: JsonWebKey,
  options: SelfSignedOptions = {},
): Promise<SelfSignedCertificate> {
  checkSelfSignable(privateJwk);
  if (privateJwk.d === undefined && (privateJwk as { priv?: string }).priv === undefined) {
    throw new JwkError(
      "INCOMPATIBLE_OPTIONS",
      "a self-signed certificate needs the private key, and this key is public only",
    );
  }
  const signer: Signer = SIGNERS[signerName(privateJwk)];
  const now = new Date();
  const notBefore = new Date(
    Math.floor((options.notBefore ?? new Date(now.getTime() - CLOCK_SKEW_MS)).getTime() / 1000) *
      1000,
  );
  const end = options.notAfter ?? DEFAULT_VALIDITY;
  const notAfter = typeof end === "string"
    ? notAfterFrom(end, now)
    : new Date(Math.floor(end.getTime() / 1000) * 1000);
  if (!(notAfter.getTime() > notBefore.getTime())) {
    throw new JwkError("INVALID_OPTION", "the certificate's notAfter must be after its notBefore");
  }
  const jwk = privateJwk as JsonWebKey & { kid?: string };
  const name = options.subject !== undefined
    ? parseName(options.subject)
    : commonName(jwk.kid ?? await thumbprint(privateJwk));

  const spki = subjectPublicKeyInfo(privateJwk, signer.algorithm);
  const keyBits = readBitString(children(decodeDer(spki, "public key"), "public key")[1], "key");
  const keyId = new Uint8Array(await crypto.subtle.digest("SHA-1", keyBits.slice()));
  const usage = keyUsageBits(jwk);
  const extensions = [
    extension(X509_OID.BASIC_CONSTRAINTS, true, sequence()),
    ...(usage ? [extension(X509_OID.KEY_USAGE, true, namedBits(usage))] : []),
    extension(X509_OID.SUBJECT_KEY_ID, false, octetString(keyId)),
    extension(X509_OID.AUTHORITY_KEY_ID, false, sequence(encodeTlv(0x80, keyId))),
  ];

  const serial = crypto.getRandomValues(new Uint8Array(16));
  serial[0] = (serial[0] & 0x7f) | 0x40; // positive, and always 16 bytes
  const tbs = sequence(
    encodeTlv(TAG.CONTEXT_0, smallInteger(2)), // v3
    unsignedInteger(serial),
    signer.algorithm,
    name,
    sequence(encodeTime(notBefore), encodeTime(notAfter)),
    name,
    spki,
    encodeTlv(TAG.CONTEXT_3, sequence(...extensions)),
  );
  let signature: Uint8Array;
  try {
    signature = await signer.sign(privateJwk, tbs);
  } catch {
    throw new JwkError(
      "BAD_KEY",
      `the ${signerName(privateJwk)} key cannot sign: it is not a valid private key`,
    );
  }
  const der = sequence(tbs, signer.algorithm, bitString(signature));
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", der.slice()));
  return {
    der,
    pem: pemOf(der),
    x5c: encodeBase64(der),
    x5tS256: encodeBase64Url(hash),
    notBefore,
    notAfter,
  };
}
