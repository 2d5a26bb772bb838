/**
 * `jwk create <public-jwk-file> <private-jwk-file>`, like `step crypto jwk
 * create`.
 *
 * Order of work: flags, then the key options are checked, then Deno
 * permissions, then the output files (existing ones are kept unless --force
 * or a "y" on the terminal), then the password, then the key, then both files
 * at once. Any failure is thrown (cli.ts prints one `error:` line) and no file
 * is written.
 * @module
 */
import type { Command } from "./command.ts";
import { resolveKeyParams } from "../algorithms.ts";
import { createJwk, type ExistingKey } from "../create.ts";
import { JwkError } from "../errors.ts";
import { checkKeyOps, useOfKeyOps } from "../key_ops.ts";
import { CREATE_FLAGS, type CreateArgs, createArgsOf, createOptionsOf } from "./create_flags.ts";
import { checkNoPassword, type ParsedFlags } from "./flags.ts";
import { CliError } from "./errors.ts";
import { inspectOutput, writeFilesAtomic } from "./files.ts";
import { MAX_KEY_FILE, passwordFromFile, readInput } from "./inputs.ts";
import { basename, dirname, pathKey } from "./paths.ts";
import { ensurePermissions } from "./permissions.ts";
import { askNewPassword, askYesNo, isInteractive, readSecret } from "./prompt.ts";
import { loadCli } from "./load.ts";

const print = (line: string) => console.error(line);

/** What the PEM reader (lib/pem/read.ts) gives back. */
interface PemKey extends ExistingKey {
  /** Which format the file was in. */
  format?: string;
}

/** The part of lib/pem/read.ts the CLI uses. */
interface PemModule {
  readKey(
    input: Uint8Array | string,
    options: { password?: () => Promise<Uint8Array | string> },
  ): Promise<PemKey>;
}

/**
 * Reads the key of a PEM file with lib/pem/read.ts, the one place the CLI loads
 * that module. A build without it says so in one line.
 */
async function readPemKey(
  path: string,
  options: { password: () => Promise<Uint8Array | string> },
): Promise<PemKey> {
  let pem: PemModule;
  try {
    pem = await loadCli("../pem/read.ts") as PemModule;
  } catch {
    throw new CliError("--from-pem is not available in this build");
  }
  const bytes = await readInput(path, MAX_KEY_FILE, "PEM file");
  return await pem.readKey(bytes, options);
}

/** The certificate checks, loaded only for --self-signed. */
const selfSigned = () => loadCli("../x509/self_signed.ts");
/** The JWK Set update, loaded only for --jwks. */
const jwksFile = () => loadCli("create_jwks.ts");

/** Checks the key options before any file, password or key work (generated keys only). */
async function checkKeyOptions(a: CreateArgs): Promise<void> {
  if (a.kid === "") throw new JwkError("INVALID_OPTION", "--kid must not be empty");
  const opsUse = a.keyOps ? useOfKeyOps(a.keyOps) : undefined;
  if (a.keyOps && opsUse === undefined && !a.insecure) {
    throw new JwkError(
      "INSECURE",
      "--key-ops mixes signing and encryption operations: split them, or add --insecure",
    );
  }
  const params = resolveKeyParams({ ...createOptionsOf(a), use: a.use ?? opsUse });
  if (a.selfSigned) (await selfSigned()).checkSelfSignable(params);
  if (a.keyOps) {
    checkKeyOps(a.keyOps, params.use, params.alg, {
      useGiven: a.use !== undefined,
      subtle: a.subtle,
      insecure: a.insecure,
    });
  }
}

/** --subject and --not-after: only with --self-signed, and checked before any work. */
async function checkCertificateOptions(a: CreateArgs): Promise<void> {
  for (const [flag, value] of [["subject", a.subject], ["not-after", a.notAfter]]) {
    if (value !== undefined && !a.selfSigned) {
      throw new CliError(`--${flag} is only used with --self-signed`);
    }
  }
  if (a.subject !== undefined) (await loadCli("../x509/name.ts")).parseName(a.subject);
  if (a.notAfter !== undefined) (await loadCli("../x509/validity.ts")).notAfterFrom(a.notAfter);
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

/** Runs `jwk create` with parsed arguments. */
async function create(a: CreateArgs, pubPath: string, privPath: string): Promise<void> {
  checkNoPassword(a, "--password-file", a.passwordFile !== undefined);
  if (a.pemPasswordFile !== undefined && a.fromPem === undefined) {
    throw new CliError("--pem-password-file is only used with --from-pem");
  }
  if (pathKey(pubPath) === pathKey(privPath)) {
    throw new CliError(
      pubPath === privPath
        ? `the public and private key files must differ: both are '${pubPath}'`
        : `the public and private key files must differ: '${pubPath}' and '${privPath}' name the same file`,
    );
  }
  await checkCertificateOptions(a);
  if (a.fromPem === undefined) await checkKeyOptions(a);

  const reads = [a.passwordFile, a.fromPem, a.pemPasswordFile].filter((p) => p !== undefined);
  const outputs = [pubPath, privPath, ...(a.jwks === undefined ? [] : [a.jwks])];
  await ensurePermissions([...new Set(reads)], [...new Set(outputs.map(dirname))]);
  if (a.jwks !== undefined) {
    await (await jwksFile()).checkJwks(
      a.jwks,
      [pubPath, privPath],
      a.fromPem === undefined ? createOptionsOf(a) : undefined,
    );
  }

  // Same file through different spellings or linked folders?
  // (basename, not a split on both "/" and "\\": on POSIX a backslash is part of a name.)
  // Two names in one folder, as written, are two files (checked above): no
  // need to ask the file system.
  const real = async (p: string) => pathKey(await Deno.realPath(dirname(p)), basename(p));
  if (
    dirname(pubPath) !== dirname(privPath) &&
    await real(pubPath).catch(() => 1) === await real(privPath).catch(() => 2)
  ) {
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
          return passwordFromFile(a.pemPasswordFile, "PEM password file", "input");
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
  if (key && a.selfSigned) {
    // Before any password is asked: what the file holds decides.
    if (!key.isPrivate) {
      throw new CliError(`--self-signed needs a private key: ${a.fromPem} holds only a public key`);
    }
    if (key.x5c) {
      throw new CliError(
        `--self-signed: ${a.fromPem} has its own certificate (it becomes x5c): drop --self-signed`,
      );
    }
    (await selfSigned()).checkSelfSignable(key.jwk);
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
    // RSA generation and PBKDF2 can take a while: a spinner on a terminal
    // only (its module loads only then).
    const work = createJwk({ ...createOptionsOf(a), password, key });
    created = Deno.stderr.isTerminal()
      ? await (await loadCli("progress.ts")).withProgress(
        key ? "Encrypting key" : "Generating key",
        work,
      )
      : await work;
  } finally {
    password?.fill(0);
  }
  for (const w of created.warnings) print(`warning: ${w}`);

  const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v, null, 2) + "\n");
  const files = [{ path: pubPath, data: json(created.publicJwk) }];
  const priv = created.encryptedJwk ?? created.privateJwk;
  if (priv !== undefined) files.push({ path: privPath, data: json(priv) });
  try {
    if (a.jwks === undefined) await writeFilesAtomic(files, { overwrite: existing.length > 0 });
    else {await (await jwksFile()).writeWithJwks(
        a.jwks,
        created.publicJwk,
        files,
        existing.length > 0,
      );}
  } finally {
    for (const f of files) f.data.fill(0);
  }
  print(`Your public key has been saved in ${pubPath}.`);
  if (priv !== undefined) print(`Your private key has been saved in ${privPath}.`);
  else print(`${a.fromPem} holds only a public key: ${privPath} was not written.`);
  if (a.jwks !== undefined) print(`Your public key has been added to ${a.jwks}.`);
}

/** Runs `jwk create` with its flags, parsed once by cli.ts. */
async function runCreate(parsed: ParsedFlags): Promise<void> {
  const a = createArgsOf(parsed);
  if (a.positionals.length !== 2) throw positionalsError(a.positionals);
  await create(a, a.positionals[0], a.positionals[1]);
}

/** `jwk create`, for cli.ts. */
export const command: Command = {
  flags: CREATE_FLAGS,
  // The manual's text loads only for --help.
  manual: async (version) => (await loadCli("create_help.ts")).createHelp(version),
  async run(parsed) {
    await runCreate(parsed);
  },
};
