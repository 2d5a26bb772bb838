/**
 * The JWK object this tool writes: its members in a fixed order (step's, so
 * files diff cleanly against step's), and its public view.
 * @module
 */
import type { KeyMaterial } from "./keygen/generate.ts";

/**
 * A JSON Web Key as written by `jwk create`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type Jwk, orderMembers } from "@jwk/jwk";
 *
 * const jwk: Jwk = { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", alg: "A128KW", use: "enc", kid: "w1" };
 * assert.deepEqual(Object.keys(orderMembers(jwk)), ["use", "kty", "kid", "alg", "k"]);
 * ```
 */
export interface Jwk extends KeyMaterial {
  /** Intended use: "sig", "enc" or another string. */
  use?: string;
  /** Permitted operations (RFC 7517 §4.3). */
  key_ops?: string[];
  /** Key ID. */
  kid?: string;
  /** JWA algorithm. */
  alg?: string;
  /** Certificate chain, standard base64 DER, leaf first. */
  x5c?: string[];
  /** base64url SHA-256 of the leaf certificate. */
  "x5t#S256"?: string;
}

/** Member order of written files: step's (go-jose's) order, then what step lacks. */
const ORDER = [
  "use",
  "key_ops",
  "kty",
  "kid",
  "crv",
  "alg",
  "k",
  "x",
  "y",
  "n",
  "e",
  "d",
  "p",
  "q",
  "dp",
  "dq",
  "qi",
  "pub",
  "priv",
  "x5c",
  "x5t#S256",
] as const;

/** Members that only a private (or secret) key has (`priv`: an AKP key's seed). */
const PRIVATE = ["d", "p", "q", "dp", "dq", "qi", "oth", "k", "priv"];

/** Operations a public key can do, from the private operation it pairs with. */
const PUBLIC_OP: Record<string, string | undefined> = {
  sign: "verify",
  verify: "verify",
  encrypt: "encrypt",
  decrypt: "encrypt",
  wrapKey: "wrapKey",
  unwrapKey: "wrapKey",
  // deriveKey/deriveBits need the private key: a public ECDH key has no operation.
};

/**
 * Returns a copy of a JWK with its members in the order files use; members
 * this tool does not know are kept, after the known ones.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { orderMembers } from "@jwk/jwk";
 *
 * const j = orderMembers({ x: "a", kty: "OKP", crv: "Ed25519", use: "sig" });
 * assert.deepEqual(Object.keys(j), ["use", "kty", "crv", "x"]);
 * ```
 */
export function orderMembers<T extends object>(jwk: T): T {
  const src = jwk as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const m of ORDER) if (src[m] !== undefined) out[m] = src[m];
  for (const [m, v] of Object.entries(src)) if (!(m in out) && v !== undefined) out[m] = v;
  return out as T;
}

/**
 * True when the JWK holds private or secret members.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isPrivateJwk } from "@jwk/jwk";
 *
 * assert.equal(isPrivateJwk({ kty: "OKP", crv: "Ed25519", x: "x" }), false);
 * assert.equal(isPrivateJwk({ kty: "OKP", crv: "Ed25519", x: "x", d: "d" }), true);
 * assert.equal(isPrivateJwk({ kty: "oct", k: "k" }), true);
 * assert.equal(isPrivateJwk({ kty: "AKP", alg: "ML-DSA-44", pub: "p", priv: "s" } as JsonWebKey), true);
 * ```
 */
export function isPrivateJwk(jwk: JsonWebKey): boolean {
  return PRIVATE.some((m) => m in jwk);
}

/**
 * The public view of a JWK: no private members, and `key_ops` mapped to what
 * the public half can do (sign -> verify, decrypt -> encrypt, unwrapKey ->
 * wrapKey). An oct key has no public view; it is returned whole, as step does.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { publicJwk } from "@jwk/jwk";
 *
 * const pub = publicJwk({ kty: "OKP", crv: "Ed25519", x: "x", d: "secret", key_ops: ["sign"] });
 * assert.deepEqual(pub, { key_ops: ["verify"], kty: "OKP", crv: "Ed25519", x: "x" });
 * ```
 */
export function publicJwk<T extends Jwk>(jwk: T): T {
  if (jwk.kty === "oct") return orderMembers({ ...jwk });
  const out = { ...jwk } as Record<string, unknown>;
  for (const m of PRIVATE) delete out[m];
  if (jwk.key_ops) {
    const ops = [...new Set(jwk.key_ops.map((op) => PUBLIC_OP[op]).filter((op) => op))];
    if (ops.length > 0) out.key_ops = ops;
    else delete out.key_ops;
  }
  return orderMembers(out as T);
}
