/**
 * A small, strict DER reader: just enough ASN.1 to read keys, certificates and
 * their encryption parameters. Every length is checked against what is left,
 * indefinite and non-minimal lengths are refused, tags above 30 are refused,
 * and nesting is bounded, so garbage input fails fast with a {@link JwkError}.
 *
 * @example Reading a SEQUENCE of two INTEGERs
 * ```ts
 * import assert from "node:assert/strict";
 * import { children, decodeDer, readUnsigned, TAG } from "./asn1.ts";
 * const seq = decodeDer(new Uint8Array([0x30, 0x06, 0x02, 0x01, 0x05, 0x02, 0x01, 0x07]), "pair");
 * const [a, b] = children(seq, "pair", TAG.SEQUENCE);
 * assert.ok(readUnsigned(a, "a")[0] === 5 && readUnsigned(b, "b")[0] === 7);
 * ```
 * @module
 */

import { JwkError } from "../errors.ts";

/**
 * Identifier octets of the universal and context tags this project reads.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { TAG } from "./asn1.ts";
 * assert.ok(TAG.SEQUENCE === 0x30);
 * ```
 */
export const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  SEQUENCE: 0x30,
  SET: 0x31,
  /** `[0]` constructed (EXPLICIT or constructed IMPLICIT). */
  CONTEXT_0: 0xa0,
  /** `[1]` constructed. */
  CONTEXT_1: 0xa1,
  /** `[3]` constructed. */
  CONTEXT_3: 0xa3,
} as const;

/**
 * Deepest nesting {@link children} accepts; real keys and certificates stay below 12.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { MAX_DEPTH } from "./asn1.ts";
 * assert.ok(MAX_DEPTH > 12);
 * ```
 */
export const MAX_DEPTH = 32;

/** One decoded TLV. `value` and `raw` are views into the input, never copies. */
export interface DerNode {
  /** The identifier octet, e.g. 0x30 for SEQUENCE. */
  tag: number;
  /** The contents octets. */
  value: Uint8Array;
  /** The whole encoding, identifier and length included. */
  raw: Uint8Array;
  /** How deep in the structure this node is (the outermost is 0). */
  depth: number;
}

function bad(what: string, why: string): JwkError {
  return new JwkError("BAD_PEM", `${what}: malformed DER (${why})`);
}

/**
 * Human name of a tag, for messages.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tagName } from "./asn1.ts";
 * assert.ok(tagName(0x30) === "SEQUENCE" && tagName(0xa0) === "[0]");
 * ```
 */
export function tagName(tag: number): string {
  const names: Record<number, string> = {
    0x01: "BOOLEAN",
    0x02: "INTEGER",
    0x03: "BIT STRING",
    0x04: "OCTET STRING",
    0x05: "NULL",
    0x06: "OBJECT IDENTIFIER",
    0x30: "SEQUENCE",
    0x31: "SET",
  };
  if (names[tag]) return names[tag];
  if ((tag & 0xc0) === 0x80) return `[${tag & 0x1f}]`;
  return `tag 0x${tag.toString(16).padStart(2, "0")}`;
}

/**
 * Reads the TLV that starts at `offset` of `buf`, checking that it fits.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readTlv } from "./asn1.ts";
 * const n = readTlv(new Uint8Array([0x05, 0x00]), 0, 0, "null");
 * assert.ok(n.tag === 0x05 && n.raw.length === 2);
 * ```
 */
export function readTlv(buf: Uint8Array, offset: number, depth: number, what: string): DerNode {
  if (offset + 2 > buf.length) throw bad(what, "truncated header");
  const tag = buf[offset];
  if ((tag & 0x1f) === 0x1f) throw bad(what, "multi-byte tags are not used by keys");
  let len = buf[offset + 1];
  let pos = offset + 2;
  if (len === 0x80) throw bad(what, "indefinite length is not DER");
  if (len > 0x80) {
    const count = len & 0x7f;
    if (count > 4) throw bad(what, "length too large");
    if (pos + count > buf.length) throw bad(what, "truncated length");
    if (buf[pos] === 0) throw bad(what, "non-minimal length");
    len = 0;
    for (let i = 0; i < count; i++) len = len * 256 + buf[pos + i];
    if (len < 0x80) throw bad(what, "non-minimal length");
    pos += count;
  }
  if (len > buf.length - pos) throw bad(what, "length runs past the end");
  return {
    tag,
    value: buf.subarray(pos, pos + len),
    raw: buf.subarray(offset, pos + len),
    depth,
  };
}

/**
 * Decodes `bytes` as exactly one DER element (trailing bytes are an error).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { decodeDer } from "./asn1.ts";
 * assert.ok(decodeDer(new Uint8Array([0x30, 0x00]), "empty").tag === 0x30);
 * ```
 */
export function decodeDer(bytes: Uint8Array, what: string, depth = 0): DerNode {
  if (depth > MAX_DEPTH) throw bad(what, "nested too deeply");
  const node = readTlv(bytes, 0, depth, what);
  if (node.raw.length !== bytes.length) throw bad(what, "trailing bytes after the structure");
  return node;
}

/**
 * The elements inside a constructed node, all of its bytes consumed. If
 * `expectTag` is given the node must carry that tag.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { children, decodeDer } from "./asn1.ts";
 * const seq = decodeDer(new Uint8Array([0x30, 0x02, 0x05, 0x00]), "seq");
 * assert.ok(children(seq, "seq").length === 1);
 * ```
 */
export function children(node: DerNode, what: string, expectTag?: number): DerNode[] {
  if (expectTag !== undefined) expectNode(node, expectTag, what);
  if ((node.tag & 0x20) === 0) throw bad(what, `${tagName(node.tag)} is not constructed`);
  if (node.depth + 1 > MAX_DEPTH) throw bad(what, "nested too deeply");
  const out: DerNode[] = [];
  let pos = 0;
  while (pos < node.value.length) {
    const child = readTlv(node.value, pos, node.depth + 1, what);
    out.push(child);
    pos += child.raw.length;
  }
  return out;
}

/**
 * Throws unless `node` has the tag `tag`.
 *
 * @example
 * ```ts
 * import { decodeDer, expectNode, TAG } from "./asn1.ts";
 * expectNode(decodeDer(new Uint8Array([0x05, 0x00]), "n"), TAG.NULL, "n");
 * ```
 */
export function expectNode(node: DerNode | undefined, tag: number, what: string): DerNode {
  if (!node) throw bad(what, `missing ${tagName(tag)}`);
  if (node.tag !== tag) {
    throw bad(what, `expected ${tagName(tag)}, found ${tagName(node.tag)}`);
  }
  return node;
}

/**
 * A non-negative INTEGER's magnitude, big-endian without sign byte (zero is
 * one 0x00 byte). Non-minimal and negative encodings are refused.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { decodeDer, readUnsigned } from "./asn1.ts";
 * const v = readUnsigned(decodeDer(new Uint8Array([0x02, 0x02, 0x00, 0x80]), "i"), "i");
 * assert.ok(v.length === 1 && v[0] === 0x80);
 * ```
 */
export function readUnsigned(node: DerNode | undefined, what: string): Uint8Array {
  const v = expectNode(node, TAG.INTEGER, what).value;
  if (v.length === 0) throw bad(what, "empty INTEGER");
  if (v.length > 1 && v[0] === 0x00 && v[1] < 0x80) throw bad(what, "non-minimal INTEGER");
  if (v.length > 1 && v[0] === 0xff && v[1] >= 0x80) throw bad(what, "non-minimal INTEGER");
  if (v[0] >= 0x80) throw bad(what, "negative INTEGER");
  return v.length > 1 && v[0] === 0 ? v.subarray(1) : v;
}

/**
 * A small non-negative INTEGER (up to 2^48) as a number.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { decodeDer, readSmallInt } from "./asn1.ts";
 * assert.ok(readSmallInt(decodeDer(new Uint8Array([0x02, 0x01, 0x01]), "v"), "v") === 1);
 * ```
 */
export function readSmallInt(node: DerNode | undefined, what: string): number {
  const v = readUnsigned(node, what);
  if (v.length > 6) throw new JwkError("BAD_PEM", `${what}: number too large`);
  let n = 0;
  for (const b of v) n = n * 256 + b;
  return n;
}

/**
 * An OBJECT IDENTIFIER in dotted form, e.g. "1.2.840.10045.2.1".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { decodeDer, readOid } from "./asn1.ts";
 * const n = decodeDer(new Uint8Array([0x06, 0x03, 0x2b, 0x65, 0x70]), "oid");
 * assert.ok(readOid(n, "oid") === "1.3.101.112");
 * ```
 */
export function readOid(node: DerNode | undefined, what: string): string {
  const v = expectNode(node, TAG.OID, what).value;
  if (v.length === 0 || v.length > 64) throw bad(what, "bad OBJECT IDENTIFIER length");
  const arcs: number[] = [];
  let n = 0;
  let started = false;
  for (let i = 0; i < v.length; i++) {
    if (!started && v[i] === 0x80) throw bad(what, "non-minimal OBJECT IDENTIFIER");
    started = true;
    n = n * 128 + (v[i] & 0x7f);
    if (n > Number.MAX_SAFE_INTEGER / 256) throw bad(what, "OBJECT IDENTIFIER arc too large");
    if ((v[i] & 0x80) === 0) {
      arcs.push(n);
      n = 0;
      started = false;
    }
  }
  if (started) throw bad(what, "truncated OBJECT IDENTIFIER");
  const first = arcs[0] < 40 ? 0 : arcs[0] < 80 ? 1 : 2;
  return [first, arcs[0] - first * 40, ...arcs.slice(1)].join(".");
}

/**
 * The bytes of a BIT STRING that has no unused bits (keys and signatures).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { decodeDer, readBitString } from "./asn1.ts";
 * const b = readBitString(decodeDer(new Uint8Array([0x03, 0x02, 0x00, 0x04]), "b"), "b");
 * assert.ok(b.length === 1 && b[0] === 4);
 * ```
 */
export function readBitString(node: DerNode | undefined, what: string): Uint8Array {
  const v = expectNode(node, TAG.BIT_STRING, what).value;
  if (v.length === 0) throw bad(what, "empty BIT STRING");
  if (v[0] !== 0) throw bad(what, "BIT STRING with unused bits");
  return v.subarray(1);
}

/**
 * The named bits of a BIT STRING as a list of booleans (bit 0 first),
 * e.g. the keyUsage extension.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { decodeDer, readNamedBits } from "./asn1.ts";
 * const bits = readNamedBits(decodeDer(new Uint8Array([0x03, 0x02, 0x05, 0xa0]), "ku"), "ku");
 * assert.ok(bits[0] && !bits[1] && bits[2]);
 * ```
 */
export function readNamedBits(node: DerNode | undefined, what: string): boolean[] {
  const v = expectNode(node, TAG.BIT_STRING, what).value;
  if (v.length === 0 || v[0] > 7 || (v.length === 1 && v[0] !== 0)) {
    throw bad(what, "bad BIT STRING");
  }
  const bits: boolean[] = [];
  const total = (v.length - 1) * 8 - v[0];
  for (let i = 0; i < total; i++) bits.push((v[1 + (i >> 3)] & (0x80 >> (i & 7))) !== 0);
  return bits;
}

/**
 * The contents of an OCTET STRING.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { decodeDer, readOctets } from "./asn1.ts";
 * assert.ok(readOctets(decodeDer(new Uint8Array([0x04, 0x01, 0x09]), "o"), "o")[0] === 9);
 * ```
 */
export function readOctets(node: DerNode | undefined, what: string): Uint8Array {
  return expectNode(node, TAG.OCTET_STRING, what).value;
}

/**
 * Encodes one TLV (definite, minimal length). Used to rebuild small structures
 * for WebCrypto imports.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { encodeTlv, TAG } from "./asn1.ts";
 * assert.ok(encodeTlv(TAG.NULL, new Uint8Array(0)).length === 2);
 * ```
 */
export function encodeTlv(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const len = parts.reduce((n, p) => n + p.length, 0);
  const head: number[] = [tag];
  if (len < 0x80) head.push(len);
  else {
    const bytes: number[] = [];
    for (let n = len; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
    head.push(0x80 | bytes.length, ...bytes);
  }
  const out = new Uint8Array(head.length + len);
  out.set(head);
  let pos = head.length;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

/**
 * Encodes a dotted OBJECT IDENTIFIER.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { encodeOid } from "./asn1.ts";
 * assert.ok(encodeOid("1.3.101.112").join() === "6,3,43,101,112");
 * ```
 */
export function encodeOid(oid: string): Uint8Array {
  const arcs = oid.split(".").map(Number);
  const body: number[] = [];
  const values = [arcs[0] * 40 + arcs[1], ...arcs.slice(2)];
  for (const v of values) {
    const group: number[] = [v & 0x7f];
    for (let n = Math.floor(v / 128); n > 0; n = Math.floor(n / 128)) {
      group.unshift(0x80 | (n & 0x7f));
    }
    body.push(...group);
  }
  return encodeTlv(TAG.OID, new Uint8Array(body));
}
