/**
 * RSA key generation in JavaScript, with the prime search spread over Web
 * Workers: a faster path than WebCrypto where the runtime's own RSA key
 * generation is slow (Deno's is several times slower than OpenSSL).
 *
 * Randomness and correctness:
 * - primes come from {@link primeEngine}: fresh uniform candidates, sieve,
 *   Miller-Rabin with random bases (nothing incremental);
 * - the searchers (this thread plus Workers) test blocks of one numbered
 *   sequence of candidates, and the two primes used are the first acceptable
 *   ones *by index*, not by arrival time, so the result has the distribution
 *   of a single sequential search, whatever the timing;
 * - e = 65537; gcd(e, p - 1) = gcd(e, q - 1) = 1; p != q and
 *   |p - q| > 2^(bits/2 - 100); n has exactly `bits` bits (top two bits of each
 *   prime set); d = e^-1 mod lcm(p - 1, q - 1) and d > 2^(bits/2) (FIPS 186-5,
 *   A.1.1); a pairwise check with the CRT members runs before the key is returned.
 *
 * Only BigInt, `crypto.getRandomValues`, and (when present) `Worker`, `Blob`
 * and `URL.createObjectURL` are used: no Deno or Node APIs. Without Workers,
 * the whole search runs on this thread, yielding to the event loop.
 * @module
 */
import { encodeBase64Url } from "../base64url.ts";
import { primeEngine } from "./rsa_prime.ts";

/** The RSA members of a private JWK, base64url, as WebCrypto exports them. */
export interface RsaKeyMembers {
  /** Always "RSA". */
  kty: "RSA";
  /** Modulus. */
  n: string;
  /** Public exponent (65537). */
  e: string;
  /** Private exponent. */
  d: string;
  /** First prime (the larger one). */
  p: string;
  /** Second prime. */
  q: string;
  /** d mod (p - 1). */
  dp: string;
  /** d mod (q - 1). */
  dq: string;
  /** q^-1 mod p. */
  qi: string;
}

/** Options of {@link generateRsaJs}. */
export interface RsaJsOptions {
  /**
   * How many searches run at once, this thread included (default 1). Each
   * extra one is a Worker (about 17 MB more peak memory in Deno).
   */
  parallelism?: number;
}

const E = 65537n;

/**
 * Whether {@link generateRsaJs} should replace WebCrypto's RSA key generation
 * in this runtime: true in Deno (its WebCrypto RSA generation is several times
 * slower), false elsewhere (browsers, Node and Bun use BoringSSL or OpenSSL).
 */
export function preferJsRsa(): boolean {
  return typeof (globalThis as { Deno?: unknown }).Deno === "object";
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [a % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new RangeError("not invertible");
  return ((s0 % m) + m) % m;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function b64(x: bigint): string {
  let hex = x.toString(16);
  if (hex.length & 1) hex = "0" + hex;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return encodeBase64Url(bytes);
}

/**
 * Builds the key from two primes of `bits / 2` bits each, or returns
 * undefined when the pair breaks a rule (p = q, too close, d too small).
 * Exported for tests.
 */
export function rsaFromPrimes(a: bigint, b: bigint, bits: number): RsaKeyMembers | undefined {
  const half = bits / 2;
  const [p, q] = a > b ? [a, b] : [b, a];
  if (p === q || p - q <= 1n << BigInt(half - 100)) return undefined;
  const n = p * q;
  if (bitLength(n) !== bits) return undefined;
  const p1 = p - 1n;
  const q1 = q - 1n;
  if (gcd(E, p1) !== 1n || gcd(E, q1) !== 1n) return undefined;
  const lambda = (p1 / gcd(p1, q1)) * q1;
  const d = modInverse(E, lambda);
  if (d <= 1n << BigInt(half)) return undefined;
  const dp = d % p1;
  const dq = d % q1;
  const qi = modInverse(q, p);
  // Pairwise check: encrypt with (n, e), decrypt with the CRT members.
  const eng = primeEngine(3);
  const m = 0x1234567n;
  const c = eng.modPow(m, E, n);
  const m1 = eng.modPow(c % p, dp, p);
  const m2 = eng.modPow(c % q, dq, q);
  const h = (qi * (((m1 - m2) % p) + p)) % p;
  if (m2 + h * q !== m) throw new Error("RSA pairwise consistency check failed");
  return {
    kty: "RSA",
    n: b64(n),
    e: b64(E),
    d: b64(d),
    p: b64(p),
    q: b64(q),
    dp: b64(dp),
    dq: b64(dq),
    qi: b64(qi),
  };
}

/** A prime and its place in the shared candidate sequence. */
interface Found {
  index: number;
  prime: bigint;
}

/** Candidates per block handed to a searcher (a few ms of work). */
const BLOCK = 16;

/**
 * What a Worker runs: the engine's source text, and one block of candidates
 * per message. Between blocks it is idle, so terminate() always works (Deno
 * 2.9 cannot terminate a Worker stuck in a synchronous loop, and then hangs).
 */
function workerSource(): string {
  return `const engine = (${primeEngine.toString()})();
onmessage = (ev) => {
  const { bits, start, count } = ev.data;
  const primes = [];
  for (let i = 0; i < count; i++) {
    const p = engine.tryCandidate(bits);
    if (p !== undefined) primes.push([start + i, p.toString(16)]);
  }
  postMessage({ start, count, primes });
};
`;
}

class WorkerFailed extends Error {}

/** Starts up to `count` Workers; the caller revokes `url` when done with them. */
function startWorkers(count: number): { workers: Worker[]; url?: string } {
  const workers: Worker[] = [];
  if (count <= 0 || typeof Worker !== "function" || typeof Blob !== "function") return { workers };
  let url: string;
  try {
    url = URL.createObjectURL(new Blob([workerSource()], { type: "text/javascript" }));
  } catch {
    return { workers };
  }
  try {
    for (let i = 0; i < count; i++) workers.push(new Worker(url, { type: "module" }));
  } catch {
    // Fewer (or no) Workers: the search still works.
  }
  return { workers, url };
}

/**
 * Yields to the event loop, so that Worker messages (and a spinner) get
 * through. A timer, not a MessageChannel: in Deno a MessageChannel ping-pong
 * starves Worker messages (measured: the search took 3x longer).
 */
function yieldNow(): Promise<void> {
  return new Promise((r) => setTimeout(r, 0));
}

/**
 * The search. Candidate indices 0, 1, 2, ... are handed out in blocks to
 * whichever searcher is free; each candidate is a fresh random draw, so the
 * sequence in index order is the same as one sequential search. The primes
 * used are the first acceptable ones in index order, taken only once every
 * earlier index has been tested: timing never picks a prime.
 */
async function searchPrimes(bits: number, parallelism: number): Promise<RsaKeyMembers> {
  const half = bits / 2;
  const engine = primeEngine();
  const { workers, url } = startWorkers(parallelism - 1);
  let next = 0; // next index to hand out
  const pending = new Map<number, number>(); // block start -> count, not yet reported
  const found: Found[] = [];
  let result: RsaKeyMembers | undefined;
  let failure: Error | undefined;

  const take = (): number => {
    const start = next;
    next += BLOCK;
    pending.set(start, BLOCK);
    return start;
  };

  // Decides on the primes by index, using only those below the lowest index
  // still pending.
  const decide = () => {
    if (result || failure) return;
    let frontier = next;
    for (const start of pending.keys()) frontier = Math.min(frontier, start);
    found.sort((x, y) => x.index - y.index);
    let first: Found | undefined;
    for (const f of found) {
      if (f.index >= frontier) break;
      if (!first) {
        first = f;
        continue;
      }
      const key = rsaFromPrimes(first.prime, f.prime, bits);
      if (key) {
        result = key;
        return;
      }
    }
  };

  try {
    await new Promise<void>((resolve, reject) => {
      const post = (worker: Worker) =>
        worker.postMessage({ bits: half, start: take(), count: BLOCK });
      for (const worker of workers) {
        worker.onmessage = (ev: MessageEvent) => {
          const m = ev.data as { start: number; primes: [number, string][] };
          for (const [index, hex] of m.primes) found.push({ index, prime: BigInt("0x" + hex) });
          pending.delete(m.start);
          decide();
          if (result) resolve();
          else if (!failure) post(worker);
        };
        worker.onerror = (ev: Event) => {
          ev.preventDefault();
          failure = new WorkerFailed("a prime search worker failed");
          reject(failure);
        };
        // Two blocks queued, so that a Worker never waits for the next one.
        post(worker);
        post(worker);
      }
      // This thread searches too, a block at a time, yielding so messages get through.
      (async () => {
        while (!result && !failure) {
          const end = performance.now() + 10;
          do {
            const start = take();
            for (let i = 0; i < BLOCK; i++) {
              const p = engine.tryCandidate(half);
              if (p !== undefined) found.push({ index: start + i, prime: p });
            }
            pending.delete(start);
          } while (performance.now() < end);
          decide();
          if (result) resolve();
          else await yieldNow();
        }
      })().catch(reject);
    });
  } finally {
    for (const w of workers) w.terminate();
    if (url) URL.revokeObjectURL(url);
  }
  return result!;
}

/**
 * Generates an RSA key of `bits` bits (even, at least 1024) with
 * e = 65537, searching primes on this thread and `parallelism - 1` Workers.
 * If a Worker fails, the search restarts on this thread alone.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { generateRsaJs } from "./rsa.ts";
 * const key = await generateRsaJs(1024, { parallelism: 1 });
 * assert.ok(key.e === "AQAB" && typeof key.qi === "string");
 * ```
 */
export async function generateRsaJs(
  bits: number,
  options: RsaJsOptions = {},
): Promise<RsaKeyMembers> {
  if (!Number.isInteger(bits) || bits % 2 !== 0 || bits < 1024) {
    throw new RangeError(`RSA size ${bits} must be an even number of bits, at least 1024`);
  }
  // One thread by default: a Worker is a second V8 isolate (~17 MiB, which took
  // RSA 4096 over the 60 MiB budget), and on 2 cores its median gain for 4096
  // bits was within the noise of this search's wide spread (bench/RESULTS.md).
  const parallelism = Math.max(1, Math.floor(options.parallelism ?? 1));
  try {
    return await searchPrimes(bits, parallelism);
  } catch (e) {
    if (!(e instanceof WorkerFailed) || parallelism === 1) throw e;
    return await searchPrimes(bits, 1);
  }
}
