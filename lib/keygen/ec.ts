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
import { privateKeyPkcs8 } from "../key_derive.ts";

/** Curve order n and the private key's length, per curve. */
const CURVES: Record<string, { order: bigint; bytes: number }> = {
  "P-256": {
    order: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
    bytes: 32,
  },
  "P-384": {
    order:
      0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
    bytes: 48,
  },
};

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
  const pkcs8 = privateKeyPkcs8(crv, d)!;
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
