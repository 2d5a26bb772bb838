/**
 * RSA key generation in JavaScript, with the prime search spread over Web
 * Workers: a faster path than WebCrypto where the runtime's own RSA key
 * generation is slow (Deno's is several times slower than OpenSSL).
 *
 * Randomness and correctness:
 * - primes come from {@link primeEngine}: fresh uniform candidates, sieve,
 *   Miller-Rabin with random bases (nothing incremental);
 * - the searchers (this thread plus Workers) test candidates of one
 *   interleaved sequence (searcher w of S takes indices w, w + S, w + 2S, ...),
 *   and the two primes used are the first acceptable ones *by index*, not by
 *   arrival time, so the result has the distribution of a single sequential
 *   search, whatever the timing;
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
import { base64url } from "./deps.ts";
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
   * How many searches run at once, this thread included (default: the
   * number of cores, at most 2; each extra one is a Worker, about 11 MB).
   * 1 means no Workers.
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
  return base64url.encode(bytes);
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

/** Searcher w's local candidate c is candidate c * S + w of the shared sequence. */
interface Found {
  index: number;
  prime: bigint;
}

/**
 * What a Worker runs: the engine's source text and a loop that reports. The
 * loop works in slices and yields between them: Deno (2.9) cannot terminate a
 * Worker stuck in a synchronous loop, and then never exits.
 */
function workerSource(): string {
  return `const engine = (${primeEngine.toString()})();
let stopped = false;
onmessage = (ev) => {
  if (ev.data.stop) {
    stopped = true;
    close();
    return;
  }
  const bits = ev.data.bits;
  let c = 0;
  const slice = () => {
    if (stopped) return;
    const end = performance.now() + 20;
    let last = c;
    do {
      const p = engine.tryCandidate(bits);
      c++;
      if (p !== undefined) {
        postMessage({ done: c, found: c - 1, prime: p.toString(16) });
        last = c;
      }
    } while (performance.now() < end);
    if (last !== c) postMessage({ done: c });
    setTimeout(slice, 0);
  };
  slice();
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

async function searchPrimes(bits: number, parallelism: number): Promise<RsaKeyMembers> {
  const half = bits / 2;
  const engine = primeEngine();
  const { workers, url } = startWorkers(parallelism - 1);
  const S = workers.length + 1;
  const done = new Array<number>(S).fill(0);
  const found: Found[] = [];
  let result: RsaKeyMembers | undefined;
  let failure: Error | undefined;

  // Decides on the primes by index, using only those whose predecessors
  // (in the shared sequence) have all been tested.
  const decide = () => {
    if (result || failure) return;
    let frontier = Infinity;
    for (let w = 0; w < S; w++) frontier = Math.min(frontier, done[w] * S + w);
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
      workers.forEach((worker, i) => {
        const w = i + 1;
        worker.onmessage = (ev: MessageEvent) => {
          const m = ev.data as { done: number; found?: number; prime?: string };
          if (m.prime !== undefined && m.found !== undefined) {
            found.push({ index: m.found * S + w, prime: BigInt("0x" + m.prime) });
          }
          done[w] = m.done;
          decide();
          if (result) resolve();
        };
        worker.onerror = (ev: Event) => {
          ev.preventDefault();
          failure = new WorkerFailed("a prime search worker failed");
          reject(failure);
        };
        worker.postMessage({ bits: half });
      });
      // This thread searches too, in slices, yielding so messages get through.
      const slice = () => {
        if (result || failure) return;
        const end = performance.now() + 10;
        do {
          const p = engine.tryCandidate(half);
          if (p !== undefined) found.push({ index: done[0] * S, prime: p });
          done[0]++;
        } while (performance.now() < end);
        decide();
        if (result) resolve();
        else setTimeout(slice, 0);
      };
      slice();
    });
  } finally {
    for (const w of workers) {
      w.postMessage({ stop: true });
      w.terminate();
    }
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
 * import { generateRsaJs } from "./rsa_keygen.ts";
 * const key = await generateRsaJs(1024, { parallelism: 1 });
 * console.assert(key.e === "AQAB" && typeof key.qi === "string");
 * ```
 */
export async function generateRsaJs(
  bits: number,
  options: RsaJsOptions = {},
): Promise<RsaKeyMembers> {
  if (!Number.isInteger(bits) || bits % 2 !== 0 || bits < 1024) {
    throw new RangeError(`RSA size ${bits} must be an even number of bits, at least 1024`);
  }
  const cores = (globalThis.navigator as { hardwareConcurrency?: number } | undefined)
    ?.hardwareConcurrency ?? 1;
  const parallelism = Math.max(1, Math.floor(options.parallelism ?? Math.min(cores, 2)));
  try {
    return await searchPrimes(bits, parallelism);
  } catch (e) {
    if (!(e instanceof WorkerFailed) || parallelism === 1) throw e;
    return await searchPrimes(bits, 1);
  }
}
