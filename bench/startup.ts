/**
 * Start-up cost of every command, against the floor: `deno run` of an empty
 * file, measured in the same run. Each round runs the floor and every case
 * once, in an order rotated every round (so slow phases of a shared machine
 * hit all of them alike); medians over the rounds, ratios to the floor's
 * median. Targets (DESIGN.md, issue 10): every command within 1.5x of the
 * floor, `thumbprint` and `public` of a plain JWK within 1.3x. A case with a
 * password is held to the floor plus the in-process time of its KDF
 * (PBKDF2-SHA256, 600000 iterations), the work the file format imposes.
 *
 * With a second CLI (`baseCli`, e.g. a checkout of the main branch), every
 * case also runs with it in the same rounds: the table then shows both, which
 * is the fair way to see a change on a machine whose speed drifts.
 * @module
 */

/** One command line to time, and its target. */
export interface StartupCase {
  /** Shown in the table. */
  name: string;
  /** The arguments after `cli.ts`. */
  args: string[];
  /** Target ratio to the floor (plus `kdfMs`). */
  target: number;
  /** Work imposed by the format (a KDF), added to the floor. */
  kdfMs?: number;
  /** Creates files: run with write permission. */
  writes?: boolean;
  /** Files (in the bench's folder) removed before each run: what the case creates. */
  fresh?: string[];
  /**
   * A program in the bench's folder run instead of the CLI: a reference to
   * read the other rows by, with no target of its own.
   */
  program?: string;
}

/** A measured case. */
export interface StartupRow extends StartupCase {
  /** Median wall time of the whole process, ms. */
  ms: number;
  /** Median peak RSS, KiB (when /usr/bin/time is there). */
  kib?: number;
  /** Median wall time with the base CLI, when there is one. */
  baseMs?: number;
}

/** What the runner needs from bench.ts. */
export interface Runner {
  /** Runs one process; its wall time and peak RSS. */
  runOnce(argv: string[]): Promise<{ ms: number; kib?: number }>;
  /** The Deno binary. */
  deno: string;
  /** The CLI's entry file. */
  cli: string;
  /** Another CLI's entry file, measured alongside (optional). */
  baseCli?: string;
  /** Folder the processes run in (holds the inputs). */
  dir: string;
  /** Rounds. */
  runs: number;
}

function existsSync(path: string): boolean {
  try {
    Deno.statSync(path);
    return true;
  } catch {
    return false;
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Writes the inputs the cases read into `dir`: an empty file (the floor), a
 * public and a private plain JWK, a PEM key, a JWK Set holding the public
 * key, and an encrypted private JWK (600000 iterations, as step and `jwk
 * create` write it), with its password and a new one for change-pass.
 */
export async function writeInputs(dir: string, root: string): Promise<void> {
  const { createJwk } = await import("../lib/create.ts");
  const json = (v: unknown) => JSON.stringify(v, null, 2) + "\n";
  await Deno.writeTextFile(`${dir}/empty.ts`, "");
  const plain = await createJwk({});
  await Deno.writeTextFile(`${dir}/key.pub.json`, json(plain.publicJwk));
  await Deno.writeTextFile(`${dir}/key.json`, json(plain.privateJwk));
  const enc = await createJwk({ password: "startup bench password" });
  await Deno.writeTextFile(`${dir}/enc.json`, json(enc.encryptedJwk));
  await Deno.writeTextFile(`${dir}/enc.pw`, "startup bench password\n");
  await Deno.writeTextFile(`${dir}/new.pw`, "startup bench new password\n");
  await Deno.writeTextFile(`${dir}/set.json`, json({ keys: [plain.publicJwk] }));
  await Deno.copyFile(`${root}tests/fixtures/pem/ec-p256.pkcs8.pem`, `${dir}/key.pem`);
  // The least any thumbprint command can do: read the file, hash the RFC
  // 7638 members of an EC key, print. No checks, no flags, one file.
  await Deno.writeTextFile(
    `${dir}/bare_thumbprint.ts`,
    [
      "const j = JSON.parse(Deno.readTextFileSync(Deno.args[0]));",
      "const m = JSON.stringify({ crv: j.crv, kty: j.kty, x: j.x, y: j.y });",
      'const d = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(m));',
      "const b = btoa(String.fromCharCode(...new Uint8Array(d)));",
      'console.log(b.replace(/=+$/, "").replaceAll("+", "-").replaceAll("/", "_"));',
      "",
    ].join("\n"),
  );
}

/** The command lines measured, with their targets. */
export function startupCases(kdfMs: number): StartupCase[] {
  return [
    { name: "jwk --version", args: ["--version"], target: 1.5 },
    {
      name: "reference: a 5-line thumbprint program (no checks)",
      args: ["key.pub.json"],
      target: 1.3,
      program: "bare_thumbprint.ts",
    },
    {
      name: "thumbprint key.pub.json (plain JWK)",
      args: ["thumbprint", "key.pub.json"],
      target: 1.3,
    },
    { name: "public key.json (plain private JWK)", args: ["public", "key.json"], target: 1.3 },
    { name: "thumbprint key.pem (PEM)", args: ["thumbprint", "key.pem"], target: 1.5 },
    { name: "completion bash", args: ["completion", "bash"], target: 1.5 },
    {
      name: "create --no-password --insecure",
      args: ["create", "--no-password", "--insecure", "pub.json", "priv.json"],
      target: 1.5,
      writes: true,
    },
    { name: "keyset list set.json", args: ["keyset", "list", "set.json"], target: 1.5 },
    {
      name: "keyset add new.json key.pub.json",
      args: ["keyset", "add", "new.json", "key.pub.json"],
      target: 1.5,
      writes: true,
      fresh: ["new.json"],
    },
    {
      name: "format key.json --no-password --insecure (to PEM)",
      args: ["format", "key.json", "--no-password", "--insecure"],
      target: 1.5,
    },
    {
      name: "public enc.json --password-file (p2c 600000)",
      args: ["public", "enc.json", "--password-file", "enc.pw"],
      target: 1.5,
      kdfMs,
    },
    {
      name: "change-pass enc.json --out out.json (two p2c 600000)",
      args: [
        "change-pass",
        "enc.json",
        "--password-file",
        "enc.pw",
        "--new-password-file",
        "new.pw",
        "--out",
        "out.json",
      ],
      target: 1.5,
      kdfMs: 2 * kdfMs,
      writes: true,
      fresh: ["out.json"],
    },
  ];
}

/** Runs the floor and every case `r.runs` times, interleaved; medians. */
export async function measureStartup(
  r: Runner,
  cases: StartupCase[],
): Promise<{ floorMs: number; floorKib?: number; rows: StartupRow[] }> {
  // The folder of a CLI's code loaded when a command runs: bundle/, or lib/
  // in a checkout from before the command line was bundled (a base CLI).
  const code = (cli: string) => {
    const bundle = new URL("bundle", new URL(cli, "file:///")).pathname;
    return existsSync(bundle) ? bundle : new URL("lib", new URL(cli, "file:///")).pathname;
  };
  const argv = (cli: string) => (c: StartupCase) =>
    c.program !== undefined ? [r.deno, "run", "--allow-read=.", c.program, ...c.args] : [
      r.deno,
      "run",
      // The inputs, and the CLI's own code (loaded when a command runs).
      `--allow-read=.,${code(cli)}`,
      ...(c.writes ? ["--allow-write=."] : []),
      cli,
      ...c.args,
    ];
  const floor = [r.deno, "run", `${r.dir}/empty.ts`];
  const base = r.baseCli === undefined ? [] : cases.filter((c) => c.program === undefined);
  const all = [
    floor,
    ...cases.map(argv(r.cli)),
    ...base.map(argv(r.baseCli ?? r.cli)),
  ];
  const fresh = [[], ...[...cases, ...base].map((c) => c.fresh ?? [])];
  const run = async (i: number) => {
    for (const f of fresh[i]) await Deno.remove(`${r.dir}/${f}`).catch(() => {});
    return await r.runOnce(all[i]);
  };
  for (let i = 0; i < all.length; i++) await run(i); // warm-up: caches, code cache
  const samples = all.map(() => [] as { ms: number; kib?: number }[]);
  for (let round = 0; round < r.runs; round++) {
    for (let k = 0; k < all.length; k++) {
      const i = (k + round) % all.length;
      samples[i].push(await run(i));
    }
    await Deno.stderr.write(new TextEncoder().encode("."));
  }
  await Deno.stderr.write(new TextEncoder().encode("\n"));
  const med = (i: number) => median(samples[i].map((s) => s.ms));
  const kib = (i: number) => {
    const k = samples[i].map((s) => s.kib).filter((v): v is number => v !== undefined);
    return k.length ? median(k) : undefined;
  };
  return {
    floorMs: med(0),
    floorKib: kib(0),
    rows: cases.map((c, i) => ({
      ...c,
      ms: med(i + 1),
      kib: kib(i + 1),
      baseMs: c.program === undefined && base.length
        ? med(1 + cases.length + base.indexOf(c))
        : undefined,
    })),
  };
}

/** The table of a startup run, as markdown lines. */
export function startupTable(
  floorMs: number,
  floorKib: number | undefined,
  rows: StartupRow[],
  runs: number,
): string[] {
  const mib = (k?: number) => k === undefined ? "-" : (k / 1024).toFixed(1);
  const withBase = rows.some((r) => r.baseMs !== undefined);
  const lines = [
    `start-up: floor = deno run empty.ts, median ${floorMs.toFixed(1)} ms (${
      mib(floorKib)
    } MiB); ${runs} interleaved rounds`,
    "",
    withBase
      ? "| command | median | / floor | target | peak RSS MiB | base median | base / floor |"
      : "| command | median | / floor | target | peak RSS MiB |",
    withBase ? "|---|---|---|---|---|---|---|" : "|---|---|---|---|---|",
  ];
  for (const row of rows) {
    const floorPlus = floorMs + (row.kdfMs ?? 0);
    const ratio = row.ms / floorPlus;
    const target = row.kdfMs === undefined
      ? `<= ${row.target.toFixed(1)}x`
      : `<= ${row.target.toFixed(1)}x of floor + PBKDF2 ${row.kdfMs.toFixed(0)} ms`;
    const base = row.baseMs === undefined
      ? ""
      : ` ${row.baseMs.toFixed(1)} ms | ${(row.baseMs / floorPlus).toFixed(2)}x |`;
    const verdict = row.program !== undefined
      ? "reference"
      : `${target} ${ratio <= row.target ? "ok" : "MISSED"}`;
    lines.push(
      `| ${row.name} | ${row.ms.toFixed(1)} ms | ${ratio.toFixed(2)}x | ${verdict} | ${
        mib(row.kib)
      } |${base}`,
    );
  }
  return lines;
}
