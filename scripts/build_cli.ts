/**
 * Builds the command line as it runs: `bundle/`, made from `lib/` by `deno
 * bundle`: one JavaScript file per command, holding the dispatcher too (cli.ts
 * picks it by the command's name), one for the dispatcher alone (help,
 * version, a mistyped word), one per module the commands load only sometimes
 * (manuals, prompts, the spinner, --jwks), and one per part of the library
 * loaded on demand (the PEM reader, JWE, key generators...).
 *
 * Why: a run of `jwk thumbprint` from the sources loads some 20 modules, and
 * V8 compiles each function the first time it is called, on every run (Deno
 * keeps a compiled copy only of what was compiled before the module ran).
 * Both cost more than the work itself (bench/RESULTS.md). A bundle is one
 * module per part, and its functions are written so that V8 compiles them
 * with the module, into Deno's code cache: `function f() {}` becomes
 * `var f = (function f() {})`, which V8 compiles eagerly.
 *
 * `deno task build` writes `bundle/`; `--out DIR` writes elsewhere (the test
 * that `bundle/` is up to date compares the two). Change `lib/`, then build.
 * @module
 */

const ROOT = new URL("../", import.meta.url);
const LIB = new URL("lib/", ROOT);

/**
 * CommonJS packages: esbuild could inline them only through `node:module`'s
 * require, which makes Deno load its whole Node layer at start-up (25 ms).
 * They stay imports of the bundle that needs them (the PEM reader's helpers).
 */
const EXTERNAL = ["npm:bcrypt-pbkdf@1.0.2", "npm:des.js@1.1.0"];

/** A module of lib/, by its path from lib/ ("cli/main.ts", "pem/read.ts"). */
type LibPath = string;

/** The bundle file of a part: "pem/read.ts" -> "pem_read.js". */
function bundleName(part: LibPath): string {
  return part.replace(/\.ts$/, ".js").replaceAll("/", "_");
}

/**
 * What `deno run` loads before the module at `path` (a path in the checkout)
 * runs: the specifiers of the closure of its code imports (static, and
 * literal dynamic ones), without the type-only ones that `deno info` also
 * lists. The tests check start-up graphs with it too.
 */
export async function codeGraph(path: string): Promise<string[]> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["info", "--json", new URL(path, ROOT).pathname],
    cwd: ROOT.pathname,
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (!out.success) throw new Error(`deno info ${path}: ${new TextDecoder().decode(out.stderr)}`);
  const info = JSON.parse(new TextDecoder().decode(out.stdout)) as {
    roots: string[];
    modules: { specifier: string; dependencies?: { code?: { specifier: string } }[] }[];
  };
  const bySpecifier = new Map(info.modules.map((m) => [m.specifier, m]));
  const seen = new Set<string>();
  const todo = [...info.roots];
  while (todo.length > 0) {
    const s = todo.pop()!;
    if (seen.has(s)) continue;
    seen.add(s);
    for (const d of bySpecifier.get(s)?.dependencies ?? []) if (d.code) todo.push(d.code.specifier);
  }
  return [...seen];
}

const graphs = new Map<LibPath, LibPath[]>();

/** The modules of lib/ that `part` loads before it runs (its static imports, closed). */
async function staticGraph(part: LibPath): Promise<LibPath[]> {
  const known = graphs.get(part);
  if (known) return known;
  const graph = (await codeGraph(`lib/${part}`)).filter((s) => s.startsWith(LIB.href))
    .map((s) => s.slice(LIB.href.length));
  graphs.set(part, graph);
  return graph;
}

const loads = new Map<LibPath, { cli: string[]; lib: string[] }>();

/** The names a module passes to loadCli and loadModule (always string literals). */
async function loaded(part: LibPath): Promise<{ cli: string[]; lib: string[] }> {
  const known = loads.get(part);
  if (known) return known;
  const text = await Deno.readTextFile(new URL(part, LIB));
  const names = (re: RegExp) => [...text.matchAll(re)].map((m) => m[1]);
  const found = { cli: names(/\bloadCli\("([^"]+)"\)/g), lib: names(/\bloadModule\("([^"]+)"\)/g) };
  loads.set(part, found);
  return found;
}

/** loadCli's name -> the module's path from lib/ ("help.ts" -> "cli/help.ts"). */
function cliPath(name: string): LibPath {
  return name.startsWith("../") ? name.slice(3) : `cli/${name}`;
}

/**
 * The modules of the commands, from the dispatcher's list (commands.ts): each
 * one's bundle holds the dispatcher too, so that a command runs from one file
 * that cli.ts picks by the command's name.
 */
export async function commandModules(): Promise<{ name: string; part: LibPath }[]> {
  const text = await Deno.readTextFile(new URL("cli/commands.ts", LIB));
  return [
    ...text.matchAll(/name: "([^"]+)",[^]*?load: async \(\) => \(await loadCli\("([^"]+)"\)\)/g),
  ]
    .map((m) => ({ name: m[1], part: cliPath(m[2]) }));
}

/** Every name of the CliModules and LazyModules interfaces (load.ts, lazy.ts). */
export async function interfaceNames(file: string, iface: string): Promise<string[]> {
  const text = await Deno.readTextFile(new URL(file, LIB));
  const body = text.slice(text.indexOf(`export interface ${iface} {`));
  return [...body.slice(0, body.indexOf("\n}")).matchAll(/^\s+"([^"]+)": typeof import/gm)]
    .map((m) => m[1]);
}

/** What one bundle holds and how its loaders resolve. */
interface Plan {
  part: LibPath;
  /** loadCli names inlined in this bundle. */
  inline: Set<string>;
  /** loadModule names inlined in this bundle (from {@link INLINE_LIB}). */
  inlineLib: Set<string>;
  /** A command's bundle: the dispatcher is in it too, and cli.ts runs it. */
  withMain: boolean;
}

/**
 * Parts of the library loaded on demand that are small and on the common
 * paths: inlined in each bundle that reaches them, so that no second file is
 * loaded (key_match.ts: every private JWK read checks its key pair).
 */
const INLINE_LIB = new Set(["key_match.ts"]);

/**
 * Modules of the command line loaded with loadCli that are inlined in each
 * bundle that reaches them: the file writers, which every command that
 * writes needs at once. Every other loadCli module (a command, a manual, the
 * prompts, the spinner, --jwks) is used only sometimes: a bundle of its own,
 * so that the bundles that may need it do not carry it.
 */
const INLINE_CLI = new Set(["files.ts", "paths.ts", "lock.ts"]);

/**
 * The parts that are bundles of their own: the dispatcher, every module
 * loaded with loadCli but those of {@link INLINE_CLI}, and every module the
 * library loads on demand but those of {@link INLINE_LIB}. Everything else a
 * part reaches is inlined in its bundle.
 */
function parts(cliNames: string[], libNames: string[]): LibPath[] {
  const own = new Set<LibPath>(["cli/main.ts"]);
  for (const name of cliNames) if (!INLINE_CLI.has(name)) own.add(cliPath(name));
  for (const name of libNames) if (!INLINE_LIB.has(name)) own.add(name);
  return [...own].sort();
}

/**
 * What a part's bundle inlines: the loadCli modules already among its static
 * imports or in {@link INLINE_CLI}, the loadModule ones in
 * {@link INLINE_LIB}, and all that those import.
 */
async function plan(part: LibPath, own: Set<LibPath>, commands: LibPath[]): Promise<Plan> {
  const inline = new Set<string>();
  const inlineLib = new Set<string>();
  const withMain = commands.includes(part);
  const modules = new Set([
    ...await staticGraph(part),
    ...withMain ? await staticGraph("cli/main.ts") : [],
  ]);
  const todo = [...modules];
  const add = async (path: LibPath) => {
    for (const d of await staticGraph(path)) if (!modules.has(d)) modules.add(d), todo.push(d);
  };
  while (todo.length > 0) {
    const m = todo.pop()!;
    const names = await loaded(m);
    for (const name of names.cli) {
      if ((own.has(cliPath(name)) && !modules.has(cliPath(name))) || inline.has(name)) continue;
      inline.add(name);
      await add(cliPath(name));
    }
    for (const name of names.lib) {
      if (!INLINE_LIB.has(name) || inlineLib.has(name) || name === part) continue;
      inlineLib.add(name);
      await add(name);
    }
  }
  return { part, inline, inlineLib, withMain };
}

/** The entry module `deno bundle` reads for a part: its loaders, then the part. */
function entry(p: Plan, own: Set<LibPath>, cliNames: string[], libNames: string[]): string {
  const lib = (path: LibPath) => JSON.stringify(`../../lib/${path}`);
  const cli = cliNames.map((name) => {
    const path = cliPath(name);
    const load = p.inline.has(name)
      ? `() => import(${lib(path)})`
      : own.has(path)
      ? `() => bundle(${JSON.stringify(bundleName(path))})`
      : `() => missing(${JSON.stringify(name)})`;
    return `  ${JSON.stringify(name)}: ${load},`;
  });
  const lazy = libNames.map((name) =>
    `  ${JSON.stringify(name)}: ${
      p.inlineLib.has(name)
        ? `() => import(${lib(name)})`
        : `() => bundle(${JSON.stringify(bundleName(name))})`
    },`
  );
  return [
    `import { loadCode, useCliImports } from ${lib("cli/load.ts")};`,
    `import { useLiteralImports } from ${lib("lazy.ts")};`,
    // Relative, resolved against this bundle; through a variable, so that
    // esbuild leaves it alone (it bundles "./" + x as a glob of files).
    `const bundle = (file) => {\n  const specifier = "./" + file;\n  return loadCode(() => import(specifier));\n};`,
    `const missing = (name) => Promise.reject(new Error(${
      JSON.stringify(`${p.part} was bundled without `)
    } + name + ": run deno task build"));`,
    `useCliImports({\n${cli.join("\n")}\n}, import.meta.url);`,
    `useLiteralImports({\n${lazy.join("\n")}\n});`,
    `export * from ${lib(p.part)};`,
    ...p.withMain ? [`export { main, VERSION } from ${lib("cli/main.ts")};`] : [],
    "",
  ].join("\n");
}

/**
 * Makes V8 compile our functions with the module, so that Deno's code cache
 * holds them: each top-level `function f(` of lib/ becomes `var f =
 * (function f(`, which V8 compiles eagerly, and a module body `"lib/x.ts"()
 * {` a parenthesized function. The functions move to the top of the bundle,
 * before any other statement: defined before anything runs, as hoisted
 * declarations were. npm packages are left as they are.
 */
export function compileEagerly(code: string): string {
  const lines = code.split("\n");
  const head: string[] = [];
  const hoisted: string[] = [];
  const rest: string[] = [];
  let ours = false;
  let sections = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith("// ")) {
      ours = /^\/\/ (lib|\.tmp)\//.test(line);
      sections = true;
    }
    const out = sections ? rest : head;
    const fn = ours && /^(async )?function\*? ([\w$]+)\(/.exec(line);
    const body = ours && /^ {2}("lib\/[^"]+")\(\) \{$/.exec(line);
    if (fn) {
      const end = line.endsWith("}") ? i : lines.indexOf("}", i);
      if (end < 0) throw new Error(`no end for function ${fn[2]}`);
      hoisted.push(`var ${fn[2]} = (${line}`, ...lines.slice(i + 1, end + 1));
      hoisted[hoisted.length - 1] += ");";
      i = end;
    } else if (body) {
      const end = lines.indexOf("  }", i);
      if (end < 0 || lines[end + 1] !== "});") throw new Error(`no end for module ${body[1]}`);
      out.push(`  ${body[1]}: (function() {`, ...lines.slice(i + 1, end), "  })");
      i = end;
    } else {
      out.push(line);
    }
  }
  return [...head, ...hoisted, ...rest].join("\n");
}

/**
 * deno.json, which esbuild inlines whole for the dispatcher's VERSION, cut
 * down to its version: an edit of a task or an import then leaves the
 * bundles as they are.
 */
function versionOnly(code: string, version: string): string {
  return code.replace(
    /^(\/\/ deno\.json\nvar (deno_default\d*) = )\{\n[\s\S]*?\n\};$/m,
    (_, head) => `${head}{ version: ${JSON.stringify(version)} };`,
  );
}

/**
 * Paths that depend on the machine: where npm's cache folder lies, relative to
 * the checkout. esbuild writes them in its comments and as the names of its
 * lazily run npm modules (`"../../x/npm/registry.npmjs.org/@noble/hashes/2.4.0/sha2.js"()`),
 * so a checkout or cache elsewhere would build other bytes.
 */
function machineNeutral(code: string): string {
  return code.replace(
    /(^\/\/ |")(?:\.\.\/)*[^\n"]*?\/npm\/registry\.npmjs\.org\/((?:@[^/\n"]+\/)?[^/\n"]+)\/([^/\n"]+)\//gm,
    "$1npm:$2@$3/",
  );
}

/** Builds every bundle into `outDir` (a path); returns the file names written. */
export async function buildCli(outDir: string): Promise<string[]> {
  const cliNames = await interfaceNames("cli/load.ts", "CliModules");
  const libNames = await interfaceNames("lazy.ts", "LazyModules");
  const own = new Set(parts(cliNames, libNames));
  const { version } = JSON.parse(await Deno.readTextFile(new URL("deno.json", ROOT)));
  const work = new URL(".tmp/bundle-entries/", ROOT);
  await Deno.mkdir(work, { recursive: true });
  await Deno.mkdir(outDir, { recursive: true });
  const names: string[] = [];
  const commands = (await commandModules()).map((c) => c.part);
  for (const part of own) {
    const p = await plan(part, own, commands);
    const file = bundleName(part);
    const stub = new URL(file.replace(/\.js$/, ".ts"), work);
    await Deno.writeTextFile(stub, entry(p, own, cliNames, libNames));
    const raw = new URL(file, work);
    const out = await new Deno.Command(Deno.execPath(), {
      args: [
        "bundle",
        "--platform",
        "deno",
        ...EXTERNAL.flatMap((e) => ["--external", e]),
        "--output",
        raw.pathname,
        stub.pathname,
      ],
      cwd: ROOT.pathname,
      stdout: "piped",
      stderr: "piped",
    }).output();
    if (!out.success) {
      throw new Error(`deno bundle ${part}: ${new TextDecoder().decode(out.stderr)}`);
    }
    const code = versionOnly(machineNeutral(await Deno.readTextFile(raw)), version);
    if (/from "node:module"|__require\(/.test(code)) {
      throw new Error(`${file} needs node:module (a CommonJS package): add it to EXTERNAL`);
    }
    const header =
      `// Generated from lib/${part} by scripts/build_cli.ts: do not edit (deno task build).\n`;
    await Deno.writeTextFile(`${outDir}/${file}`, header + compileEagerly(code));
    names.push(file);
  }
  // Literal imports of every bundle, for the tools that follow only those:
  // `deno cache` (to lock every module before a --frozen run), `deno compile
  // --include`. Nothing imports it when the command line runs.
  const all = [
    "// Generated by scripts/build_cli.ts: do not edit (deno task build).",
    "// Every bundle, for deno cache and deno compile --include; never run.",
    "export const BUNDLES = {",
    ...names.sort().map((n) =>
      `  ${JSON.stringify(n)}: () => import(${JSON.stringify(`./${n}`)}),`
    ),
    "};",
    "",
  ].join("\n");
  await Deno.writeTextFile(`${outDir}/all.js`, all);
  names.push("all.js");
  for await (const e of Deno.readDir(outDir)) {
    if (e.isFile && e.name.endsWith(".js") && !names.includes(e.name)) {
      await Deno.remove(`${outDir}/${e.name}`);
    }
  }
  return names.sort();
}

if (import.meta.main) {
  const at = Deno.args.indexOf("--out");
  const outDir = at >= 0 ? Deno.args[at + 1] : new URL("bundle", ROOT).pathname;
  const names = await buildCli(outDir);
  console.log(`${names.length} bundles in ${outDir}`);
}
