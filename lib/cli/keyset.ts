/**
 * `jwk keyset add|remove|list|find`: keep a JWK Set file. This module only
 * declares the command (its flags and subcommands); the work is in
 * keyset_run.ts and the manual in keyset_help.ts's keysetHelp, loaded only
 * when needed.
 * @module
 */
import type { Command } from "./command.ts";
import { KEYSET_FLAGS } from "./keyset_help.ts";

/** `jwk keyset`, for cli.ts. */
export const command: Command = {
  flags: KEYSET_FLAGS,
  manual: async (version) => (await import("./keyset_help.ts")).keysetHelp(version),
  async run(parsed) {
    await (await import("./keyset_run.ts")).runKeyset(parsed);
  },
};
