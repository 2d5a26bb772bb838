/**
 * The few DER building blocks a certificate needs beyond `encodeTlv` and
 * `encodeOid` of the PEM reader's ASN.1 module: unsigned INTEGERs, BIT
 * STRINGs, named-bit lists and AlgorithmIdentifiers.
 *
 * @example An AlgorithmIdentifier with NULL parameters
 * ```ts
 * import assert from "node:assert/strict";
 * import { algorithmId, NULL } from "./der.ts";
 * const id = algorithmId("1.2.840.113549.1.1.11", NULL);
 * assert.equal(id[0], 0x30);
 * assert.deepEqual([...id.subarray(-2)], [0x05, 0x00]);
 * ```
 * @module
 */
import { encodeOid, encodeTlv, TAG } from "../pem/asn1.ts";

/**
 * The DER NULL, as RSA AlgorithmIdentifiers carry it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { NULL } from "./der.ts";
 * assert.deepEqual([...NULL], [0x05, 0x00]);
 * ```
 */
export const NULL: Uint8Array = encodeTlv(TAG.NULL);

/**
 * A SEQUENCE of already encoded elements.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { NULL, sequence } from "./der.ts";
 * assert.deepEqual([...sequence(NULL)], [0x30, 0x02, 0x05, 0x00]);
 * ```
 */
export function sequence(...parts: Uint8Array[]): Uint8Array {
  return encodeTlv(TAG.SEQUENCE, ...parts);
}

/**
 * A non-negative INTEGER from big-endian magnitude bytes: leading zeros
 * dropped, one 0x00 added when the top bit is set (else it would read as
 * negative).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { unsignedInteger } from "./der.ts";
 * assert.deepEqual([...unsignedInteger(new Uint8Array([0, 0, 0x80]))], [2, 2, 0, 0x80]);
 * assert.deepEqual([...unsignedInteger(new Uint8Array([0, 0]))], [2, 1, 0]);
 * ```
 */
export function unsignedInteger(magnitude: Uint8Array): Uint8Array {
  let i = 0;
  while (i < magnitude.length - 1 && magnitude[i] === 0) i++;
  const v = magnitude.length === 0 ? new Uint8Array(1) : magnitude.subarray(i);
  return v[0] & 0x80 ? encodeTlv(TAG.INTEGER, new Uint8Array([0]), v) : encodeTlv(TAG.INTEGER, v);
}

/**
 * A small non-negative INTEGER, e.g. a version or a salt length.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { smallInteger } from "./der.ts";
 * assert.deepEqual([...smallInteger(2)], [2, 1, 2]);
 * assert.deepEqual([...smallInteger(128)], [2, 2, 0, 0x80]);
 * ```
 */
export function smallInteger(n: number): Uint8Array {
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return unsignedInteger(new Uint8Array(bytes));
}

/**
 * A BIT STRING holding whole bytes (keys, signatures).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { bitString } from "./der.ts";
 * assert.deepEqual([...bitString(new Uint8Array([9]))], [3, 2, 0, 9]);
 * ```
 */
export function bitString(bytes: Uint8Array): Uint8Array {
  return encodeTlv(TAG.BIT_STRING, new Uint8Array([0]), bytes);
}

/**
 * A named-bit BIT STRING (X.680 §22.7): bit 0 is the most significant bit of
 * the first byte, and DER drops trailing zero bits.
 *
 * @example keyUsage digitalSignature (bit 0) and keyAgreement (bit 4)
 * ```ts
 * import assert from "node:assert/strict";
 * import { namedBits } from "./der.ts";
 * assert.deepEqual([...namedBits([0])], [3, 2, 7, 0x80]);
 * assert.deepEqual([...namedBits([4])], [3, 2, 3, 0x08]);
 * assert.deepEqual([...namedBits([])], [3, 1, 0]);
 * ```
 */
export function namedBits(bits: readonly number[]): Uint8Array {
  if (bits.length === 0) return encodeTlv(TAG.BIT_STRING, new Uint8Array([0]));
  const last = Math.max(...bits);
  const bytes = new Uint8Array((last >> 3) + 1);
  for (const b of bits) bytes[b >> 3] |= 0x80 >> (b & 7);
  return encodeTlv(TAG.BIT_STRING, new Uint8Array([7 - (last & 7)]), bytes);
}

/**
 * An OCTET STRING.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { octetString } from "./der.ts";
 * assert.deepEqual([...octetString(new Uint8Array([1]))], [4, 1, 1]);
 * ```
 */
export function octetString(bytes: Uint8Array): Uint8Array {
  return encodeTlv(TAG.OCTET_STRING, bytes);
}

/**
 * An AlgorithmIdentifier: the OID and, when given, its parameters.
 *
 * @example ECDSA identifiers have no parameters (RFC 5758 §3.2)
 * ```ts
 * import assert from "node:assert/strict";
 * import { algorithmId } from "./der.ts";
 * assert.deepEqual([...algorithmId("1.3.101.112")], [0x30, 5, 6, 3, 43, 101, 112]);
 * ```
 */
export function algorithmId(oid: string, params?: Uint8Array): Uint8Array {
  return params ? sequence(encodeOid(oid), params) : sequence(encodeOid(oid));
}

/**
 * An ECDSA signature as X.509 carries it, SEQUENCE { INTEGER r, INTEGER s }
 * (RFC 3279 §2.2.3), from the fixed-length r || s that WebCrypto and
 * `@noble/curves` return.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ecdsaSignature } from "./der.ts";
 * const raw = new Uint8Array([0, 1, 0x80, 2]); // r = 0x0001, s = 0x8002
 * assert.deepEqual([...ecdsaSignature(raw)], [0x30, 8, 2, 1, 1, 2, 3, 0, 0x80, 2]);
 * ```
 */
export function ecdsaSignature(raw: Uint8Array): Uint8Array {
  const half = raw.length / 2;
  return sequence(unsignedInteger(raw.subarray(0, half)), unsignedInteger(raw.subarray(half)));
}
