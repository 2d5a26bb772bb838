/**
 * Does a private JWK's secret half belong to its public half? A file whose
 * `d` was swapped, or whose `x` was edited, would otherwise give a public key
 * (and a thumbprint) that nothing signed with the private key verifies
 * against. EC and OKP: the public key is derived from `d` with WebCrypto and
 * compared. RSA: p·q = n and the CRT members agree with d and e, in BigInt
 * arithmetic (no exponentiation, so it stays cheap for any size).
 * @module
 */
import { decodeBase64Url } from "./base64url.ts";
import { JwkError } from "./errors.ts";
import { type EcCurve, ecJwk, type OkpCurve, okpJwk, toBigInt } from "./pem/members.ts";

const int = (jwk: Record<string, unknown>, m: string) =>
  toBigInt(decodeBase64Url(jwk[m] as string));

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
          await ecJwk(key.crv as EcCurve, point, d, `the EC ${key.crv} JWK`);
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
          await okpJwk(
            key.crv as OkpCurve,
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
