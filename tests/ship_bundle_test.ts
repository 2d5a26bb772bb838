/**
 * The build of the command line (`bundle/`, scripts/build_cli.ts): that the
 * committed files are what the build writes from lib/ now, that its rewrite
 * of functions keeps their meaning, and that an error crosses from one
 * bundle's copy of its class to another's.
 * @module
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { buildCli, commandModules, compileEagerly } from "../scripts/build_cli.ts";
import { VERSION } from "../cli.ts";
import { JwkError } from "../lib/errors.ts";
import { CliError } from "../lib/cli/errors.ts";

const ROOT = new URL("../", import.meta.url).pathname;

Deno.test("bundle/ is what deno task build writes from lib/ (run it after changing lib/)", async () => {
  const out = await Deno.makeTempDir({ prefix: "jwk-bundle-" });
  try {
    const built = await buildCli(out);
    const committed: string[] = [];
    for await (const e of Deno.readDir(join(ROOT, "bundle"))) committed.push(e.name);
    assert.deepEqual(committed.sort(), built, "bundle/ has other files than the build writes");
    const stale = [];
    for (const name of built) {
      const want = await Deno.readTextFile(join(out, name));
      const have = await Deno.readTextFile(join(ROOT, "bundle", name));
      if (want !== have) stale.push(name);
    }
    assert.deepEqual(
      stale,
      [],
      "bundle/ is out of date: run deno task build (with .ci/run's Deno)",
    );
    assert.ok(built.includes("cli_main.js") && built.includes("cli_thumbprint.js"), built.join());
  } finally {
    await Deno.remove(out, { recursive: true });
  }
});

Deno.test("compileEagerly: functions become parenthesized, defined before any statement runs", async () => {
  const code = [
    "var __esm = (fn, res) => function __init() {",
    "  return fn && (res = (0, fn[Object.getOwnPropertyNames(fn)[0]])(fn = 0)), res;",
    "};",
    "",
    "// lib/a.ts",
    "var early = twice(21);", // a call before the declaration: hoisting must hold
    "function twice(n) {",
    "  return 2 * n;",
    "}",
    "async function later() {",
    "  return early + 1;",
    "}",
    "var y;",
    "var init_a = __esm({",
    '  "lib/a.ts"() {',
    "    y = twice(2);",
    "  }",
    "});",
    "",
    "// npm:pkg@1.0.0/index.js",
    "function theirs() {",
    "  return 1;",
    "}",
    "init_a();",
    "export { early, later, theirs, y };",
    "",
  ].join("\n");
  const out = compileEagerly(code);
  assert.match(out, /^var twice = \(function twice\(n\) \{$/m);
  assert.match(out, /^var later = \(async function later\(\) \{$/m);
  assert.match(out, /^ {2}"lib\/a\.ts": \(function\(\) \{$/m);
  assert.match(out, /^function theirs\(\) \{$/m, "npm code is left as it is");
  assert.ok(out.indexOf("var twice") < out.indexOf("var early"), "moved above the first statement");
  const file = await Deno.makeTempFile({ suffix: ".js" });
  try {
    await Deno.writeTextFile(file, out);
    const m = await import(`file://${file}`);
    assert.deepEqual([m.early, await m.later(), m.theirs(), m.y], [42, 43, 1, 4]);
  } finally {
    await Deno.remove(file);
  }
});

Deno.test("errors: instanceof holds across copies of the error modules (one per bundle)", async () => {
  // A second copy of each module, as a second bundle holds.
  const copy = (path: string) => import(new URL(`${path}?copy`, import.meta.url).href);
  const { JwkError: OtherJwkError } = await copy("../lib/errors.ts");
  const { CliError: OtherCliError } = await copy("../lib/cli/errors.ts");
  assert.notEqual(OtherJwkError, JwkError);
  const jwkError = new OtherJwkError("BAD_KEY", "x");
  assert.ok(jwkError instanceof JwkError && jwkError instanceof Error);
  assert.ok(new JwkError("BAD_KEY", "x") instanceof OtherJwkError);
  assert.ok(new OtherCliError("x") instanceof CliError);
  assert.ok(!(jwkError instanceof CliError) && !(new CliError("x") instanceof JwkError));
  assert.ok(!(new Error("x") instanceof JwkError) && !((null as unknown) instanceof JwkError));
  // And from a bundle: the PEM reader's bundle refuses with its own JwkError.
  const { readKey } = await import("../bundle/pem_read.js");
  await assert.rejects(
    readKey("-----BEGIN PUBLIC KEY-----\nAA==\n-----END PUBLIC KEY-----\n"),
    (e) => {
      assert.ok(e instanceof JwkError, String(e));
      return true;
    },
  );
});

Deno.test("cli.ts knows every command's bundle, and deno.json's version", async () => {
  const text = await Deno.readTextFile(join(ROOT, "cli.ts"));
  const listed = /^const COMMANDS = \[([^\]]*)\];$/m.exec(text)?.[1];
  assert.ok(listed, "cli.ts has no COMMANDS list");
  const names = [...listed.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  const commands = await commandModules();
  assert.deepEqual(names, commands.map((c) => c.name), "cli.ts's commands are not commands.ts's");
  for (const c of commands) {
    const file = `cli_${c.name.replaceAll("-", "_")}.js`;
    const code = await Deno.readTextFile(join(ROOT, "bundle", file));
    assert.ok(code.startsWith(`// Generated from lib/${c.part} `), file);
    assert.match(code, /^export \{[^}]*\bmain\b[^}]*\}/m, `${file} does not export the dispatcher`);
  }
  const config = JSON.parse(await Deno.readTextFile(join(ROOT, "deno.json")));
  assert.equal(VERSION, config.version, "cli.ts's VERSION is not deno.json's version");
});

Deno.test("cli.ts: a build with a bundle missing is one error line, not a stack trace", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jwk-broken-" });
  try {
    await Deno.copyFile(join(ROOT, "cli.ts"), join(dir, "cli.ts"));
    await Deno.mkdir(join(dir, "bundle"));
    await Deno.copyFile(join(ROOT, "bundle", "cli_main.js"), join(dir, "bundle", "cli_main.js"));
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "--no-prompt", `--allow-read=${dir}`, join(dir, "cli.ts"), "thumbprint", "-"],
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).output();
    const stderr = new TextDecoder().decode(out.stderr);
    assert.equal(out.code, 1);
    assert.equal(new TextDecoder().decode(out.stdout), "");
    assert.match(
      stderr,
      /^error: cannot load jwk's code \(.*cli_thumbprint\.js.*\): run deno task build/,
    );
    assert.equal(stderr.trimEnd().split("\n").length, 1, stderr);
    // The dispatcher alone still answers what needs no command's code.
    const version = await new Deno.Command(Deno.execPath(), {
      args: ["run", "--no-prompt", `--allow-read=${dir}`, join(dir, "cli.ts"), "--version"],
      stdout: "piped",
    }).output();
    assert.equal(new TextDecoder().decode(version.stdout), `jwk ${VERSION}\n`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
