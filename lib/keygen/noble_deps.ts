/**
 * The one place `@noble/curves` and `@noble/post-quantum` enter the library:
 * secp256k1, Ed448 and X448, which WebCrypto lacks in some or all runtimes
 * (Deno has X448 but neither secp256k1 nor Ed448; browsers differ), and
 * ML-DSA for the runtimes without it (Firefox) and for the one check WebCrypto
 * cannot do (an expanded ML-DSA private key against its seed); and the
 * signatures of self-signed certificates for those keys. Both are pure
 * JavaScript, audited, with no native code.
 *
 * Each library is loaded with a dynamic `import()` on the first call that
 * needs it (secp256k1, the 448 curves and ML-DSA separately), so a command
 * that never touches these key types does not pay for loading them, and one
 * that does loads only its own (about 10 to 20 ms each, measured in Deno).
 * Full specifiers so the module also works from a URL.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { x448PublicKey } from "./noble_deps.ts";
 * assert.equal((await x448PublicKey(new Uint8Array(56).fill(1))).length, 56);
 * ```
 * @module
 */

// deno-lint-ignore no-import-prefix
const secp256k1Module = () => import("npm:@noble/curves@2.4.0/secp256k1.js");
// deno-lint-ignore no-import-prefix
const ed448Module = () => import("npm:@noble/curves@2.4.0/ed448.js");
// deno-lint-ignore no-import-prefix
const mlDsaModule = () => import("npm:@noble/post-quantum@0.7.1/ml-dsa.js");

/**
 * The uncompressed SEC1 point (65 bytes, 0x04 || x || y) of a secp256k1
 * private scalar (32 bytes, big-endian). Throws a RangeError unless
 * 1 <= d < n.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { secp256k1PublicKey } from "./noble_deps.ts";
 * const d = new Uint8Array(32);
 * d[31] = 1; // d = 1: the public key is the generator G
 * const point = await secp256k1PublicKey(d);
 * assert.equal(point[0], 4);
 * assert.equal(point[1], 0x79); // G's x starts 79BE667E
 * ```
 */
export async function secp256k1PublicKey(d: Uint8Array): Promise<Uint8Array> {
  const { secp256k1 } = await secp256k1Module();
  if (!secp256k1.utils.isValidSecretKey(d)) {
    throw new RangeError("the secp256k1 private scalar is out of range");
  }
  return secp256k1.getPublicKey(d, false);
}

/**
 * The 57-byte Ed448 public key of a 57-byte private key (RFC 8032).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ed448PublicKey } from "./noble_deps.ts";
 * assert.equal((await ed448PublicKey(new Uint8Array(57))).length, 57);
 * ```
 */
export async function ed448PublicKey(d: Uint8Array): Promise<Uint8Array> {
  return (await ed448Module()).ed448.getPublicKey(d);
}

/**
 * The 56-byte X448 public key of a 56-byte private key (RFC 7748).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { x448PublicKey } from "./noble_deps.ts";
 * assert.equal((await x448PublicKey(new Uint8Array(56).fill(9))).length, 56);
 * ```
 */
export async function x448PublicKey(d: Uint8Array): Promise<Uint8Array> {
  return (await ed448Module()).x448.getPublicKey(d);
}

/**
 * ML-DSA key generation from a 32-byte seed (FIPS 204 ML-DSA.KeyGen_internal):
 * the public key and the expanded private key.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mlDsaKeygen } from "./noble_deps.ts";
 * const { publicKey, expandedKey } = await mlDsaKeygen("ML-DSA-44", new Uint8Array(32));
 * assert.deepEqual([publicKey.length, expandedKey.length], [1312, 2560]);
 * ```
 */
export async function mlDsaKeygen(
  alg: "ML-DSA-44" | "ML-DSA-65" | "ML-DSA-87",
  seed: Uint8Array,
): Promise<{ publicKey: Uint8Array; expandedKey: Uint8Array }> {
  const m = await mlDsaModule();
  const set = { "ML-DSA-44": m.ml_dsa44, "ML-DSA-65": m.ml_dsa65, "ML-DSA-87": m.ml_dsa87 }[alg];
  const { publicKey, secretKey } = set.keygen(seed);
  return { publicKey, expandedKey: secretKey };
}

/**
 * An ECDSA signature over SHA-256 of `data` with a secp256k1 private scalar:
 * r || s, 32 bytes each (RFC 6979 deterministic nonces, low s).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { secp256k1Sign } from "./noble_deps.ts";
 * const d = new Uint8Array(32).fill(7);
 * const data = new TextEncoder().encode("to be signed");
 * assert.equal((await secp256k1Sign(d, data)).length, 64);
 * ```
 */
export async function secp256k1Sign(d: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const { secp256k1 } = await secp256k1Module();
  return secp256k1.sign(data, d, { prehash: true, format: "compact" });
}

/**
 * A pure Ed448 signature (RFC 8032, empty context) of `data`: 114 bytes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ed448Sign } from "./noble_deps.ts";
 * assert.equal((await ed448Sign(new Uint8Array(57), new Uint8Array([1]))).length, 114);
 * ```
 */
export async function ed448Sign(d: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  return (await ed448Module()).ed448.sign(data, d);
}

/**
 * A pure ML-DSA signature (FIPS 204 ML-DSA.Sign, empty context, hedged) of
 * `data` with an expanded private key (see {@link mlDsaKeygen}).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mlDsaKeygen, mlDsaSign } from "./noble_deps.ts";
 * const { expandedKey } = await mlDsaKeygen("ML-DSA-44", new Uint8Array(32));
 * assert.equal((await mlDsaSign("ML-DSA-44", expandedKey, new Uint8Array([1]))).length, 2420);
 * ```
 */
export async function mlDsaSign(
  alg: "ML-DSA-44" | "ML-DSA-65" | "ML-DSA-87",
  expandedKey: Uint8Array,
  data: Uint8Array,
): Promise<Uint8Array> {
  const m = await mlDsaModule();
  const set = { "ML-DSA-44": m.ml_dsa44, "ML-DSA-65": m.ml_dsa65, "ML-DSA-87": m.ml_dsa87 }[alg];
  return set.sign(data, expandedKey);
}
