/**
 * A public key from a bare private key, by WebCrypto: the private key goes in
 * as PKCS#8 built from a fixed per-curve prefix, and WebCrypto computes the
 * public part on import. A curve fixes the private key's length, so every
 * byte before the key is the same for all keys of that curve (RFC 5958
 * PrivateKeyInfo: version 0, the algorithm, and for EC an RFC 5915
 * ECPrivateKey of version 1 without parameters or public key). This needs no
 * ASN.1 writer and no OID table, so checking a private JWK or making an EC key
 * stays light.
 * @module
 */

/** The DER of a PKCS#8 before the private key, per curve, in hex. */
const PREFIX: Readonly<Record<string, string>> = {
  // SEQUENCE { INTEGER 0, SEQUENCE { ecPublicKey, prime256v1 },
  //   OCTET STRING { SEQUENCE { INTEGER 1, OCTET STRING (32 bytes) } } }
  "P-256": "3041020100301306072a8648ce3d020106082a8648ce3d030107042730250201010420",
  // The same with secp384r1 and 48 bytes, and secp521r1 and 66 bytes.
  "P-384": "304e020100301006072a8648ce3d020106052b81040022043730350201010430",
  "P-521": "3060020100301006072a8648ce3d020106052b81040023044930470201010442",
  // SEQUENCE { INTEGER 0, SEQUENCE { id-Ed25519 }, OCTET STRING { OCTET STRING (32 bytes) } },
  // and the same with id-X25519 (RFC 8410).
  Ed25519: "302e020100300506032b657004220420",
  X25519: "302e020100300506032b656e04220420",
};

/**
 * The PKCS#8 DER of a bare private key of a curve this module knows (P-256,
 * P-384, P-521, Ed25519, X25519), or undefined for another curve or a key of
 * another length. The caller zeroes it when done.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { privateKeyPkcs8 } from "./key_derive.ts";
 *
 * const der = privateKeyPkcs8("Ed25519", new Uint8Array(32).fill(7))!;
 * assert.equal(der.length, 48);
 * assert.equal(privateKeyPkcs8("Ed25519", new Uint8Array(31)), undefined);
 * assert.equal(privateKeyPkcs8("Ed448", new Uint8Array(57)), undefined);
 * ```
 */
export function privateKeyPkcs8(
  crv: string,
  d: Uint8Array,
): Uint8Array<ArrayBuffer> | undefined {
  const hex = PREFIX[crv];
  if (hex === undefined) return undefined;
  const n = hex.length / 2;
  // The prefix ends with the private key's OCTET STRING header: its length.
  if (d.length !== parseInt(hex.slice(-2), 16)) return undefined;
  const der = new Uint8Array(n + d.length);
  for (let i = 0; i < n; i++) der[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  der.set(d, n);
  return der;
}

/**
 * The public JWK members WebCrypto computes from a bare private key: `{ x, y }`
 * for P-256/384/521, `{ x }` for Ed25519 and X25519. Undefined when this
 * module does not know the curve, when WebCrypto refuses the key (out of
 * range, say), or when it cannot compute the public part (Firefox imports an
 * EC private key only with its public point): the caller then takes its slower,
 * general path, which also words the error.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { publicFromPrivate } from "./key_derive.ts";
 *
 * const pair = await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign"]) as CryptoKeyPair;
 * const jwk = await crypto.subtle.exportKey("jwk", pair.privateKey);
 * const d = Uint8Array.from(atob(jwk.d!.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
 * assert.equal((await publicFromPrivate("Ed25519", d))?.x, jwk.x);
 * ```
 */
export async function publicFromPrivate(
  crv: string,
  d: Uint8Array,
): Promise<{ x: string; y?: string } | undefined> {
  const der = privateKeyPkcs8(crv, d);
  if (der === undefined) return undefined;
  const ec = crv.startsWith("P-");
  const algorithm = ec ? { name: "ECDSA", namedCurve: crv } : { name: crv };
  const usages: KeyUsage[] = crv === "X25519" ? ["deriveBits"] : ["sign"];
  try {
    const key = await crypto.subtle.importKey("pkcs8", der, algorithm, true, usages);
    const jwk = await crypto.subtle.exportKey("jwk", key);
    if (typeof jwk.x !== "string" || (ec && typeof jwk.y !== "string")) return undefined;
    return ec ? { x: jwk.x, y: jwk.y } : { x: jwk.x };
  } catch {
    return undefined;
  } finally {
    der.fill(0);
  }
}
