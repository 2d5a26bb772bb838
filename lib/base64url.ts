/**
 * base64url without padding (RFC 4648 §5), the encoding of every JWK member.
 * Our own few lines rather than jose's, so that the commands that never
 * encrypt (thumbprint, public, create without a password) do not load jose.
 * @module
 */

/**
 * Bytes to base64url, without padding.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { encodeBase64Url } from "./base64url.ts";
 * assert.equal(encodeBase64Url(new Uint8Array([0xfb, 0xff])), "-_8");
 * ```
 */
export function encodeBase64Url(bytes: Uint8Array): string {
  let bin = "";
  // Chunks keep String.fromCharCode's argument list short for large inputs.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * base64url (no padding, no other characters) to bytes; throws a TypeError
 * on anything else, so callers check shapes first and word their own error.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { decodeBase64Url } from "./base64url.ts";
 * assert.deepEqual(decodeBase64Url("-_8"), new Uint8Array([0xfb, 0xff]));
 * assert.throws(() => decodeBase64Url("a+b="));
 * ```
 */
export function decodeBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) {
    throw new TypeError("not base64url");
  }
  const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
