/**
 * A key's own alg, use and key_ops against the key (lib/jwk_alg.ts), and the
 * ROCA fingerprint (lib/rsa_weak.ts): each rule accepts what it should and
 * refuses what it should, for JWKs and, for ROCA, for PEM input too. Where an
 * alg names another key type or curve, jose's importJWK must refuse the key
 * as well: the key is unusable, not merely unusual.
 */
import assert from "node:assert/strict";
import { importJWK } from "jose";
import { JwkError, readAnyKey, validateJwk } from "../mod.ts";
import { hasRocaFingerprint, logarithms, ROCA_PRIMES } from "../lib/rsa_weak.ts";
import { checkJwkAlgorithm } from "../lib/jwk_alg.ts";
import { b64uDecode, b64uEncode, seededRandom } from "./_helpers.ts";

const P256 = {
  kty: "EC",
  crv: "P-256",
  x: "04N0xi21hshyvBp7I167sbE_bXqyqkAPfefdklMO7wY",
  y: "UI8exy-C06a7DUnjIdENkxeFtHM4-l_41LqEw9nVgmw",
};
const P521 = {
  kty: "EC",
  crv: "P-521",
  x: "AHKZLLOsCOzz5cY97ewNUajB957y-C-U88c3v13nmGZx6sYl_oJXu9A5RkTKqjqvjyekWF-7ytDyRXYgCF5cj0Kt",
  y: "AdymlHvOiLxXkEhayXQnNCvDX4h9htZaCJN34kfmC6pV5OhQHiraVySsUdaQkAgDPrwQrJmbnX9cwlGfP-HqHZR1",
};
const X25519 = { kty: "OKP", crv: "X25519", x: "q9-HauB1HaLxhANcWyyFkgUglPdsk6djSKD00FNMmAw" };
const ED25519 = { kty: "OKP", crv: "Ed25519", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo" };
const oct = (bytes: number) => ({ kty: "oct", k: b64uEncode(new Uint8Array(bytes).fill(7)) });

/** [what, JWK, undefined when it is to be read, else a pattern of the refusal]. */
const CASES: [string, Record<string, unknown>, RegExp | undefined][] = [
  ["ES256 on P-256, use sig", { ...P256, alg: "ES256", use: "sig" }, undefined],
  ["ES256 on a P-521 key", { ...P521, alg: "ES256" }, /alg 'ES256' is for crv P-256, not P-521/],
  ["RS256 on an EC key", { ...P256, alg: "RS256" }, /alg 'RS256' is for kty RSA, not EC/],
  ["EdDSA on X25519", { ...X25519, alg: "EdDSA" }, /for crv Ed25519, Ed448, not X25519/],
  ["ECDH-ES on Ed25519", { ...ED25519, alg: "ECDH-ES" }, /alg 'ECDH-ES' is for crv/],
  ["ES256 with use enc", { ...P256, alg: "ES256", use: "enc" }, /is for use 'sig', but its use/],
  ["ECDH-ES with use enc", { ...P256, alg: "ECDH-ES", use: "enc" }, undefined],
  ["X25519 with use sig", { ...X25519, use: "sig" }, /not possible for X25519 keys/],
  ["a private alg name", { ...P256, alg: "urn:example:ecdsa" }, undefined],
  ["ES521 on P-521 (Wycheproof's RFC 7520 key)", { ...P521, alg: "ES521" }, undefined],
  ["ES521 on P-256", { ...P256, alg: "ES521" }, /'ES521' does not fit its curve P-256/],
  ["HS256 with 32 bytes", { ...oct(32), alg: "HS256" }, undefined],
  ["HS256 with 31 bytes", { ...oct(31), alg: "HS256" }, /at least 256 bits, not 248/],
  ["HS512 with 48 bytes", { ...oct(48), alg: "HS512" }, /at least 512 bits, not 384/],
  ["A128KW with 32 bytes", { ...oct(32), alg: "A128KW" }, /needs a key of 128 bits, not 256/],
  ["A256GCM with 32 bytes", { ...oct(32), alg: "A256GCM", use: "enc" }, undefined],
  ["A256GCM with use sig", { ...oct(32), alg: "A256GCM", use: "sig" }, /for use 'enc'/],
  ["A128CBC-HS256 with 32 bytes", { ...oct(32), alg: "A128CBC-HS256" }, undefined],
  ["dir with 64 bytes", { ...oct(64), alg: "dir" }, undefined],
  ["a PBES2 password of 8 bytes", { ...oct(8), alg: "PBES2-HS256+A128KW" }, undefined],
  ["use sig, key_ops sign", { ...P256, use: "sig", key_ops: ["sign", "verify"] }, undefined],
  ["use enc, key_ops sign", { ...P256, use: "enc", key_ops: ["sign"] }, /'sign' contradicts/],
  [
    "ES256, key_ops encrypt",
    { ...P256, alg: "ES256", key_ops: ["encrypt"] },
    /contradicts its alg/,
  ],
  ["Ed25519, key_ops deriveBits", { ...ED25519, key_ops: ["deriveBits"] }, /not possible/],
  ["another use value", { ...P256, use: "tls", key_ops: ["sign"] }, undefined],
  ["RS1 (registered, prohibited) on an EC key", { ...P256, alg: "RS1" }, /for kty RSA, not EC/],
  ["A128CTR with 32 bytes", { ...oct(32), alg: "A128CTR" }, /128 bits, not 256/],
  // Names of Object's own members are names like any other, not table entries.
  ["alg 'toString'", { ...oct(32), alg: "toString" }, undefined],
  ["alg 'constructor'", { ...P256, alg: "constructor" }, undefined],
  ["key_ops 'valueOf'", { ...ED25519, use: "sig", key_ops: ["valueOf"] }, undefined],
];

Deno.test("alg, use and key_ops: each combination read or refused, with its reason", async () => {
  for (const [what, jwk, refusal] of CASES) {
    if (refusal === undefined) {
      await validateJwk(jwk); // throws, and fails the test, when refused
      continue;
    }
    await assert.rejects(
      validateJwk(jwk),
      (e) => e instanceof JwkError && e.code === "BAD_KEY" && refusal.test(e.message),
      what,
    );
  }
});

Deno.test("PS512 takes a modulus of 1034 bits and up (RFC 8017 §9.1.1), counted exactly", () => {
  assert.throws(() => checkJwkAlgorithm({ kty: "RSA", alg: "PS512" }, 1033), /at least 1034/);
  checkJwkAlgorithm({ kty: "RSA", alg: "PS512" }, 1034);
  checkJwkAlgorithm({ kty: "RSA", alg: "PS384" }, 1024);
});

Deno.test("an RSA JWK's numbers: e below n, n at most 16384 bits, as the PEM reader has it", async () => {
  const bigN = b64uEncode(Uint8Array.from({ length: 2051 }, (_, i) => i === 0 ? 1 : 0xff));
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ kty: "RSA", n: "Aw", e: "Aw" }, /'e' is not smaller than its modulus/],
    [{ kty: "RSA", n: "AQAB", e: "AQAB" }, /'e' is not smaller than its modulus/],
    [{ kty: "RSA", n: "AQAB", e: "AQAD" }, /'e' is not smaller than its modulus/],
    [{ kty: "RSA", n: bigN, e: "AQAB" }, /16401 bits; at most 16384/],
  ];
  for (const [jwk, why] of cases) {
    await assert.rejects(validateJwk(jwk), (e) => e instanceof JwkError && why.test(e.message));
  }
  await validateJwk({ kty: "RSA", n: "AQAD", e: "AQAB" }); // 65539 > 65537: a toy key, but a key
});

Deno.test("an alg of another key type or curve: jose cannot use the key either", async () => {
  let checked = 0;
  for (const [what, jwk, refusal] of CASES) {
    if (!refusal || !/for (kty|crv)/.test(refusal.source)) continue;
    await assert.rejects(importJWK(jwk as Parameters<typeof importJWK>[0]), what);
    checked++;
  }
  assert.equal(checked, 5);
});

/** The product of the ROCA primes, and a big-endian encoding. */
const M = ROCA_PRIMES.reduce((m, r) => m * BigInt(r), 1n);
const bytesOf = (n: bigint) => b64uDecode(b64uEncodeBig(n));
function b64uEncodeBig(n: bigint): string {
  let hex = n.toString(16);
  if (hex.length % 2) hex = "0" + hex;
  return b64uEncode(Uint8Array.from(hex.match(/../g)!, (h) => parseInt(h, 16)));
}
function modPow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  for (b %= m; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) r = (r * b) % m;
  return r;
}

Deno.test("ROCA: a random modulus passes with probability 2^-155, and none of 3000 does", () => {
  // The order of 65537 modulo M is the lcm of its orders modulo each prime.
  const gcd = (a: bigint, b: bigint): bigint => b === 0n ? a : gcd(b, a % b);
  let order = 1n, phi = 1n;
  for (const r of ROCA_PRIMES) {
    const o = BigInt(logarithms(r).order);
    order = order * o / gcd(order, o);
    phi *= BigInt(r - 1);
  }
  const log2 = Math.log2(Number(order)) - Math.log2(Number(phi));
  assert.ok(log2 < -150, `false positives at 2^${log2}`);
  const random = seededRandom(7);
  for (let i = 0; i < 3000; i++) {
    const n = Uint8Array.from({ length: 256 }, () => Math.floor(random() * 256));
    n[0] |= 0x80;
    n[255] |= 1;
    assert.equal(hasRocaFingerprint(n), false, `random modulus ${i}`);
  }
});

Deno.test("ROCA: a modulus that is a power of 65537 modulo M is caught, one off is not", () => {
  for (const c of [1n, 12345n, 2n ** 40n + 3n]) {
    const n = modPow(65537n, c, M) + M * (2n ** 1800n + 12345n);
    assert.equal(hasRocaFingerprint(bytesOf(n)), true, `65537^${c}`);
    assert.equal(hasRocaFingerprint(bytesOf(n + 2n)), false, `65537^${c} + 2`);
  }
  // A power of 65537 modulo each prime, but not one power for all (chinese
  // remainders of 65537^i mod the i-th prime): a per-prime test would take it.
  let n = 0n;
  for (const [i, r] of ROCA_PRIMES.map(BigInt).entries()) {
    const rest = modPow(65537n, BigInt(i), r);
    const others = M / r;
    n = (n + rest * others * modPow(others % r, r - 2n, r)) % M;
  }
  for (const r of ROCA_PRIMES) {
    assert.notEqual(logarithms(r).log[Number(n % BigInt(r))], -1, `a power of 65537 mod ${r}`);
  }
  assert.equal(hasRocaFingerprint(bytesOf(n + M * 2n ** 1900n)), false, "inconsistent powers");
});

Deno.test("ROCA: Wycheproof's key is refused as a JWK and as a PEM public key", async () => {
  const vectors = JSON.parse(
    await Deno.readTextFile(new URL("./fixtures/wycheproof/vectors.json", import.meta.url)),
  );
  const { jwk } = vectors.keys.find((v: { where: string }) => v.where.includes("roca"));
  const isRoca = (e: unknown) =>
    e instanceof JwkError && e.code === "INSECURE" && /ROCA/.test(e.message);
  await assert.rejects(validateJwk(jwk), isRoca);
  // WebCrypto makes the SPKI without judging the key; the PEM reader must.
  const key = await crypto.subtle.importKey(
    "jwk",
    { kty: "RSA", n: jwk.n, e: jwk.e },
    { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
    true,
    ["verify"],
  );
  const der = new Uint8Array(await crypto.subtle.exportKey("spki", key));
  const pem = `-----BEGIN PUBLIC KEY-----\n${
    btoa(String.fromCharCode(...der)).replace(/.{64}/g, "$&\n")
  }\n-----END PUBLIC KEY-----\n`;
  await assert.rejects(readAnyKey(pem), isRoca);
});
