/**
 * `jwk public [FILE|-]`: prints the public JWK of a key (any input the tool
 * reads), as step's `step crypto jwk public` does. An oct key is refused: its
 * only "public" form is the secret itself.
 * @module
 */
import type { Command } from "./command.ts";
import { flagValue } from "./flags.ts";
import { loadCli } from "./load.ts";
import { PUBLIC_FLAGS } from "./key_flags.ts";
// Imported with the command, not when it runs: the command always needs it,
// and each computed import costs another run of Deno's module loader.
import { readKeyArgument } from "./key_source.ts";
import { publicJwkOf } from "../public.ts";
// A private JWK's pair check (validateJwk) loads this when it needs it;
// public is mostly given private keys, so it comes with the command.
import "../key_match.ts";

/** The manual of `jwk public`. */
export async function publicHelp(version: string): Promise<string> {
  // The flag table's formatter loads only for --help.
  const { flagLines, manualEnd } = await loadCli("help.ts");
  return [
    `jwk public ${version} - print the public JWK of a key`,
    "",
    "USAGE",
    "  jwk public [FILE | -] [--password-file FILE | -]",
    "",
    "  Reads a key and prints its public JWK on standard output (pretty-printed,",
    "  2 spaces). FILE may be a JWK (private or public), a private JWK encrypted",
    "  by jwk create or step, a PEM, DER or OpenSSH key or certificate, or a",
    "  PKCS#12 (.p12/.pfx) file; - or no FILE reads standard input. kid, alg, use, key_ops (mapped to the",
    "  public operations: sign -> verify, decrypt -> encrypt) and x5c are kept;",
    "  a key without kid gets its RFC 7638 thumbprint, as jwk create writes it.",
    "  A private key whose private members do not belong to its public members",
    "  is refused. An oct key is refused: it has no public part, and printing",
    "  it would print the secret.",
    "",
    "FLAGS",
    ...flagLines(PUBLIC_FLAGS),
    "EXAMPLES",
    "  The public key of a private JWK (asks for its password on a terminal):",
    "    jwk public jwk.json",
    "",
    "  From a PEM file, with the password in a file:",
    "    jwk public key.pem --password-file pw.txt",
    "",
    "  From standard input:",
    "    cat jwk.json | jwk public",
    "",
    ...manualEnd(
      ["Read on FILE and on --password-file; nothing for standard input."],
      ["0 on success, 1 on any error (nothing printed on standard output)."],
    ),
  ].join("\n");
}

/** `jwk public`, for cli.ts. */
export const command: Command = {
  flags: PUBLIC_FLAGS,
  manual: publicHelp,
  async run(parsed) {
    const key = await readKeyArgument({
      command: "public",
      positionals: parsed.positionals,
      passwordFile: flagValue(parsed, "password-file"),
    });
    console.log(JSON.stringify(await publicJwkOf(key), null, 2));
  },
};
