/**
 * `jwk change-pass FILE`: re-encrypts a private key file with a new password,
 * in place (atomically, keeping the file's mode) or into --out. The work is
 * the library's `changePassword`; this file reads, asks, and writes.
 * @module
 */
import { changePassword } from "../change_pass.ts";
import type { Command } from "./command.ts";
import { CliError } from "./errors.ts";
import { describe, inspectOutput, writeFilesAtomic } from "./files.ts";
import { type FlagSpec, flagValue, HELP_FLAG, type ParsedFlags } from "./flags.ts";
import { flagLines } from "./help.ts";
import { MAX_KEY_FILE, readInput } from "./inputs.ts";
import { forgetSecrets, inputPassword, newPassword, oneStdin } from "./key_passwords.ts";
import { dirname } from "./paths.ts";
import { ensurePermissions } from "./permissions.ts";
import { askYesNo, isInteractive } from "./prompt.ts";

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
    name: "out",
    path: true,
    value: "file",
    summary: "Write the result here (mode 0600) instead of replacing FILE.",
  },
  {
    name: "force",
    short: "f",
    summary: "Overwrite an existing --out file without asking.",
  },
  HELP_FLAG,
];

/**
 * The manual of `jwk change-pass`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { changePassHelp } from "./change_pass.ts";
 * assert.match(changePassHelp("1.2.3"), /--new-password-file=<file>/);
 * ```
 */
export function changePassHelp(version: string): string {
  return [
    `jwk ${version} - change the password of a private key file, like step crypto change-pass`,
    "",
    "USAGE",
    "  jwk change-pass FILE [--password-file OLD] [--new-password-file NEW] [--out FILE] [-f]",
    "",
    "DESCRIPTION",
    "  Opens FILE with its password and encrypts the same key with a new one, in",
    "  the same format: step's encrypted JWK (same members; PBES2-HS256+A128KW,",
    "  A256GCM, 600000 iterations), encrypted PKCS#8 PEM or DER (PBES2 with",
    "  PBKDF2-HMAC-SHA256, 600000 iterations, AES-256-CBC), or an OpenSSH private",
    "  key (bcrypt_pbkdf, aes256-ctr; its comment kept). A private key in clear",
    "  in one of these formats gets encrypted. OpenSSL's legacy-encrypted",
    "  PKCS#1/SEC1 files are refused: convert them with jwk format.",
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
    "DENO PERMISSIONS",
    "  Read on FILE and the password files; read and write on the folder of the",
    "  file written (FILE's, or --out's).",
    "",
    "EXIT CODES",
    "  0 on success, 1 on any error (nothing written), 130 when interrupted.",
    "",
  ].join("\n");
}

async function modeOf(path: string): Promise<number | undefined> {
  try {
    return (await Deno.stat(path)).mode ?? undefined;
  } catch (e) {
    throw new CliError(`cannot read key file ${path}: ${describe(e)}`);
  }
}

async function changePass(p: ParsedFlags): Promise<void> {
  if (p.positionals.length !== 1) {
    throw new CliError(
      p.positionals.length === 0
        ? "change-pass needs the key file: jwk change-pass FILE"
        : `change-pass takes one key file: unexpected '${p.positionals[1]}'`,
    );
  }
  const input = p.positionals[0];
  const oldFile = flagValue(p, "password-file");
  const newFile = flagValue(p, "new-password-file");
  const outFlag = flagValue(p, "out");
  oneStdin([["the key", input], ["--password-file", oldFile], ["--new-password-file", newFile]]);
  if (input === "-" && Deno.stdin.isTerminal()) {
    throw new CliError("pipe the key to standard input, or give its file: jwk change-pass FILE");
  }
  const out = outFlag ?? (input === "-" ? undefined : input);
  const reads = [input, oldFile, newFile].filter((f) => f !== undefined);
  await ensurePermissions(reads, out === undefined ? [] : [dirname(out)]);

  // In place: FILE must be a regular file (never written through a link); its mode is kept.
  let mode: number | undefined;
  let exists = false;
  if (out !== undefined) {
    exists = await inspectOutput(out) === "file";
    if (outFlag === undefined) {
      if (!exists) throw new CliError(`cannot read key file ${input}: no such file`);
      mode = await modeOf(input);
    } else if (exists && !p.on.has("force")) {
      if (!isInteractive() || !await askYesNo(`Would you like to overwrite ${out}`)) {
        throw new CliError(`${out} already exists: use --force to overwrite it`);
      }
    }
  }

  const bytes = await readInput(input, MAX_KEY_FILE, "key file");
  const name = input === "-" ? "the key" : input;
  let result;
  try {
    result = await changePassword(bytes, {
      oldPassword: inputPassword(oldFile, input),
      newPassword: newPassword(newFile, name),
    });
  } finally {
    bytes.fill(0);
    forgetSecrets();
  }
  if (out === undefined) {
    let off = 0;
    while (off < result.data.length) off += await Deno.stdout.write(result.data.subarray(off));
    return;
  }
  await writeFilesAtomic([{ path: out, data: result.data, mode }], { overwrite: exists });
  if (outFlag !== undefined) {
    console.error(`Your private key has been saved in ${out}: ${result.what}.`);
  } else if (result.wasEncrypted) console.error(`The password of ${input} has been changed.`);
  else console.error(`${input} was not encrypted; it now is: ${result.what}.`);
}

/** `jwk change-pass`, for cli.ts. */
export const command: Command = {
  flags: CHANGE_PASS_FLAGS,
  manual: changePassHelp,
  async run(parsed) {
    await changePass(parsed);
  },
};
