/**
 * The two ways to put `jwk` on a machine's PATH, tried as a user would:
 *
 * - `deno task compile` builds one self-contained binary. `deno compile`
 *   needs Deno's small runtime (denort), which it downloads unless
 *   `DENORT_BIN` names a local copy (or one is already cached). When neither
 *   is there, the test says that it skipped and why, as an ignored step.
 * - `deno install -g` writes a small launcher into a bin folder.
 *
 * Both are then run with `create`, and the keys they write must work.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import {
  assertOk,
  checkKeyPair,
  DENO,
  modeOf,
  requireCli,
  ROOT,
  run,
  tempDir,
} from "./ship_helpers.ts";

/** The compile task's words, as written in deno.json. */
async function compileTask(): Promise<string[]> {
  const config = JSON.parse(await Deno.readTextFile(join(ROOT, "deno.json")));
  const task = config.tasks?.compile;
  assert.equal(typeof task, "string", "deno.json has no compile task");
  return (task as string).trim().split(/\s+/);
}

/** Failures that mean "no runtime to build with here", not "the build is wrong". */
const NO_RUNTIME =
  /Setting up base binary|error sending request|dns error|failed to lookup address|Download.*denort/s;

Deno.test("compile task: permissions are baked in, and only read and write", async () => {
  const words = await compileTask();
  assert.deepEqual(words.slice(0, 2), ["deno", "compile"]);
  const flags = words.filter((w) => w.startsWith("--allow") || w.startsWith("-A"));
  assert.deepEqual(flags.sort(), ["--allow-read", "--allow-write"]);
  assert.ok(words.includes("--no-prompt"), "the binary must never stop at a permission prompt");
  assert.equal(words.at(-1), "cli.ts");
  const out = words[words.indexOf("--output") + 1];
  assert.equal(out, "dist/jwk");
});

Deno.test("compile task: builds dist/jwk, which creates working keys", async (t) => {
  await requireCli();
  const denort = Deno.env.get("DENORT_BIN");
  if (denort !== undefined) {
    const info = await Deno.stat(denort).catch(() => undefined);
    assert.ok(info?.isFile, `DENORT_BIN=${denort} is not a file`);
  }
  const [dir, cleanup] = await tempDir("compile");
  try {
    // The task as written, except that the binary goes to a temporary folder.
    const words = await compileTask();
    const bin = join(dir, "jwk");
    words[words.indexOf("--output") + 1] = bin;
    const built = await run(DENO, words.slice(1), { cwd: ROOT, timeoutMs: 300_000 });
    if (built.code !== 0 && denort === undefined && NO_RUNTIME.test(built.stderr)) {
      const cause = built.stderr.match(/error sending request[^\n]*?: ([^:\n]+)$/m)?.[1];
      const why =
        `deno compile could not download its runtime, denort (${
          cause ?? "no network"
        }), and DENORT_BIN is not set; set DENORT_BIN=/path/to/denort ` +
        `(Deno ${Deno.version.deno}, ${Deno.build.target}) to run this test`;
      console.log(`SKIPPED: ${why}`);
      await t.step({ name: `skipped: ${why}`, ignore: true, fn: () => {} });
      return;
    }
    assertOk(built, "deno compile");

    await t.step("--version and --help answer without any grant or prompt", async () => {
      const version = await run(bin, ["--version"], { cwd: dir });
      assertOk(version, "jwk --version");
      const { version: expected } = JSON.parse(await Deno.readTextFile(join(ROOT, "deno.json")));
      assert.ok((version.stdout + version.stderr).includes(expected), "--version: no version");
      assertOk(await run(bin, ["--help"], { cwd: dir }), "jwk --help");
    });

    await t.step("create with a password file, relative and absolute paths", async () => {
      await Deno.writeTextFile(join(dir, "pw.txt"), "compiled binary password\n");
      await Deno.mkdir(join(dir, "keys"));
      const r = await run(bin, [
        "create",
        "keys/jwk.pub.json",
        join(dir, "keys", "jwk.priv.json"),
        "--password-file",
        "pw.txt",
      ], { cwd: dir });
      assertOk(r, "jwk create");
      await checkKeyPair(
        join(dir, "keys", "jwk.pub.json"),
        join(dir, "keys", "jwk.priv.json"),
        "compiled binary password",
      );
    });

    await t.step("an RSA encryption key, unencrypted with --no-password --insecure", async () => {
      const r = await run(bin, [
        "create",
        "rsa.pub.json",
        "rsa.priv.json",
        "--kty",
        "RSA",
        "--use",
        "enc",
        "--no-password",
        "--insecure",
      ], { cwd: dir });
      assertOk(r, "jwk create --kty RSA");
      const { publicJwk } = await checkKeyPair(
        join(dir, "rsa.pub.json"),
        join(dir, "rsa.priv.json"),
        undefined,
      );
      assert.equal(publicJwk.alg, "RSA-OAEP-256");
    });

    await t.step("without a terminal and without a password source it fails cleanly", async () => {
      const r = await run(bin, ["create", "np.pub.json", "np.priv.json"], { cwd: dir });
      assert.notEqual(r.code, 0);
      assert.doesNotMatch(r.stderr, /\n\s+at /, "a stack trace was printed");
      await assert.rejects(Deno.stat(join(dir, "np.pub.json")));
    });
  } finally {
    await cleanup();
  }
});

Deno.test("deno install -g: the installed command creates working keys", async () => {
  await requireCli();
  const [dir, cleanup] = await tempDir("install");
  try {
    const root = join(dir, "root");
    const installed = await run(DENO, [
      "install",
      "-g",
      "--root",
      root,
      "--name",
      "jwk",
      "--allow-read",
      "--allow-write",
      join(ROOT, "cli.ts"),
    ], { cwd: ROOT });
    assertOk(installed, "deno install -g");
    const bin = join(root, "bin", "jwk");
    assert.ok((await modeOf(bin)) & 0o100, "the launcher is not executable");
    await Deno.writeTextFile(join(dir, "pw.txt"), "installed password\r\n");
    const r = await run(bin, [
      "create",
      "jwk.pub.json",
      "jwk.priv.json",
      "--kty",
      "OKP",
      "--password-file",
      "pw.txt",
    ], { cwd: dir });
    assertOk(r, "jwk create (installed)");
    const { publicJwk } = await checkKeyPair(
      join(dir, "jwk.pub.json"),
      join(dir, "jwk.priv.json"),
      "installed password",
    );
    assert.equal(publicJwk.alg, "EdDSA");
  } finally {
    await cleanup();
  }
});
