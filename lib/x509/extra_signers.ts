/**
 * Certificate signers for the key types WebCrypto lacks in some or all
 * runtimes: secp256k1 (ecdsa-with-SHA256, RFC 5758), Ed448 (RFC 8410) and
 * ML-DSA-44/65/87 (RFC 9881). WebCrypto first where the runtime has the
 * algorithm (ML-DSA in Deno and Chromium, Ed448 in Node), else
 * `@noble/curves` / `@noble/post-quantum`, loaded only when such a key signs
 * (see `../keygen/noble_deps.ts`).
 *
 * The fallback signs with the private key alone, so it first checks that the
 * private key gives the JWK's public members: a mismatched JWK would otherwise
 * make a certificate for a key that did not sign it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ed448Signer } from "./extra_signers.ts";
 * assert.deepEqual([...ed448Signer().algorithm], [0x30, 5, 6, 3, 43, 101, 113]);
 * ```
 * @module
 */
import type { MlDsaAlg } from "../keygen/ml_dsa.ts";
import {
  ed448PublicKey,
  ed448Sign,
  mlDsaKeygen,
  mlDsaSign,
  secp256k1PublicKey,
  secp256k1Sign,
} from "../keygen/noble_deps.ts";
import { OID } from "../pem/oids.ts";
import { algorithmId, ecdsaSignature } from "./der.ts";
import { X509_OID } from "./oids.ts";
import type { Signer } from "./signers.ts";
import { memberBytes } from "./spki.ts";

/** The same bytes? (Public keys only: no need for constant time.) */
function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function mismatch(what: string): Error {
  return new Error(`the ${what} private key does not belong to the JWK's public key`);
}

/**
 * Runs `webcrypto`; undefined when the runtime lacks the algorithm (then the
 * caller falls back), any other failure passes on.
 */
async function unlessUnsupported(
  webcrypto: () => Promise<ArrayBuffer>,
): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await webcrypto());
  } catch (e) {
    if (e instanceof DOMException && e.name === "NotSupportedError") return undefined;
    throw e;
  }
}

/**
 * ECDSA with SHA-256 on secp256k1 (ES256K's curve): the signature
 * algorithm ecdsa-with-SHA256, the key's SPKI names the curve. No runtime's
 * WebCrypto has secp256k1, so this always signs with `@noble/curves`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { secp256k1Signer } from "./extra_signers.ts";
 * assert.equal(secp256k1Signer().algorithm.length, 12); // SEQUENCE { OID 1.2.840.10045.4.3.2 }
 * ```
 */
export function secp256k1Signer(): Signer {
  return {
    algorithm: algorithmId(X509_OID.ECDSA_SHA256),
    async sign(jwk, data) {
      const d = memberBytes(jwk.d);
      try {
        const point = await secp256k1PublicKey(d);
        const given = new Uint8Array([4, ...memberBytes(jwk.x), ...memberBytes(jwk.y)]);
        if (!same(point, given)) throw mismatch("secp256k1");
        return ecdsaSignature(await secp256k1Sign(d, data));
      } finally {
        d.fill(0);
      }
    },
  };
}

/**
 * Ed448 (RFC 8410: the same AlgorithmIdentifier names the key and the
 * signature, without parameters); pure EdDSA with an empty context.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ed448Signer } from "./extra_signers.ts";
 * assert.equal(typeof ed448Signer().sign, "function");
 * ```
 */
export function ed448Signer(): Signer {
  return {
    algorithm: algorithmId(OID.ED448),
    async sign(jwk, data) {
      const { kty, crv, x, d } = jwk;
      const native = await unlessUnsupported(async () => {
        const key = await crypto.subtle.importKey(
          "jwk",
          { kty, crv, x, d },
          { name: "Ed448" },
          false,
          ["sign"],
        );
        return crypto.subtle.sign({ name: "Ed448" }, key, data.slice());
      });
      if (native) return native;
      const secret = memberBytes(d);
      try {
        if (!same(await ed448PublicKey(secret), memberBytes(x))) throw mismatch("Ed448");
        return await ed448Sign(secret, data);
      } finally {
        secret.fill(0);
      }
    },
  };
}

/**
 * ML-DSA (RFC 9881: the parameter set's OID, parameters absent, for key and
 * signature alike); pure ML-DSA with an empty context. The AKP JWK's `priv`
 * is the 32-byte seed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mlDsaSigner } from "./extra_signers.ts";
 * assert.equal(mlDsaSigner("ML-DSA-65").algorithm[0], 0x30);
 * ```
 */
export function mlDsaSigner(alg: MlDsaAlg): Signer {
  const oid = {
    "ML-DSA-44": OID.ML_DSA_44,
    "ML-DSA-65": OID.ML_DSA_65,
    "ML-DSA-87": OID.ML_DSA_87,
  };
  return {
    algorithm: algorithmId(oid[alg]),
    async sign(jwk, data) {
      const { pub, priv } = jwk as { pub?: string; priv?: string };
      const native = await unlessUnsupported(async () => {
        // Deno's import checks that `pub` is the seed's public key.
        const key = await crypto.subtle.importKey(
          "jwk",
          { kty: "AKP", alg, pub, priv } as JsonWebKey,
          { name: alg },
          false,
          ["sign"],
        );
        return crypto.subtle.sign({ name: alg }, key, data.slice());
      });
      if (native) return native;
      const seed = memberBytes(priv);
      const { publicKey, expandedKey } = await mlDsaKeygen(alg, seed);
      try {
        if (!same(publicKey, memberBytes(pub))) throw mismatch(alg);
        return await mlDsaSign(alg, expandedKey, data);
      } finally {
        seed.fill(0);
        expandedKey.fill(0);
      }
    },
  };
}
