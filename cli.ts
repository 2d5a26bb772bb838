/**
 * The `jwk` command line: `jwk <command> ...`, like `step crypto jwk`. `jwk
 * --help` lists the commands, `jwk CMD --help` is a command's manual.
 *
 * The dispatcher and the commands are written in `lib/cli/` (the dispatcher
 * is `lib/cli/main.ts`); what runs is their build in `bundle/` (`deno task
 * build`, scripts/build_cli.ts): the dispatcher, then only the bundle of the
 * command given. That is for start-up time: see bench/RESULTS.md.
 * @module
 */
// @ts-types="./lib/cli/main.ts"
import { main, VERSION } from "./bundle/cli_main.js";

export { main, VERSION };

if (import.meta.main) Deno.exit(await main(Deno.args));
