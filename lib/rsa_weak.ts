/**
 * RSA keys too weak to use: short moduli (below 2048 bits, the rule `jwk
 * create` applies to the keys it makes), and the ROCA fingerprint
 * (CVE-2017-15361), refused whatever the size. RSA keys made by Infineon's RSALib
 * (TPMs, smart cards, YubiKey 4 before 4.3.5) have primes of the form
 * k·M + (65537^a mod M), M a product of the first primes, and their private
 * key can be computed from the public one. Their modulus is then a power of
 * 65537 modulo M (Nemec et al., "The Return of Coppersmith's Attack", CCS
 * 2017). Tested here modulo the product of the odd primes to 167, which
 * divides M for every key size: a random modulus passes with a probability
 * of 2^-155 (the test computes it).
 * @module
 */
import { decodeBase64Url } from "./base64url.ts";
import { JwkError } from "./errors.ts";
import { RSA_INSECURE_MIN_BITS, RSA_MIN_BITS } from "./key_types.ts";

/** The odd primes every key size's M holds. */
export const ROCA_PRIMES: readonly number[] = [
  3,
  5,
  7,
  11,
  13,
  17,
  19,
  23,
  29,
  31,
  37,
  41,
  43,
  47,
  53,
  59,
  61,
  67,
  71,
  73,
  79,
  83,
  89,
  97,
  101,
  103,
  107,
  109,
  113,
  127,
  131,
  137,
  139,
  149,
  151,
  157,
  163,
  167,
];

/** Modulo a prime r: the order of 65537, and each residue's logarithm to base 65537 (-1: none). */
export interface Logarithms {
  /** The order of 65537 modulo r. */
  order: number;
  /** `log[x]` = i with 65537^i ≡ x (mod r), or -1 when x is no power of 65537. */
  log: number[];
}

/** The logarithms to base 65537 modulo r. */
export function logarithms(r: number): Logarithms {
  const log = new Array<number>(r).fill(-1);
  let i = 0;
  for (let x = 1; log[x] === -1; x = (x * (65537 % r)) % r) log[x] = i++;
  return { order: i, log };
}

let tables: Logarithms[] | undefined; // built on first use

const gcd = (a: number, b: number): number => b === 0 ? a : gcd(b, a % b);

/**
 * Whether an RSA modulus (big-endian bytes) has the ROCA fingerprint: it is
 * 65537^c modulo every prime of {@link ROCA_PRIMES}, for one c. Modulo each
 * prime r that fixes c modulo the order of 65537; the congruences have a
 * common solution when every pair agrees modulo the gcd of their orders.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { hasRocaFingerprint } from "./rsa_weak.ts";
 * // 2^2048 - 1 is 2 modulo 11, where the powers of 65537 are only 1 and 10.
 * assert.equal(hasRocaFingerprint(new Uint8Array(256).fill(0xff)), false);
 * ```
 */
export function hasRocaFingerprint(modulus: Uint8Array): boolean {
  tables ??= ROCA_PRIMES.map(logarithms);
  const logs: number[] = [];
  for (const [i, r] of ROCA_PRIMES.entries()) {
    let rest = 0; // the residue, byte by byte: no BigInt needed
    for (const b of modulus) rest = (rest * 256 + b) % r;
    const c = tables[i].log[rest];
    if (c < 0) return false;
    for (const [j, d] of logs.entries()) {
      const g = gcd(tables[i].order, tables[j].order);
      if ((c - d) % g !== 0) return false;
    }
    logs.push(c);
  }
  return true;
}

/**
 * Refuses an RSA modulus with the ROCA fingerprint: such a key is not safe
 * to publish, convert or use, whatever its size.
 *
 * @example
 * ```ts
 * import { refuseRocaKey } from "./rsa_weak.ts";
 * refuseRocaKey(new Uint8Array(256).fill(0xff)); // no fingerprint: nothing happens
 * ```
 */
export function refuseRocaKey(modulus: Uint8Array): void {
  if (!hasRocaFingerprint(modulus)) return;
  throw new JwkError(
    "INSECURE",
    "the RSA key has the ROCA fingerprint (CVE-2017-15361, Infineon RSALib): its private key " +
      "can be computed from its public key; replace it with a new key",
  );
}

/**
 * The size in bits of an RSA modulus (base64url, as a JWK's `n`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { rsaBits } from "./rsa_weak.ts";
 * assert.equal(rsaBits("AQAB"), 17);
 * ```
 */
export function rsaBits(n: string): number {
  const bytes = decodeBase64Url(n);
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]));
}

/**
 * Refuses an existing RSA key of `bits` bits below 2048 unless `insecure`,
 * and below 1024 bits always: the sizes `jwk create` allows for new keys,
 * for keys taken from a file to sign with or to publish.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { refuseShortRsa } from "./rsa_weak.ts";
 * assert.throws(() => refuseShortRsa(1024, false), /1024 bits, below 2048/);
 * refuseShortRsa(1024, true);
 * ```
 */
export function refuseShortRsa(bits: number, insecure: boolean): void {
  if (bits >= RSA_MIN_BITS) return;
  if (!insecure) {
    throw new JwkError(
      "INSECURE",
      `the RSA key has ${bits} bits, below ${RSA_MIN_BITS}: too weak to use or publish ` +
        "(add --insecure to go on anyway)",
    );
  }
  if (bits < RSA_INSECURE_MIN_BITS) {
    throw new JwkError(
      "INSECURE",
      `the RSA key has ${bits} bits: even with --insecure at least ${RSA_INSECURE_MIN_BITS} are needed`,
    );
  }
}
