/**
 * RFC 7638 JWK thumbprints (the default `kid`) and their RFC 9278 URIs.
 * WebCrypto's digest only: computing a thumbprint loads no other library.
 * @module
 */
import { encodeBase64Url } from "./base64url.ts";
import { JwkError } from "./errors.ts";
import { shown } from "./shown.ts";

/**
 * A hash a thumbprint can be made with.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { thumbprint, type ThumbprintHash } from "@jwk/jwk";
 *
 * const hash: ThumbprintHash = "SHA-512";
 * const t = await thumbprint({ kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA" }, { hash });
 * assert.equal(t.length, 86); // 64 bytes in base64url
 * ```
 */
export type ThumbprintHash = "SHA-256" | "SHA-384" | "SHA-512";

/**
 * Every {@link ThumbprintHash}, SHA-256 (the default) first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { THUMBPRINT_HASHES } from "@jwk/jwk";
 *
 * assert.deepEqual(THUMBPRINT_HASHES, ["SHA-256", "SHA-384", "SHA-512"]);
 * ```
 */
export const THUMBPRINT_HASHES: readonly ThumbprintHash[] = ["SHA-256", "SHA-384", "SHA-512"];

/**
 * Options of {@link thumbprint} and {@link thumbprintUri}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { thumbprintUri, type ThumbprintOptions } from "@jwk/jwk";
 *
 * const options: ThumbprintOptions = { hash: "SHA-384" };
 * const uri = await thumbprintUri({ kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA" }, options);
 * assert.ok(uri.startsWith("urn:ietf:params:oauth:jwk-thumbprint:sha-384:"));
 * ```
 */
export interface ThumbprintOptions {
  /** The hash; default SHA-256 (the one step and `kid`s use). */
  hash?: ThumbprintHash;
}

/** RFC 7638 §3.2 (and RFC 8037 §2, RFC 9964 for AKP): the required members, sorted. */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  EC: ["crv", "kty", "x", "y"],
  RSA: ["e", "kty", "n"],
  OKP: ["crv", "kty", "x"],
  oct: ["k", "kty"],
  AKP: ["alg", "kty", "pub"],
};

/**
 * The text RFC 7638 hashes: the key's required members only, in
 * lexicographic order, with no white space.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { thumbprintInput } from "@jwk/jwk";
 *
 * const text = thumbprintInput({ kid: "k1", kty: "OKP", x: "11qY", crv: "Ed25519", d: "secret" });
 * assert.equal(text, '{"crv":"Ed25519","kty":"OKP","x":"11qY"}');
 * ```
 */
export function thumbprintInput(jwk: JsonWebKey | Record<string, unknown>): string {
  const key = jwk as Record<string, unknown>;
  const kty = key.kty;
  const members = typeof kty === "string" ? REQUIRED[kty] : undefined;
  if (members === undefined) {
    throw new JwkError(
      typeof kty === "string" ? "UNSUPPORTED" : "BAD_KEY",
      typeof kty === "string"
        ? `cannot compute the thumbprint of a key of kty ${shown(kty)} (known: ${
          Object.keys(REQUIRED).join(", ")
        })`
        : "cannot compute the thumbprint: the key has no 'kty' member",
    );
  }
  const missing = members.filter((m) => typeof key[m] !== "string" || key[m] === "");
  if (missing.length > 0) {
    throw new JwkError(
      "BAD_KEY",
      `cannot compute the thumbprint of this ${kty} key: members are missing (or not strings): '${
        missing.join("', '")
      }'`,
    );
  }
  // JSON.stringify writes each name and value exactly as RFC 7638 §3.3 asks.
  return `{${members.map((m) => `${JSON.stringify(m)}:${JSON.stringify(key[m])}`).join(",")}}`;
}

function checkHash(hash: unknown): ThumbprintHash {
  if (!THUMBPRINT_HASHES.includes(hash as ThumbprintHash)) {
    throw new JwkError(
      "INVALID_OPTION",
      `the thumbprint hash must be one of ${THUMBPRINT_HASHES.join(", ")}, not '${hash}'`,
    );
  }
  return hash as ThumbprintHash;
}

/**
 * The RFC 7638 thumbprint of a JWK, base64url: the same for the public and
 * the private form of a key. SHA-256 unless `options.hash` says otherwise.
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
 * @example RFC 7638 §3.1's own example, and a longer hash
 * ```ts
 * import assert from "node:assert/strict";
 * import { thumbprint } from "@jwk/jwk";
 *
 * const rsa = {
 *   kty: "RSA",
 *   e: "AQAB",
 *   n: "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_B" +
 *     "JECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_F" +
 *     "DW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4" +
 *     "vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw",
 * };
 * assert.equal(await thumbprint(rsa), "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
 * assert.equal((await thumbprint(rsa, { hash: "SHA-384" })).length, 64); // 48 bytes
 * ```
 */
export async function thumbprint(
  jwk: JsonWebKey | Record<string, unknown>,
  options: ThumbprintOptions = {},
): Promise<string> {
  const hash = checkHash(options.hash ?? "SHA-256");
  const text = new TextEncoder().encode(thumbprintInput(jwk));
  return encodeBase64Url(new Uint8Array(await crypto.subtle.digest(hash, text)));
}

/**
 * The RFC 9278 URI of a JWK's thumbprint:
 * `urn:ietf:params:oauth:jwk-thumbprint:<hash>:<thumbprint>`, where the hash
 * is named as the IANA "Named Information Hash Algorithm" registry names it
 * (`sha-256`, `sha-384`, `sha-512`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { thumbprint, thumbprintUri } from "@jwk/jwk";
 *
 * const jwk = { kty: "OKP", crv: "Ed25519", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo" };
 * // RFC 8037 §A.3 gives this key's SHA-256 thumbprint.
 * assert.equal(await thumbprint(jwk), "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
 * assert.equal(
 *   await thumbprintUri(jwk),
 *   "urn:ietf:params:oauth:jwk-thumbprint:sha-256:kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k",
 * );
 * ```
 */
export async function thumbprintUri(
  jwk: JsonWebKey | Record<string, unknown>,
  options: ThumbprintOptions = {},
): Promise<string> {
  const hash = checkHash(options.hash ?? "SHA-256");
  return `urn:ietf:params:oauth:jwk-thumbprint:${hash.toLowerCase()}:${await thumbprint(jwk, {
    hash,
  })}`;
}
