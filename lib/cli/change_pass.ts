/**
 * `jwk change-pass FILE`: re-encrypts a private key file with a new password,
 * in place (atomically, keeping the file's mode) or into --out. The work is
 * the library's `changePassword`; this file reads, asks, and writes.
 * @module
 */
import type { Command } from "./command.ts";
import { changePassword } from "../change_pass.ts";
import { CHANGE_PASS_FLAGS } from "./change_pass_help.ts";
import { CliError, describe } from "./errors.ts";
import { inspectOutput, writeFilesAtomic } from "./files.ts";
import { checkNoPassword, flagValue, type ParsedFlags } from "./flags.ts";
import { MAX_KEY_FILE, readInput } from "./inputs.ts";
import { forgetSecrets, inputPassword, newPassword, oneStdin } from "./key_passwords.ts";
import { dirname } from "./paths.ts";
import { ensurePermissions } from "./permissions.ts";
import { askYesNo, isInteractive } from "./prompt.ts";
import { loadCli } from "./load.ts";

async function modeOf(path: string): Promise<number | undefined> {
  try {
    return (await Deno.stat(path)).mode ?? undefined;
  } catch (e) {
    throw new CliError(`cannot read key file ${path}: ${describe(e)}`);
  }
}

/** Runs `jwk change-pass` with its parsed flags. */
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
  const clear = p.on.has("no-password");
  checkNoPassword(
    { noPassword: clear, insecure: p.on.has("insecure") },
    "--new-password-file",
    newFile !== undefined,
  );
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
      ...(clear ? { removePassword: true } : { newPassword: newPassword(newFile, name) }),
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
  } else if (clear) {
    console.error(
      result.wasEncrypted
        ? `The password of ${input} has been removed: ${result.what}.`
        : `${input} was not encrypted, and still is not: ${result.what}.`,
    );
  } else if (result.wasEncrypted) console.error(`The password of ${input} has been changed.`);
  else console.error(`${input} was not encrypted; it now is: ${result.what}.`);
}

/** `jwk change-pass`, for cli.ts. */
export const command: Command = {
  flags: CHANGE_PASS_FLAGS,
  // The manual's text loads only for --help.
  manual: async (version) => (await loadCli("change_pass_help.ts")).changePassHelp(version),
  async run(parsed) {
    await changePass(parsed);
  },
};
