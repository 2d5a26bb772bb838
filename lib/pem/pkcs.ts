/**
 * The DER key structures: PKCS#8 PrivateKeyInfo, SubjectPublicKeyInfo,
 * PKCS#1 RSAPrivateKey / RSAPublicKey and SEC1 ECPrivateKey, each to a JWK.
 *
 * @example Reading an SPKI public key
 * ```ts
 * import assert from "node:assert/strict";
 * import { readSpki } from "./pkcs.ts";
 * const der = Uint8Array.from(atob("MCowBQYDK2VuAyEACQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQk="), (c) => c.charCodeAt(0));
 * const jwk = await readSpki(der);
 * assert.ok(jwk.kty === "OKP" && jwk.crv === "X25519");
 * ```
 * @module
 */

import {
  children,
  decodeDer,
  type DerNode,
  expectNode,
  readBitString,
  readOctets,
  readOid,
  readSmallInt,
  readUnsigned,
  TAG,
} from "./asn1.ts";
import { JwkError } from "../errors.ts";
import { type EcCurve, ecJwk, type OkpCurve, okpJwk, rsaJwk } from "./members.ts";
import { OID, oidName, SUPPORTED_KEYS } from "./oids.ts";
import { loadModule } from "../lazy.ts";

/** The ML-DSA key OIDs: their reader (ml_dsa.ts, with ML-DSA itself) loads only for them. */
const ML_DSA_OIDS: ReadonlySet<string> = new Set([OID.ML_DSA_44, OID.ML_DSA_65, OID.ML_DSA_87]);
const mlDsaModule = () => loadModule("pem/ml_dsa.ts");

const CURVE_BY_OID: Record<string, EcCurve> = {
  [OID.P256]: "P-256",
  [OID.P384]: "P-384",
  [OID.P521]: "P-521",
  [OID.SECP256K1]: "secp256k1",
};

/** RFC 8410's algorithm OIDs, which name the curve themselves. */
const OKP_BY_OID: Record<string, OkpCurve> = {
  [OID.ED25519]: "Ed25519",
  [OID.X25519]: "X25519",
  [OID.ED448]: "Ed448",
  [OID.X448]: "X448",
};

function unsupportedAlgorithm(oid: string, what: string): JwkError {
  return new JwkError(
    "UNSUPPORTED",
    `${what}: ${oidName(oid)} keys are not supported; supported: ${SUPPORTED_KEYS}`,
  );
}

/** The named curve of EC parameters (an OID); explicit parameters are refused. */
function namedCurve(params: DerNode | undefined, what: string): EcCurve {
  if (!params) throw new JwkError("BAD_KEY", `${what}: EC key without curve parameters`);
  if (params.tag === TAG.SEQUENCE) {
    throw new JwkError(
      "UNSUPPORTED",
      `${what}: explicit EC curve parameters are not supported; use a named curve ` +
        `(P-256, P-384, P-521, secp256k1), e.g. openssl ec -param_enc named_curve`,
    );
  }
  if (params.tag !== TAG.OID) {
    throw new JwkError("UNSUPPORTED", `${what}: EC parameters are not a named curve`);
  }
  const oid = readOid(params, what);
  const crv = CURVE_BY_OID[oid];
  if (!crv) {
    throw new JwkError(
      "UNSUPPORTED",
      `${what}: EC curve ${
        oidName(oid)
      } is not supported; supported: P-256, P-384, P-521, secp256k1`,
    );
  }
  return crv;
}

/** AlgorithmIdentifier ::= SEQUENCE { algorithm OID, parameters ANY OPTIONAL } */
function algorithmIdentifier(node: DerNode | undefined, what: string): [string, DerNode?] {
  const parts = children(expectNode(node, TAG.SEQUENCE, what), what);
  if (parts.length < 1 || parts.length > 2) {
    throw new JwkError("BAD_PEM", `${what}: malformed AlgorithmIdentifier`);
  }
  return [readOid(parts[0], what), parts[1]];
}

function noParams(params: DerNode | undefined, name: string, what: string): void {
  if (params && !(params.tag === TAG.NULL && params.value.length === 0 && name === "RSA")) {
    throw new JwkError("BAD_PEM", `${what}: unexpected ${name} algorithm parameters`);
  }
}

/**
 * PKCS#1 RSAPublicKey ::= SEQUENCE { n INTEGER, e INTEGER } to a JWK.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readPkcs1Public } from "./pkcs.ts";
 * try { await readPkcs1Public(new Uint8Array([0x30, 0x00])); } catch (e) { assert.ok(e instanceof Error); }
 * ```
 */
export function readPkcs1Public(der: Uint8Array, what = "PKCS#1 RSA public key"): JsonWebKey {
  const parts = children(decodeDer(der, what), what, TAG.SEQUENCE);
  if (parts.length !== 2) throw new JwkError("BAD_PEM", `${what}: expected 2 INTEGERs`);
  return rsaJwk({ n: readUnsigned(parts[0], what), e: readUnsigned(parts[1], what) }, what);
}

/**
 * PKCS#1 RSAPrivateKey (two-prime, version 0) to a JWK.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readPkcs1Private } from "./pkcs.ts";
 * try { readPkcs1Private(new Uint8Array([0x30, 0x00])); } catch (e) { assert.ok(e instanceof Error); }
 * ```
 */
export function readPkcs1Private(der: Uint8Array, what = "PKCS#1 RSA private key"): JsonWebKey {
  const parts = children(decodeDer(der, what), what, TAG.SEQUENCE);
  const version = readSmallInt(parts[0], what);
  if (version === 1) {
    throw new JwkError("UNSUPPORTED", `${what}: multi-prime RSA keys are not supported`);
  }
  if (version !== 0 || parts.length !== 9) {
    throw new JwkError("BAD_PEM", `${what}: expected version 0 and 8 INTEGERs`);
  }
  const [n, e, d, p, q, dp, dq, qi] = parts.slice(1).map((x) => readUnsigned(x, what));
  return rsaJwk({ n, e, d, p, q, dp, dq, qi }, what);
}

/**
 * SEC1 ECPrivateKey ::= SEQUENCE { version 1, privateKey OCTET STRING,
 * [0] parameters OPTIONAL, [1] publicKey OPTIONAL } to a JWK. `outerCurve`
 * is the curve named by a surrounding PKCS#8 AlgorithmIdentifier.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readSec1 } from "./pkcs.ts";
 * // version 1, d = 1, curve P-256, no public key: x and y are derived (d·G = G)
 * const p256 = [0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];
 * const der = new Uint8Array([0x30, 0x12, 2, 1, 1, 4, 1, 1, 0xa0, 0x0a, ...p256]);
 * const jwk = await readSec1(der);
 * assert.ok(jwk.x === "axfR8uEsQkf4vOblY6RA8ncDfYEt6zOg9KE5RdiYwpY");
 * ```
 */
export async function readSec1(
  der: Uint8Array,
  outerCurve?: EcCurve,
  what = "SEC1 EC private key",
): Promise<JsonWebKey> {
  const parts = children(decodeDer(der, what), what, TAG.SEQUENCE);
  if (readSmallInt(parts[0], what) !== 1) {
    throw new JwkError("BAD_PEM", `${what}: expected version 1`);
  }
  const d = readOctets(parts[1], what);
  let params: DerNode | undefined;
  let pub: DerNode | undefined;
  for (const extra of parts.slice(2)) {
    if (extra.tag === TAG.CONTEXT_0 && !params && !pub) {
      const inner = children(extra, what);
      if (inner.length !== 1) throw new JwkError("BAD_PEM", `${what}: malformed parameters`);
      params = inner[0];
    } else if (extra.tag === TAG.CONTEXT_1 && !pub) {
      const inner = children(extra, what);
      if (inner.length !== 1) throw new JwkError("BAD_PEM", `${what}: malformed public key`);
      pub = inner[0];
    } else {
      throw new JwkError("BAD_PEM", `${what}: unexpected element`);
    }
  }
  let crv = outerCurve;
  if (params) {
    const inner = namedCurve(params, what);
    if (crv && crv !== inner) {
      throw new JwkError("BAD_KEY", `${what}: curve ${inner} contradicts ${crv}`);
    }
    crv = inner;
  }
  if (!crv) throw new JwkError("BAD_KEY", `${what}: the curve is not named`);
  const point = pub ? readBitString(pub, what) : undefined;
  return await ecJwk(crv, point, d, what);
}

/**
 * SubjectPublicKeyInfo to a public JWK (RSA, EC, Ed25519, X25519, Ed448,
 * X448, ML-DSA).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readSpki } from "./pkcs.ts";
 * try { await readSpki(new Uint8Array([0x30, 0x00])); } catch (e) { assert.ok(e instanceof Error); }
 * ```
 */
export async function readSpki(
  der: Uint8Array,
  what = "SPKI public key",
): Promise<JsonWebKey> {
  return await readSpkiNode(decodeDer(der, what), what);
}

/**
 * Like {@link readSpki} for an SPKI already decoded (inside a certificate).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { decodeDer } from "./asn1.ts";
 * import { readSpkiNode } from "./pkcs.ts";
 * try { await readSpkiNode(decodeDer(new Uint8Array([0x30, 0x00]), "k"), "k"); } catch (e) { assert.ok(e instanceof Error); }
 * ```
 */
export async function readSpkiNode(node: DerNode, what: string): Promise<JsonWebKey> {
  const parts = children(node, what, TAG.SEQUENCE);
  if (parts.length !== 2) throw new JwkError("BAD_PEM", `${what}: expected 2 elements`);
  const [oid, params] = algorithmIdentifier(parts[0], what);
  const key = readBitString(parts[1], what);
  switch (oid) {
    case OID.RSA:
      noParams(params, "RSA", what);
      return readPkcs1Public(key, what);
    case OID.EC_PUBLIC_KEY:
      return await ecJwk(namedCurve(params, what), key, undefined, what);
    default: {
      const okp = OKP_BY_OID[oid];
      if (okp) {
        noParams(params, oidName(oid), what);
        return await okpJwk(okp, key, undefined, what);
      }
      if (ML_DSA_OIDS.has(oid)) {
        const { mlDsaOfOid, mlDsaPublicJwk } = await mlDsaModule();
        const mlDsa = mlDsaOfOid(oid)!;
        noParams(params, mlDsa, what); // RFC 9881: parameters MUST be absent
        return mlDsaPublicJwk(mlDsa, key, what);
      }
      throw unsupportedAlgorithm(oid, what);
    }
  }
}

/**
 * PKCS#8 PrivateKeyInfo / OneAsymmetricKey to a private JWK.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readPkcs8 } from "./pkcs.ts";
 * const der = Uint8Array.from(atob("MC4CAQAwBQYDK2VwBCIEIAcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcH"), (c) => c.charCodeAt(0));
 * const jwk = await readPkcs8(der);
 * assert.ok(jwk.crv === "Ed25519" && jwk.d === "BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc");
 * ```
 */
export async function readPkcs8(
  der: Uint8Array,
  what = "PKCS#8 private key",
): Promise<JsonWebKey> {
  const parts = children(decodeDer(der, what), what, TAG.SEQUENCE);
  const version = readSmallInt(parts[0], what);
  if (version > 1 || parts.length < 3) {
    throw new JwkError("BAD_PEM", `${what}: expected version 0 or 1`);
  }
  const [oid, params] = algorithmIdentifier(parts[1], what);
  const inner = readOctets(parts[2], what);
  let publicKey: Uint8Array | undefined;
  for (const extra of parts.slice(3)) {
    if (extra.tag === TAG.CONTEXT_0 && publicKey === undefined) continue; // attributes
    if (extra.tag === 0x81 && version === 1 && publicKey === undefined) {
      if (extra.value.length < 1 || extra.value[0] !== 0) {
        throw new JwkError("BAD_PEM", `${what}: malformed public key`);
      }
      publicKey = extra.value.subarray(1);
      continue;
    }
    throw new JwkError("BAD_PEM", `${what}: unexpected element`);
  }
  switch (oid) {
    case OID.RSA: {
      noParams(params, "RSA", what);
      return readPkcs1Private(inner, what);
    }
    case OID.EC_PUBLIC_KEY: {
      const jwk = await readSec1(inner, namedCurve(params, what), what);
      if (publicKey) {
        const pub = await ecJwk(jwk.crv as EcCurve, publicKey, undefined, what);
        if (pub.x !== jwk.x || pub.y !== jwk.y) {
          throw new JwkError("BAD_KEY", `${what}: the public key does not match the private key`);
        }
      }
      return jwk;
    }
    default: {
      const okp = OKP_BY_OID[oid];
      if (okp) {
        noParams(params, oidName(oid), what);
        const seed = readOctets(decodeDer(inner, what, parts[2].depth + 1), what);
        return await okpJwk(okp, publicKey, seed, what);
      }
      if (ML_DSA_OIDS.has(oid)) {
        const { mlDsaOfOid, mlDsaPrivateJwk } = await mlDsaModule();
        const mlDsa = mlDsaOfOid(oid)!;
        noParams(params, mlDsa, what);
        return await mlDsaPrivateJwk(mlDsa, inner, publicKey, what, parts[2].depth + 1);
      }
      throw unsupportedAlgorithm(oid, what);
    }
  }
}
