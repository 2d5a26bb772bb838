/**
 * RFC 7638 JWK thumbprints, the default `kid`.
 * @module
 */
import { calculateJwkThumbprint } from "./deps.ts";
import { JwkError } from "./errors.ts";

/**
 * The RFC 7638 SHA-256 thumbprint of a JWK, base64url: the same for the public
 * and the private form of a key.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { thumbprint } from "@jwk/jwk";
 *
 * const kid = await thumbprint({
 *   kty: "EC",
 *   crv: "P-256",
 *   x: "YOtq2zhj9oVlSHVY6_b94FiuIU7LEmoCVmTvBAixo-Q",
 *   y: "o1Wv7Gz_KrFqevZVtEAvr-FVohHMsKSGMfvYDOBtgDk",
 * });
 * assert.equal(kid, "y0-Rw_XIzWdWsHUxsRQ6xkuAuQk-5FYsRTrxM3ON-NI");
 * ```
 */
export async function thumbprint(jwk: JsonWebKey): Promise<string> {
  try {
    return await calculateJwkThumbprint(
      jwk as Parameters<typeof calculateJwkThumbprint>[0],
      "sha256",
    );
  } catch {
    throw new JwkError(
      "BAD_KEY",
      `cannot compute the thumbprint of this ${jwk.kty} key: members are missing`,
    );
  }
}
