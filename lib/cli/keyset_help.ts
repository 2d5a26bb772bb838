/**
 * The flags of `jwk keyset` and of each of its subcommands, defined once, and
 * the manual `jwk keyset --help` prints. Runtime-neutral: no `Deno.*`.
 * @module
 */
import { type FlagSpec, HELP_FLAG, PASSWORD_FILE_FLAG } from "./flags.ts";
import { loadCli } from "./load.ts";

const KID: FlagSpec = {
  name: "kid",
  value: "kid",
  summary: "The key ID of the key to remove or find (case-sensitive). Required.",
};

const PRIVATE: FlagSpec = {
  name: "private",
  summary: "Add the key with its private members (for a set that is never published).",
  details: [
    "Without it only the public view of the key goes in, and an oct key (all",
    "secret) is refused. A private key is never put in a set that group or",
    "others can read.",
  ],
};

const INSECURE: FlagSpec = {
  name: "insecure",
  summary: "Add an RSA key below 2048 bits (at least 1024), which is refused without it.",
};

/** The subcommands: usage line, what they do, and their flags. */
export const SUBCOMMANDS = {
  add: {
    usage:
      "jwk keyset add <jwks-file> [<key-file>|-] [--private] [--insecure] [--password-file <file>]",
    summary: "add a key (its public view) to the set, creating the set if missing",
    flags: [PRIVATE, INSECURE, PASSWORD_FILE_FLAG, HELP_FLAG],
  },
  remove: {
    usage: "jwk keyset remove <jwks-file> --kid <kid>",
    summary: "remove the key with this kid from the set",
    flags: [KID, HELP_FLAG],
  },
  list: {
    usage: "jwk keyset list <jwks-file>",
    summary: "print the kid of each key, one per line",
    flags: [HELP_FLAG],
  },
  find: {
    usage: "jwk keyset find <jwks-file> --kid <kid>",
    summary: "print the key with this kid",
    flags: [KID, HELP_FLAG],
  },
} as const satisfies Record<
  string,
  { usage: string; summary: string; flags: readonly FlagSpec[] }
>;

/** A subcommand's name. */
export type Subcommand = keyof typeof SUBCOMMANDS;

/** Every flag any subcommand takes: what cli.ts parses before the subcommand is known. */
export const KEYSET_FLAGS: readonly FlagSpec[] = [
  KID,
  PRIVATE,
  INSECURE,
  PASSWORD_FILE_FLAG,
  HELP_FLAG,
];

/**
 * The manual of `jwk keyset`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { keysetHelp } from "./keyset_help.ts";
 * assert.match(await keysetHelp("1.0.0"), /jwk keyset add <jwks-file>/);
 * ```
 */
export async function keysetHelp(version: string): Promise<string> {
  // The flag table's formatter loads only for --help: a run needs the flags alone.
  const { flagLines, manualEnd } = await loadCli("help.ts");
  const names = Object.keys(SUBCOMMANDS) as Subcommand[];
  const width = Math.max(...names.map((n) => n.length));
  return [
    `jwk keyset ${version}: add, remove, list and find keys in a JWK Set`,
    "",
    "USAGE",
    ...names.map((n) => `  ${SUBCOMMANDS[n].usage}`),
    "",
    "SUBCOMMANDS",
    ...names.map((n) => `  ${n.padEnd(width)}  ${SUBCOMMANDS[n].summary}`),
    "",
    "DESCRIPTION",
    '  A JWK Set (RFC 7517 section 5) is a JSON object {"keys": [...]}: the file',
    "  a server publishes (an OpenID Provider's jwks_uri, say) so that others can",
    "  verify its signatures. jwk writes it pretty-printed with 2 spaces.",
    "",
    "  add reads one key from <key-file> (standard input when it is - or absent):",
    "  a JWK, a JWK encrypted by jwk or step, a PEM or DER key, an OpenSSH key,",
    "  a certificate or a PKCS#12 file. Only its PUBLIC view goes into the set unless --private, so",
    "  a private key given by mistake is never published. A key without a kid",
    "  gets its RFC 7638 SHA-256 thumbprint; a kid already in the set is refused.",
    "  The set is created when it does not exist.",
    "",
    "  remove and find take the key by --kid; an unknown kid is an error. find",
    "  prints the JWK on stdout; list prints the kids, one per line (keys without",
    "  a kid are counted on stderr). list and find read - as standard input.",
    "",
    "  Every set read is checked: a file that is not a JWK Set, or a key with a",
    "  missing or malformed member, is refused. Two keys may share a kid (RFC 7517",
    "  allows it), but then find and remove refuse that kid as ambiguous.",
    "  Keys of a type jwk does not know are kept as they are (RFC 7517 section 5).",
    "",
    "SAFE WRITES",
    "  add and remove replace the set atomically (a temporary file in the same",
    "  folder, then a rename): a crash leaves the old set or the new one, never",
    "  a part. The file keeps its mode (a set made 0644 for a web server stays",
    "  0644) and, where allowed, its owner and group. A new set gets mode 0644,",
    "  or 0600 when it holds private keys. Writers take an exclusive lock on",
    "  .<jwks-file>.lock beside the set (kept there; the system releases it when",
    "  a writer dies), so concurrent adds and removes all land; a writer waits",
    "  up to 10 s for the others.",
    "",
    "FLAGS",
    ...flagLines(KEYSET_FLAGS),
    "EXAMPLES",
    "  Publish the public half of a new key:",
    "    jwk create k1.pub.json k1.json --jwks jwks.json",
    "",
    "  Add an existing key (a private file adds only its public view):",
    "    jwk keyset add jwks.json k2.json --password-file pw.txt",
    "    jwk keyset add jwks.json < server.crt",
    "",
    "  List, find and remove:",
    "    jwk keyset list jwks.json",
    '    jwk keyset find jwks.json --kid "$KID" > key.pub.json',
    '    jwk keyset remove jwks.json --kid "$KID"',
    "",
    ...manualEnd(
      [
        "add and remove: read and write on the set's folder (temporary and lock",
        "files live there), read on <key-file> and --password-file. list and find:",
        "read on the set.",
        "  deno run --allow-read=site,k.json --allow-write=site cli.ts \\",
        "    keyset add site/jwks.json k.json",
      ],
      ["0 on success, 1 on any error (the set is left as it was), 130 when", "interrupted."],
    ),
  ].join("\n");
}
