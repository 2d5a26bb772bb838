/**
 * `jwk format [FILE|-]`: converts a key between JWK, PEM, DER and OpenSSH,
 * like `step crypto key format`. The conversion is the library's
 * `formatKey`; this file reads, asks, and writes.
 *
 * Order of work: flags, Deno permissions, the output file (kept unless
 * --force or a "y"), the input, its password if encrypted, the new password
 * if the output is private, then one atomic write (or stdout). Any failure
 * is thrown (cli.ts prints one `error:` line) and nothing is written.
 * @module
 */
import type { Command } from "./command.ts";
import { formatKey, type KeyOutputFormat } from "../format.ts";
import { CliError } from "./errors.ts";
import { FORMAT_FLAGS } from "./format_help.ts";
import { checkNoPassword, flagValue, type ParsedFlags } from "./flags.ts";
import { MAX_KEY_FILE, readInput } from "./inputs.ts";
import { forgetSecrets, inputPassword, newPassword, oneStdin } from "./key_passwords.ts";
import { ensurePermissions } from "./permissions.ts";
import { askYesNo, isInteractive } from "./prompt.ts";
import { loadCli } from "./load.ts";
// A private JWK's pair check (validateJwk) loads this when it needs it; most
// inputs here are private keys, so it comes with the command, not a moment
// later through another run of Deno's module loader.
import "../key_match.ts";

const FORMATS: readonly KeyOutputFormat[] = ["pem", "der", "ssh", "jwk"];

/** What `jwk format`'s command line asked for, checked. */
interface FormatArgs {
  input: string;
  format?: KeyOutputFormat;
  traditional: boolean;
  publicOnly: boolean;
  out?: string;
  passwordFile?: string;
  newPasswordFile?: string;
  noPassword: boolean;
  force: boolean;
}

function parseArgs(p: ParsedFlags): FormatArgs {
  if (p.positionals.length > 1) {
    throw new CliError(
      `format takes one key file (or - for standard input): unexpected '${p.positionals[1]}'`,
    );
  }
  const formats = FORMATS.filter((f) => p.on.has(f));
  if (formats.length > 1) {
    throw new CliError(`give one output format, not ${formats.map((f) => `--${f}`).join(" and ")}`);
  }
  const format = formats[0];
  if (p.on.has("pkcs8") && p.on.has("traditional")) {
    throw new CliError("--pkcs8 and --traditional exclude each other");
  }
  for (const flag of ["pkcs8", "traditional"]) {
    if (p.on.has(flag) && (format === "ssh" || format === "jwk")) {
      throw new CliError(`--${flag} is for --pem and --der, not --${format}`);
    }
  }
  const a: FormatArgs = {
    input: p.positionals[0] ?? "-",
    format,
    traditional: p.on.has("traditional"),
    publicOnly: p.on.has("public"),
    out: flagValue(p, "out"),
    passwordFile: flagValue(p, "password-file"),
    newPasswordFile: flagValue(p, "new-password-file"),
    noPassword: p.on.has("no-password"),
    force: p.on.has("force"),
  };
  checkNoPassword(
    { noPassword: a.noPassword, insecure: p.on.has("insecure") },
    "--new-password-file",
    a.newPasswordFile !== undefined,
  );
  if (a.publicOnly && a.newPasswordFile !== undefined) {
    throw new CliError("--new-password-file encrypts private keys: with --public there is none");
  }
  return a;
}

/** Writes all of `data` to standard output. */
async function toStdout(data: Uint8Array): Promise<void> {
  let off = 0;
  while (off < data.length) off += await Deno.stdout.write(data.subarray(off));
}

async function format(a: FormatArgs): Promise<void> {
  oneStdin([
    ["the key", a.input],
    ["--password-file", a.passwordFile],
    ["--new-password-file", a.newPasswordFile],
  ]);
  if (a.input === "-" && Deno.stdin.isTerminal()) {
    throw new CliError("give a key file, or pipe a key to standard input: jwk format FILE");
  }
  if (a.format === "der" && a.out === undefined && Deno.stdout.isTerminal()) {
    throw new CliError("DER is binary: write it with --out FILE, or redirect standard output");
  }
  const reads = [a.input, a.passwordFile, a.newPasswordFile].filter((p) => p !== undefined);
  // The file helpers load only for --out: standard output needs none.
  const [files, paths] = a.out === undefined
    ? []
    : await Promise.all([loadCli("files.ts"), loadCli("paths.ts")]);
  await ensurePermissions(reads, a.out === undefined ? [] : [paths!.dirname(a.out)]);

  let exists = false;
  if (a.out !== undefined) {
    exists = await files!.inspectOutput(a.out) === "file";
    if (exists && !a.force) {
      if (!isInteractive() || !await askYesNo(`Would you like to overwrite ${a.out}`)) {
        throw new CliError(`${a.out} already exists: use --force to overwrite it`);
      }
    }
  }

  const bytes = await readInput(a.input, MAX_KEY_FILE, "key file");
  let result;
  try {
    result = await formatKey(bytes, {
      format: a.format,
      traditional: a.traditional,
      publicOnly: a.publicOnly,
      inputPassword: inputPassword(a.passwordFile, a.input),
      password: a.noPassword ? undefined : newPassword(
        a.newPasswordFile,
        "the private key",
        ", or --no-password --insecure to write it in clear",
      ),
    });
  } finally {
    bytes.fill(0);
    forgetSecrets();
  }
  try {
    if (a.out === undefined) {
      await toStdout(result.data);
      return;
    }
    await files!.writeFilesAtomic([{ path: a.out, data: result.data }], { overwrite: exists });
  } finally {
    result.data.fill(0);
  }
  const kind = result.isPrivate ? "private" : "public";
  console.error(`Your ${kind} key has been saved in ${a.out}: ${result.what}.`);
}

/** Runs `jwk format` with its parsed flags. */
async function runFormat(parsed: ParsedFlags): Promise<void> {
  await format(parseArgs(parsed));
}

/** `jwk format`, for cli.ts. */
export const command: Command = {
  flags: FORMAT_FLAGS,
  // The manual's text loads only for --help.
  manual: async (version) => (await loadCli("format_help.ts")).formatHelp(version),
  async run(parsed) {
    await runFormat(parsed);
  },
};
