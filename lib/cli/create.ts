/**
 * `jwk create <public-jwk-file> <private-jwk-file>`, like `step crypto jwk
 * create`. This module only declares the command (its flags, create_flags.ts);
 * the work is in create_run.ts and the manual in create_help.ts, each loaded
 * only when needed.
 * @module
 */
import type { Command } from "./command.ts";
import { CREATE_FLAGS } from "./create_flags.ts";

/** `jwk create`, for cli.ts. */
export const command: Command = {
  flags: CREATE_FLAGS,
  manual: async (version) => (await import("./create_help.ts")).createHelp(version),
  async run(_parsed, argv) {
    await (await import("./create_run.ts")).runCreate(argv);
  },
};
