/**
 * Guards of the start-up work (bench/RESULTS.md): Deno loads every literal
 * import of a program before its first line runs, so the command line's
 * start-up graph must stay the dispatcher alone, and the modules loaded later
 * must be loaded through computed specifiers that point at real files.
 * @module
 */
import assert from "node:assert/strict";
import { codeGraph, interfaceNames } from "../scripts/build_cli.ts";
import { LITERAL_IMPORTS } from "../lib/lazy_literal.ts";

const ROOT = new URL("../", import.meta.url);
/** `import("./x.ts")`, not in a type (`typeof import(...)` is never loaded). */
const LITERAL_LOCAL_IMPORT = /(?<!typeof )import\(\s*["'`]\.\.?\//;

/** The modules `deno run` loads before `root` runs: those of the checkout (relative), and npm's. */
async function graph(root: string): Promise<{ local: string[]; npm: string[] }> {
  const seen = await codeGraph(root);
  const local = seen.filter((s) => s.startsWith(ROOT.href)).map((s) => s.slice(ROOT.href.length))
    .sort();
  const npm = seen.filter((s) => s.startsWith("npm:"));
  return { local, npm };
}

Deno.test("start-up: cli.ts's module graph is cli.ts alone: it loads one bundle when it runs", async () => {
  const { local, npm } = await graph("cli.ts");
  assert.deepEqual(npm, [], "npm packages in the start-up graph");
  assert.deepEqual(local, ["cli.ts"]);
});

Deno.test("start-up: every bundle is one module; only the PEM helpers' bundle imports npm", async () => {
  for await (const e of Deno.readDir(new URL("bundle/", ROOT))) {
    if (!e.name.endsWith(".js") || e.name === "all.js") continue;
    const { local, npm } = await graph(`bundle/${e.name}`);
    assert.deepEqual(local, [`bundle/${e.name}`], `${e.name} loads other modules at start-up`);
    if (e.name !== "pem_deps.js") assert.deepEqual(npm, [], `${e.name}: npm packages`);
  }
});

Deno.test("start-up: the bundles of thumbprint and public hold neither the PEM reader nor jose", async () => {
  for (const cmd of ["thumbprint", "public"]) {
    const code = await Deno.readTextFile(new URL(`bundle/cli_${cmd}.js`, ROOT));
    const modules = [...code.matchAll(/^\/\/ (\S+)$/gm)].map((m) => m[1]);
    assert.ok(modules.includes("lib/key_input.ts"), `${cmd}: ${modules.join(" ")}`);
    assert.deepEqual(modules.filter((m) => /^lib\/(pem|x509|keygen)\/|npm:|^lib\/jwe/.test(m)), []);
  }
});

Deno.test("start-up: thumbprint and public of a JWK bring neither the PEM reader nor npm", async () => {
  for (const cmd of ["thumbprint", "public"]) {
    const { local, npm } = await graph(`lib/cli/${cmd}.ts`);
    assert.deepEqual(npm, [], `${cmd}: npm packages`);
    assert.deepEqual(local.filter((m) => /^lib\/(pem|x509|keygen)\//.test(m)), [], cmd);
    assert.ok(!local.includes("lib/jwe.ts"), `${cmd}: jose's JWE is in its graph`);
  }
});

Deno.test("start-up: no literal import() of a local module outside the literal lists", async () => {
  // A literal import("./x.ts") anywhere puts x.ts (and all it imports) back
  // into every run's start-up graph: lib/lazy.ts and lib/cli/load.ts instead.
  const allowed = new Set(["lib/lazy_literal.ts"]);
  const offenders: string[] = [];
  const walk = async (dir: string) => {
    for await (const e of Deno.readDir(new URL(dir, ROOT))) {
      const path = `${dir}${e.name}`;
      if (e.isDirectory) await walk(`${path}/`);
      else if (e.name.endsWith(".ts") && !allowed.has(path)) {
        const code = (await Deno.readTextFile(new URL(path, ROOT))).split("\n")
          .filter((l) => !/^\s*(\*|\/\/)/.test(l)).join("\n");
        if (LITERAL_LOCAL_IMPORT.test(code)) offenders.push(path);
      }
    }
  };
  await walk("lib/");
  for (const f of ["cli.ts", "mod.ts"]) {
    if (LITERAL_LOCAL_IMPORT.test(await Deno.readTextFile(new URL(f, ROOT)))) {
      offenders.push(f);
    }
  }
  assert.deepEqual(offenders, []);
});

Deno.test("start-up: every module named for a computed import is a file where it is looked for", async () => {
  // lib/lazy.ts resolves "./<name>" from lib/, lib/cli/load.ts from lib/cli/.
  for (const name of Object.keys(LITERAL_IMPORTS)) {
    assert.ok(Deno.statSync(new URL(`lib/${name}`, ROOT)).isFile, name);
  }
  for (const name of await interfaceNames("cli/load.ts", "CliModules")) {
    assert.ok(Deno.statSync(new URL(`lib/cli/${name}`, ROOT)).isFile, name);
  }
});
