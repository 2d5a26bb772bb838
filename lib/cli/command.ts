/**
 * The shape every command module of the CLI has: its flags (defined once),
 * its manual, and its run function. `cli.ts` parses the flags, prints the
 * manual on --help, and otherwise runs the command.
 * @module
 */
import type { FlagSpec, ParsedFlags } from "./flags.ts";

/** One `jwk` command, e.g. `create` or `keyset`. */
export interface Command {
  /** Every flag the command takes, `--help` included. */
  flags: readonly FlagSpec[];
  /**
   * The command's manual, for `jwk CMD --help`. It may be a promise: a
   * command loads its manual's text only when it is asked for.
   */
  manual(version: string): string | Promise<string>;
  /** Words that may follow the command word (keyset's add, remove, ...), for completion. */
  subcommands?: readonly string[];
  /** The only words the command's argument may be (completion's shells), for completion. */
  words?: readonly string[];
  /** Runs the command; failures are thrown as CliError or JwkError. */
  run(args: ParsedFlags, argv: readonly string[]): Promise<void>;
}
