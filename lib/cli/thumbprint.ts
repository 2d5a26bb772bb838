/**
 * `jwk thumbprint [FILE|-]`: prints a key's RFC 7638 thumbprint (base64url,
 * SHA-256 by default, step's value), or with `--uri` its RFC 9278 URI.
 * @module
 */
import {
  thumbprint,
  THUMBPRINT_HASHES,
  type ThumbprintHash,
  thumbprintUri,
} from "../thumbprint.ts";
import type { Command } from "./command.ts";
import { CliError } from "./errors.ts";
import { closest, flagValue } from "./flags.ts";
import { loadCli } from "./load.ts";
import { THUMBPRINT_FLAGS } from "./key_flags.ts";
// Imported with the command, not when it runs: the command always needs it,
// and each computed import costs another run of Deno's module loader.
import { readKeyArgument } from "./key_source.ts";

/** The --hash value as a ThumbprintHash: SHA-512, sha512 and sha-512 are one. */
function parseHash(value: string | undefined): ThumbprintHash {
  if (value === undefined) return "SHA-256";
  const norm = value.toUpperCase().replace(/^SHA-?/, "SHA-");
  const hash = THUMBPRINT_HASHES.find((h) => h === norm);
  if (hash) return hash;
  const hint = closest(value, THUMBPRINT_HASHES);
  throw new CliError(
    `--hash ${value} is not a thumbprint hash: ` +
      (hint ? `did you mean '${hint}'?` : `use one of ${THUMBPRINT_HASHES.join(", ")}`),
  );
}

/** The manual of `jwk thumbprint`. */
export async function thumbprintHelp(version: string): Promise<string> {
  // The flag table's formatter loads only for --help.
  const { flagLines, manualEnd } = await loadCli("help.ts");
  return [
    `jwk thumbprint ${version} - print the RFC 7638 thumbprint of a key`,
    "",
    "USAGE",
    "  jwk thumbprint [FILE | -] [--hash SHA-256|SHA-384|SHA-512] [--uri]",
    "                 [--password-file FILE | -]",
    "",
    "  Reads a key and prints its JWK thumbprint (RFC 7638) in base64url, one",
    "  line: a hash of the key's required public members, the same for its",
    "  public and private forms, and the kid jwk create and step give a key.",
    "  FILE may be a JWK (plain or encrypted), a PEM, DER or OpenSSH key or",
    "  certificate, or a PKCS#12 file; - or no FILE reads standard input. The key's own kid is",
    "  ignored: the thumbprint is always computed. An oct key's thumbprint is a",
    "  hash of the secret: it is printed, with a warning on standard error.",
    "",
    "FLAGS",
    ...flagLines(THUMBPRINT_FLAGS),
    "EXAMPLES",
    "  The thumbprint of a public key:",
    "    jwk thumbprint jwk.pub.json",
    "",
    "  As a URI (RFC 9278), with SHA-384:",
    "    jwk thumbprint jwk.pub.json --uri --hash SHA-384",
    "",
    "  Check that a private key's kid is its thumbprint:",
    '    test "$(jwk thumbprint jwk.json)" = "$(jq -r .kid jwk.pub.json)"',
    "",
    ...manualEnd(
      ["Read on FILE and on --password-file; nothing for standard input."],
      ["0 on success, 1 on any error (nothing printed on standard output)."],
    ),
  ].join("\n");
}

/** `jwk thumbprint`, for cli.ts. */
export const command: Command = {
  flags: THUMBPRINT_FLAGS,
  manual: thumbprintHelp,
  async run(parsed) {
    const hash = parseHash(flagValue(parsed, "hash"));
    // Loaded here, not at the top: `jwk completion` loads this module for its
    // flags and needs none of the key reader.
    const key = await readKeyArgument({
      command: "thumbprint",
      positionals: parsed.positionals,
      passwordFile: flagValue(parsed, "password-file"),
    });
    if (key.jwk.kty === "oct") {
      console.error(
        "warning: an oct key's thumbprint is a hash of the secret key: do not publish it",
      );
    }
    const make = parsed.on.has("uri") ? thumbprintUri : thumbprint;
    console.log(await make(key.jwk, { hash }));
  },
};
