/**
 * The `jwk` command line: `jwk create <public-jwk-file> <private-jwk-file>`,
 * like `step crypto jwk create`. Run it with `deno run cli.ts create ...`
 * (from a file, a URL, or compiled); `--help` prints the manual.
 *
 * Order of work: flags, then the key options are checked, then Deno
 * permissions, then the output files (existing ones are kept unless --force
 * or a "y" on the terminal), then the password, then the key, then both files
 * at once. Any failure is one `error: ...` line on stderr, exit code > 0, and
 * no file written.
 * @module
 */
import denoJson from "./deno.json" with { type: "json" };
import { dirname, resolve } from "./lib/paths.ts";
import { resolveKeyParams } from "./lib/algorithms.ts";
import { CliError } from "./lib/cli_error.ts";
import { closest, parseArgs, type ParsedArgs } from "./lib/cli_flags.ts";
import { helpText } from "./lib/cli_help.ts";
import { createJwk, type CreateJwkOptions, type ExistingKey } from "./lib/create.ts";
import { JwkError } from "./lib/errors.ts";
import { describe, inspectOutput, readLimited, writeFilesAtomic } from "./lib/files.ts";
import { checkKeyOps, useOfKeyOps } from "./lib/key_ops.ts";
import { withProgress } from "./lib/progress.ts";
import { askNewPassword, askYesNo, isInteractive, readSecret } from "./lib/prompt.ts";

/** The version of this build, from deno.json (bundled: no file is read at run time). */
export const VERSION: string = denoJson.version;

/** Largest password file read, in bytes. */
const MAX_PASSWORD_FILE = 64 * 1024;
/** Largest PEM file read, in bytes. */
const MAX_PEM_FILE = 1024 * 1024;

/** What the PEM reader (lib/pem.ts) gives back. */
interface PemKey extends ExistingKey {
  /** Which format the file was in. */
  format?: string;
}

/** The part of lib/pem.ts the CLI uses. */
interface PemModule {
  readKey(
    input: Uint8Array | string,
    options: { password?: () => Promise<Uint8Array | string> },
  ): Promise<PemKey>;
}

/**
 * Reads the key of a PEM file with lib/pem.ts, the one place the CLI loads
 * that module. A build without it says so in one line.
 */
async function readPemKey(
  path: string,
  options: { password: () => Promise<Uint8Array | string> },
): Promise<PemKey> {
  let pem: PemModule;
  try {
    pem = await import("./lib/pem.ts") as PemModule;
  } catch {
    throw new CliError("--from-pem is not available in this build");
  }
  const bytes = await readLimited(path, MAX_PEM_FILE, "PEM file");
  return await pem.readKey(bytes, options);
}

/** A path as a shell word, for the permission flag suggested in errors. */
function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`;
}

/**
 * Makes sure Deno grants read on `reads` and read+write on `writes`: asks on
 * a terminal (Deno's own prompt), else fails with the flags to add.
 */
async function ensurePermissions(reads: string[], writes: string[]): Promise<void> {
  const wanted: { name: "read" | "write"; path: string }[] = [
    ...reads.map((path) => ({ name: "read" as const, path })),
    ...writes.map((path) => ({ name: "read" as const, path })),
    ...writes.map((path) => ({ name: "write" as const, path })),
  ];
  const missing = { read: new Set<string>(), write: new Set<string>() };
  for (const w of wanted) {
    let state = (await Deno.permissions.query(w)).state;
    if (state === "prompt" && isInteractive() && Deno.stderr.isTerminal()) {
      state = (await Deno.permissions.request(w)).state;
    }
    if (state !== "granted") missing[w.name].add(w.path);
  }
  if (missing.read.size === 0 && missing.write.size === 0) return;
  const what: string[] = [];
  const flags: string[] = [];
  for (const name of ["read", "write"] as const) {
    if (missing[name].size === 0) continue;
    what.push(`${name} access to ${[...missing[name]].join(", ")}`);
    // Name every path of that kind: one --allow-read=... must list them all.
    const all = [...new Set(wanted.filter((w) => w.name === name).map((w) => w.path))];
    flags.push(`--allow-${name}=${all.map(shellWord).join(",")}`);
  }
  throw new CliError(
    `${what.join(" and ")} ${what.length > 1 ? "are" : "is"} needed: run with ${flags.join(" ")}`,
  );
}

/** Checks the key options before any file, password or key work (generated keys only). */
function checkKeyOptions(a: ParsedArgs): void {
  if (a.kid === "") throw new JwkError("INVALID_OPTION", "--kid must not be empty");
  const opsUse = a.keyOps ? useOfKeyOps(a.keyOps) : undefined;
  if (a.keyOps && opsUse === undefined && !a.insecure) {
    throw new JwkError(
      "INSECURE",
      "--key-ops mixes signing and encryption operations: split them, or add --insecure",
    );
  }
  const params = resolveKeyParams({ ...requestOf(a), use: a.use ?? opsUse });
  if (a.keyOps) {
    checkKeyOps(a.keyOps, params.use, params.alg, {
      useGiven: a.use !== undefined,
      subtle: a.subtle,
      insecure: a.insecure,
    });
  }
}

function requestOf(a: ParsedArgs): CreateJwkOptions {
  return {
    kty: a.kty,
    crv: a.crv,
    alg: a.alg,
    use: a.use,
    size: a.size,
    kid: a.kid,
    keyOps: a.keyOps,
    insecure: a.insecure,
    subtle: a.subtle,
  };
}

/** Removes trailing CR and LF bytes (only those) from a password file's content. */
function trimNewlines(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d)) end--;
  return bytes.subarray(0, end);
}

async function passwordFromFile(path: string, what: string): Promise<Uint8Array> {
  const raw = await readLimited(path, MAX_PASSWORD_FILE, what);
  const pw = trimNewlines(raw);
  if (pw.length === 0) {
    throw new CliError(`${what} ${path} is empty (after removing trailing newlines)`);
  }
  return pw;
}

/** Whether the process may read JWK_DEBUG without a permission prompt. */
function debugEnabled(): boolean {
  try {
    const st = Deno.permissions.querySync({ name: "env", variable: "JWK_DEBUG" }).state;
    return st === "granted" && !!Deno.env.get("JWK_DEBUG") && Deno.env.get("JWK_DEBUG") !== "0";
  } catch {
    return false;
  }
}

function positionalsError(paths: string[]): CliError {
  const usage = "jwk create <public-jwk-file> <private-jwk-file>";
  if (paths.length === 0) {
    return new CliError(
      `create needs two paths, <public-jwk-file> and <private-jwk-file>: ${usage}`,
    );
  }
  if (paths.length === 1) {
    return new CliError(
      `create needs two paths, <public-jwk-file> and <private-jwk-file>, but got only '${
        paths[0]
      }' (e.g. jwk create jwk.pub.json ${paths[0]})`,
    );
  }
  return new CliError(
    `create takes two paths, <public-jwk-file> and <private-jwk-file>: unexpected '${paths[2]}'`,
  );
}

const print = (line: string) => console.error(line);

/** Runs `jwk create` with parsed arguments. */
async function create(a: ParsedArgs, pubPath: string, privPath: string): Promise<void> {
  if (a.noPassword && !a.insecure) {
    throw new CliError("--no-password requires --insecure (the private key is then not encrypted)");
  }
  if (a.noPassword && a.passwordFile !== undefined) {
    throw new CliError("--no-password and --password-file cannot be used together");
  }
  if (a.pemPasswordFile !== undefined && a.fromPem === undefined) {
    throw new CliError("--pem-password-file is only used with --from-pem");
  }
  if (resolve(pubPath) === resolve(privPath)) {
    throw new CliError(`the public and private key files must differ: both are '${pubPath}'`);
  }
  if (a.fromPem === undefined) checkKeyOptions(a);

  const reads = [a.passwordFile, a.fromPem, a.pemPasswordFile].filter((p) => p !== undefined);
  await ensurePermissions([...new Set(reads)], [...new Set([pubPath, privPath].map(dirname))]);

  // Same file through different spellings or linked folders?
  const real = async (p: string) =>
    resolve(await Deno.realPath(dirname(p)), p.split(/[\\/]/).pop()!);
  if (await real(pubPath).catch(() => 1) === await real(privPath).catch(() => 2)) {
    throw new CliError(
      `the public and private key files must differ: '${pubPath}' and '${privPath}' are the same file`,
    );
  }

  // Outputs: checked before the key is made and before any password is asked.
  const existing: string[] = [];
  for (const p of [pubPath, privPath]) if (await inspectOutput(p) === "file") existing.push(p);
  if (existing.length > 0 && !a.force) {
    if (!isInteractive()) {
      throw new CliError(
        existing.length === 1
          ? `${existing[0]} already exists: use --force to overwrite it`
          : `${existing.join(" and ")} already exist: use --force to overwrite them`,
      );
    }
    for (const p of existing) {
      if (!await askYesNo(`Would you like to overwrite ${p}`)) {
        throw new CliError(`${p} was kept: nothing was written (use --force to overwrite)`);
      }
    }
  }

  let key: PemKey | undefined;
  if (a.fromPem !== undefined) {
    const pemFile = a.fromPem;
    key = await readPemKey(pemFile, {
      password: () => {
        if (a.pemPasswordFile !== undefined) {
          return passwordFromFile(a.pemPasswordFile, "PEM password file");
        }
        if (!isInteractive()) {
          throw new CliError(
            `${pemFile} is encrypted and there is no terminal to ask for its password: use --pem-password-file`,
          );
        }
        return readSecret(`Please enter the password to decrypt ${pemFile}: `);
      },
    });
  }
  const needsPrivate = key === undefined || key.isPrivate;

  let password: Uint8Array | undefined;
  if (needsPrivate && !a.noPassword) {
    if (a.passwordFile !== undefined) {
      password = await passwordFromFile(a.passwordFile, "password file");
    } else if (isInteractive()) {
      password = await askNewPassword("the private JWK");
    } else {
      throw new CliError(
        "a password is needed to encrypt the private key and there is no terminal to ask: " +
          "use --password-file <file>, or --no-password --insecure to write it unencrypted",
      );
    }
  }

  let created;
  try {
    // RSA generation and PBKDF2 can take a while: a spinner on a terminal only.
    created = await withProgress(
      key ? "Encrypting key" : "Generating key",
      createJwk({ ...requestOf(a), password, key }),
    );
  } finally {
    password?.fill(0);
  }
  for (const w of created.warnings) print(`warning: ${w}`);

  const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v, null, 2) + "\n");
  const files = [{ path: pubPath, data: json(created.publicJwk) }];
  const priv = created.encryptedJwk ?? created.privateJwk;
  if (priv !== undefined) files.push({ path: privPath, data: json(priv) });
  try {
    await writeFilesAtomic(files, { overwrite: existing.length > 0 });
  } finally {
    for (const f of files) f.data.fill(0);
  }
  print(`Your public key has been saved in ${pubPath}.`);
  if (priv !== undefined) print(`Your private key has been saved in ${privPath}.`);
  else print(`${a.fromPem} holds only a public key: ${privPath} was not written.`);
}

/**
 * Runs the command line with `args` (without the program name) and returns
 * the exit code. Errors are printed, never thrown.
 */
export async function main(args: readonly string[]): Promise<number> {
  try {
    const a = parseArgs(args);
    if (a.help) {
      console.log(helpText(VERSION));
      return 0;
    }
    if (a.version) {
      console.log(`jwk ${VERSION}`);
      return 0;
    }
    const [command, ...paths] = a.positionals;
    if (command === undefined) {
      throw new CliError(
        "a command is needed: jwk create <public-jwk-file> <private-jwk-file> (see --help)",
      );
    }
    if (command !== "create") {
      const hint = closest(command, ["create"])
        ? ": did you mean 'create'?"
        : ": the only command is 'create' (see --help)";
      throw new CliError(`unknown command '${command}'${hint}`);
    }
    if (paths.length !== 2) throw positionalsError(paths);
    await create(a, paths[0], paths[1]);
    return 0;
  } catch (e) {
    if (e instanceof CliError || e instanceof JwkError) {
      print(`error: ${e.message.split("\n")[0]}`);
      if (debugEnabled()) print(e.stack ?? "");
      return e instanceof CliError ? e.exitCode : 1;
    }
    if (e instanceof Deno.errors.NotCapable) {
      print(`error: ${e.message.split("\n")[0]}`);
    } else {
      const name = e instanceof Error ? e.name : "Error";
      print(`error: unexpected failure (${name}: ${describe(e)})`);
    }
    if (debugEnabled()) print(e instanceof Error ? e.stack ?? "" : String(e));
    return 1;
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args));
