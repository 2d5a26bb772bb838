/**
 * The manual `jwk completion --help` prints, loaded only then.
 * @module
 */
import { COMPLETION_FLAGS } from "./completion.ts";
import { flagLines } from "./help.ts";

/** The manual of `jwk completion`. */
export function completionHelp(version: string): string {
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
    "DENO PERMISSIONS",
    "  None.",
    "",
    "EXIT CODES",
    "  0 on success, 1 on any error.",
    "",
  ].join("\n");
}
