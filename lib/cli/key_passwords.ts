/**
 * Where the passwords of `jwk format` and `jwk change-pass` come from: the
 * one that opens an encrypted input (a file, else the terminal), and the new
 * one that protects the output (a file, else the terminal, asked twice).
 * Both are functions the library calls only when it needs them, so nothing
 * is asked in vain. Every password read is kept in `secrets` so that the
 * caller can zero it when done.
 * @module
 */
import { CliError } from "./errors.ts";
import { passwordFromFile } from "./inputs.ts";
import { askNewPassword, isInteractive, readSecret } from "./prompt.ts";

/** Passwords read in this run, to be zeroed with {@link forgetSecrets}. */
const secrets: Uint8Array[] = [];

function keep(p: Uint8Array): Uint8Array {
  secrets.push(p);
  return p;
}

/** Zeroes every password read so far. */
export function forgetSecrets(): void {
  for (const s of secrets) s.fill(0);
  secrets.length = 0;
}

/**
 * The password of an encrypted input: from `file` (`--password-file`), else
 * asked on the terminal, else an error naming the flag.
 */
export function inputPassword(file: string | undefined, input: string): () => Promise<Uint8Array> {
  return async () => {
    if (file !== undefined) return keep(await passwordFromFile(file, "password file", "input"));
    const name = input === "-" ? "the key on standard input" : input;
    if (!isInteractive()) {
      throw new CliError(
        `${name} is encrypted and there is no terminal to ask for its password: use --password-file`,
      );
    }
    return keep(await readSecret(`Please enter the password to decrypt ${name}: `));
  };
}

/**
 * The new password of a private output: from `file` (`--new-password-file`),
 * else asked twice on the terminal, else an error that names the ways out.
 * `clearHint` says how to write in clear instead, when the command allows it.
 */
export function newPassword(
  file: string | undefined,
  what: string,
  clearHint = "",
): () => Promise<Uint8Array> {
  return async () => {
    if (file !== undefined) return keep(await passwordFromFile(file, "new password file"));
    if (!isInteractive()) {
      throw new CliError(
        `a new password is needed to encrypt ${what} and there is no terminal to ask: ` +
          `use --new-password-file <file>${clearHint}`,
      );
    }
    return keep(await askNewPassword(what));
  };
}

/**
 * Refuses more than one use of standard input (`-`) among the key and the
 * password files, before anything is read.
 */
export function oneStdin(uses: readonly [string, string | undefined][]): void {
  const stdin = uses.filter(([, v]) => v === "-").map(([name]) => name);
  if (stdin.length > 1) {
    throw new CliError(
      `standard input can give only one thing: ${stdin.join(" and ")} both ask for it (-)`,
    );
  }
}
