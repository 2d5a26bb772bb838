/**
 * RFC 7638 JWK thumbprints, the default `kid`.
 * @module
 */
import { calculateJwkThumbprint } from "./deps.ts";
import { JwkError } from "./errors.ts";

/** The members RFC 7638 hashes, per kty (AKP: `alg` names the ML-DSA parameter set). */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  EC: ["crv", "kty", "x", "y"],
  RSA: ["e", "kty", "n"],
  OKP: ["crv", "kty", "x"],
  oct: ["k", "kty"],
  AKP: ["alg", "kty", "pub"],
};

/**
 * The RFC 7638 SHA-256 thumbprint of a JWK, base64url: the same for the public
 * and the private form of a key. For AKP (ML-DSA) keys the hashed members are
 * `alg`, `kty` and `pub`.
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
 *
 * @example An AKP key: the hash of {"alg":...,"kty":"AKP","pub":...}
 * ```ts
 * import assert from "node:assert/strict";
 * import { base64url } from "jose";
 * import { createJwk, thumbprint } from "@jwk/jwk";
 *
 * const { publicJwk } = await createJwk({ kty: "AKP", alg: "ML-DSA-44" });
 * const { alg, kty, pub } = publicJwk;
 * const input = new TextEncoder().encode(JSON.stringify({ alg, kty, pub }));
 * const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", input));
 * assert.equal(await thumbprint(publicJwk), base64url.encode(digest));
 * ```
 */
export async function thumbprint(jwk: JsonWebKey): Promise<string> {
  try {
    return await calculateJwkThumbprint(
      jwk as Parameters<typeof calculateJwkThumbprint>[0],
      "sha256",
    );
  } catch {
    const members = REQUIRED[String(jwk.kty)];
    throw new JwkError(
      members ? "BAD_KEY" : "UNSUPPORTED",
      members
        ? `cannot compute the thumbprint of this ${jwk.kty} key: members are missing ` +
          `(it needs ${members.join(", ")})`
        : `cannot compute the thumbprint of a '${jwk.kty}' key`,
    );
  }
}
