/**
 * scripts/smoke.sh is what the release workflow runs on every binary, on
 * Linux, macOS and Windows. Here it runs against `deno run cli.ts`, so it
 * cannot rot between releases; and against broken builds (stand-ins that
 * wrap the real CLI and spoil one thing each), so it is known to fail.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { DENO, requireCli, ROOT, run, tempDir } from "./ship_helpers.ts";

const SMOKE = join(ROOT, "scripts", "smoke.sh");
const CLI = [DENO, "run", "--allow-read", "--allow-write", "--no-prompt", join(ROOT, "cli.ts")];
const VERSION: string = JSON.parse(await Deno.readTextFile(join(ROOT, "deno.json"))).version;

/** Runs the smoke script with `command`; returns its exit code and output lines. */
async function smoke(command: string[], env: Record<string, string> = {}, cwd = ROOT) {
  const r = await run("bash", [SMOKE, ...command], {
    cwd,
    env: { JWK_SMOKE_VERSION: VERSION, ...env },
    timeoutMs: 180_000,
  });
  const lines = r.stdout.trimEnd().split("\n");
  return { code: r.code, lines, out: `${r.stdout}\n--- stderr\n${r.stderr}` };
}

/**
 * A stand-in for jwk: a bash script that runs `body` with the real CLI as
 * "$JWK" (an array) and the arguments as "$@".
 */
async function standIn(dir: string, name: string, body: string): Promise<string> {
  const path = join(dir, name);
  const words = CLI.map((w) => `'${w.replaceAll("'", `'\\''`)}'`).join(" ");
  await Deno.writeTextFile(path, `#!/usr/bin/env bash\nJWK=(${words})\n${body}\n`);
  await Deno.chmod(path, 0o755);
  return path;
}

Deno.test("smoke script: passes against deno run cli.ts", async () => {
  await requireCli();
  const r = await smoke(CLI);
  assert.equal(r.code, 0, r.out);
  assert.match(r.lines.at(-1)!, /^smoke: all \d+ checks passed$/, r.out);
  const oks = r.lines.filter((l) => l.startsWith("ok - "));
  assert.ok(oks.length >= 8, r.out);
  assert.ok(!r.lines.some((l) => l.startsWith("not ok")), r.out);
  for (
    const what of ["--version: jwk ", "--no-password --insecure", "--password-file", "--kty FOO"]
  ) {
    assert.ok(oks.some((l) => l.includes(what)), `no check of ${what}:\n${r.out}`);
  }
  // Without a thumbprint command it says so, and runs everything else.
  const hasThumbprint = (await run(CLI[0], [...CLI.slice(1), "thumbprint", "--help"])).code === 0;
  assert.equal(r.lines.some((l) => l.startsWith("skip - thumbprint")), !hasThumbprint, r.out);
});

Deno.test("smoke script: a relative command is found from the caller's folder", async () => {
  const r = await smoke([DENO, "run", "--allow-read", "--allow-write", "--no-prompt", "cli.ts"]);
  assert.equal(r.code, 0, r.out);
});

Deno.test("smoke script: fails for broken builds", async (t) => {
  await requireCli();
  const [dir, cleanup] = await tempDir("smoke");
  try {
    const cases: [string, string, RegExp, Record<string, string>?][] = [
      ["does nothing at all", "exit 0", /^not ok - --version/m],
      ["another version", '"${JWK[@]}" "$@"', /^not ok - --version prints 'jwk 9\.9\.9'/m, {
        JWK_SMOKE_VERSION: "9.9.9",
      }],
      [
        "a refusal with two lines",
        '"${JWK[@]}" "$@"; rc=$?; [ $rc -ne 0 ] && echo "    at main (cli.ts:1:1)" >&2; exit $rc',
        /^not ok - create --kty FOO/m,
      ],
      [
        "a refusal that exits 0",
        '"${JWK[@]}" "$@"; exit 0',
        /^not ok - create --no-password without --insecure/m,
      ],
      [
        "a private file anyone can read",
        '"${JWK[@]}" "$@"; rc=$?; [ -f plain.priv.json ] && chmod 644 plain.priv.json; exit $rc',
        /^not ok - create --no-password --insecure: the files/m,
      ],
      [
        "writes while refusing",
        '"${JWK[@]}" "$@"; rc=$?; [ $rc -ne 0 ] && echo "{}" > bad.pub.json; exit $rc',
        /^not ok - create --kty FOO wrote a file/m,
      ],
      [
        "a wrong thumbprint",
        'if [ "$1" = thumbprint ]; then [ "$2" = --help ] && exit 0; ' +
        'echo AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA; exit 0; fi; "${JWK[@]}" "$@"',
        /^not ok - thumbprint of the public file is its kid/m,
      ],
    ];
    for (const [what, body, expected, env] of cases) {
      await t.step(what, async () => {
        const r = await smoke([await standIn(dir, `${what.replaceAll(" ", "-")}.sh`, body)], env);
        assert.notEqual(r.code, 0, r.out);
        assert.match(r.out, expected, r.out);
        assert.match(r.lines.at(-1)!, /^smoke: \d+ of \d+ checks failed$/, r.out);
      });
    }
  } finally {
    await cleanup();
  }
});

Deno.test("smoke script: checks thumbprint where the build has it", async () => {
  // A stand-in thumbprint that prints the kid (what the real command must
  // print for a generated key) and refuses a file without one.
  const [dir, cleanup] = await tempDir("smoke-thumbprint");
  try {
    const body = `if [ "$1" = thumbprint ]; then
  [ "$2" = --help ] && { echo "jwk thumbprint FILE"; exit 0; }
  kid=$(sed -n 's/.*"kid": *"\\([^"]*\\)".*/\\1/p' "$2")
  [ -n "$kid" ] || { echo "error: $2 holds no key" >&2; exit 1; }
  echo "$kid"; exit 0
fi
"\${JWK[@]}" "$@"`;
    const r = await smoke([await standIn(dir, "jwk-with-thumbprint.sh", body)]);
    assert.equal(r.code, 0, r.out);
    assert.ok(
      r.lines.some((l) => l.startsWith("ok - thumbprint of the public file is its kid")),
      r.out,
    );
    assert.ok(
      r.lines.some((l) => l.startsWith("ok - thumbprint of a file that holds no key")),
      r.out,
    );
  } finally {
    await cleanup();
  }
});

Deno.test("smoke script: no command is a usage error", async () => {
  const r = await run("bash", [SMOKE]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^usage: /);
});
