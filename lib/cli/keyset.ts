/**
 * `jwk keyset add|remove|list|find`, like `step crypto jwk keyset`: keep a
 * JWK Set file. The set logic is the library's (lib/keyset.ts); this file
 * reads inputs, asks for passwords, and updates the set file safely
 * (lib/cli/set_file.ts: lock, atomic write, mode kept).
 * @module
 */
import type { Command } from "./command.ts";
import { readAnyKey } from "../key_input.ts";
import { addToJwkSet, findInJwkSet, jwkSetKids, removeFromJwkSet } from "../keyset.ts";
import { CliError } from "./errors.ts";
import { closest, flagValue, type ParsedFlags } from "./flags.ts";
import { MAX_KEY_FILE, passwordFromFile, readInput } from "./inputs.ts";
import { KEYSET_FLAGS, type Subcommand, SUBCOMMANDS } from "./keyset_help.ts";
import { ensurePermissions } from "./permissions.ts";
import { isInteractive, readSecret } from "./prompt.ts";
import { inSet, readSetFile, updateSetFile } from "./set_file.ts";
import { loadCli } from "./load.ts";

const print = (line: string) => console.error(line);
const NAMES = Object.keys(SUBCOMMANDS) as Subcommand[];

/** The subcommand word, checked, with a "did you mean" for a typo. */
function subcommandOf(word: string | undefined): Subcommand {
  if (word === undefined) {
    throw new CliError(
      `keyset needs a subcommand: jwk keyset <${NAMES.join("|")}> <jwks-file> (see --help)`,
    );
  }
  if ((NAMES as string[]).includes(word)) return word as Subcommand;
  const hint = closest(word, NAMES);
  throw new CliError(
    `unknown keyset subcommand '${word}'` +
      (hint ? `: did you mean '${hint}'?` : `: the subcommands are ${NAMES.join(", ")}`),
  );
}

/** Refuses a flag that another subcommand takes but this one does not. */
function checkFlags(sub: Subcommand, p: ParsedFlags): void {
  const allowed: readonly string[] = SUBCOMMANDS[sub].flags.map((f) => f.name);
  for (const name of [...p.values.keys(), ...p.on]) {
    if (allowed.includes(name)) continue;
    const users = NAMES.filter((n) => SUBCOMMANDS[n].flags.some((f) => f.name === name));
    throw new CliError(
      `--${name} is not a flag of 'keyset ${sub}' (it is for ${
        users.map((u) => `'keyset ${u}'`).join(" and ")
      })`,
    );
  }
}

/** The positionals of a subcommand: the set path, and at most `extra` more. */
function paths(sub: Subcommand, p: ParsedFlags, extra: number): string[] {
  const [, ...rest] = p.positionals;
  const usage = SUBCOMMANDS[sub].usage;
  if (rest.length === 0) throw new CliError(`keyset ${sub} needs a JWK Set file: ${usage}`);
  if (rest.length > 1 + extra) {
    throw new CliError(`keyset ${sub}: unexpected argument '${rest[1 + extra]}': ${usage}`);
  }
  return rest;
}

/** The --kid a subcommand requires. */
function kidOf(sub: Subcommand, p: ParsedFlags): string {
  const kid = flagValue(p, "kid");
  if (kid === undefined) {
    throw new CliError(`keyset ${sub} needs --kid: ${SUBCOMMANDS[sub].usage}`);
  }
  if (kid === "") throw new CliError("--kid must not be empty");
  return kid;
}

/** A set that is written to must be a real file path, not standard input. */
function writablePath(sub: Subcommand, set: string): string {
  if (set === "-") {
    throw new CliError(`keyset ${sub} changes the JWK Set file: give its path, not -`);
  }
  return set;
}

async function add(p: ParsedFlags): Promise<void> {
  const [set, keyFile = "-"] = paths("add", p, 1);
  writablePath("add", set);
  const passwordFile = flagValue(p, "password-file");
  if (keyFile === "-" && passwordFile === "-") {
    throw new CliError(
      "the key and its password cannot both come from standard input: give one a file",
    );
  }
  if (p.positionals.length === 2 && isInteractive()) {
    throw new CliError(
      "keyset add needs a key: give <key-file>, or pipe one on standard input (or give - to type it)",
    );
  }
  const { dirname } = await writeHelpers();
  await ensurePermissions([keyFile, passwordFile ?? "-"], [dirname(set)]);

  const shown = keyFile === "-" ? "the key on standard input" : keyFile;
  const bytes = await readInput(keyFile, MAX_KEY_FILE, "key file");
  let key;
  try {
    key = await readAnyKey(bytes, {
      password: () => {
        if (passwordFile !== undefined) {
          return passwordFromFile(passwordFile, "password file", "input");
        }
        if (!isInteractive()) {
          throw new CliError(
            `${shown} is encrypted and there is no terminal to ask for its password: use --password-file`,
          );
        }
        return readSecret(`Please enter the password to decrypt ${shown}: `);
      },
    });
  } finally {
    bytes.fill(0);
  }
  let kid = "";
  await updateSetFile(set, async (before) => {
    const added = await addToJwkSet(before, key.jwk, {
      private: p.on.has("private"),
      insecure: p.on.has("insecure"),
    });
    kid = added.key.kid!;
    return added.set;
  });
  print(`The key ${kid} has been added to ${set}.`);
}

/**
 * What add and remove need to write a set (list and find do without): loaded
 * together, at once, since loading them one after the other as they are
 * reached costs a run of Deno's module loader each. Gives the path helpers.
 */
async function writeHelpers() {
  const [paths] = await Promise.all([loadCli("paths.ts"), loadCli("files.ts"), loadCli("lock.ts")]);
  return paths;
}

async function remove(p: ParsedFlags): Promise<void> {
  const [set] = paths("remove", p, 0);
  writablePath("remove", set);
  const kid = kidOf("remove", p);
  const { dirname } = await writeHelpers();
  await ensurePermissions([], [dirname(set)]);
  await updateSetFile(set, (before) => removeFromJwkSet(before, kid).set, { mustExist: true });
  print(`The key ${kid} has been removed from ${set}.`);
}

async function list(p: ParsedFlags): Promise<void> {
  const [set] = paths("list", p, 0);
  await ensurePermissions([set], []);
  const keys = await readSetFile(set);
  const kids = jwkSetKids(keys);
  if (kids.length > 0) console.log(kids.join("\n"));
  const without = keys.keys.length - kids.length;
  if (without > 0) print(`note: ${without} key${without === 1 ? " has" : "s have"} no kid`);
}

async function find(p: ParsedFlags): Promise<void> {
  const [set] = paths("find", p, 0);
  const kid = kidOf("find", p);
  await ensurePermissions([set], []);
  const keys = await readSetFile(set);
  let key;
  try {
    key = findInJwkSet(keys, kid);
  } catch (e) {
    throw inSet(e, set);
  }
  console.log(JSON.stringify(key, null, 2));
}

const RUN: Record<Subcommand, (p: ParsedFlags) => Promise<void>> = { add, remove, list, find };

/** Runs `jwk keyset` with its parsed flags. */
async function runKeyset(parsed: ParsedFlags): Promise<void> {
  const sub = subcommandOf(parsed.positionals[0]);
  checkFlags(sub, parsed);
  await RUN[sub](parsed);
}

/** `jwk keyset`, for cli.ts. */
export const command: Command = {
  flags: KEYSET_FLAGS,
  // The manual's text loads only for --help.
  manual: async (version) => (await loadCli("keyset_help.ts")).keysetHelp(version),
  async run(parsed) {
    await runKeyset(parsed);
  },
};
