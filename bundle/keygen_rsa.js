// Generated from lib/keygen/rsa.ts by scripts/build_cli.ts: do not edit (deno task build).
var useCliImports = (function useCliImports(imports, url) {
  bundled = {
    imports,
    url
  };
});
var loadCode = (async function loadCode(load) {
  try {
    return await load();
  } catch (e) {
    const path = codePath();
    if (path !== void 0 && Deno.permissions.querySync({
      name: "read",
      path
    }).state !== "granted") {
      throw codeUnreadable(path);
    }
    throw e;
  }
});
var codeUnreadable = (function codeUnreadable(path) {
  return new CliError(`read access to ${path} is needed: jwk loads each command's code from there when it runs (add it to --allow-read, e.g. --allow-read=${path},FILE)`);
});
var codePath = (function codePath() {
  const lib = bundled ? new URL(".", bundled.url) : new URL("..", import.meta.url);
  if (lib.protocol !== "file:") return void 0;
  const path = decodeURIComponent(lib.pathname).replace(/\/$/, "");
  return Deno.build.os === "windows" ? path.slice(1).replaceAll("/", "\\") : path;
});
var useLiteralImports = (function useLiteralImports(imports) {
  literal = imports;
});
var encodeBase64Url = (function encodeBase64Url(bytes) {
  const out = [];
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = bytes[i] << 16 | bytes[i + 1] << 8 | bytes[i + 2];
    out.push(ALPHABET[n >> 18] + ALPHABET[n >> 12 & 63] + ALPHABET[n >> 6 & 63] + ALPHABET[n & 63]);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out.push(ALPHABET[n >> 18] + ALPHABET[n >> 12 & 63]);
  } else if (rest === 2) {
    const n = bytes[i] << 16 | bytes[i + 1] << 8;
    out.push(ALPHABET[n >> 18] + ALPHABET[n >> 12 & 63] + ALPHABET[n >> 6 & 63]);
  }
  return out.join("");
});
var primeEngine = (function primeEngine(sieveLimit) {
  const LIMIT = sieveLimit ?? 1 << 16;
  const E2 = 65537n;
  const composite = new Uint8Array(LIMIT);
  const primes = [];
  for (let i = 3; i < LIMIT; i += 2) {
    if (composite[i]) continue;
    primes.push(i);
    for (let j = i * i; j < LIMIT; j += 2 * i) composite[j] = 1;
  }
  const groupPrimes = [];
  const groupMods = [];
  for (let i = 0; i < primes.length; ) {
    const g = [];
    let prod = 1;
    while (i < primes.length && prod * primes[i] < 2 ** 53) {
      prod *= primes[i];
      g.push(primes[i++]);
    }
    groupPrimes.push(g);
    groupMods.push(BigInt(prod));
  }
  function randomBytes(n) {
    return crypto.getRandomValues(new Uint8Array(n));
  }
  const HEX = [];
  for (let i = 0; i < 256; i++) HEX.push((i < 16 ? "0" : "") + i.toString(16));
  function toBigInt(bytes) {
    let hex = "0x";
    for (let i = 0; i < bytes.length; i++) hex += HEX[bytes[i]];
    return BigInt(hex);
  }
  function randomCandidate(bits) {
    const bytes = randomBytes(bits + 7 >> 3);
    const excess = bytes.length * 8 - bits;
    bytes[0] &= 255 >> excess;
    const top = 1 << 7 - excess;
    if (top >= 2) bytes[0] |= top | top >> 1;
    else {
      bytes[0] |= 1;
      bytes[1] |= 128;
    }
    bytes[bytes.length - 1] |= 1;
    return toBigInt(bytes);
  }
  function sieve(n) {
    for (let g = 0; g < groupMods.length; g++) {
      const r = Number(n % groupMods[g]);
      const ps = groupPrimes[g];
      for (let k = 0; k < ps.length; k++) if (r % ps[k] === 0) return false;
    }
    const re = n % E2;
    return re !== 1n && re !== 0n;
  }
  function modPow(base, exp, m) {
    const table = [
      1n,
      base % m
    ];
    for (let i2 = 2; i2 < 32; i2++) table.push(table[i2 - 1] * table[1] % m);
    const bits = exp.toString(2);
    let r = 1n;
    let i = 0;
    const head = bits.length % 5 || 5;
    r = table[parseInt(bits.slice(0, head), 2)];
    for (i = head; i < bits.length; i += 5) {
      r = r * r % m;
      r = r * r % m;
      r = r * r % m;
      r = r * r % m;
      r = r * r % m;
      const w = parseInt(bits.slice(i, i + 5), 2);
      if (w !== 0) r = r * table[w] % m;
    }
    return r;
  }
  function pow2(exp, m) {
    const bits = exp.toString(2);
    let r = 2n;
    for (let i = 1; i < bits.length; i++) {
      r = r * r % m;
      if (bits.charCodeAt(i) === 49) {
        r <<= 1n;
        if (r >= m) r -= m;
      }
    }
    return r;
  }
  function strongRound(x, s, n, nm1) {
    if (x === 1n || x === nm1) return true;
    for (let j = 1; j < s; j++) {
      x = x * x % n;
      if (x === nm1) return true;
      if (x === 1n) return false;
    }
    return false;
  }
  function randomBase(n) {
    const bits = n.toString(2).length;
    const bytes = bits + 7 >> 3;
    const mask = 255 >> bytes * 8 - bits;
    for (; ; ) {
      const b = randomBytes(bytes);
      b[0] &= mask;
      const a = toBigInt(b);
      if (a >= 2n && a <= n - 2n) return a;
    }
  }
  function isProbablePrime(n, rounds) {
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
  function roundsFor(bits) {
    if (bits >= 1024) return 5;
    if (bits >= 512) return 8;
    return 40;
  }
  function tryCandidate(bits) {
    const n = randomCandidate(bits);
    if (!sieve(n)) return void 0;
    return isProbablePrime(n, roundsFor(bits)) ? n : void 0;
  }
  return {
    tryCandidate,
    isProbablePrime,
    modPow,
    randomCandidate,
    sieve
  };
});
var preferJsRsa = (function preferJsRsa() {
  return typeof globalThis.Deno === "object";
});
var bitLength = (function bitLength(x) {
  return x === 0n ? 0 : x.toString(2).length;
});
var modInverse = (function modInverse(a, m) {
  let [r0, r1] = [
    a % m,
    m
  ];
  let [s0, s1] = [
    1n,
    0n
  ];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [
      r1,
      r0 - q * r1
    ];
    [s0, s1] = [
      s1,
      s0 - q * s1
    ];
  }
  if (r0 !== 1n) throw new RangeError("not invertible");
  return (s0 % m + m) % m;
});
var gcd = (function gcd(a, b) {
  while (b !== 0n) [a, b] = [
    b,
    a % b
  ];
  return a;
});
var b64 = (function b64(x) {
  let hex = x.toString(16);
  if (hex.length & 1) hex = "0" + hex;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return encodeBase64Url(bytes);
});
var rsaFromPrimes = (function rsaFromPrimes(a, b, bits) {
  const half = bits / 2;
  const [p, q] = a > b ? [
    a,
    b
  ] : [
    b,
    a
  ];
  if (p === q || p - q <= 1n << BigInt(half - 100)) return void 0;
  const n = p * q;
  if (bitLength(n) !== bits) return void 0;
  const p1 = p - 1n;
  const q1 = q - 1n;
  if (gcd(E, p1) !== 1n || gcd(E, q1) !== 1n) return void 0;
  const lambda = p1 / gcd(p1, q1) * q1;
  const d = modInverse(E, lambda);
  if (d <= 1n << BigInt(half)) return void 0;
  const dp = d % p1;
  const dq = d % q1;
  const qi = modInverse(q, p);
  const eng = primeEngine(3);
  const m = 0x1234567n;
  const c = eng.modPow(m, E, n);
  const m1 = eng.modPow(c % p, dp, p);
  const m2 = eng.modPow(c % q, dq, q);
  const h = qi * ((m1 - m2) % p + p) % p;
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
    qi: b64(qi)
  };
});
var workerSource = (function workerSource() {
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
});
var startWorkers = (function startWorkers(count) {
  const workers = [];
  if (count <= 0 || typeof Worker !== "function" || typeof Blob !== "function") return {
    workers
  };
  let url;
  try {
    url = URL.createObjectURL(new Blob([
      workerSource()
    ], {
      type: "text/javascript"
    }));
  } catch {
    return {
      workers
    };
  }
  try {
    for (let i = 0; i < count; i++) workers.push(new Worker(url, {
      type: "module"
    }));
  } catch {
  }
  return {
    workers,
    url
  };
});
var yieldNow = (function yieldNow() {
  return new Promise((r) => setTimeout(r, 0));
});
var searchPrimes = (async function searchPrimes(bits, parallelism) {
  const half = bits / 2;
  const engine = primeEngine();
  const { workers, url } = startWorkers(parallelism - 1);
  let next = 0;
  const pending = /* @__PURE__ */ new Map();
  const found = [];
  let result;
  let failure;
  const take = () => {
    const start = next;
    next += BLOCK;
    pending.set(start, BLOCK);
    return start;
  };
  const decide = () => {
    if (result || failure) return;
    let frontier = next;
    for (const start of pending.keys()) frontier = Math.min(frontier, start);
    found.sort((x, y) => x.index - y.index);
    let first;
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
    await new Promise((resolve, reject) => {
      const post = (worker) => worker.postMessage({
        bits: half,
        start: take(),
        count: BLOCK
      });
      for (const worker of workers) {
        worker.onmessage = (ev) => {
          const m = ev.data;
          for (const [index, hex] of m.primes) found.push({
            index,
            prime: BigInt("0x" + hex)
          });
          pending.delete(m.start);
          decide();
          if (result) resolve();
          else if (!failure) post(worker);
        };
        worker.onerror = (ev) => {
          ev.preventDefault();
          failure = new WorkerFailed("a prime search worker failed");
          reject(failure);
        };
        post(worker);
        post(worker);
      }
      (async () => {
        while (!result && !failure) {
          const end = performance.now() + 10;
          do {
            const start = take();
            for (let i = 0; i < BLOCK; i++) {
              const p = engine.tryCandidate(half);
              if (p !== void 0) found.push({
                index: start + i,
                prime: p
              });
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
  return result;
});
var generateRsaJs = (async function generateRsaJs(bits, options = {}) {
  if (!Number.isInteger(bits) || bits % 2 !== 0 || bits < 1024) {
    throw new RangeError(`RSA size ${bits} must be an even number of bits, at least 1024`);
  }
  const parallelism = Math.max(1, Math.floor(options.parallelism ?? 1));
  try {
    return await searchPrimes(bits, parallelism);
  } catch (e) {
    if (!(e instanceof WorkerFailed) || parallelism === 1) throw e;
    return await searchPrimes(bits, 1);
  }
});
// lib/cli/errors.ts
var CLI_ERROR = Symbol.for("@jwk/jwk CliError");
var CliError = class extends Error {
  /** The process exit code this error ends with (> 0). */
  exitCode;
  /** Creates an error with a one-line message and an exit code (default 1). */
  constructor(message, exitCode = 1) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
    Object.defineProperty(this, CLI_ERROR, {
      value: true
    });
  }
  /**
   * `instanceof CliError` holds for a CliError made by any copy of this
   * module: each bundle of the command line (bundle/) has its own copy.
   */
  static [Symbol.hasInstance](value) {
    return typeof value === "object" && value !== null && value[CLI_ERROR] === true;
  }
};

// lib/cli/load.ts
var bundled;

// lib/lazy.ts
var literal;

// lib/base64url.ts
var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
var VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

// lib/keygen/rsa_prime.ts
var SIEVE_LIMIT = 1 << 16;

// lib/keygen/rsa.ts
var E = 65537n;
var BLOCK = 16;
var WorkerFailed = class extends Error {
};

// .tmp/bundle-entries/keygen_rsa.ts
var bundle = (file) => {
  const specifier = "./" + file;
  return loadCode(() => import(specifier));
};
var missing = (name) => Promise.reject(new Error("keygen/rsa.ts was bundled without " + name + ": run deno task build"));
useCliImports({
  "../pem/read.ts": () => bundle("pem_read.js"),
  "../x509/name.ts": () => bundle("x509_name.js"),
  "../x509/self_signed.ts": () => bundle("x509_self_signed.js"),
  "../x509/validity.ts": () => bundle("x509_validity.js"),
  "change_pass.ts": () => bundle("cli_change_pass.js"),
  "change_pass_help.ts": () => bundle("cli_change_pass_help.js"),
  "completion.ts": () => bundle("cli_completion.js"),
  "create.ts": () => bundle("cli_create.js"),
  "create_flags.ts": () => bundle("cli_create_flags.js"),
  "create_help.ts": () => bundle("cli_create_help.js"),
  "create_jwks.ts": () => bundle("cli_create_jwks.js"),
  "files.ts": () => missing("files.ts"),
  "format.ts": () => bundle("cli_format.js"),
  "format_help.ts": () => bundle("cli_format_help.js"),
  "help.ts": () => bundle("cli_help.js"),
  "key_flags.ts": () => bundle("cli_key_flags.js"),
  "keyset.ts": () => bundle("cli_keyset.js"),
  "keyset_help.ts": () => bundle("cli_keyset_help.js"),
  "lock.ts": () => missing("lock.ts"),
  "paths.ts": () => missing("paths.ts"),
  "progress.ts": () => bundle("cli_progress.js"),
  "prompt.ts": () => bundle("cli_prompt.js"),
  "public.ts": () => bundle("cli_public.js"),
  "thumbprint.ts": () => bundle("cli_thumbprint.js")
}, import.meta.url);
useLiteralImports({
  "jwe.ts": () => bundle("jwe.js"),
  "key_match.ts": () => bundle("key_match.js"),
  "keygen/curves.ts": () => bundle("keygen_curves.js"),
  "keygen/ml_dsa.ts": () => bundle("keygen_ml_dsa.js"),
  "keygen/rsa.ts": () => bundle("keygen_rsa.js"),
  "pem/decrypt.ts": () => bundle("pem_decrypt.js"),
  "pem/deps.ts": () => bundle("pem_deps.js"),
  "pem/encrypt.ts": () => bundle("pem_encrypt.js"),
  "pem/members.ts": () => bundle("pem_members.js"),
  "pem/ml_dsa.ts": () => bundle("pem_ml_dsa.js"),
  "pem/openssh.ts": () => bundle("pem_openssh.js"),
  "pem/openssh_write.ts": () => bundle("pem_openssh_write.js"),
  "pem/pkcs12.ts": () => bundle("pem_pkcs12.js"),
  "pem/read.ts": () => bundle("pem_read.js"),
  "pem/ssh_public.ts": () => bundle("pem_ssh_public.js"),
  "pem/x509.ts": () => bundle("pem_x509.js"),
  "rsa_weak.ts": () => bundle("rsa_weak.js"),
  "x509/self_signed.ts": () => bundle("x509_self_signed.js")
});
export {
  generateRsaJs,
  preferJsRsa,
  rsaFromPrimes
};
