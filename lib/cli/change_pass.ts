/**
 * `jwk change-pass FILE`: re-encrypts a private key file with a new password.
 * This module only declares the command (its flags); the work is in
 * change_pass_run.ts and the manual in change_pass_help.ts, each loaded only
 * when needed.
 * @module
 */
import { CHANGE_PASS_FLAGS } from "./change_pass_help.ts";
import type { Command } from "./command.ts";

/** `jwk change-pass`, for cli.ts. */
export const command: Command = {
  flags: CHANGE_PASS_FLAGS,
  manual: async (version) => (await import("./change_pass_help.ts")).changePassHelp(version),
  async run(parsed) {
    await (await import("./change_pass_run.ts")).changePass(parsed);
  },
};
