/**
 * The documentation must not rot, and the package must stay publishable:
 *
 * - the JSDoc examples of mod.ts and lib/ and the `ts` blocks of README.md
 *   run (`deno task test:docs`) and check their results with node:assert;
 * - `deno doc --lint mod.ts` and `deno publish --dry-run` are clean;
 * - every `jwk create` command shown in README.md runs and makes working keys
 *   with the properties its comment claims;
 * - the README's flag table matches `--help`, and it names every Debian
 *   package CI installs.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { assertOk, checkKeyPair, DENO, requireCli, ROOT, run, tempDir } from "./ship_helpers.ts";

const readme = await Deno.readTextFile(join(ROOT, "README.md"));
const config = JSON.parse(await Deno.readTextFile(join(ROOT, "deno.json")));

/** The words of a deno.json task (ours have no quoting). */
function task(name: string): string[] {
  const text = config.tasks?.[name];
  assert.equal(typeof text, "string", `deno.json has no task '${name}'`);
  return (text as string).trim().split(/\s+/);
}

/** Fenced blocks of a Markdown text, with their info string. */
function fencedBlocks(markdown: string): { info: string; body: string }[] {
  const blocks: { info: string; body: string }[] = [];
  const re = /^```([^\n]*)\n([\s\S]*?)^```$/gm;
  for (const m of markdown.matchAll(re)) blocks.push({ info: m[1].trim(), body: m[2] });
  return blocks;
}

Deno.test("docs: the examples of mod.ts, lib/ and README.md run and pass", async () => {
  const words = task("test:docs");
  assert.deepEqual(words.slice(0, 3), ["deno", "test", "--doc"]);
  for (const target of ["README.md", "mod.ts", "lib/"]) assert.ok(words.includes(target), target);
  const r = await run(DENO, words.slice(1), { cwd: ROOT });
  assertOk(r, "deno task test:docs");
  // Every README ts block is among the tests that ran (an empty run proves nothing).
  const tsBlocks = fencedBlocks(readme).filter((b) => /^(ts|typescript)$/.test(b.info)).length;
  assert.ok(tsBlocks >= 3, "the README should show the library in ts blocks");
  const ran = r.stdout.match(/README\.md\$\d+-\d+\.ts/g) ?? r.stdout.match(/README\.md#\d+-\d+/g);
  assert.equal(new Set(ran).size, tsBlocks, `not every README ts block ran:\n${r.stdout}`);
});

Deno.test("docs: examples check with node:assert, not console.assert", async () => {
  // console.assert only prints: an example using it could fail without failing.
  const files = ["mod.ts", "README.md"];
  for await (const e of Deno.readDir(join(ROOT, "lib"))) {
    if (e.isFile && e.name.endsWith(".ts")) files.push(`lib/${e.name}`);
    if (e.isDirectory) {
      for await (const f of Deno.readDir(join(ROOT, "lib", e.name))) {
        if (f.isFile && f.name.endsWith(".ts")) files.push(`lib/${e.name}/${f.name}`);
      }
    }
  }
  for (const file of files) {
    const text = await Deno.readTextFile(join(ROOT, file));
    assert.doesNotMatch(text, /console\.assert\(/, `${file}: use node:assert/strict in examples`);
  }
});

Deno.test("docs: deno doc --lint mod.ts is clean", async () => {
  assert.deepEqual(task("doc"), ["deno", "doc", "--lint", "mod.ts"]);
  const r = await run(DENO, ["doc", "--lint", "mod.ts"], { cwd: ROOT });
  assertOk(r, "deno doc --lint");
  assert.doesNotMatch(r.stderr + r.stdout, /warning|error\[/i);
});

Deno.test("docs: every export of mod.ts has JSDoc with an example", async () => {
  const r = await run(DENO, ["doc", "--json", "mod.ts"], { cwd: ROOT });
  assertOk(r, "deno doc --json");
  type Tag = { kind: string };
  type Decl = { jsDoc?: { doc?: string; tags?: Tag[] } };
  const doc = JSON.parse(r.stdout) as {
    nodes: Record<
      string,
      { module_doc?: Decl["jsDoc"]; symbols: { name: string; declarations: Decl[] }[] }
    >;
  };
  const mod = Object.entries(doc.nodes).find(([url]) => url.endsWith("/mod.ts"))![1];
  assert.ok(mod.module_doc?.tags?.some((t) => t.kind === "example"), "mod.ts: no module example");
  assert.ok(mod.symbols.length >= 30, `only ${mod.symbols.length} exports found`);
  const lacking = mod.symbols.filter((s) =>
    !s.declarations.some((d) => d.jsDoc?.doc && d.jsDoc.tags?.some((t) => t.kind === "example"))
  ).map((s) => s.name);
  assert.deepEqual(lacking, [], "exports without a JSDoc @example");
});

Deno.test("docs: deno publish --dry-run passes, with license, README and no tests", async () => {
  await requireCli();
  assert.equal(config.license, "MIT");
  assert.equal(config.exports?.["."], "./mod.ts");
  assert.equal(config.exports?.["./cli"], "./cli.ts");
  const r = await run(DENO, ["publish", "--dry-run", "--allow-dirty"], { cwd: ROOT });
  assertOk(r, "deno publish --dry-run");
  // deno-lint-ignore no-control-regex
  const out = (r.stdout + r.stderr).replace(/\x1b\[[0-9;]*m/g, "");
  // The computed imports that keep start-up fast are expected (lib/lazy.ts
  // says why): cli.ts's of a command's bundle, lib/'s, and their copies in
  // the bundles; they are relative, so they resolve on JSR as they do here.
  const expected =
    /warning\[unanalyzable-dynamic-import\][^\n]*\n[^\n]*(cli\.ts|lib\/(lazy|cli\/load)\.ts|bundle\/\w+\.js):\d+:\d+/g;
  const files = new Set([...out.matchAll(expected)].map((m) => m[1]));
  assert.ok(files.has("lib/lazy.ts") && files.has("lib/cli/load.ts"), out);
  assert.ok(files.has("bundle/cli_main.js") && files.has("cli.ts"), out);
  const rest = out.replace(expected, "");
  assert.doesNotMatch(rest, /warning\[|error\[|\bwarning:/i, "publish reported problems");
  for (
    const f of ["LICENSE", "README.md", "mod.ts", "cli.ts", "lib/create.ts", "bundle/cli_main.js"]
  ) {
    assert.ok(out.includes(`/${f} `), `${f} is not published`);
  }
  assert.doesNotMatch(out, /\/tests\//, "tests would be published");
});

/** One `jwk create` command shown in the README, as argv for a Deno child. */
interface Shown {
  line: string;
  args: string[];
  pub: string;
  priv: string;
}

/** The README's create commands that run from a checkout, as argv. */
function shownCommands(): Shown[] {
  const create = task("create");
  assert.deepEqual(create.slice(0, 2), ["deno", "run"]);
  const out: Shown[] = [];
  for (const { info, body } of fencedBlocks(readme)) {
    if (info !== "sh") continue;
    const lines = body.replace(/\\\n\s*/g, "").split("\n").map((l) => l.trim());
    for (const line of lines) {
      const words = line.split(/\s+/);
      let args: string[] | undefined;
      if (line.startsWith("jwk create ") || line.startsWith("deno task create ")) {
        const rest = words.slice(line.startsWith("jwk") ? 2 : 3);
        args = [...create.slice(1).map((w) => w === "cli.ts" ? join(ROOT, "cli.ts") : w), ...rest];
      } else if (/^(npx -y deno@[\d.]+ |deno )run .* cli\.ts create /.test(line)) {
        const at = words.indexOf("run");
        // Run in the checkout as the README says: cli.ts, and bundle/ in a
        // grant, are the checkout's.
        args = words.slice(at).map((w) =>
          w === "cli.ts"
            ? join(ROOT, "cli.ts")
            : w.startsWith("--allow-read=")
            ? w.replace(/(?<=[=,])bundle(?=,|$)/, join(ROOT, "bundle"))
            : w
        );
      }
      if (!args) continue;
      const files = args.slice(args.indexOf("create") + 1).filter((w) => !w.startsWith("-"));
      out.push({ line, args, pub: files[0], priv: files[1] });
    }
  }
  return out;
}

/** What each README example's comment promises, by its public file. */
const PROMISES: Record<string, Record<string, unknown>> = {
  "jwk.pub.json": { kty: "EC", crv: "P-256", alg: "ES256", use: "sig" },
  "rsa.pub.json": { kty: "RSA", alg: "RS256", bits: 2048 },
  "oct.pub.json": { kty: "oct", alg: "HS256", bytes: 32 },
  "ed.pub.json": { kty: "OKP", crv: "Ed25519", alg: "EdDSA" },
  "pem.pub.json": { kty: "EC", crv: "P-256", kid: "prXwnMfrOcCDs-d_T02mMYiqGsonDqR14sdn_dEK17Y" },
  "rsa-enc.pub.json": { kty: "RSA", alg: "RSA-OAEP-256", use: "enc", bits: 4096 },
  "kw.pub.json": { kty: "oct", alg: "A192GCMKW", use: "enc", bytes: 24 },
  "x.pub.json": { kty: "OKP", crv: "X25519", alg: "ECDH-ES", use: "enc" },
  "k1.pub.json": { kty: "EC", crv: "secp256k1", alg: "ES256K", use: "sig" },
  "ed448.pub.json": { kty: "OKP", crv: "Ed448", alg: "EdDSA", use: "sig" },
  "x448.pub.json": { kty: "OKP", crv: "X448", alg: "ECDH-ES", use: "enc" },
  "mldsa.pub.json": { kty: "AKP", alg: "ML-DSA-87", use: "sig" },
  "ci.pub.json": { kty: "EC", crv: "P-384", alg: "ES384" },
  "plain.pub.json": { kty: "OKP", plain: true },
  "api.pub.json": { kty: "EC", alg: "ES256", use: "sig" },
  "ed448c.pub.json": { kty: "OKP", crv: "Ed448", alg: "EdDSA", use: "sig" },
  "pub.json": { kty: "OKP" },
  "keys/pub.json": { kty: "EC" },
  "next.pub.json": { kty: "EC", crv: "P-256", alg: "ES256" },
  "key.pub.json": { kty: "EC", crv: "P-256", alg: "ES256" }, // the jwk format section's key
};

Deno.test("docs: every jwk create command in README.md works as its comment says", async (t) => {
  await requireCli();
  const shown = shownCommands();
  // The spec's seven examples, our three, and the quick start and install lines.
  assert.ok(shown.length >= 12, `only ${shown.length} create commands found in README.md`);
  const pem = await Deno.readTextFile(join(ROOT, "tests", "fixtures", "ship", "key.pem"));
  const results = await Promise.all(shown.map(async (cmd) => {
    // Each command in its own empty folder, as a newcomer would run it.
    const [dir, cleanup] = await tempDir("readme");
    try {
      await Deno.writeTextFile(join(dir, "pw.txt"), "readme example password\n");
      await Deno.writeTextFile(join(dir, "key.pem"), pem);
      await Deno.mkdir(join(dir, "keys"));
      const args = [...cmd.args];
      const plain = args.includes("--no-password");
      // A terminal would be asked for the password; here it comes from a file.
      if (!plain && !args.includes("--password-file")) args.push("--password-file", "pw.txt");
      const r = await run(DENO, args, { cwd: dir });
      if (r.code !== 0) return { cmd, error: `exit ${r.code}: ${r.stderr}` };
      const keys = await checkKeyPair(
        join(dir, cmd.pub),
        join(dir, cmd.priv),
        plain ? undefined : "readme example password",
      );
      return { cmd, keys, stderr: r.stderr };
    } catch (e) {
      return { cmd, error: String(e) };
    } finally {
      await cleanup();
    }
  }));
  for (const result of results) {
    await t.step(result.cmd.line, () => {
      assert.equal(result.error, undefined, result.error);
      const { publicJwk } = result.keys!;
      const promise = PROMISES[result.cmd.pub];
      assert.ok(promise, `no expectation written for ${result.cmd.pub}`);
      for (const [member, value] of Object.entries(promise)) {
        if (member === "bits") {
          const n = atob(publicJwk.n!.replace(/-/g, "+").replace(/_/g, "/"));
          assert.equal(n.length * 8, value, "RSA modulus size");
        } else if (member === "bytes") {
          const k = atob(publicJwk.k!.replace(/-/g, "+").replace(/_/g, "/"));
          assert.equal(k.length, value, "oct key size");
        } else if (member !== "plain") {
          assert.equal((publicJwk as Record<string, unknown>)[member], value, member);
        }
      }
      if (publicJwk.kty === "oct") assert.match(result.stderr!, /secret/i, "no oct warning");
    });
  }
});

Deno.test("docs: the README's flags are the CLI's flags", async () => {
  await requireCli();
  const table = readme.slice(readme.indexOf("| Flag"), readme.indexOf("Default algorithms"));
  const flags = new Set(table.match(/(?<![\w-])--?[a-z][a-z-]*/g));
  assert.ok(flags.size >= 18, `flag table not found in README.md (${[...flags]})`);
  let help = "";
  for (const args of [["create", "--help"], ["--help"]]) {
    const r = await run(DENO, ["run", "--allow-read", join(ROOT, "cli.ts"), ...args], {
      cwd: ROOT,
    });
    if (r.code === 0) help += r.stdout + r.stderr;
  }
  assert.ok(help.length > 0, "cli.ts --help failed");
  const missing = [...flags].filter((f) => !new RegExp(`(?<![\\w-])${f}(?![\\w-])`).test(help));
  assert.deepEqual(missing, [], "flags in README.md that --help does not know");
});

Deno.test("docs: README.md names every Debian package CI installs", async () => {
  const ci = await Deno.readTextFile(join(ROOT, ".ci", "run"));
  const line = ci.match(/^packages="([^"]+)"/m);
  assert.ok(line, ".ci/run lists no packages");
  for (const pkg of line[1].split(/\s+/)) {
    assert.match(readme, new RegExp(`apt-get install[^\\n]*\\s${pkg}(\\s|$)`, "m"), pkg);
  }
});

Deno.test("docs: shipped text names no machine-local paths", async () => {
  const files = ["README.md", "mod.ts", "deno.json"];
  for (const dir of ["lib", "tests", "bundle"]) {
    for await (const e of Deno.readDir(join(ROOT, dir))) {
      if (e.isFile && (dir !== "tests" || e.name.startsWith("ship_"))) {
        files.push(`${dir}/${e.name}`);
      }
    }
  }
  for (const file of files) {
    const text = await Deno.readTextFile(join(ROOT, file));
    assert.doesNotMatch(text, /\/work\/|\/root\/|\/home\/\w+/, `${file} names a local path`);
    // Where npm's cache lies differs between machines; the build writes npm:name@version.
    assert.doesNotMatch(text, /registry\.npmjs\.org\//, `${file} names npm's cache folder`);
  }
});
