/**
 * ML-DSA keys in X.509 structures (RFC 9881) to AKP JWKs. The public key is
 * the raw FIPS 204 encoding in the SPKI BIT STRING; the PKCS#8 private key is
 * a CHOICE of the 32-byte seed (`[0] IMPLICIT OCTET STRING`), the expanded
 * key (`OCTET STRING`), or both (`SEQUENCE { seed, expandedKey }`). An AKP
 * JWK's `priv` is the seed, so: seed → JWK; both → the seed, after checking
 * that the expanded key is the one the seed expands to; expanded key only →
 * refused, since the seed cannot be recovered from it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mlDsaPublicJwk } from "./ml_dsa.ts";
 * const jwk = mlDsaPublicJwk("ML-DSA-44", new Uint8Array(1312), "test key");
 * assert.deepEqual(Object.keys(jwk), ["kty", "alg", "pub"]);
 * ```
 * @module
 */
import { ML_DSA, ML_DSA_SEED_BYTES } from "../key_types.ts";
import { JwkError } from "../errors.ts";
import { type MlDsaAlg, mlDsaExpandedKey, mlDsaPublicKey } from "../keygen/ml_dsa.ts";
import { encodeBase64Url } from "./armor.ts";
import { children, decodeDer, readOctets, TAG } from "./asn1.ts";
import { OID } from "./oids.ts";

/**
 * The parameter set an algorithm OID names, or undefined.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mlDsaOfOid } from "./ml_dsa.ts";
 * assert.equal(mlDsaOfOid("2.16.840.1.101.3.4.3.18"), "ML-DSA-65");
 * assert.equal(mlDsaOfOid("1.3.101.112"), undefined);
 * ```
 */
export function mlDsaOfOid(oid: string): MlDsaAlg | undefined {
  const byOid: Record<string, MlDsaAlg> = {
    [OID.ML_DSA_44]: "ML-DSA-44",
    [OID.ML_DSA_65]: "ML-DSA-65",
    [OID.ML_DSA_87]: "ML-DSA-87",
  };
  return byOid[oid];
}

/** Tag of the seed alternative: [0] IMPLICIT OCTET STRING, primitive. */
const SEED_TAG = 0x80;

function badKey(message: string): JwkError {
  return new JwkError("BAD_KEY", message);
}

/**
 * An AKP public JWK from the raw public key of an SPKI.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mlDsaPublicJwk } from "./ml_dsa.ts";
 * assert.throws(() => mlDsaPublicJwk("ML-DSA-65", new Uint8Array(1312), "k"), /1952/);
 * ```
 */
export function mlDsaPublicJwk(alg: MlDsaAlg, key: Uint8Array, what: string): JsonWebKey {
  const want = ML_DSA[alg].publicKey;
  if (key.length !== want) {
    throw badKey(`${what}: the ${alg} public key is ${key.length} bytes, not ${want}`);
  }
  return { kty: "AKP", alg, pub: encodeBase64Url(key) } as JsonWebKey;
}

/** Equal bytes, without stopping at the first difference. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

/** The seed out of the private key CHOICE, checking the expanded key of "both". */
async function seedOf(alg: MlDsaAlg, der: Uint8Array, what: string, depth: number) {
  const node = decodeDer(der, what, depth);
  const expandedLength = ML_DSA[alg].expandedKey;
  if (node.tag === SEED_TAG) return node.value;
  if (node.tag === TAG.OCTET_STRING) {
    throw new JwkError(
      "UNSUPPORTED",
      `${what}: the file holds only the expanded ${alg} private key, without its seed; ` +
        "a JWK needs the 32-byte seed (the AKP 'priv' member), which cannot be recovered " +
        "from the expanded key: export the key with its seed",
    );
  }
  if (node.tag !== TAG.SEQUENCE) {
    throw new JwkError(
      "BAD_PEM",
      `${what}: the ${alg} private key is not a seed, an expanded key or both`,
    );
  }
  const parts = children(node, what);
  if (parts.length !== 2) {
    throw new JwkError(
      "BAD_PEM",
      `${what}: the ${alg} private key (both) needs a seed and an expanded key`,
    );
  }
  const seed = readOctets(parts[0], what);
  const expanded = readOctets(parts[1], what);
  if (seed.length !== ML_DSA_SEED_BYTES) {
    throw badKey(`${what}: the ${alg} seed is ${seed.length} bytes, not ${ML_DSA_SEED_BYTES}`);
  }
  if (expanded.length !== expandedLength) {
    throw badKey(
      `${what}: the expanded ${alg} private key is ${expanded.length} bytes, not ${expandedLength}`,
    );
  }
  const expected = await mlDsaExpandedKey(alg, seed);
  const same = sameBytes(expected, expanded);
  expected.fill(0);
  if (!same) {
    throw badKey(`${what}: the expanded ${alg} private key does not belong to the seed`);
  }
  return seed;
}

/**
 * An AKP private JWK (`kty`, `alg`, `pub`, `priv`) from the privateKey OCTET
 * STRING contents of a PKCS#8 file. `publicKey` is OneAsymmetricKey's
 * optional public key, which must match the seed when present.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mlDsaPrivateJwk } from "./ml_dsa.ts";
 * const seedOnly = new Uint8Array([0x80, 32, ...new Uint8Array(32)]);
 * const jwk = await mlDsaPrivateJwk("ML-DSA-44", seedOnly, undefined, "test key", 1);
 * assert.equal((jwk as { priv: string }).priv, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
 * ```
 */
export async function mlDsaPrivateJwk(
  alg: MlDsaAlg,
  privateKey: Uint8Array,
  publicKey: Uint8Array | undefined,
  what: string,
  depth: number,
): Promise<JsonWebKey> {
  const seed = await seedOf(alg, privateKey, what, depth);
  if (seed.length !== ML_DSA_SEED_BYTES) {
    throw badKey(`${what}: the ${alg} seed is ${seed.length} bytes, not ${ML_DSA_SEED_BYTES}`);
  }
  const pub = await mlDsaPublicKey(alg, seed);
  if (publicKey && encodeBase64Url(publicKey) !== pub) {
    throw badKey(`${what}: the public key does not match the private key`);
  }
  return { kty: "AKP", alg, pub, priv: encodeBase64Url(seed) } as JsonWebKey;
}
