/**
 * The flags of `jwk change-pass`, defined once, and the manual `jwk
 * change-pass --help` prints.
 * @module
 */
import { type FlagSpec, FORCE_OUT_FLAG, HELP_FLAG } from "./flags.ts";
import { loadCli } from "./load.ts";

/** Every flag of `jwk change-pass`, in the order help lists them. */
export const CHANGE_PASS_FLAGS: readonly FlagSpec[] = [
  {
    name: "password-file",
    path: true,
    value: "file",
    summary: "File holding the current password (- for standard input).",
    details: ["Default: ask on the terminal (only when the file is encrypted)."],
  },
  {
    name: "new-password-file",
    path: true,
    value: "file",
    summary: "File holding the new password (- for standard input).",
    details: [
      "Trailing CR and LF are removed, nothing else. Default: ask twice on the",
      "terminal; with no terminal this flag is needed.",
    ],
  },
  {
    name: "no-password",
    summary: "Write the key in clear instead (step's flag). Not recommended; needs --insecure.",
    details: [
      "Same format, without encryption: a private JWK, a PKCS#8 PRIVATE KEY, an",
      "OpenSSH key without passphrase. Cannot be combined with --new-password-file.",
    ],
  },
  {
    name: "insecure",
    summary: "Allow --no-password.",
  },
  {
    name: "out",
    path: true,
    value: "file",
    summary: "Write the result here (mode 0600) instead of replacing FILE.",
  },
  FORCE_OUT_FLAG,
  HELP_FLAG,
];

/**
 * The manual of `jwk change-pass`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { changePassHelp } from "./change_pass_help.ts";
 * assert.match(await changePassHelp("1.2.3"), /--new-password-file=<file>/);
 * ```
 */
export async function changePassHelp(version: string): Promise<string> {
  // The flag table's formatter loads only for --help: a run needs the flags alone.
  const { flagLines, manualEnd } = await loadCli("help.ts");
  return [
    `jwk ${version} - change the password of a private key file, like step crypto change-pass`,
    "",
    "USAGE",
    "  jwk change-pass FILE [--password-file OLD] [--new-password-file NEW | --no-password --insecure]",
    "                  [--out FILE] [-f]",
    "",
    "DESCRIPTION",
    "  Opens FILE with its password and encrypts the same key with a new one, in",
    "  the same format: step's encrypted JWK (same members; PBES2-HS256+A128KW,",
    "  A256GCM, 600000 iterations), encrypted PKCS#8 PEM or DER (PBES2 with",
    "  PBKDF2-HMAC-SHA256, 600000 iterations, AES-256-CBC), or an OpenSSH private",
    "  key (bcrypt_pbkdf, aes256-ctr; its comment kept). A private key in clear",
    "  in one of these formats gets encrypted. OpenSSL's legacy-encrypted",
    "  PKCS#1/SEC1 files are refused: convert them with jwk format. With",
    "  --no-password --insecure the key is written in clear instead, in the same",
    "  format (as step's change-pass does).",
    "",
    "  FILE is replaced atomically and keeps its mode; with --out the result goes",
    "  there instead (mode 0600; an existing file is kept unless -f). FILE - reads",
    "  standard input and writes standard output unless --out. A wrong password,",
    "  or any other error, leaves every file as it was.",
    "",
    "FLAGS",
    ...flagLines(CHANGE_PASS_FLAGS),
    "EXAMPLES",
    "  Change the password of a private JWK (asked on the terminal):",
    "    jwk change-pass key.json",
    "",
    "  Unattended, passwords from files:",
    "    jwk change-pass key.pem --password-file old.txt --new-password-file new.txt",
    "",
    "  Remove the password (the key is then in clear on the disk):",
    "    jwk change-pass key.json --password-file old.txt --no-password --insecure --out plain.json",
    "",
    ...manualEnd(
      [
        "Read on FILE and the password files; read and write on the folder of the",
        "file written (FILE's, or --out's).",
      ],
      ["0 on success, 1 on any error (nothing written), 130 when interrupted."],
    ),
  ].join("\n");
}
