/**
 * Random prime search for RSA keys, in plain JavaScript (BigInt and
 * `crypto.getRandomValues` only), so it runs in any runtime and inside Workers.
 *
 * Every candidate is a fresh uniformly random odd number with its top two bits
 * set (so that the product of two such primes has exactly twice their length).
 * A candidate is kept only if it has no prime factor below {@link SIEVE_LIMIT},
 * is not 1 mod 65537 (so gcd(65537, p - 1) = 1), and passes Miller-Rabin with
 * base 2 and then {@link millerRabinRounds} uniformly random bases. Nothing is
 * searched incrementally, so each accepted prime is uniform among the primes of
 * that shape.
 *
 * {@link primeEngine} is self-contained on purpose: its source text is what
 * the Workers of `rsa_keygen.ts` run, so it must not use anything from outside
 * its own body except globals (`crypto`, `BigInt`).
 * @module
 */

/** Trial division uses every prime below this bound. */
export const SIEVE_LIMIT = 1 << 16;

/**
 * Miller-Rabin rounds with random bases (after the base-2 round) for a
 * random candidate of `bits` bits. For random (not adversarial) candidates the
 * average-case bound of Damgård, Landrock and Pomerance puts the chance of
 * accepting a composite far below 2^-100 at these counts (FIPS 186-5, B.3).
 */
export function millerRabinRounds(bits: number): number {
  if (bits >= 1024) return 5;
  if (bits >= 512) return 8;
  return 40;
}

/** What {@link primeEngine} returns. */
export interface PrimeEngine {
  /**
   * Tests one fresh random candidate of `bits` bits (bits >= 64, even or odd)
   * and returns it if it is a (probable) prime usable with e = 65537.
   */
  tryCandidate(bits: number): bigint | undefined;
  /** Strong probable-prime test: base 2, then `rounds` random bases. */
  isProbablePrime(n: bigint, rounds: number): boolean;
  /** `base ** exp mod m` for odd m > 1. */
  modPow(base: bigint, exp: bigint, m: bigint): bigint;
  /** A uniformly random odd integer of exactly `bits` bits, top two bits set. */
  randomCandidate(bits: number): bigint;
  /** False when n has a prime factor below the sieve limit, or n = 1 mod 65537. */
  sieve(n: bigint): boolean;
}

/**
 * Builds the prime search functions. Self-contained (see the module doc).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { primeEngine } from "./rsa_prime.ts";
 * const p = primeEngine().tryCandidate(256); // undefined most of the time
 * assert.ok(p === undefined || p.toString(2).length === 256);
 * ```
 */
export function primeEngine(sieveLimit?: number): PrimeEngine {
  const LIMIT = sieveLimit ?? 1 << 16; // default: SIEVE_LIMIT
  const E = 65537n;

  // Odd primes below LIMIT, in groups whose product stays below 2^53 so that
  // one BigInt remainder per group, then Number remainders, test the group.
  const composite = new Uint8Array(LIMIT);
  const primes: number[] = [];
  for (let i = 3; i < LIMIT; i += 2) {
    if (composite[i]) continue;
    primes.push(i);
    for (let j = i * i; j < LIMIT; j += 2 * i) composite[j] = 1;
  }
  const groupPrimes: number[][] = [];
  const groupMods: bigint[] = [];
  for (let i = 0; i < primes.length;) {
    const g: number[] = [];
    let prod = 1;
    while (i < primes.length && prod * primes[i] < 2 ** 53) {
      prod *= primes[i];
      g.push(primes[i++]);
    }
    groupPrimes.push(g);
    groupMods.push(BigInt(prod));
  }

  function randomBytes(n: number): Uint8Array {
    return crypto.getRandomValues(new Uint8Array(n));
  }

  const HEX: string[] = [];
  for (let i = 0; i < 256; i++) HEX.push((i < 16 ? "0" : "") + i.toString(16));

  function toBigInt(bytes: Uint8Array): bigint {
    let hex = "0x";
    for (let i = 0; i < bytes.length; i++) hex += HEX[bytes[i]];
    return BigInt(hex);
  }

  function randomCandidate(bits: number): bigint {
    const bytes = randomBytes((bits + 7) >> 3);
    const excess = bytes.length * 8 - bits; // 0..7 unused top bits
    bytes[0] &= 0xff >> excess;
    // Top two bits of the `bits`-bit number.
    const top = 1 << (7 - excess);
    if (top >= 2) bytes[0] |= top | (top >> 1);
    else {
      bytes[0] |= 1;
      bytes[1] |= 0x80;
    }
    bytes[bytes.length - 1] |= 1;
    return toBigInt(bytes);
  }

  /** No factor below LIMIT, and n mod 65537 != 1 (so gcd(e, n - 1) = 1). */
  function sieve(n: bigint): boolean {
    for (let g = 0; g < groupMods.length; g++) {
      const r = Number(n % groupMods[g]);
      const ps = groupPrimes[g];
      for (let k = 0; k < ps.length; k++) if (r % ps[k] === 0) return false;
    }
    const re = n % E;
    return re !== 1n && re !== 0n;
  }

  function modPow(base: bigint, exp: bigint, m: bigint): bigint {
    // Fixed 5-bit windows, left to right.
    const table: bigint[] = [1n, base % m];
    for (let i = 2; i < 32; i++) table.push((table[i - 1] * table[1]) % m);
    const bits = exp.toString(2);
    let r = 1n;
    let i = 0;
    const head = bits.length % 5 || 5;
    r = table[parseInt(bits.slice(0, head), 2)];
    for (i = head; i < bits.length; i += 5) {
      r = (r * r) % m;
      r = (r * r) % m;
      r = (r * r) % m;
      r = (r * r) % m;
      r = (r * r) % m;
      const w = parseInt(bits.slice(i, i + 5), 2);
      if (w !== 0) r = (r * table[w]) % m;
    }
    return r;
  }

  /** 2^exp mod m: squarings and doublings only. */
  function pow2(exp: bigint, m: bigint): bigint {
    const bits = exp.toString(2);
    let r = 2n;
    for (let i = 1; i < bits.length; i++) {
      r = (r * r) % m;
      if (bits.charCodeAt(i) === 49) {
        r <<= 1n;
        if (r >= m) r -= m;
      }
    }
    return r;
  }

  /** One strong-pseudoprime round given a^d mod n. */
  function strongRound(x: bigint, s: number, n: bigint, nm1: bigint): boolean {
    if (x === 1n || x === nm1) return true;
    for (let j = 1; j < s; j++) {
      x = (x * x) % n;
      if (x === nm1) return true;
      if (x === 1n) return false;
    }
    return false;
  }

  function randomBase(n: bigint): bigint {
    // Uniform in [2, n - 2].
    const bits = n.toString(2).length;
    const bytes = (bits + 7) >> 3;
    const mask = 0xff >> (bytes * 8 - bits);
    for (;;) {
      const b = randomBytes(bytes);
      b[0] &= mask;
      const a = toBigInt(b);
      if (a >= 2n && a <= n - 2n) return a;
    }
  }

  function isProbablePrime(n: bigint, rounds: number): boolean {
    if (n < 5n) return n === 2n || n === 3n;
    if ((n & 1n) === 0n) return false;
    const nm1 = n - 1n;
    let d = nm1;
    let s = 0;
    while ((d & 1n) === 0n) {
      d >>= 1n;
      s++;
    }
    if (!strongRound(pow2(d, n), s, n, nm1)) return false;
    for (let i = 0; i < rounds; i++) {
      if (!strongRound(modPow(randomBase(n), d, n), s, n, nm1)) return false;
    }
    return true;
  }

  function roundsFor(bits: number): number {
    // keep equal to millerRabinRounds
    if (bits >= 1024) return 5;
    if (bits >= 512) return 8;
    return 40;
  }

  function tryCandidate(bits: number): bigint | undefined {
    const n = randomCandidate(bits);
    if (!sieve(n)) return undefined;
    return isProbablePrime(n, roundsFor(bits)) ? n : undefined;
  }

  return { tryCandidate, isProbablePrime, modPow, randomCandidate, sieve };
}
