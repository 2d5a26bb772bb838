/**
 * EC P-256/P-384 key generation by import: a uniformly random private scalar
 * d in [1, n - 1] (rejection sampling on `crypto.getRandomValues`), imported
 * into WebCrypto as PKCS#8 so that WebCrypto computes the public point.
 *
 * Why: Deno's `generateKey` for P-256 and P-384 spends about 30 ms on its
 * first call in a process (P-521 does not), which is a quarter of a whole
 * `jwk create` run. Importing a scalar costs about 2 ms. Used only where that
 * is measured (Deno, see {@link preferImportedEc}); everywhere else, and on
 * any failure, the caller falls back to `generateKey`.
 * @module
 */
import { decodeBase64Url } from "../base64url.ts";

/** Curve order n and the DER of the curve's OID, per curve. */
const CURVES: Record<string, { order: bigint; oid: number[]; bytes: number }> = {
  "P-256": {
    order: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
    oid: [0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07],
    bytes: 32,
  },
  "P-384": {
    order:
      0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
    oid: [0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x22],
    bytes: 48,
  },
};

/** id-ecPublicKey (1.2.840.10045.2.1). */
const EC_PUBLIC_KEY = [0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];

function der(tag: number, body: number[]): number[] {
  // Short form lengths are enough here (every body is below 128 bytes).
  return [tag, body.length, ...body];
}

/** Whether this runtime gains from {@link generateEcByImport} (Deno). */
export function preferImportedEc(crv: string): boolean {
  return crv in CURVES && typeof (globalThis as { Deno?: unknown }).Deno === "object";
}

/**
 * A fresh EC private JWK (kty, crv, x, y, d) for P-256 or P-384, or undefined
 * when the curve is not handled or WebCrypto refuses the import.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { generateEcByImport } from "./ec.ts";
 * const k = await generateEcByImport("P-256");
 * assert.ok(k === undefined || (k.d !== undefined && k.x !== undefined));
 * ```
 */
export async function generateEcByImport(
  crv: string,
): Promise<{ kty: "EC"; crv: string; x: string; y: string; d: string } | undefined> {
  const curve = CURVES[crv];
  if (!curve) return undefined;
  let d: Uint8Array;
  for (;;) {
    d = crypto.getRandomValues(new Uint8Array(curve.bytes));
    let v = 0n;
    for (const b of d) v = (v << 8n) | BigInt(b);
    if (v !== 0n && v < curve.order) break;
  }
  const ecPrivateKey = der(0x30, [0x02, 0x01, 0x01, ...der(0x04, [...d])]);
  const pkcs8 = new Uint8Array(der(0x30, [
    0x02,
    0x01,
    0x00,
    ...der(0x30, [...EC_PUBLIC_KEY, ...curve.oid]),
    ...der(0x04, ecPrivateKey),
  ]));
  d.fill(0);
  try {
    const key = await crypto.subtle.importKey(
      "pkcs8",
      pkcs8,
      { name: "ECDSA", namedCurve: crv },
      true,
      [
        "sign",
      ],
    );
    const jwk = await crypto.subtle.exportKey("jwk", key);
    const ok = (s: unknown) => typeof s === "string" && decodeBase64Url(s).length === curve.bytes;
    if (!ok(jwk.x) || !ok(jwk.y) || !ok(jwk.d)) return undefined;
    return { kty: "EC", crv, x: jwk.x!, y: jwk.y!, d: jwk.d! };
  } catch {
    return undefined;
  } finally {
    pkcs8.fill(0);
  }
}
