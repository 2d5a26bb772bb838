/**
 * The flags of `jwk format`, defined once, and the manual `jwk format
 * --help` prints. Runtime-neutral: no `Deno.*`.
 * @module
 */
import { type FlagSpec, FORCE_OUT_FLAG, HELP_FLAG, PASSWORD_FILE_FLAG } from "./flags.ts";
import { loadCli } from "./load.ts";

/** Every flag of `jwk format`, in the order help lists them. */
export const FORMAT_FLAGS: readonly FlagSpec[] = [
  {
    name: "pem",
    summary: "Write PEM (the default for a JWK input).",
    details: ["Public keys: SPKI. Private keys: PKCS#8 (encrypted: PBES2, AES-256-CBC)."],
  },
  {
    name: "der",
    summary: "Write binary DER (the same structures as --pem).",
    details: ["Not to a terminal: use --out or redirect standard output."],
  },
  {
    name: "ssh",
    summary: "Write OpenSSH: a public key line, or OpenSSH's private key file.",
    details: [
      "The comment is the JWK's kid when it has one. Ed25519, ECDSA",
      "P-256/P-384/P-521 and RSA keys (OpenSSH has no X25519 keys).",
    ],
  },
  {
    name: "jwk",
    summary: "Write a JWK (the default for any other input).",
    details: [
      "A private JWK is encrypted as step writes it (a JWE). A key read from",
      "PEM, DER or OpenSSH gets kid = its RFC 7638 thumbprint.",
    ],
  },
  {
    name: "pkcs8",
    summary: "PEM/DER private keys as PKCS#8 (the default; accepted for step).",
  },
  {
    name: "traditional",
    summary: "PEM/DER in the key type's own form: PKCS#1 (RSA), SEC1 (EC private).",
    details: [
      "OKP keys and EC public keys have none and stay PKCS#8/SPKI. A traditional",
      "private key cannot be encrypted soundly: it needs --no-password --insecure.",
    ],
  },
  {
    name: "public",
    summary: "Write only the public key (refused for oct keys: they have none).",
  },
  {
    name: "out",
    path: true,
    value: "file",
    summary: "Write to this file (mode 0600, atomically) instead of standard output.",
  },
  PASSWORD_FILE_FLAG,
  {
    name: "new-password-file",
    path: true,
    value: "file",
    summary: "File holding the password that encrypts a private output.",
    details: [
      "Trailing CR and LF are removed, nothing else. Default: ask twice on the",
      "terminal; with no terminal, this flag or --no-password --insecure is needed.",
    ],
  },
  {
    name: "no-password",
    summary: "Write a private output in clear. Not recommended; needs --insecure.",
  },
  {
    name: "insecure",
    summary: "Allow --no-password.",
  },
  FORCE_OUT_FLAG,
  HELP_FLAG,
];

/**
 * The full manual of `jwk format`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatHelp } from "./format_help.ts";
 * assert.match(await formatHelp("1.2.3"), /--new-password-file=<file>/);
 * ```
 */
export async function formatHelp(version: string): Promise<string> {
  // The flag table's formatter loads only for --help: a run needs the flags alone.
  const { flagLines, manualEnd } = await loadCli("help.ts");
  return [
    `jwk ${version} - convert a key between JWK, PEM, DER and OpenSSH, like step crypto key format`,
    "",
    "USAGE",
    "  jwk format [FILE|-] [--pem|--der|--ssh|--jwk] [--pkcs8|--traditional] [--public]",
    "             [--out FILE] [--password-file F] [--new-password-file F | --no-password --insecure]",
    "             [-f]",
    "",
    "DESCRIPTION",
    "  Reads a key (a JWK, step's encrypted JWK, PEM, DER, an OpenSSH private key",
    "  or .pub line, an RFC 4716 public key, a certificate or CSR, a PKCS#12 file)",
    "  from FILE, or from standard input when FILE is - or absent, and writes it",
    "  in another format: a JWK becomes PEM by default, anything else a JWK.",
    "",
    "  Public keys: SPKI (PEM/DER), PKCS#1 for RSA with --traditional, or an",
    "  OpenSSH line. Private keys: PKCS#8 (PEM/DER), PKCS#1/SEC1 with",
    "  --traditional, OpenSSH's private key file, or a JWK.",
    "",
    "  A private output is encrypted unless --no-password --insecure: PKCS#8 with",
    "  PBES2 (PBKDF2-HMAC-SHA256, 600000 iterations, AES-256-CBC; what openssl",
    "  pkcs8 -topk8 -v2 aes-256-cbc writes, with OWASP's iteration count),",
    "  OpenSSH with bcrypt_pbkdf (16 rounds) and aes256-ctr as ssh-keygen does,",
    "  and a JWK as step's JWE. The new password comes from --new-password-file",
    "  or is asked twice on the terminal; with neither, a private output is an",
    "  error. --password-file opens an encrypted input, so it combines with",
    "  --no-password (an encrypted JWK to a clear PEM).",
    "",
    "  Without --out the result goes to standard output (DER only when that is",
    "  not a terminal). --out writes atomically with mode 0600; an existing file",
    "  is kept unless -f (a terminal is asked). Messages go to stderr.",
    "  Standard input (-) can give the key or one password, not two of them.",
    "",
    "FLAGS",
    ...flagLines(FORMAT_FLAGS),
    "EXAMPLES",
    "  A JWK to PEM (a private key is encrypted: the password is asked twice):",
    "    jwk format key.json --out key.pem",
    "",
    "  The public key of a private JWK, as PEM and as an OpenSSH line:",
    "    jwk format key.json --public",
    "    jwk format key.json --ssh --public >> ~/.ssh/authorized_keys",
    "",
    "  A PEM (or DER, OpenSSH, certificate) to a JWK:",
    "    jwk format key.pem --jwk --new-password-file pw.txt --out key.json",
    "",
    "  step's encrypted JWK to an OpenSSH private key, passwords from files:",
    "    jwk format key.json --ssh --password-file old.txt --new-password-file new.txt \\",
    "      --out id_ed25519",
    "",
    "  An RSA key as a clear PKCS#1 DER file (think twice):",
    "    jwk format rsa.json --der --traditional --no-password --insecure --out rsa.der",
    "",
    ...manualEnd(
      ["Read on FILE and the password files; read and write on the folder of --out."],
      ["0 on success, 1 on any error (nothing written), 130 when interrupted."],
    ),
  ].join("\n");
}
