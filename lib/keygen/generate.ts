/**
 * Fresh key material from WebCrypto, for every key type `jwk create` makes
 * (secp256k1, Ed448 and X448 through `curves.ts`, ML-DSA through `ml_dsa.ts`,
 * which fall back to `@noble/*` where WebCrypto lacks the algorithm; those
 * modules, like RSA's, are loaded only for their key types).
 * Only the key members come back (no alg, use, kid, key_ops, ext): the caller
 * decides the metadata.
 * @module
 */
import { CURVE_BYTES, type KeyType } from "../key_types.ts";
import { encodeBase64Url } from "../base64url.ts";
import { JwkError } from "../errors.ts";
import { generateEcByImport, preferImportedEc } from "./ec.ts";
import type { ExtraCurve } from "./curves.ts";
import { loadModule } from "../lazy.ts";

/**
 * The key members of a JWK, as RFC 7518/8037 name them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { generateKeyMaterial, type KeyMaterial } from "@jwk/jwk";
 *
 * const key: KeyMaterial = await generateKeyMaterial({ kty: "OKP", crv: "X25519" });
 * assert.deepEqual(Object.keys(key), ["kty", "crv", "x", "d"]);
 * ```
 */
export interface KeyMaterial {
  /** Key type. */
  kty: KeyType;
  /** Curve (EC, OKP). */
  crv?: string;
  /** Public coordinate (EC, OKP). */
  x?: string;
  /** Public coordinate (EC). */
  y?: string;
  /** Private scalar (EC, OKP) or exponent (RSA). */
  d?: string;
  /** RSA modulus. */
  n?: string;
  /** RSA public exponent. */
  e?: string;
  /** RSA first prime. */
  p?: string;
  /** RSA second prime. */
  q?: string;
  /** RSA d mod (p-1). */
  dp?: string;
  /** RSA d mod (q-1). */
  dq?: string;
  /** RSA q^-1 mod p. */
  qi?: string;
  /** Symmetric key (oct). */
  k?: string;
  /** AKP only: the ML-DSA parameter set, part of the key itself (and of its thumbprint). */
  alg?: string;
  /** AKP public key. */
  pub?: string;
  /** AKP private key: the 32-byte ML-DSA seed. */
  priv?: string;
}

/**
 * What to generate: the output of resolveKeyParams fits.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { generateKeyMaterial, type GenerateParams, resolveKeyParams } from "@jwk/jwk";
 *
 * const params: GenerateParams = resolveKeyParams({ kty: "oct", alg: "HS512" });
 * const key = await generateKeyMaterial(params);
 * assert.equal(key.k?.length, 86); // 64 bytes, base64url
 * ```
 */
export interface GenerateParams {
  /** Key type. */
  kty: KeyType;
  /** Curve, for EC and OKP. */
  crv?: string;
  /** Size in bits, for RSA and oct. */
  size?: number;
  /** The ML-DSA parameter set, for AKP. */
  alg?: string;
}

const MEMBERS = [
  "kty",
  "crv",
  "x",
  "y",
  "d",
  "n",
  "e",
  "p",
  "q",
  "dp",
  "dq",
  "qi",
  "k",
  "pub",
  "priv",
] as const;

/**
 * Keeps only the key members of a JWK (a WebCrypto export, a key read from a
 * file), in RFC order: its own alg, use, kid or key_ops are not carried over,
 * except an AKP key's alg, which names its parameter set.
 */
export function keyMembers(jwk: JsonWebKey): KeyMaterial {
  const src = jwk as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const m of MEMBERS) {
    const v = src[m];
    if (typeof v === "string") out[m] = v;
    if (m === "kty" && v === "AKP" && typeof src.alg === "string") out.alg = src.alg;
  }
  return out as unknown as KeyMaterial;
}

async function exportPrivate(pair: CryptoKey | CryptoKeyPair): Promise<KeyMaterial> {
  const key = "privateKey" in pair ? pair.privateKey : pair;
  return keyMembers(await crypto.subtle.exportKey("jwk", key));
}

/** 65537, the public exponent every JOSE implementation expects. */
const F4 = new Uint8Array([1, 0, 1]);

/**
 * Generates key material with WebCrypto. RSA and oct sizes are in bits.
 * Parameters are assumed checked (see resolveKeyParams); anything WebCrypto
 * refuses still ends in a JwkError.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { generateKeyMaterial } from "@jwk/jwk";
 *
 * const ec = await generateKeyMaterial({ kty: "EC", crv: "P-521" });
 * assert.deepEqual(Object.keys(ec), ["kty", "crv", "x", "y", "d"]);
 * const oct = await generateKeyMaterial({ kty: "oct", size: 256 });
 * assert.equal(oct.k?.length, 43); // 32 bytes, base64url
 * ```
 */
export async function generateKeyMaterial(params: GenerateParams): Promise<KeyMaterial> {
  const { kty, crv, size } = params;
  try {
    switch (kty) {
      case "EC": {
        if (crv === "secp256k1") {
          return await (await loadModule("keygen/curves.ts")).generateExtra(crv);
        }
        // Faster where measured (Deno); undefined means: use generateKey.
        const fast = preferImportedEc(crv ?? "P-256") && await generateEcByImport(crv ?? "P-256");
        if (fast) return fast;
        return await exportPrivate(
          await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: crv ?? "P-256" }, true, [
            "sign",
            "verify",
          ]),
        );
      }
      case "OKP": {
        const name = crv ?? "Ed25519";
        if (name === "Ed448" || name === "X448") {
          return await (await loadModule("keygen/curves.ts")).generateExtra(name as ExtraCurve);
        }
        if (!(name in CURVE_BYTES)) break;
        const usages: KeyUsage[] = name === "X25519" ? ["deriveBits"] : ["sign", "verify"];
        return await exportPrivate(await crypto.subtle.generateKey({ name }, true, usages));
      }
      case "RSA": {
        // Deno's WebCrypto RSA generation is slow: search primes in JS on every core.
        // The RSA search (two modules) is loaded only for RSA keys.
        const { generateRsaJs, preferJsRsa } = await loadModule("keygen/rsa.ts");
        if (preferJsRsa()) return await generateRsaJs(size ?? 2048);
        // The hash does not matter for the key; only the export does.
        return await exportPrivate(
          await crypto.subtle.generateKey(
            {
              name: "RSASSA-PKCS1-v1_5",
              modulusLength: size ?? 2048,
              publicExponent: F4,
              hash: "SHA-256",
            },
            true,
            ["sign", "verify"],
          ),
        );
      }
      case "AKP": {
        const { generateMlDsa, isMlDsa } = await loadModule("keygen/ml_dsa.ts");
        if (!isMlDsa(params.alg)) break;
        return await generateMlDsa(params.alg);
      }
      case "oct": {
        const bits = size ?? 256;
        return {
          kty: "oct",
          k: encodeBase64Url(crypto.getRandomValues(new Uint8Array(bits / 8))),
        };
      }
    }
  } catch (e) {
    // WebCrypto messages hold no key material, but may be multi-line.
    const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new JwkError("UNSUPPORTED", `cannot generate a ${kty} key here: ${why}`);
  }
  throw new JwkError(
    "UNSUPPORTED",
    kty === "AKP"
      ? `cannot generate kty 'AKP' with alg '${params.alg}': use ML-DSA-44, ML-DSA-65 or ML-DSA-87`
      : `cannot generate kty '${kty}' with crv '${crv}'`,
  );
}
