/**
 * Does a private JWK's secret half belong to its public half? A file whose
 * `d` was swapped, or whose `x` was edited, would otherwise give a public key
 * (and a thumbprint) that nothing signed with the private key verifies
 * against. EC and OKP: the public key is derived from `d` with WebCrypto and
 * compared (from a fixed PKCS#8 prefix where the curve allows, key_derive.ts). RSA: p·q = n and the CRT members agree with d and e, in BigInt
 * arithmetic (no exponentiation, so it stays cheap for any size).
 * @module
 */
import { decodeBase64Url } from "./base64url.ts";
import { JwkError } from "./errors.ts";
import { publicFromPrivate } from "./key_derive.ts";
import { loadModule } from "./lazy.ts";

/** A base64url member as a BigInt (big-endian). */
function int(jwk: Record<string, unknown>, m: string): bigint {
  let hex = "";
  for (const b of decodeBase64Url(jwk[m] as string)) hex += b.toString(16).padStart(2, "0");
  return hex ? BigInt("0x" + hex) : 0n;
}

/**
 * Whether WebCrypto derives, from `d`, exactly the public members the JWK
 * has (P-256/384/521, Ed25519, X25519). False means "not shown here": the
 * PEM reader's general path then decides, and words any error.
 */
async function sameDerived(key: Record<string, unknown>, d: Uint8Array): Promise<boolean> {
  const derived = await publicFromPrivate(key.crv as string, d);
  return derived !== undefined && derived.x === key.x && derived.y === key.y;
}

/** Checks the RSA private members against n and e; messages name no value. */
function checkRsa(jwk: Record<string, unknown>): void {
  if (jwk.p === undefined) {
    // RFC 7518 allows d alone, but neither WebCrypto nor step can use such a
    // key, and checking d without the primes costs a full exponentiation.
    throw new JwkError(
      "UNSUPPORTED",
      "RSA private JWKs without the primes ('p', 'q', 'dp', 'dq', 'qi') are not supported",
    );
  }
  const [n, e, d, p, q, dp, dq, qi] = ["n", "e", "d", "p", "q", "dp", "dq", "qi"].map((m) =>
    int(jwk, m)
  );
  const wrong = (why: string) =>
    new JwkError(
      "BAD_KEY",
      `the RSA JWK's private members do not belong to its public key: ${why}`,
    );
  if (p < 3n || q < 3n || p * q !== n) throw wrong("p·q is not n");
  if (d < 1n || d >= n) throw wrong("d is out of range");
  if (dp !== d % (p - 1n) || dq !== d % (q - 1n)) throw wrong("dp or dq does not match d");
  // e·d ≡ 1 modulo p-1 and q-1: what makes d the inverse of e for this n.
  if ((e * dp) % (p - 1n) !== 1n || (e * dq) % (q - 1n) !== 1n) {
    throw wrong("d is not the inverse of e");
  }
  if (qi >= p || (qi * q) % p !== 1n) throw wrong("qi is not the inverse of q modulo p");
}

/**
 * Throws a JwkError (BAD_KEY) when a private JWK's private members do not
 * belong to its public members. Expects the members to have been checked for
 * presence and length already (as {@link validateJwk} does first); public
 * keys and oct keys pass untouched.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkKeyPair } from "./key_match.ts";
 *
 * const newKey = async () =>
 *   await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign"]) as CryptoKeyPair;
 * const jwk = await crypto.subtle.exportKey("jwk", (await newKey()).privateKey);
 * await checkKeyPair(jwk); // matches
 * const x = (await crypto.subtle.exportKey("jwk", (await newKey()).publicKey)).x;
 * await assert.rejects(checkKeyPair({ ...jwk, x }), /does not match/);
 * ```
 */
export async function checkKeyPair(jwk: JsonWebKey | Record<string, unknown>): Promise<void> {
  const key = jwk as Record<string, unknown>;
  switch (key.kty) {
    case "EC":
      if (key.d === undefined) return;
      {
        const x = decodeBase64Url(key.x as string);
        const y = decodeBase64Url(key.y as string);
        const point = new Uint8Array(1 + x.length + y.length);
        point[0] = 0x04;
        point.set(x, 1);
        point.set(y, 1 + x.length);
        const d = decodeBase64Url(key.d as string);
        try {
          if (await sameDerived(key, d)) return;
          // secp256k1, a mismatch, a bad scalar, or a runtime that cannot
          // derive: the PEM reader's members (loaded only now) check and word it.
          const { ecJwk } = await loadModule("pem/members.ts");
          await ecJwk(key.crv as "P-256", point, d, `the EC ${key.crv} JWK`);
        } finally {
          d.fill(0);
        }
      }
      return;
    case "OKP":
      if (key.d === undefined) return;
      {
        const d = decodeBase64Url(key.d as string);
        try {
          if (await sameDerived(key, d)) return;
          // Ed448, X448, a mismatch or a bad key: the general path.
          const { okpJwk } = await loadModule("pem/members.ts");
          await okpJwk(
            key.crv as "Ed25519",
            decodeBase64Url(key.x as string),
            d,
            `the OKP ${key.crv} JWK`,
          );
        } finally {
          d.fill(0);
        }
      }
      return;
    case "RSA":
      if (key.d !== undefined) checkRsa(key);
      return;
  }
}
