/**
 * Small helpers shared by the library tests, written independently of lib/
 * so that they can check it.
 * @module
 */
import assert from "node:assert/strict";
import { JwkError, type JwkErrorCode } from "../mod.ts";

/** base64url (no padding) to bytes; throws on anything else. */
export function b64uDecode(s: string): Uint8Array<ArrayBuffer> {
  assert.match(s, /^[A-Za-z0-9_-]*$/, `not base64url: ${s}`);
  const b64 = s.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((s.length + 3) % 4);
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

/** bytes to base64url without padding. */
export function b64uEncode(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** RFC 7638 §3: the required members, sorted, no whitespace, hashed (SHA-256 unless told), base64url. */
export async function rfc7638(
  key: object,
  hash: "SHA-256" | "SHA-384" | "SHA-512" = "SHA-256",
): Promise<string> {
  const jwk = key as Record<string, unknown>;
  const required: Record<string, string[]> = {
    EC: ["crv", "kty", "x", "y"],
    RSA: ["e", "kty", "n"],
    OKP: ["crv", "kty", "x"],
    oct: ["k", "kty"],
    AKP: ["alg", "kty", "pub"],
  };
  const members = required[String(jwk.kty)];
  assert.ok(members, `kty ${jwk.kty}`);
  const json = "{" +
    members.map((m) => `${JSON.stringify(m)}:${JSON.stringify(jwk[m])}`).join(",") +
    "}";
  const digest = await crypto.subtle.digest(hash, new TextEncoder().encode(json));
  return b64uEncode(new Uint8Array(digest));
}

/** Members only a private key has (RFC 7518 §6.2.2, §6.3.2, §6.4; RFC 8037 §2; AKP's seed). */
export const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k", "priv"];

/** The public members of a JWK (everything but the private ones). */
export function publicPart(jwk: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(jwk).filter(([m]) => !PRIVATE_MEMBERS.includes(m)));
}

/** Awaits `p` and asserts it rejects with a JwkError of `code` whose message matches. */
export async function rejectsWith(
  p: Promise<unknown> | (() => Promise<unknown>),
  code: JwkErrorCode | undefined,
  ...patterns: (RegExp | string)[]
): Promise<JwkError> {
  let error: unknown;
  try {
    await (typeof p === "function" ? p() : p);
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof JwkError, `expected a JwkError, got ${error}`);
  if (code) assert.equal(error.code, code, error.message);
  assert.ok(!error.message.includes("\n"), `one line: ${error.message}`);
  for (const p of patterns) {
    if (typeof p === "string") assert.equal(error.message, p);
    else assert.match(error.message, p);
  }
  return error;
}

/** The step vectors, as copied into tests/fixtures/step. */
export const STEP_FIXTURES = new URL("./fixtures/step/", import.meta.url);

/** The password of the step vectors: password.txt with trailing CR/LF trimmed. */
export async function stepPassword(): Promise<string> {
  const text = await Deno.readTextFile(new URL("password.txt", STEP_FIXTURES));
  return text.replace(/[\r\n]+$/, "");
}

/**
 * A small seeded generator (mulberry32) of numbers in [0, 1): the same seed
 * gives the same sequence, so a randomized test's failure can be replayed.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The members of a new RSA private key of `bits` bits, made by WebCrypto, not
 * by jwk (which refuses some sizes the tests need): kty, n, e, d, p, q, dp,
 * dq, qi. `publicPart` of it is the public key.
 */
export async function webCryptoRsa(bits = 2048): Promise<Record<string, string>> {
  const pair = await crypto.subtle.generateKey(
    {
      name: "RSASSA-PKCS1-v1_5",
      modulusLength: bits,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: "SHA-256",
    },
    true,
    ["sign", "verify"],
  );
  const jwk = await crypto.subtle.exportKey("jwk", pair.privateKey);
  const members = ["kty", "n", "e", "d", "p", "q", "dp", "dq", "qi"] as const;
  return Object.fromEntries(members.map((m) => [m, jwk[m]!]));
}
