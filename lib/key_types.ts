/**
 * The key types, curves and JWA algorithms a JWK can have, and the byte
 * lengths of their members: the tables that reading and checking a key needs
 * (algorithms.ts, which re-exports them, adds the defaults and the option
 * checks of `jwk create`).
 * @module
 */

/**
 * A lookup table with no prototype: the tables below are indexed with names
 * read from files and flags, and `ALGORITHMS["toString"]` must be undefined,
 * not Object's method.
 */
function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null), entries));
}

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
export const CURVE_BYTES: Readonly<Record<string, number>> = table({
  "P-256": 32,
  "P-384": 48,
  "P-521": 66,
  "secp256k1": 32,
  "Ed25519": 32,
  "X25519": 32,
  "Ed448": 57,
  "X448": 56,
});

/**
 * The one use a curve allows, for curves that cannot do both: Edwards curves
 * only sign, X25519/X448 only agree keys, and RFC 8812 defines secp256k1 for
 * ES256K only (it leaves ECDH-ES on secp256k1 to future specifications).
 */
export const CURVE_USE: Readonly<Record<string, "sig" | "enc">> = table({
  "secp256k1": "sig",
  "Ed25519": "sig",
  "Ed448": "sig",
  "X25519": "enc",
  "X448": "enc",
});

/**
 * What one JWA algorithm requires of a key.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ALGORITHMS, type AlgorithmSpec } from "@jwk/jwk";
 *
 * const spec: AlgorithmSpec = ALGORITHMS["ECDH-ES+A128KW"];
 * assert.equal(spec.use, "enc");
 * assert.deepEqual(spec.kty, ["EC", "OKP"]);
 * ```
 */
export interface AlgorithmSpec {
  /** "sig" for JWS algorithms, "enc" for JWE key management. */
  use: "sig" | "enc";
  /** Key types the algorithm works with. */
  kty: readonly KeyType[];
  /** For EC/OKP: the curves allowed (any curve of the kty when absent). */
  crv?: readonly string[];
  /** For oct: the exact key sizes allowed, in bits. */
  sizes?: readonly number[];
  /** For oct/RSA: the smallest size in bits. */
  minSize?: number;
  /** For oct: the size used when none is given. */
  defaultSize?: number;
}

/** Curves ECDH-ES works with (secp256k1 is left out: RFC 8812 defines only ES256K). */
const ECDH_CURVES = ["P-256", "P-384", "P-521", "X25519", "X448"];

/**
 * The JWA algorithms `jwk create` accepts, with what each needs (RFC 7518,
 * RFC 8037, RFC 8812's ES256K, RFC 9864's fully-specified Ed25519 and Ed448,
 * and the ML-DSA algorithms of AKP keys).
 *
 * @example Which algorithms an Ed25519 key can have
 * ```ts
 * import assert from "node:assert/strict";
 * import { ALGORITHMS } from "@jwk/jwk";
 *
 * const forEd25519 = Object.entries(ALGORITHMS)
 *   .filter(([, spec]) => spec.kty.includes("OKP") && (spec.crv?.includes("Ed25519") ?? true))
 *   .map(([alg]) => alg);
 * assert.deepEqual(forEd25519, ["EdDSA", "Ed25519"]);
 * assert.deepEqual(ALGORITHMS.A192KW.sizes, [192]);
 * ```
 */
export const ALGORITHMS: Readonly<Record<string, AlgorithmSpec>> = table({
  HS256: { use: "sig", kty: ["oct"], minSize: 256, defaultSize: 256 },
  HS384: { use: "sig", kty: ["oct"], minSize: 384, defaultSize: 384 },
  HS512: { use: "sig", kty: ["oct"], minSize: 512, defaultSize: 512 },
  RS256: { use: "sig", kty: ["RSA"] },
  RS384: { use: "sig", kty: ["RSA"] },
  RS512: { use: "sig", kty: ["RSA"] },
  PS256: { use: "sig", kty: ["RSA"] },
  PS384: { use: "sig", kty: ["RSA"] },
  // PSS with SHA-512 and a 64-byte salt needs an encoded message of 64+64+2
  // bytes, and that of ceil((bits-1)/8) (RFC 8017 §9.1.1): 1034 bits. (jwk
  // create makes whole bytes: 1040 is its smallest, and needs --insecure.)
  PS512: { use: "sig", kty: ["RSA"], minSize: 1034 },
  ES256: { use: "sig", kty: ["EC"], crv: ["P-256"] },
  ES384: { use: "sig", kty: ["EC"], crv: ["P-384"] },
  ES512: { use: "sig", kty: ["EC"], crv: ["P-521"] },
  ES256K: { use: "sig", kty: ["EC"], crv: ["secp256k1"] },
  EdDSA: { use: "sig", kty: ["OKP"], crv: ["Ed25519", "Ed448"] },
  // RFC 9864: the same signatures, named by curve (EdDSA stays the default).
  Ed25519: { use: "sig", kty: ["OKP"], crv: ["Ed25519"] },
  Ed448: { use: "sig", kty: ["OKP"], crv: ["Ed448"] },
  "ML-DSA-44": { use: "sig", kty: ["AKP"] },
  "ML-DSA-65": { use: "sig", kty: ["AKP"] },
  "ML-DSA-87": { use: "sig", kty: ["AKP"] },
  RSA1_5: { use: "enc", kty: ["RSA"] },
  "RSA-OAEP": { use: "enc", kty: ["RSA"] },
  "RSA-OAEP-256": { use: "enc", kty: ["RSA"] },
  A128KW: { use: "enc", kty: ["oct"], sizes: [128], defaultSize: 128 },
  A192KW: { use: "enc", kty: ["oct"], sizes: [192], defaultSize: 192 },
  A256KW: { use: "enc", kty: ["oct"], sizes: [256], defaultSize: 256 },
  A128GCMKW: { use: "enc", kty: ["oct"], sizes: [128], defaultSize: 128 },
  A192GCMKW: { use: "enc", kty: ["oct"], sizes: [192], defaultSize: 192 },
  A256GCMKW: { use: "enc", kty: ["oct"], sizes: [256], defaultSize: 256 },
  // dir: the key is the content key, so its size is that of some "enc" value.
  dir: { use: "enc", kty: ["oct"], sizes: [128, 192, 256, 384, 512], defaultSize: 256 },
  "ECDH-ES": { use: "enc", kty: ["EC", "OKP"], crv: ECDH_CURVES },
  "ECDH-ES+A128KW": { use: "enc", kty: ["EC", "OKP"], crv: ECDH_CURVES },
  "ECDH-ES+A192KW": { use: "enc", kty: ["EC", "OKP"], crv: ECDH_CURVES },
  "ECDH-ES+A256KW": { use: "enc", kty: ["EC", "OKP"], crv: ECDH_CURVES },
  // PBES2 "keys" are passwords: any secret of at least 128 bits.
  "PBES2-HS256+A128KW": { use: "enc", kty: ["oct"], minSize: 128, defaultSize: 256 },
  "PBES2-HS384+A192KW": { use: "enc", kty: ["oct"], minSize: 128, defaultSize: 256 },
  "PBES2-HS512+A256KW": { use: "enc", kty: ["oct"], minSize: 128, defaultSize: 256 },
});

/**
 * Registered JWA values a key made elsewhere may name, which `jwk create`
 * does not make: RSA-OAEP with SHA-384 and SHA-512 (registered for WebCrypto),
 * the content-encryption algorithms (RFC 7518 §5), which some libraries
 * write as the `alg` of the oct key they encrypt with directly, and
 * WebCrypto's registrations that JOSE prohibits (RS1, HS1, AES-CBC, AES-CTR). Reading a key
 * checks its `alg` against these and {@link ALGORITHMS}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { OTHER_ALGORITHMS } from "./key_types.ts";
 * assert.deepEqual(OTHER_ALGORITHMS["A128CBC-HS256"].sizes, [256]);
 * ```
 */
export const OTHER_ALGORITHMS: Readonly<Record<string, AlgorithmSpec>> = table({
  "RSA-OAEP-384": { use: "enc", kty: ["RSA"] },
  "RSA-OAEP-512": { use: "enc", kty: ["RSA"] },
  A128GCM: { use: "enc", kty: ["oct"], sizes: [128] },
  A192GCM: { use: "enc", kty: ["oct"], sizes: [192] },
  A256GCM: { use: "enc", kty: ["oct"], sizes: [256] },
  // AES-CBC with HMAC: half of the key is the MAC key, half the AES key.
  "A128CBC-HS256": { use: "enc", kty: ["oct"], sizes: [256] },
  "A192CBC-HS384": { use: "enc", kty: ["oct"], sizes: [384] },
  "A256CBC-HS512": { use: "enc", kty: ["oct"], sizes: [512] },
  // Registered for WebCrypto as Prohibited for JOSE: read, and held to their key.
  RS1: { use: "sig", kty: ["RSA"] },
  HS1: { use: "sig", kty: ["oct"], minSize: 160 },
  A128CBC: { use: "enc", kty: ["oct"], sizes: [128] },
  A192CBC: { use: "enc", kty: ["oct"], sizes: [192] },
  A256CBC: { use: "enc", kty: ["oct"], sizes: [256] },
  A128CTR: { use: "enc", kty: ["oct"], sizes: [128] },
  A192CTR: { use: "enc", kty: ["oct"], sizes: [192] },
  A256CTR: { use: "enc", kty: ["oct"], sizes: [256] },
});

/**
 * What each `key_ops` value of RFC 7517 §4.3 is for: signing or encryption.
 * Other values are allowed in a JWK, and have no use here.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { KEY_OP_USE } from "./key_types.ts";
 * assert.equal(KEY_OP_USE.wrapKey, "enc");
 * assert.equal(KEY_OP_USE.toString, undefined);
 * ```
 */
export const KEY_OP_USE: Readonly<Record<string, "sig" | "enc">> = table({
  sign: "sig",
  verify: "sig",
  encrypt: "enc",
  decrypt: "enc",
  wrapKey: "enc",
  unwrapKey: "enc",
  deriveKey: "enc",
  deriveBits: "enc",
});

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
> = table({
  "ML-DSA-44": { publicKey: 1312, expandedKey: 2560, signature: 2420 },
  "ML-DSA-65": { publicKey: 1952, expandedKey: 4032, signature: 3309 },
  "ML-DSA-87": { publicKey: 2592, expandedKey: 4896, signature: 4627 },
});

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
