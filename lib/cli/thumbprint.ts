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
import { closest, type FlagSpec, flagValue, HELP_FLAG, PASSWORD_FILE_FLAG } from "./flags.ts";

/** Every flag of `jwk thumbprint`. */
export const THUMBPRINT_FLAGS: readonly FlagSpec[] = [
  {
    name: "hash",
    value: "hash",
    choices: THUMBPRINT_HASHES,
    summary: "Hash of the thumbprint: SHA-256 (default), SHA-384 or SHA-512.",
    details: ["Case does not matter, nor the dash (sha512 is SHA-512)."],
  },
  {
    name: "uri",
    summary: "Print the RFC 9278 URI: urn:ietf:params:oauth:jwk-thumbprint:<hash>:<value>.",
  },
  PASSWORD_FILE_FLAG,
  HELP_FLAG,
];

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

/** `jwk thumbprint`, for cli.ts. */
export const command: Command = {
  flags: THUMBPRINT_FLAGS,
  manual: async (version) => (await import("./thumbprint_help.ts")).thumbprintHelp(version),
  async run(parsed) {
    const hash = parseHash(flagValue(parsed, "hash"));
    // Loaded here, not at the top: `jwk completion` loads this module for its
    // flags and needs none of the key reader.
    const { readKeyArgument } = await import("./key_source.ts");
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
