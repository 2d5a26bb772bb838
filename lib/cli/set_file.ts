/**
 * A JWK Set file on disk: read it (a missing file is an empty set where the
 * caller allows it), and update it safely. An update holds the set's lock
 * (lib/cli/lock.ts) from reading to renaming, so concurrent writers lose
 * nothing; it writes a temporary file and renames it (lib/cli/files.ts), so
 * a crash leaves the old set or the new one; and it keeps the file's mode
 * and owner. A new set gets mode 0644 (it is meant to be published) unless
 * it holds private keys, then 0600. Private keys never go into a set that
 * others can read.
 * @module
 */
import { JwkError } from "../errors.ts";
import { isPrivateJwk } from "../jwk.ts";
import { type JwkSet, parseJwkSet, stringifyJwkSet } from "../keyset.ts";
import { CliError } from "./errors.ts";
import type { OutputFile } from "./files.ts";
import { MAX_KEY_FILE, readInput, readLimited } from "./inputs.ts";
import { loadCli } from "./load.ts";

/** Mode of a new set that holds only public keys: readable by a web server. */
export const PUBLIC_SET_MODE = 0o644;
/** Mode of a new set that holds private keys. */
export const PRIVATE_SET_MODE = 0o600;

/** Parses a set's bytes; a bad set is one line that names the file. */
async function parse(bytes: Uint8Array, path: string): Promise<JwkSet> {
  try {
    return await parseJwkSet(bytes);
  } catch (e) {
    if (!(e instanceof JwkError)) throw e;
    const where = path === "-" ? "the JWK Set on standard input" : path;
    throw new CliError(`${where} cannot be used: ${e.message}`);
  } finally {
    bytes.fill(0); // a set made with --private holds secrets
  }
}

/** A kid that is missing from, or already in, the set: the message names the file. */
export function inSet(e: unknown, path: string): unknown {
  if (e instanceof JwkError && (e.code === "UNKNOWN_KID" || e.code === "DUPLICATE_KID")) {
    return new CliError(`${path === "-" ? "standard input" : path}: ${e.message}`);
  }
  return e;
}

/** Reads and checks the set at `path` (`-`: standard input); it must exist. */
export async function readSetFile(path: string): Promise<JwkSet> {
  return await parse(await readInput(path, MAX_KEY_FILE, "JWK Set"), path);
}

/**
 * Reads the set at `path` if there is one, checking it; `undefined` when the
 * path is free (its folder must exist). A folder or a link there is refused.
 */
export async function readSetIfAny(path: string): Promise<JwkSet | undefined> {
  // The file helpers load only here and to write: list and find need neither.
  const { inspectOutput } = await loadCli("files.ts");
  if (await inspectOutput(path) === "absent") return undefined;
  return await parse(await readLimited(path, MAX_KEY_FILE, "JWK Set"), path);
}

/** Options of {@link updateSetFile}. */
export interface UpdateOptions {
  /** Other files written with the set, all or none (e.g. a new key pair). */
  alsoWrite?: readonly OutputFile[];
  /** Whether `alsoWrite` files may replace existing files. */
  overwrite?: boolean;
  /** The set must exist already (else it is created). */
  mustExist?: boolean;
  /** Waiting for another writer's lock gives up after this long. */
  timeoutMs?: number;
}

const privateCount = (set: JwkSet) => set.keys.filter((k) => isPrivateJwk(k)).length;

/**
 * Reads the set (or an empty one) and applies `change`; refusals name the
 * file. Also gives the mode the result is written with, and refuses private
 * keys in a set others can read.
 */
async function changed(
  path: string,
  change: (set: JwkSet) => Promise<JwkSet> | JwkSet,
  mustExist: boolean,
): Promise<{ after: JwkSet; mode: number }> {
  const before = await readSetIfAny(path);
  if (before === undefined && mustExist) {
    throw new CliError(`cannot read JWK Set ${path}: no such file or folder`);
  }
  let after: JwkSet;
  try {
    after = await change(before ?? { keys: [] });
  } catch (e) {
    throw inSet(e, path);
  }
  let mode = privateCount(after) > 0 ? PRIVATE_SET_MODE : PUBLIC_SET_MODE;
  if (before !== undefined) mode = (await Deno.stat(path)).mode! & 0o777;
  if (privateCount(after) > privateCount(before ?? { keys: [] }) && (mode & 0o077) !== 0) {
    throw new CliError(
      `${path} can be read by others (mode 0${mode.toString(8)}): refusing to put a ` +
        `private key in it (chmod 600 ${path} first, if it is not published)`,
    );
  }
  return { after, mode };
}

/**
 * Changes the set at `path` (an empty set when there is none): under its
 * lock, reads it, calls `change`, and writes the result with `alsoWrite`,
 * all or nothing. `change` must be a pure function of the set: it is first
 * tried without the lock, so that a refusal (a bad set, a kid already there)
 * leaves no lock file behind. A change that adds private keys to a set that
 * group or others can read is refused.
 */
export async function updateSetFile(
  path: string,
  change: (set: JwkSet) => Promise<JwkSet> | JwkSet,
  options: UpdateOptions = {},
): Promise<void> {
  const mustExist = options.mustExist ?? false;
  await changed(path, change, mustExist);
  const [{ withLock }, { writeFilesAtomic }] = await Promise.all([
    loadCli("lock.ts"),
    loadCli("files.ts"),
  ]);
  await withLock(path, async () => {
    const { after, mode } = await changed(path, change, mustExist);
    const data = new TextEncoder().encode(stringifyJwkSet(after));
    try {
      await writeFilesAtomic(
        [...(options.alsoWrite ?? []), { path, data, mode, update: true }],
        { overwrite: options.overwrite ?? false },
      );
    } finally {
      data.fill(0);
    }
  }, { timeoutMs: options.timeoutMs });
}
