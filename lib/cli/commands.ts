/**
 * The list of `jwk` commands: name, one-line summary, and how to load the
 * module. Modules are loaded only when their command runs, so a command pays
 * only for what it uses at start-up. They are loaded through `loadCli`
 * (computed specifiers, which Deno does not load ahead); in a build of the
 * command line (`bundle/`), each is a bundle of its own.
 * @module
 */
import type { Command } from "./command.ts";
import { loadCli } from "./load.ts";

/** An entry of the command list. */
export interface CommandEntry {
  /** The command word, e.g. "create". */
  name: string;
  /** One line for `jwk --help`. */
  summary: string;
  /** Loads the command's module. */
  load(): Promise<Command>;
  /**
   * Loads only what `jwk completion` needs (flags, subcommands, words), for a
   * command whose module brings much more; without it, completion loads the
   * command.
   */
  spec?(): Promise<CommandSpec>;
}

/** What `jwk completion` needs of a command. */
export type CommandSpec = Pick<Command, "flags" | "subcommands" | "words">;

/** Every command, in the order `jwk --help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: "create",
    summary: "create a JWK pair (public file, encrypted private file), like step",
    load: async () => (await loadCli("create.ts")).command,
    spec: async () => ({ flags: (await loadCli("create_flags.ts")).CREATE_FLAGS }),
  },
  {
    name: "public",
    summary: "print the public JWK of a key (JWK, encrypted JWK, PEM, DER, OpenSSH)",
    load: async () => (await loadCli("public.ts")).command,
    spec: async () => ({ flags: (await loadCli("key_flags.ts")).PUBLIC_FLAGS }),
  },
  {
    name: "thumbprint",
    summary: "print the RFC 7638 thumbprint of a key (or its RFC 9278 URI with --uri)",
    load: async () => (await loadCli("thumbprint.ts")).command,
    spec: async () => ({ flags: (await loadCli("key_flags.ts")).THUMBPRINT_FLAGS }),
  },
  {
    name: "keyset",
    summary: "add, remove, list and find keys in a JWK Set (the file a server publishes)",
    load: async () => (await loadCli("keyset.ts")).command,
    spec: async () => ({ flags: (await loadCli("keyset_help.ts")).KEYSET_FLAGS }),
  },
  {
    name: "format",
    summary: "convert a key between JWK, PEM, DER and OpenSSH (encrypted when private)",
    load: async () => (await loadCli("format.ts")).command,
    spec: async () => ({ flags: (await loadCli("format_help.ts")).FORMAT_FLAGS }),
  },
  {
    name: "change-pass",
    summary: "re-encrypt a private key file (JWK, PKCS#8, OpenSSH) with a new password",
    load: async () => (await loadCli("change_pass.ts")).command,
    spec: async () => ({ flags: (await loadCli("change_pass_help.ts")).CHANGE_PASS_FLAGS }),
  },
  {
    name: "completion",
    summary: "print a shell completion script: jwk completion bash|zsh|fish",
    load: async () => (await loadCli("completion.ts")).command,
  },
];
