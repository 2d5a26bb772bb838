/**
 * The SubjectPublicKeyInfo of a JWK, built from its members (RFC 5480 for
 * EC, RFC 3279 for RSA, RFC 8410 for OKP, RFC 9881 for AKP's ML-DSA), so
 * that keys WebCrypto cannot export work the same way.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { subjectPublicKeyInfo } from "./spki.ts";
 * const spki = subjectPublicKeyInfo({ kty: "RSA", n: "wQ", e: "AQAB" });
 * assert.equal(spki[0], 0x30);
 * ```
 * @module
 */
import { base64url } from "../deps.ts";
import { encodeOid } from "../pem/asn1.ts";
import { JwkError } from "../errors.ts";
import { OID } from "../pem/oids.ts";
import { algorithmId, bitString, NULL, sequence, unsignedInteger } from "./der.ts";

const EC_CURVES: Readonly<Record<string, string>> = {
  "P-256": OID.P256,
  "P-384": OID.P384,
  "P-521": OID.P521,
  secp256k1: OID.SECP256K1,
};

/** RFC 9881: one OID per ML-DSA parameter set, parameters absent. */
const ML_DSA_OIDS: Readonly<Record<string, string>> = {
  "ML-DSA-44": OID.ML_DSA_44,
  "ML-DSA-65": OID.ML_DSA_65,
  "ML-DSA-87": OID.ML_DSA_87,
};

/**
 * Bytes of a base64url JWK member (empty when it is missing).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { memberBytes } from "./spki.ts";
 * assert.deepEqual([...memberBytes("AQAB")], [1, 0, 1]);
 * ```
 */
export function memberBytes(value: string | undefined): Uint8Array {
  try {
    return base64url.decode(value ?? "");
  } catch {
    throw new JwkError("BAD_KEY", "a key member is not base64url");
  }
}

/**
 * The DER SubjectPublicKeyInfo of a JWK's public part. EC keys need a
 * P-256/384/521 or secp256k1 curve, RSA keys `n` and `e`, AKP keys an ML-DSA
 * `alg` and `pub`; an OKP key needs `okpAlgorithm`, its AlgorithmIdentifier
 * (for EdDSA the same as the signature's, RFC 8410).
 *
 * @example An Ed25519 public key is 44 bytes of SPKI
 * ```ts
 * import assert from "node:assert/strict";
 * import { algorithmId } from "./der.ts";
 * import { subjectPublicKeyInfo } from "./spki.ts";
 * const x = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
 * assert.equal(subjectPublicKeyInfo({ kty: "OKP", crv: "Ed25519", x }, algorithmId("1.3.101.112")).length, 44);
 * ```
 *
 * @example An ML-DSA-44 public key: 1312 bytes in a 1334-byte SPKI
 * ```ts
 * import assert from "node:assert/strict";
 * import { subjectPublicKeyInfo } from "./spki.ts";
 * const pub = "A".repeat(1750); // base64url of 1312 zero bytes
 * const jwk = { kty: "AKP", alg: "ML-DSA-44", pub } as JsonWebKey;
 * assert.equal(subjectPublicKeyInfo(jwk).length, 1334);
 * ```
 */
export function subjectPublicKeyInfo(jwk: JsonWebKey, okpAlgorithm?: Uint8Array): Uint8Array {
  if (jwk.kty === "EC" && EC_CURVES[jwk.crv ?? ""]) {
    const point = new Uint8Array([0x04, ...memberBytes(jwk.x), ...memberBytes(jwk.y)]);
    return sequence(
      sequence(encodeOid(OID.EC_PUBLIC_KEY), encodeOid(EC_CURVES[jwk.crv!])),
      bitString(point),
    );
  }
  if (jwk.kty === "RSA") {
    const key = sequence(unsignedInteger(memberBytes(jwk.n)), unsignedInteger(memberBytes(jwk.e)));
    return sequence(algorithmId(OID.RSA, NULL), bitString(key));
  }
  const akp = jwk as { kty?: string; alg?: string; pub?: string };
  if (akp.kty === "AKP" && ML_DSA_OIDS[akp.alg ?? ""]) {
    return sequence(algorithmId(ML_DSA_OIDS[akp.alg!]), bitString(memberBytes(akp.pub)));
  }
  if (jwk.kty === "OKP" && okpAlgorithm) {
    return sequence(okpAlgorithm, bitString(memberBytes(jwk.x)));
  }
  throw new JwkError("UNSUPPORTED", `no certificate key for kty '${jwk.kty}' crv '${jwk.crv}'`);
}
