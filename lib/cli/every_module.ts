/**
 * Literal imports of every module the command line may load when a command
 * runs (`loadCli`, and the library's `loadModule` through lazy_literal.ts),
 * for the tools that follow only literal imports: `deno cache` (to pin every
 * module in a lock file before a `--frozen` run) and `deno compile
 * --include`. The command line itself never imports this module.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CLI_IMPORTS } from "./every_module.ts";
 * assert.ok("thumbprint.ts" in CLI_IMPORTS);
 * ```
 * @module
 */
import type { CliModules } from "./load.ts";
import "../lazy_literal.ts";

/** A literal import for every name of `CliModules` (the type makes sure none is missing). */
export const CLI_IMPORTS: { [N in keyof CliModules]: () => Promise<CliModules[N]> } = {
  "../pem/read.ts": () => import("../pem/read.ts"),
  "../x509/name.ts": () => import("../x509/name.ts"),
  "../x509/self_signed.ts": () => import("../x509/self_signed.ts"),
  "../x509/validity.ts": () => import("../x509/validity.ts"),
  "change_pass.ts": () => import("./change_pass.ts"),
  "change_pass_help.ts": () => import("./change_pass_help.ts"),
  "completion.ts": () => import("./completion.ts"),
  "create.ts": () => import("./create.ts"),
  "create_flags.ts": () => import("./create_flags.ts"),
  "create_help.ts": () => import("./create_help.ts"),
  "create_jwks.ts": () => import("./create_jwks.ts"),
  "files.ts": () => import("./files.ts"),
  "format.ts": () => import("./format.ts"),
  "format_help.ts": () => import("./format_help.ts"),
  "help.ts": () => import("./help.ts"),
  "key_flags.ts": () => import("./key_flags.ts"),
  "keyset.ts": () => import("./keyset.ts"),
  "keyset_help.ts": () => import("./keyset_help.ts"),
  "lock.ts": () => import("./lock.ts"),
  "paths.ts": () => import("./paths.ts"),
  "progress.ts": () => import("./progress.ts"),
  "prompt.ts": () => import("./prompt.ts"),
  "public.ts": () => import("./public.ts"),
  "thumbprint.ts": () => import("./thumbprint.ts"),
};
