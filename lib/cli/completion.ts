/**
 * `jwk completion bash|zsh|fish`: prints a completion script for the shell,
 * built from the command list and every command's own flag definitions.
 * @module
 */
import { COMPLETION_SHELLS, type CompletionCommand, completionScript } from "../completion.ts";
import type { Command } from "./command.ts";
import { COMMANDS } from "./commands.ts";
import { CliError } from "./errors.ts";
import { closest, type FlagSpec, HELP_FLAG } from "./flags.ts";
import { loadCli } from "./load.ts";

/**
 * Subcommands of commands whose module does not list them (`subcommands`),
 * the one place to add them by hand.
 */
const SUBCOMMANDS: Readonly<Record<string, readonly string[]>> = {
  keyset: ["add", "remove", "list", "find"],
};

/** Every flag of `jwk completion`. */
export const COMPLETION_FLAGS: readonly FlagSpec[] = [HELP_FLAG];

/** Every command, as the completion script generator needs it. */
async function describeCommands(self: Command): Promise<CompletionCommand[]> {
  // This command's own module is the one running: no need to load it again.
  // Others give their flags alone when their module holds much more. All are
  // asked for at once: one after the other, each waits for Deno's loader.
  const specs = await Promise.all(
    COMMANDS.map((entry) => entry.name === "completion" ? self : (entry.spec ?? entry.load)()),
  );
  return COMMANDS.map((entry, i): CompletionCommand => ({
    name: entry.name,
    summary: entry.summary,
    flags: specs[i].flags,
    subcommands: specs[i].subcommands ?? SUBCOMMANDS[entry.name],
    words: specs[i].words,
  }));
}

/** The manual of `jwk completion`. */
export async function completionHelp(version: string): Promise<string> {
  // The flag table's formatter loads only for --help.
  const { flagLines, manualEnd } = await loadCli("help.ts");
  return [
    `jwk completion ${version} - print a shell completion script`,
    "",
    "USAGE",
    "  jwk completion bash|zsh|fish",
    "",
    "  Prints a script that completes jwk's commands, their flags, the values of",
    "  flags that take one of a few (--kty, --crv, --alg, --use, --hash ...), and",
    "  file names, for the shell named.",
    "",
    "FLAGS",
    ...flagLines(COMPLETION_FLAGS),
    "INSTALL",
    "  bash (now, and in every new shell):",
    "    source <(jwk completion bash)",
    "    jwk completion bash > ~/.local/share/bash-completion/completions/jwk",
    "",
    "  zsh (a folder of your $fpath, before compinit runs):",
    '    jwk completion zsh > "${fpath[1]}/_jwk"',
    "  or, after compinit in ~/.zshrc:",
    "    source <(jwk completion zsh)",
    "",
    "  fish:",
    "    jwk completion fish > ~/.config/fish/completions/jwk.fish",
    "",
    ...manualEnd(
      ["None of its own."],
      ["0 on success, 1 on any error."],
    ),
  ].join("\n");
}

/** `jwk completion`, for cli.ts. */
export const command: Command = {
  flags: COMPLETION_FLAGS,
  manual: completionHelp,
  words: COMPLETION_SHELLS,
  async run(parsed) {
    const [shell, extra] = parsed.positionals;
    if (shell === undefined) {
      throw new CliError(`completion needs a shell: jwk completion ${COMPLETION_SHELLS.join("|")}`);
    }
    if (extra !== undefined) {
      throw new CliError(`completion takes one shell: unexpected '${extra}'`);
    }
    const known = COMPLETION_SHELLS.find((s) => s === shell);
    if (known === undefined) {
      const hint = closest(shell, COMPLETION_SHELLS);
      throw new CliError(
        `no completion for shell '${shell}': ` +
          (hint ? `did you mean '${hint}'?` : `use one of ${COMPLETION_SHELLS.join(", ")}`),
      );
    }
    const script = completionScript(known, {
      program: "jwk",
      commands: await describeCommands(command),
    });
    console.log(script.trimEnd());
  },
};
