/**
 * How the command line loads its commands and the parts a command needs only
 * sometimes: with a computed specifier, so that Deno loads a module when it
 * is used, not all of them before the first line runs (see lib/lazy.ts; the
 * command line does not import lazy_literal.ts either). What runs is the
 * build of the command line (`bundle/`, scripts/build_cli.ts), whose bundles
 * tell this module how to load the others ({@link useCliImports}). Run from a
 * local checkout, Deno needs read permission on the code's folder for that;
 * `deno compile` and `deno cache` find every bundle through `bundle/all.js`.
 *
 * @example Where the command line's modules are, for a narrow --allow-read
 * ```ts
 * import assert from "node:assert/strict";
 * import { codePath } from "./load.ts";
 * assert.ok(codePath()?.endsWith("lib"));
 * ```
 * @module
 */
import { CliError } from "./errors.ts";

/** Every module loaded through {@link loadCli}, by its path from `lib/cli/`. */
export interface CliModules {
  "../pem/read.ts": typeof import("../pem/read.ts");
  "../x509/name.ts": typeof import("../x509/name.ts");
  "../x509/self_signed.ts": typeof import("../x509/self_signed.ts");
  "../x509/validity.ts": typeof import("../x509/validity.ts");
  "change_pass.ts": typeof import("./change_pass.ts");
  "change_pass_help.ts": typeof import("./change_pass_help.ts");
  "completion.ts": typeof import("./completion.ts");
  "create.ts": typeof import("./create.ts");
  "create_flags.ts": typeof import("./create_flags.ts");
  "create_help.ts": typeof import("./create_help.ts");
  "create_jwks.ts": typeof import("./create_jwks.ts");
  "files.ts": typeof import("./files.ts");
  "format.ts": typeof import("./format.ts");
  "format_help.ts": typeof import("./format_help.ts");
  "help.ts": typeof import("./help.ts");
  "key_flags.ts": typeof import("./key_flags.ts");
  "keyset.ts": typeof import("./keyset.ts");
  "keyset_help.ts": typeof import("./keyset_help.ts");
  "lock.ts": typeof import("./lock.ts");
  "paths.ts": typeof import("./paths.ts");
  "progress.ts": typeof import("./progress.ts");
  "prompt.ts": typeof import("./prompt.ts");
  "public.ts": typeof import("./public.ts");
  "thumbprint.ts": typeof import("./thumbprint.ts");
}

/** A loader for each module of {@link CliModules}. */
export type CliImports = { [N in keyof CliModules]: () => Promise<CliModules[N]> };

/** Set by a bundle of the command line: its loaders, and its own URL. */
let bundled: { imports: CliImports; url: string } | undefined;

/**
 * Makes {@link loadCli} use `imports`, and {@link codePath} name the folder
 * of `url`. Called first thing by each bundle of the command line
 * (`bundle/`, written by `scripts/build_cli.ts`) with its own URL; its
 * loaders either run a part bundled with it or load another bundle beside it.
 */
export function useCliImports(imports: CliImports, url: string): void {
  bundled = { imports, url };
}

/**
 * Runs `load`, an import of the command line's own code, and turns Deno's
 * refusal to read it into one line that names the folder to allow.
 */
export async function loadCode<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    // Deno says so with a TypeError whose text may change: ask it instead.
    const path = codePath();
    if (
      path !== undefined && Deno.permissions.querySync({ name: "read", path }).state !== "granted"
    ) {
      throw codeUnreadable(path);
    }
    throw e;
  }
}

/** Loads the module `name` (a path from `lib/cli/`) when it is needed. */
export function loadCli<N extends keyof CliModules>(name: N): Promise<CliModules[N]> {
  if (bundled) return bundled.imports[name]() as Promise<CliModules[N]>;
  // A computed specifier on purpose: a literal one is loaded at start-up.
  const specifier = name.startsWith("../") ? name : `./${name}`;
  return loadCode(() => import(specifier));
}

/**
 * Makes sure Deno lets the command line load its own modules. They are
 * loaded with computed specifiers, only when a command needs them
 * (loadCli), and Deno asks read permission for those when they are
 * local files: run from a checkout with a narrow --allow-read, `lib/` must be
 * in it. Checked once here, so that the answer is one clear line (or one
 * question on a terminal) instead of a question per module.
 */
export function ensureCodeReadable(): void {
  // Deno can ask only on a terminal. Elsewhere loading fails, and loadCode
  // says the same line: no query on every run (the first costs ~0.2 ms).
  if (!(Deno.stdin.isTerminal() && Deno.stderr.isTerminal())) return;
  const path = codePath();
  if (path === undefined) return; // from a URL: covered by --allow-import
  // A path, not a URL: Deno's first query with a URL costs half a millisecond.
  const want = { name: "read", path } as const;
  let state = Deno.permissions.querySync(want).state;
  if (state === "prompt") state = Deno.permissions.requestSync(want).state;
  if (state !== "granted") throw codeUnreadable(path);
}

/** The error for code Deno may not read. */
function codeUnreadable(path: string): CliError {
  return new CliError(
    `read access to ${path} is needed: jwk loads each command's code from there when it runs ` +
      `(add it to --allow-read, e.g. --allow-read=${path},FILE)`,
  );
}

/**
 * The folder of the command line's modules (`lib/`) as a path, when they are
 * local files (see ensureCodeReadable); undefined when run from a URL.
 */
export function codePath(): string | undefined {
  const lib = bundled ? new URL(".", bundled.url) : new URL("..", import.meta.url);
  if (lib.protocol !== "file:") return undefined;
  const path = decodeURIComponent(lib.pathname).replace(/\/$/, "");
  return Deno.build.os === "windows" ? path.slice(1).replaceAll("/", "\\") : path;
}
