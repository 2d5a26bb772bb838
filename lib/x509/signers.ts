/**
 * Who can sign a certificate, and how: one row per signature scheme, each
 * with its AlgorithmIdentifier and a function that signs with a private JWK.
 * A key finds its row by {@link signerName}: EC keys by curve, RSA keys by
 * their `alg` (RS256 when the key is for encryption), OKP keys by curve, AKP
 * keys by their ML-DSA parameter set. The rows WebCrypto cannot serve
 * everywhere (secp256k1, Ed448, ML-DSA) are in `extra_signers.ts`. Keys with
 * no row (X25519, X448, oct) cannot sign their own certificate.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { SIGNERS, signerName } from "./signers.ts";
 * assert.equal(signerName({ kty: "EC", crv: "P-384", alg: "ECDH-ES" }), "ES384");
 * assert.ok(SIGNERS[signerName({ kty: "OKP", crv: "Ed25519" })] !== undefined);
 * assert.equal(SIGNERS[signerName({ kty: "OKP", crv: "X25519" })], undefined);
 * ```
 * @module
 */
import { encodeTlv } from "../pem/asn1.ts";
import { OID } from "../pem/oids.ts";
import { algorithmId, ecdsaSignature, NULL, sequence, smallInteger } from "./der.ts";
import { ed448Signer, mlDsaSigner, secp256k1Signer } from "./extra_signers.ts";
import { X509_OID } from "./oids.ts";

/**
 * One signature scheme a certificate can be signed with.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type Signer, SIGNERS } from "./signers.ts";
 * const es256: Signer = SIGNERS.ES256;
 * assert.equal(es256.algorithm[0], 0x30);
 * ```
 */
export interface Signer {
  /**
   * The signature's AlgorithmIdentifier (DER). For EdDSA it is also the
   * key's, so the subject public key of an OKP key is built from it.
   */
  algorithm: Uint8Array;
  /** Signs `data` with the private key; returns the signatureValue's bytes. */
  sign(jwk: JsonWebKey, data: Uint8Array): Promise<Uint8Array>;
}

type Hash = "SHA-256" | "SHA-384" | "SHA-512";

/** The private JWK with only key members: WebCrypto refuses a foreign alg, use or key_ops. */
function keyOnly(jwk: JsonWebKey): JsonWebKey {
  const { kty, crv, x, y, d, n, e, p, q, dp, dq, qi } = jwk;
  return { kty, crv, x, y, d, n, e, p, q, dp, dq, qi };
}

async function webcryptoSign(
  jwk: JsonWebKey,
  importAlg: Parameters<typeof crypto.subtle.importKey>[2],
  signAlg: Parameters<typeof crypto.subtle.sign>[0],
  data: Uint8Array,
): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("jwk", keyOnly(jwk), importAlg, false, ["sign"]);
  return new Uint8Array(await crypto.subtle.sign(signAlg, key, data.slice()));
}

/** ECDSA: WebCrypto gives r||s; X.509 wants SEQUENCE { INTEGER r, INTEGER s } (RFC 3279 §2.2.3). */
function ecdsa(hash: Hash, crv: string, oid: string): Signer {
  return {
    algorithm: algorithmId(oid),
    async sign(jwk, data) {
      const raw = await webcryptoSign(
        jwk,
        { name: "ECDSA", namedCurve: crv },
        { name: "ECDSA", hash },
        data,
      );
      return ecdsaSignature(raw);
    },
  };
}

function pkcs1(hash: Hash, oid: string): Signer {
  return {
    algorithm: algorithmId(oid, NULL),
    sign: (jwk, data) =>
      webcryptoSign(jwk, { name: "RSASSA-PKCS1-v1_5", hash }, { name: "RSASSA-PKCS1-v1_5" }, data),
  };
}

/**
 * RSASSA-PSS with MGF1 over the same hash and a salt as long as the hash, as
 * JWA's PS256/384/512 (RFC 7518 §3.5); the parameters are spelled out, since
 * their defaults (SHA-1) are not these (RFC 4055 §3.1).
 */
function pss(hash: Hash, hashOid: string, saltLength: number): Signer {
  const hashId = algorithmId(hashOid, NULL);
  const params = sequence(
    encodeTlv(0xa0, hashId),
    encodeTlv(0xa1, algorithmId(X509_OID.MGF1, hashId)),
    encodeTlv(0xa2, smallInteger(saltLength)),
  );
  return {
    algorithm: algorithmId(X509_OID.RSASSA_PSS, params),
    sign: (jwk, data) =>
      webcryptoSign(jwk, { name: "RSA-PSS", hash }, { name: "RSA-PSS", saltLength }, data),
  };
}

function webcryptoEdDsa(curve: "Ed25519", oid: string): Signer {
  return {
    algorithm: algorithmId(oid),
    sign: (jwk, data) => webcryptoSign(jwk, { name: curve }, { name: curve }, data),
  };
}

/**
 * Every signature scheme, by the name {@link signerName} gives a key.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { SIGNERS } from "./signers.ts";
 * for (const name of ["ES256", "ES256K", "RS256", "PS512", "Ed25519", "Ed448", "ML-DSA-65"]) {
 *   assert.ok(SIGNERS[name], name);
 * }
 * assert.equal(SIGNERS.X25519, undefined); // key agreement only: cannot sign
 * assert.equal(SIGNERS.X448, undefined);
 * ```
 */
export const SIGNERS: Readonly<Record<string, Signer>> = {
  ES256: ecdsa("SHA-256", "P-256", X509_OID.ECDSA_SHA256),
  ES384: ecdsa("SHA-384", "P-384", X509_OID.ECDSA_SHA384),
  ES512: ecdsa("SHA-512", "P-521", X509_OID.ECDSA_SHA512),
  RS256: pkcs1("SHA-256", X509_OID.RSA_SHA256),
  RS384: pkcs1("SHA-384", X509_OID.RSA_SHA384),
  RS512: pkcs1("SHA-512", X509_OID.RSA_SHA512),
  PS256: pss("SHA-256", X509_OID.SHA256, 32),
  PS384: pss("SHA-384", X509_OID.SHA384, 48),
  PS512: pss("SHA-512", X509_OID.SHA512, 64),
  Ed25519: webcryptoEdDsa("Ed25519", OID.ED25519),
  ES256K: secp256k1Signer(),
  Ed448: ed448Signer(),
  "ML-DSA-44": mlDsaSigner("ML-DSA-44"),
  "ML-DSA-65": mlDsaSigner("ML-DSA-65"),
  "ML-DSA-87": mlDsaSigner("ML-DSA-87"),
};

const EC_SCHEME: Readonly<Record<string, string>> = {
  "P-256": "ES256",
  "P-384": "ES384",
  "P-521": "ES512",
  secp256k1: "ES256K",
};

/**
 * The {@link SIGNERS} row a key signs its certificate with: EC by curve
 * (an ECDH-ES key signs with its curve's ECDSA), RSA by `alg` when it is a
 * signing algorithm (else RS256), OKP by curve, AKP by `alg` (its ML-DSA
 * parameter set). The name may have no row (X25519, X448): such a key cannot
 * sign.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { signerName } from "./signers.ts";
 * assert.equal(signerName({ kty: "RSA", alg: "PS384" }), "PS384");
 * assert.equal(signerName({ kty: "RSA", alg: "RSA-OAEP-256" }), "RS256");
 * assert.equal(signerName({ kty: "OKP", crv: "X25519" }), "X25519");
 * assert.equal(signerName({ kty: "EC", crv: "secp256k1" }), "ES256K");
 * assert.equal(signerName({ kty: "AKP", alg: "ML-DSA-44" }), "ML-DSA-44");
 * ```
 */
export function signerName(key: { kty?: string; crv?: string; alg?: string }): string {
  if (key.kty === "EC") return EC_SCHEME[key.crv ?? ""] ?? `EC ${key.crv}`;
  if (key.kty === "RSA") return /^(RS|PS)(256|384|512)$/.test(key.alg ?? "") ? key.alg! : "RS256";
  if (key.kty === "OKP") return key.crv ?? "OKP";
  if (key.kty === "AKP") return /^ML-DSA-/.test(key.alg ?? "") ? key.alg! : `AKP ${key.alg}`;
  return String(key.kty);
}
