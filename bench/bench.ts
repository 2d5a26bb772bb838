/**
 * `deno task bench`: runs each case against a peer in the same run, the two
 * interleaved (ours, peer, ours, peer, ... with the order swapped every
 * round), and prints medians, the ratio ours/peer and our peak memory.
 *
 * Peers: `openssl genpkey` for RSA key generation alone; a build of step's own
 * library for `create` (a program taking `create [flags] PUB PRIV` like step's
 * `step crypto jwk create`), found through env `STEPREF` (the binary) or a
 * `build.sh` (env `STEPREF_BUILD`, default `../shared/tools/stepref/build.sh`
 * from the repo root) that builds it into a temporary folder. Without one, the step cases are
 * skipped and said to be.
 *
 * Environment:
 * - `JWK_CLI`: our CLI (default `cli.ts`);
 * - `JWK_DENO_FLAGS`: flags for `deno run` (default `--allow-read --allow-write`);
 * - `BENCH_RUNS`: runs per case (default 10; RSA-4096 cases run at least 15);
 * - `BENCH_ONLY`: run only the cases whose name contains this text.
 *
 * Timing is wall-clock around each whole process; peak memory is the max RSS
 * that `/usr/bin/time -f %M` reports (skipped when it is missing).
 *
 * Then the start-up table (bench/startup.ts): every command against `deno
 * run` of an empty file, interleaved in the same run (`BENCH_ONLY=start-up`
 * runs only that table; `BENCH_STARTUP_RUNS`, default 21, its rounds;
 * `BENCH_BASE_CLI`, another checkout's cli.ts, measured in the same rounds).
 * @module
 */

const root = new URL("..", import.meta.url).pathname;
const env = (k: string) => Deno.env.get(k);
const RUNS = Number(env("BENCH_RUNS") ?? 10);
const ONLY = env("BENCH_ONLY");
const DENO = Deno.execPath();
const DENO_FLAGS = (env("JWK_DENO_FLAGS") ?? "--allow-read --allow-write").split(/\s+/)
  .filter(Boolean);

function exists(path: string): boolean {
  try {
    Deno.statSync(path);
    return true;
  } catch {
    return false;
  }
}

const CLI = env("JWK_CLI") ?? `${root}cli.ts`;
const TIME = exists("/usr/bin/time") ? "/usr/bin/time" : undefined;

async function output(cmd: string, args: string[]): Promise<string> {
  try {
    const o = await new Deno.Command(cmd, { args, stdout: "piped", stderr: "piped" }).output();
    return new TextDecoder().decode(o.stdout).trim() || new TextDecoder().decode(o.stderr).trim();
  } catch {
    return "";
  }
}

async function findStepPeer(): Promise<string | undefined> {
  const bin = env("STEPREF");
  if (bin && exists(bin)) return bin;
  // The peer's build script, when this repo sits next to the shared tools.
  const build = env("STEPREF_BUILD") ?? `${root}../shared/tools/stepref/build.sh`;
  if (build && exists(build)) {
    const out = `${await Deno.makeTempDir()}/steppeer`;
    const o = await new Deno.Command("sh", { args: [build, out], stdout: "null", stderr: "piped" })
      .output();
    if (o.success && exists(out)) return out;
    console.error(`building the step peer failed: ${new TextDecoder().decode(o.stderr).trim()}`);
  }
  return undefined;
}

interface Sample {
  ms: number;
  kib?: number;
}

const dir = await Deno.makeTempDir({ prefix: "jwk-bench-" });
const pw = `${dir}/password.txt`;
await Deno.writeTextFile(pw, "correct horse battery staple\n");

/** Runs one process, removing PUB/PRIV first; time and peak RSS. */
async function runOnce(argv: string[]): Promise<Sample> {
  for (const f of ["pub.json", "priv.json"]) {
    try {
      await Deno.remove(`${dir}/${f}`);
    } catch { /* not there */ }
  }
  const rss = `${dir}/rss.txt`;
  const [cmd, ...args] = TIME ? [TIME, "-f", "%M", "-o", rss, ...argv] : argv;
  const t0 = performance.now();
  const o = await new Deno.Command(cmd, { args, cwd: dir, stdout: "null", stderr: "piped" })
    .output();
  const ms = performance.now() - t0;
  if (!o.success) {
    throw new Error(`${argv.join(" ")} failed: ${new TextDecoder().decode(o.stderr).trim()}`);
  }
  const kib = TIME ? Number((await Deno.readTextFile(rss)).trim().split("\n").at(-1)) : undefined;
  return { ms, kib };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const ours = (flags: string[]) => [
  DENO,
  "run",
  ...DENO_FLAGS,
  CLI,
  "create",
  ...flags,
  "pub.json",
  "priv.json",
];
const step = (bin: string, flags: string[]) => [bin, "create", ...flags, "pub.json", "priv.json"];
const PW = ["--password-file", pw];
const PLAIN = ["--no-password", "--insecure"];

interface Case {
  name: string;
  ours: string[];
  peer: string[];
  peerName: string;
  runs: number;
  target?: number;
}

interface Row extends Case {
  oursMs: number;
  peerMs: number;
  oursKib?: number;
  oursKibMax?: number;
  peerKib?: number;
}

/** Interleaves the cases given; one warm-up each first. */
async function measure(cases: Case[]): Promise<Row[]> {
  const samples = cases.map(() => ({ ours: [] as Sample[], peer: [] as Sample[] }));
  for (const c of cases) {
    await runOnce(c.ours);
    await runOnce(c.peer);
  }
  const rounds = Math.max(...cases.map((c) => c.runs));
  for (let r = 0; r < rounds; r++) {
    for (const [i, c] of cases.entries()) {
      if (r >= c.runs) continue;
      const order = r % 2 ? ["peer", "ours"] as const : ["ours", "peer"] as const;
      for (const who of order) samples[i][who].push(await runOnce(c[who]));
    }
    await Deno.stderr.write(new TextEncoder().encode("."));
  }
  await Deno.stderr.write(new TextEncoder().encode("\n"));
  return cases.map((c, i) => {
    const kib = samples[i].ours.map((s) => s.kib).filter((k): k is number => k !== undefined);
    const pkib = samples[i].peer.map((s) => s.kib).filter((k): k is number => k !== undefined);
    return {
      ...c,
      oursMs: median(samples[i].ours.map((s) => s.ms)),
      peerMs: median(samples[i].peer.map((s) => s.ms)),
      oursKib: kib.length ? median(kib) : undefined,
      oursKibMax: kib.length ? Math.max(...kib) : undefined,
      peerKib: pkib.length ? median(pkib) : undefined,
    };
  });
}

const stepBin = await findStepPeer();
const rsaRuns = Math.max(RUNS, 15);
const keygen = (size: number) => [
  DENO,
  "run",
  ...DENO_FLAGS,
  `${root}bench/keygen.ts`,
  "RSA",
  String(size),
];
const openssl = (size: number) => [
  "openssl",
  "genpkey",
  "-algorithm",
  "RSA",
  "-pkeyopt",
  `rsa_keygen_bits:${size}`,
  "-out",
  "/dev/null",
];

const groups: Case[][] = [];
if (stepBin) {
  const s = (name: string, flags: string[], runs = RUNS, target?: number): Case => ({
    name,
    ours: ours(flags),
    peer: step(stepBin, flags),
    peerName: "step",
    runs,
    target,
  });
  groups.push([s("create default (EC P-256, encrypted, p2c 600000)", PW, RUNS, 0.5)]);
  groups.push([
    s("create RSA 4096, encrypted", ["--kty", "RSA", "--size", "4096", ...PW], rsaRuns, 1.0),
    {
      name: "RSA 4096 key generation alone",
      ours: keygen(4096),
      peer: openssl(4096),
      peerName: "openssl",
      runs: rsaRuns,
      target: 1.0,
    },
  ]);
  groups.push([
    s("create RSA 2048, encrypted", ["--kty", "RSA", "--size", "2048", ...PW], RUNS, 1.0),
    s("create EC P-384, encrypted", ["--crv", "P-384", ...PW], RUNS, 1.0),
    s("create EC P-521, encrypted", ["--crv", "P-521", ...PW], RUNS, 1.0),
    s("create OKP Ed25519, encrypted", ["--kty", "OKP", ...PW], RUNS, 1.0),
    s("create oct, encrypted", ["--kty", "oct", ...PW], RUNS, 1.0),
  ]);
  // No PBKDF2: start-up and key generation only (a Go binary starts in ~2 ms, Deno in ~20).
  groups.push([
    s("info: create RSA 2048, no password", ["--kty", "RSA", "--size", "2048", ...PLAIN]),
    s("info: create EC P-256, no password", [...PLAIN]),
    s("info: create OKP Ed25519, no password", ["--kty", "OKP", ...PLAIN]),
  ]);
} else {
  console.error("no step peer (set STEPREF or STEPREF_BUILD): the create cases are skipped");
  groups.push([{
    name: "RSA 4096 key generation alone",
    ours: keygen(4096),
    peer: openssl(4096),
    peerName: "openssl",
    runs: rsaRuns,
    target: 1.0,
  }]);
}

const rows: Row[] = [];
for (const g of groups) {
  const picked = g.filter((c) => !ONLY || c.name.includes(ONLY));
  if (picked.length) rows.push(...await measure(picked));
}

// In-process numbers: library throughput and PBKDF2.
const { createJwk } = await import("../lib/create.ts");
let keys = 0;
const t0 = performance.now();
while (performance.now() - t0 < 2000) {
  await createJwk({ kid: `k${keys}` });
  keys++;
}
const keysPerSecond = keys / ((performance.now() - t0) / 1000);
const pbkdf2: number[] = [];
const base = await crypto.subtle.importKey(
  "raw",
  new TextEncoder().encode("password"),
  "PBKDF2",
  false,
  ["deriveBits"],
);
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt: new Uint8Array(16), iterations: 600_000 },
    base,
    128,
  );
  pbkdf2.push(performance.now() - t);
}

// Start-up of every command against the floor (deno run of an empty file).
const startup = await (async () => {
  if (ONLY && !"start-up".includes(ONLY)) return undefined;
  const { measureStartup, startupCases, writeInputs } = await import("./startup.ts");
  await writeInputs(dir, root);
  const runs = Number(env("BENCH_STARTUP_RUNS") ?? 21);
  const cases = startupCases(median(pbkdf2));
  const baseCli = env("BENCH_BASE_CLI");
  return {
    runs,
    ...await measureStartup({ runOnce, deno: DENO, cli: CLI, baseCli, dir, runs }, cases),
  };
})();

const fmt = (ms: number) => ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
const mib = (kib?: number) => kib === undefined ? "-" : `${(kib / 1024).toFixed(1)}`;
const lines = [
  `jwk bench, ${new Date().toISOString()}`,
  `cores ${navigator.hardwareConcurrency}; load ${
    (await output("cat", ["/proc/loadavg"]) || "?").split(" ").slice(0, 3).join(" ")
  }; deno ${Deno.version.deno}; ${await output("openssl", ["version"])}`,
  `ours: deno run ${DENO_FLAGS.join(" ")} ${CLI.replace(root, "")}; step peer: ${
    stepBin ? "yes" : "none"
  }`,
  "",
  "| case | runs | ours (median) | peer (median) | ours/peer | target | ours peak RSS MiB (median/max) | peer RSS MiB |",
  "|---|---|---|---|---|---|---|---|",
];
for (const r of rows) {
  const ratio = r.oursMs / r.peerMs;
  const ok = r.target === undefined ? "" : ratio <= r.target ? " ok" : " MISSED";
  lines.push(
    `| ${r.name} | ${r.runs} | ${fmt(r.oursMs)} | ${r.peerName} ${fmt(r.peerMs)} | ${
      ratio.toFixed(2)
    }x | ${r.target === undefined ? "info" : `<= ${r.target.toFixed(1)}x${ok}`} | ${
      mib(r.oursKib)
    } / ${mib(r.oursKibMax)}${(r.oursKibMax ?? 0) > 60 * 1024 ? " (over 60)" : ""} | ${
      mib(r.peerKib)
    } |`,
  );
}
lines.push(
  "",
  `library: createJwk EC P-256, unencrypted, with kid: ${keysPerSecond.toFixed(0)} keys/s`,
  `WebCrypto PBKDF2-SHA256, 600000 iterations, in process: median ${
    median(pbkdf2).toFixed(1)
  } ms of ${pbkdf2.length}`,
);
if (startup) {
  const { startupTable } = await import("./startup.ts");
  lines.push("", ...startupTable(startup.floorMs, startup.floorKib, startup.rows, startup.runs));
}
console.log(lines.join("\n"));
await Deno.remove(dir, { recursive: true });
