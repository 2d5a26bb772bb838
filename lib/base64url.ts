/**
 * base64url without padding (RFC 4648 §5), the encoding of every JWK member.
 * Our own few lines rather than jose's, so that the commands that never
 * encrypt (thumbprint, public, create without a password) do not load jose.
 * @module
 */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/** Character code -> 6-bit value, -1 for characters outside the alphabet. */
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

// A table rather than btoa/atob: Deno loads those on first use (about a
// millisecond), which a command that runs for a few milliseconds notices.

/**
 * Bytes to base64url, without padding.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { encodeBase64Url } from "./base64url.ts";
 * assert.equal(encodeBase64Url(new Uint8Array([0xfb, 0xff])), "-_8");
 * assert.equal(encodeBase64Url(new TextEncoder().encode("any carnal pleas")), "YW55IGNhcm5hbCBwbGVhcw");
 * ```
 */
export function encodeBase64Url(bytes: Uint8Array): string {
  const out: string[] = [];
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out.push(
      ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63],
    );
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out.push(ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63]);
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out.push(ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63]);
  }
  return out.join("");
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
 * assert.equal(new TextDecoder().decode(decodeBase64Url("YW55IGNhcm5hbCBwbGVhcw")), "any carnal pleas");
 * assert.throws(() => decodeBase64Url("a+b="));
 * assert.throws(() => decodeBase64Url("abcde")); // 5 characters cannot be base64
 * ```
 */
export function decodeBase64Url(text: string): Uint8Array {
  if (text.length % 4 === 1) throw new TypeError("not base64url");
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? VALUES[c] : -1;
    if (v < 0) throw new TypeError("not base64url");
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}
