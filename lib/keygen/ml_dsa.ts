/**
 * ML-DSA (FIPS 204) keys for AKP JWKs: `pub` is the public key, `priv` the
 * 32-byte seed it comes from. WebCrypto where the runtime has ML-DSA (Deno,
 * Chromium), else `@noble/post-quantum`, loaded on first use only (Firefox has
 * no ML-DSA in WebCrypto). Both derive the same key from the same seed: the
 * expansion is deterministic.
 * @module
 */
import { ML_DSA, ML_DSA_SEED_BYTES } from "../key_types.ts";
import { encodeBase64Url } from "../base64url.ts";
import { mlDsaKeygen } from "./noble_deps.ts";

/** The ML-DSA parameter sets, by JOSE algorithm name. */
export type MlDsaAlg = "ML-DSA-44" | "ML-DSA-65" | "ML-DSA-87";

/**
 * Whether `alg` names an ML-DSA parameter set.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isMlDsa } from "./ml_dsa.ts";
 * assert.ok(isMlDsa("ML-DSA-87") && !isMlDsa("ML-DSA-128"));
 * ```
 */
export function isMlDsa(alg: unknown): alg is MlDsaAlg {
  return typeof alg === "string" && Object.hasOwn(ML_DSA, alg);
}

/** The public key by WebCrypto, or undefined where the runtime lacks ML-DSA. */
async function webCryptoPublic(alg: MlDsaAlg, seed: Uint8Array): Promise<string | undefined> {
  try {
    // "raw-seed" is the WebCrypto format for ML-DSA seeds (WICG modern algorithms).
    const key = await crypto.subtle.importKey(
      "raw-seed" as "raw",
      seed.slice(),
      { name: alg },
      true,
      ["sign"],
    );
    const jwk = await crypto.subtle.exportKey("jwk", key) as { pub?: unknown };
    return typeof jwk.pub === "string" ? jwk.pub : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The base64url public key (`pub`) that a 32-byte seed gives for a parameter set.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mlDsaPublicKey } from "./ml_dsa.ts";
 * const pub = await mlDsaPublicKey("ML-DSA-44", new Uint8Array(32));
 * assert.equal(pub.length, 1750); // 1312 bytes
 * ```
 */
export async function mlDsaPublicKey(alg: MlDsaAlg, seed: Uint8Array): Promise<string> {
  if (seed.length !== ML_DSA_SEED_BYTES) {
    throw new RangeError(`an ML-DSA seed is ${ML_DSA_SEED_BYTES} bytes, not ${seed.length}`);
  }
  const pub = await webCryptoPublic(alg, seed);
  if (pub !== undefined) return pub;
  return encodeBase64Url((await mlDsaKeygen(alg, seed)).publicKey);
}

/**
 * FIPS 204's expanded private key for a seed. WebCrypto cannot export it, so
 * this always uses `@noble/post-quantum`; it serves one check only (a PKCS#8
 * file that holds both the seed and the expanded key).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mlDsaExpandedKey } from "./ml_dsa.ts";
 * assert.equal((await mlDsaExpandedKey("ML-DSA-87", new Uint8Array(32))).length, 4896);
 * ```
 */
export async function mlDsaExpandedKey(alg: MlDsaAlg, seed: Uint8Array): Promise<Uint8Array> {
  return (await mlDsaKeygen(alg, seed)).expandedKey;
}

/**
 * A new AKP private JWK's key members: `{ kty: "AKP", alg, pub, priv }`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { generateMlDsa } from "./ml_dsa.ts";
 * const key = await generateMlDsa("ML-DSA-65");
 * assert.deepEqual(Object.keys(key), ["kty", "alg", "pub", "priv"]);
 * assert.equal(key.priv.length, 43); // the 32-byte seed
 * ```
 */
export async function generateMlDsa(
  alg: MlDsaAlg,
): Promise<{ kty: "AKP"; alg: MlDsaAlg; pub: string; priv: string }> {
  const seed = crypto.getRandomValues(new Uint8Array(ML_DSA_SEED_BYTES));
  try {
    return { kty: "AKP", alg, pub: await mlDsaPublicKey(alg, seed), priv: encodeBase64Url(seed) };
  } finally {
    seed.fill(0);
  }
}
