/**
 * secp256k1, Ed448 and X448: public keys from private keys, and new keys.
 * WebCrypto first where a runtime has the curve (Deno and Node have X448,
 * Node has Ed448; no runtime has secp256k1), else `@noble/curves`, loaded on
 * first use only (see `noble_deps.ts`).
 * @module
 */
import { CURVE_BYTES } from "../key_types.ts";
import { encodeBase64Url } from "../base64url.ts";
import { ed448PublicKey, secp256k1PublicKey, x448PublicKey } from "./noble_deps.ts";

/** The curves this module handles. */
export type ExtraCurve = "secp256k1" | "Ed448" | "X448";

/** secp256k1's group order n. */
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

/** DER of the AlgorithmIdentifier for Ed448 (1.3.101.113) and X448 (1.3.101.111). */
const OKP_ALGORITHM: Record<string, number[]> = {
  Ed448: [0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x71],
  X448: [0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6f],
};

/** The public key by WebCrypto, or undefined where the runtime lacks the curve. */
async function webCryptoOkpPublic(
  crv: "Ed448" | "X448",
  d: Uint8Array,
): Promise<string | undefined> {
  // PKCS#8: SEQUENCE { INTEGER 0, AlgorithmIdentifier, OCTET STRING { OCTET STRING d } }
  const inner = [0x04, d.length, ...d];
  const body = [0x02, 0x01, 0x00, ...OKP_ALGORITHM[crv], 0x04, inner.length, ...inner];
  const der = new Uint8Array([0x30, body.length, ...body]);
  try {
    const usages: KeyUsage[] = crv === "X448" ? ["deriveBits"] : ["sign"];
    const key = await crypto.subtle.importKey("pkcs8", der, { name: crv }, true, usages);
    const jwk = await crypto.subtle.exportKey("jwk", key);
    return typeof jwk.x === "string" ? jwk.x : undefined;
  } catch {
    return undefined; // NotSupportedError: fall back to noble
  } finally {
    der.fill(0);
    inner.fill(0);
    body.fill(0);
  }
}

/**
 * The public members of a private key: `{ x, y }` for secp256k1, `{ x }` for
 * Ed448 and X448, base64url. `d` must have the curve's length (32, 57, 56
 * bytes); a secp256k1 scalar outside 1..n-1 throws a RangeError.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { publicMembers } from "./curves.ts";
 * const { x, y } = await publicMembers("secp256k1", new Uint8Array(32).fill(1));
 * assert.equal(x.length, 43);
 * assert.equal(y?.length, 43);
 * ```
 */
export async function publicMembers(
  crv: ExtraCurve,
  d: Uint8Array,
): Promise<{ x: string; y?: string }> {
  if (d.length !== CURVE_BYTES[crv]) {
    throw new RangeError(`a ${crv} private key is ${CURVE_BYTES[crv]} bytes, not ${d.length}`);
  }
  if (crv === "secp256k1") {
    const point = await secp256k1PublicKey(d);
    return {
      x: encodeBase64Url(point.subarray(1, 33)),
      y: encodeBase64Url(point.subarray(33)),
    };
  }
  const x = await webCryptoOkpPublic(crv, d);
  if (x !== undefined) return { x };
  return { x: encodeBase64Url(await (crv === "Ed448" ? ed448PublicKey(d) : x448PublicKey(d))) };
}

/** A uniformly random secp256k1 scalar in 1..n-1 (rejection sampling, as for P-256). */
function randomScalar(): Uint8Array {
  for (;;) {
    const d = crypto.getRandomValues(new Uint8Array(32));
    let v = 0n;
    for (const b of d) v = (v << 8n) | BigInt(b);
    if (v !== 0n && v < SECP256K1_N) return d;
  }
}

/**
 * A new private key: `{ kty, crv, x, (y,) d }` with members of RFC 8812 /
 * RFC 8037 lengths. The private key is random bytes from
 * `crypto.getRandomValues` (for secp256k1 a scalar below the group order;
 * Ed448 and X448 private keys are any 57 and 56 bytes).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { generateExtra } from "./curves.ts";
 * const key = await generateExtra("Ed448");
 * assert.deepEqual(Object.keys(key), ["kty", "crv", "x", "d"]);
 * ```
 */
export async function generateExtra(
  crv: ExtraCurve,
): Promise<{ kty: "EC" | "OKP"; crv: string; x: string; y?: string; d: string }> {
  const d = crv === "secp256k1"
    ? randomScalar()
    : crypto.getRandomValues(new Uint8Array(CURVE_BYTES[crv]));
  try {
    const { x, y } = await publicMembers(crv, d);
    const kty = crv === "secp256k1" ? "EC" : "OKP";
    return y === undefined
      ? { kty, crv, x, d: encodeBase64Url(d) }
      : { kty, crv, x, y, d: encodeBase64Url(d) };
  } finally {
    d.fill(0);
  }
}
