/**
 * The key types and curves a JWK can have, and the byte lengths of their
 * members: the tables that reading and checking a key needs (algorithms.ts,
 * which re-exports them, adds the JWA algorithms and the option checks).
 * @module
 */

/**
 * The JWK key types (RFC 7518 §6, RFC 8037, and AKP for ML-DSA). Case-sensitive, as in JWK.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { resolveKeyParams, type KeyType } from "@jwk/jwk";
 *
 * const kty: KeyType = "OKP";
 * assert.equal(resolveKeyParams({ kty }).alg, "EdDSA");
 * ```
 */
export type KeyType = "EC" | "RSA" | "OKP" | "oct" | "AKP";

/**
 * Every key type, in the order help and messages list them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { KEY_TYPES } from "@jwk/jwk";
 *
 * assert.ok(KEY_TYPES.includes("OKP") && KEY_TYPES.includes("AKP"));
 * assert.ok(!KEY_TYPES.includes("ec" as never)); // case-sensitive, as in JWK
 * ```
 */
export const KEY_TYPES: readonly KeyType[] = ["EC", "RSA", "OKP", "oct", "AKP"];

/**
 * Curves per key type; the first one is the default. secp256k1 is RFC 8812's
 * (ES256K); Ed448 and X448 are RFC 8037's.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CURVES } from "@jwk/jwk";
 *
 * assert.equal(CURVES.EC[0], "P-256");
 * assert.deepEqual(CURVES.OKP, ["Ed25519", "X25519", "Ed448", "X448"]);
 * ```
 */
export const CURVES: Readonly<Record<"EC" | "OKP", readonly string[]>> = {
  EC: ["P-256", "P-384", "P-521", "secp256k1"],
  OKP: ["Ed25519", "X25519", "Ed448", "X448"],
};

/** Coordinate and private scalar length in bytes for each EC/OKP curve. */
export const CURVE_BYTES: Readonly<Record<string, number>> = {
  "P-256": 32,
  "P-384": 48,
  "P-521": 66,
  "secp256k1": 32,
  "Ed25519": 32,
  "X25519": 32,
  "Ed448": 57,
  "X448": 56,
};

/**
 * The one use a curve allows, for curves that cannot do both: Edwards curves
 * only sign, X25519/X448 only agree keys, and RFC 8812 defines secp256k1 for
 * ES256K only (it leaves ECDH-ES on secp256k1 to future specifications).
 */
export const CURVE_USE: Readonly<Record<string, "sig" | "enc">> = {
  "secp256k1": "sig",
  "Ed25519": "sig",
  "Ed448": "sig",
  "X25519": "enc",
  "X448": "enc",
};

/**
 * The ML-DSA parameter sets (FIPS 204) an AKP key can have, with the byte
 * lengths of the public key, of FIPS 204's expanded private key, and of a
 * signature. An AKP JWK's `priv` is always the 32-byte seed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ML_DSA } from "@jwk/jwk";
 *
 * assert.deepEqual(Object.keys(ML_DSA), ["ML-DSA-44", "ML-DSA-65", "ML-DSA-87"]);
 * assert.equal(ML_DSA["ML-DSA-65"].publicKey, 1952);
 * ```
 */
export const ML_DSA: Readonly<
  Record<string, { publicKey: number; expandedKey: number; signature: number }>
> = {
  "ML-DSA-44": { publicKey: 1312, expandedKey: 2560, signature: 2420 },
  "ML-DSA-65": { publicKey: 1952, expandedKey: 4032, signature: 3309 },
  "ML-DSA-87": { publicKey: 2592, expandedKey: 4896, signature: 4627 },
};

/** Length of an ML-DSA seed, the AKP `priv` member. */
export const ML_DSA_SEED_BYTES = 32;

/** RSA modulus limits in bits. */
export const RSA_MIN_BITS = 2048;
/** The floor that `insecure` lowers the RSA minimum to. */
export const RSA_INSECURE_MIN_BITS = 1024;
/** Largest RSA modulus accepted; beyond it generation takes minutes. */
export const RSA_MAX_BITS = 16384;
/** Smallest symmetric key accepted, whatever the algorithm. */
export const OCT_MIN_BITS = 128;
/** Largest symmetric key accepted. */
export const OCT_MAX_BITS = 8192;
