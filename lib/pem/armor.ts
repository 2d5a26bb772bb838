/**
 * PEM armor (RFC 7468, plus the RFC 1421 headers of OpenSSL's legacy
 * encrypted keys) and the base64 codings the key reader needs.
 *
 * @example Splitting a PEM file into blocks
 * ```ts
 * import assert from "node:assert/strict";
 * import { parsePem } from "./armor.ts";
 * const blocks = parsePem("-----BEGIN X-----\nAAEC\n-----END X-----\n");
 * assert.ok(blocks[0].type === "X" && blocks[0].der.length === 3);
 * ```
 * @module
 */

import { JwkError } from "../errors.ts";

/** One `-----BEGIN TYPE-----` ... `-----END TYPE-----` block. */
export interface PemBlock {
  /** The label, e.g. "PRIVATE KEY". */
  type: string;
  /** RFC 1421 headers such as `Proc-Type` and `DEK-Info` (legacy encryption only). */
  headers: Record<string, string>;
  /** The decoded body. */
  der: Uint8Array;
}

/** More blocks than any key file or certificate bundle a person uses. */
const MAX_BLOCKS = 1000;

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_INDEX = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/**
 * Strict standard base64 (whitespace ignored, padding required where due,
 * no other characters, no stray bits).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { decodeBase64 } from "./armor.ts";
 * assert.ok(decodeBase64("AAE=", "body").length === 2);
 * ```
 */
export function decodeBase64(text: string, what: string): Uint8Array {
  const s = text.replace(/[ \t\r\n]/g, "");
  const fail = (why: string) => new JwkError("BAD_PEM", `${what}: invalid base64 (${why})`);
  if (s.length % 4 !== 0) throw fail("length is not a multiple of 4");
  const pad = s.endsWith("==") ? 2 : s.endsWith("=") ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const last = i + 4 === s.length;
    const v = [0, 0, 0, 0];
    for (let j = 0; j < 4; j++) {
      const c = s.charCodeAt(i + j);
      if (c === 0x3d && last && j >= 4 - pad) continue;
      const x = c < 256 ? B64_INDEX[c] : -1;
      if (x < 0) throw fail(c === 0x3d ? "misplaced padding" : "unexpected character");
      v[j] = x;
    }
    const n = (v[0] << 18) | (v[1] << 12) | (v[2] << 6) | v[3];
    if (last && pad === 2 && (n & 0xffff) !== 0) throw fail("non-zero trailing bits");
    if (last && pad === 1 && (n & 0xff) !== 0) throw fail("non-zero trailing bits");
    out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 0xff;
    if (o < out.length) out[o++] = n & 0xff;
  }
  return out;
}

/**
 * Standard base64 with padding (the x5c form).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { encodeBase64 } from "./armor.ts";
 * assert.ok(encodeBase64(new Uint8Array([0, 1])) === "AAE=");
 * ```
 */
export function encodeBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[n >> 18] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : "=";
    out += i + 2 < bytes.length ? B64[n & 63] : "=";
  }
  return out;
}

/**
 * base64url without padding (RFC 7515 §2), the form of every JWK member.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { encodeBase64Url } from "./armor.ts";
 * assert.ok(encodeBase64Url(new Uint8Array([0xfb, 0xff])) === "-_8");
 * ```
 */
export function encodeBase64Url(bytes: Uint8Array): string {
  return encodeBase64(bytes).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

/**
 * Whether `bytes` contain a PEM BEGIN line (as opposed to binary DER).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { looksLikePem } from "./armor.ts";
 * assert.ok(looksLikePem(new TextEncoder().encode("-----BEGIN X-----")));
 * ```
 */
export function looksLikePem(bytes: Uint8Array): boolean {
  const needle = [45, 45, 45, 45, 45, 66, 69, 71, 73, 78, 32]; // "-----BEGIN "
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Splits PEM text into its blocks. Text outside blocks (comments, `openssl
 * -text` output) is ignored; a BEGIN without its END, bad base64, or headers
 * outside a legacy private key are errors.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parsePem } from "./armor.ts";
 * const text = "junk\n-----BEGIN A-----\nAA==\n-----END A-----\n-----BEGIN B-----\nAQ==\n-----END B-----";
 * assert.ok(parsePem(text).map((b) => b.type).join() === "A,B");
 * ```
 */
export function parsePem(text: string): PemBlock[] {
  const lines = text.split("\n").map((l) => l.trim());
  const blocks: PemBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const begin =
      /^-----BEGIN ([\x21-\x2c\x2e-\x7e](?:[\x20-\x2c\x2e-\x7e]*[\x21-\x2c\x2e-\x7e])?)-----$/
        .exec(lines[i]);
    if (!begin) {
      if (lines[i].startsWith("-----BEGIN")) {
        throw new JwkError("BAD_PEM", "malformed PEM BEGIN line");
      }
      continue;
    }
    const type = begin[1];
    const end = `-----END ${type}-----`;
    let j = i + 1;
    while (j < lines.length && lines[j] !== end) {
      if (lines[j].startsWith("-----")) break;
      j++;
    }
    if (j >= lines.length || lines[j] !== end) {
      throw new JwkError("BAD_PEM", `PEM block "${shortType(type)}" has no matching END line`);
    }
    const body = lines.slice(i + 1, j);
    const headers: Record<string, string> = {};
    if (body.length > 0 && body[0].includes(":")) {
      let k = 0;
      for (; k < body.length && body[k] !== ""; k++) {
        const m = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(body[k]);
        if (!m) throw new JwkError("BAD_PEM", `PEM block "${shortType(type)}": malformed header`);
        headers[m[1]] = m[2];
      }
      body.splice(0, k);
    }
    const what = `PEM block "${shortType(type)}"`;
    blocks.push({ type, headers, der: decodeBase64(body.join(""), what) });
    if (blocks.length > MAX_BLOCKS) {
      throw new JwkError("BAD_PEM", `more than ${MAX_BLOCKS} PEM blocks`);
    }
    i = j;
  }
  return blocks;
}

/**
 * A PEM label cut short for messages (labels come from the input).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { shortType } from "./armor.ts";
 * assert.ok(shortType("PRIVATE KEY") === "PRIVATE KEY");
 * ```
 */
export function shortType(type: string): string {
  return type.length > 40 ? type.slice(0, 40) + "..." : type;
}

/**
 * Whether a PEM block carries OpenSSL's legacy encryption headers.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isLegacyEncrypted } from "./armor.ts";
 * assert.ok(!isLegacyEncrypted({ type: "EC PRIVATE KEY", headers: {}, der: new Uint8Array() }));
 * ```
 */
export function isLegacyEncrypted(block: PemBlock): boolean {
  return Object.keys(block.headers).length > 0;
}
