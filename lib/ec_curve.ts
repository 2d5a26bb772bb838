/**
 * The prime curves' parameters (FIPS 186-5, SEC 2: y² = x³ + ax + b mod p) and
 * the on-curve check of a JWK's `x` and `y`. A module of its own, with no
 * imports, so that checking an EC public JWK does not load the PEM reader.
 * @module
 */

/** The curves of this module. */
export type PrimeCurve = "P-256" | "P-384" | "P-521" | "secp256k1";

/** Field prime `p`, constants `a` and `b`, and coordinate size in bytes of a curve. */
export interface EcCurveParams {
  /** Coordinate size in bytes (32, 48, 66). */
  size: number;
  /** The field prime. */
  p: bigint;
  /** The curve constant a (-3 for the NIST curves, 0 for secp256k1). */
  a: bigint;
  /** The curve constant b. */
  b: bigint;
}

/**
 * P-256, P-384, P-521 and secp256k1.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { EC_CURVES } from "./ec_curve.ts";
 * assert.equal(EC_CURVES["P-521"].size, 66);
 * ```
 */
export const EC_CURVES: Readonly<Record<PrimeCurve, EcCurveParams>> = {
  "P-256": {
    size: 32,
    a: -3n,
    p: 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n,
    b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
  },
  "P-384": {
    size: 48,
    a: -3n,
    p: 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n,
    b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn,
  },
  "P-521": {
    size: 66,
    a: -3n,
    p: 2n ** 521n - 1n,
    b: 0x0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00n,
  },
  // SEC 2 §2.4.1; p ≡ 3 (mod 4) as for the NIST primes, so the same square root works.
  "secp256k1": {
    size: 32,
    p: 2n ** 256n - 2n ** 32n - 977n,
    a: 0n,
    b: 7n,
  },
};

/** Big-endian bytes to a BigInt. */
function bigintOf(bytes: Uint8Array): bigint {
  let hex = "";
  for (const b of bytes) hex += b.toString(16).padStart(2, "0");
  return hex ? BigInt("0x" + hex) : 0n;
}

/**
 * x³ + ax + b mod p, the right-hand side of the curve equation.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { curveRhs, EC_CURVES } from "./ec_curve.ts";
 * assert.equal(curveRhs(EC_CURVES["P-256"], 0n), EC_CURVES["P-256"].b);
 * ```
 */
export function curveRhs(c: EcCurveParams, x: bigint): bigint {
  return (((x * x * x + c.a * x + c.b) % c.p) + c.p) % c.p;
}

/**
 * Whether (x, y), big-endian coordinates, is a point of the curve.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isOnCurve } from "./ec_curve.ts";
 * const hex = (h: string) => Uint8Array.from(h.match(/../g)!, (b) => parseInt(b, 16));
 * // The P-256 base point (FIPS 186-5).
 * const gx = hex("6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296");
 * const gy = hex("4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5");
 * assert.equal(isOnCurve("P-256", gx, gy), true);
 * assert.equal(isOnCurve("P-256", gx, gx), false);
 * ```
 */
export function isOnCurve(crv: PrimeCurve, x: Uint8Array, y: Uint8Array): boolean {
  const c = EC_CURVES[crv];
  const xi = bigintOf(x);
  const yi = bigintOf(y);
  return xi < c.p && yi < c.p && (yi * yi) % c.p === curveRhs(c, xi);
}
