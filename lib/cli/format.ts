/**
 * `jwk format [FILE|-]`: converts a key between JWK, PEM, DER and OpenSSH.
 * This module only declares the command (its flags); the work is in
 * format_run.ts and the manual in format_help.ts's formatHelp, loaded only
 * when needed.
 * @module
 */
import type { Command } from "./command.ts";
import { FORMAT_FLAGS } from "./format_help.ts";

/** `jwk format`, for cli.ts. */
export const command: Command = {
  flags: FORMAT_FLAGS,
  manual: async (version) => (await import("./format_help.ts")).formatHelp(version),
  async run(parsed) {
    await (await import("./format_run.ts")).runFormat(parsed);
  },
};
