/**
 * The key argument of the commands that read one key (`public`,
 * `thumbprint`): a FILE, or standard input when it is `-` or absent, read
 * through {@link readAnyKey} (JWK, step's encrypted JWK, PEM, DER, OpenSSH,
 * certificates). An encrypted input's password comes from `--password-file`
 * (`-` for standard input) or, on a terminal, from a prompt.
 * @module
 */
import { type KeyInput, readAnyKey } from "../key_input.ts";
import { CliError } from "./errors.ts";
import { isInteractive, MAX_KEY_FILE, passwordFromFile, readInput } from "./inputs.ts";
import { loadCli } from "./load.ts";
import { ensurePermissions } from "./permissions.ts";

/** Where the key comes from and how to open it. */
export interface KeySource {
  /** The command's name, for messages. */
  command: string;
  /** The positional arguments: none, or one FILE (or `-`). */
  positionals: readonly string[];
  /** --password-file, if given. */
  passwordFile?: string;
}

/**
 * Reads and checks the key of a command's FILE argument. Every failure is a
 * CliError or JwkError with one line that holds no key material.
 */
export async function readKeyArgument(source: KeySource): Promise<KeyInput> {
  const { command, positionals, passwordFile } = source;
  if (positionals.length > 1) {
    throw new CliError(
      `${command} takes one key file (or - for standard input): unexpected '${positionals[1]}'`,
    );
  }
  const path = positionals[0] ?? "-";
  if (path === "-" && positionals.length === 0 && isInteractive()) {
    // Nothing piped in: waiting for a key typed on the terminal helps no one.
    throw new CliError(
      `${command} needs a key: jwk ${command} FILE, or pipe a key into jwk ${command} -`,
    );
  }
  const wanted = [path, ...(passwordFile === undefined ? [] : [passwordFile])];
  let bytes: Uint8Array;
  if (passwordFile !== undefined || isInteractive()) {
    await ensurePermissions(wanted, []);
    bytes = await readInput(path, MAX_KEY_FILE, "key file");
  } else {
    // One file and no terminal to ask on: read it, and check the permission
    // only if that failed, for the same one-line error. A query up front
    // costs every run Deno's first-use time (0.3 ms; bench/RESULTS.md).
    bytes = await readInput(path, MAX_KEY_FILE, "key file").catch(async (e) => {
      await ensurePermissions(wanted, []);
      throw e;
    });
  }
  const where = path === "-" ? "standard input" : path;
  if (bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) {
    throw new CliError(`${where} is empty: it should hold a key (JWK, PEM, DER or OpenSSH)`);
  }
  let password: Uint8Array | undefined;
  try {
    return await readAnyKey(bytes, {
      password: async () => {
        if (passwordFile !== undefined) {
          password = await passwordFromFile(passwordFile, "password file", "input");
        } else if (path !== "-" && isInteractive()) {
          // The prompts load only when a password is to be typed.
          const { readSecret } = await loadCli("prompt.ts");
          password = await readSecret(`Please enter the password to decrypt ${path}: `);
        } else {
          throw new CliError(
            `${where} is encrypted and there is no terminal to ask for its password: ` +
              "use --password-file FILE (or - for standard input)",
          );
        }
        return password;
      },
    });
  } finally {
    bytes.fill(0);
    password?.fill(0);
  }
}
