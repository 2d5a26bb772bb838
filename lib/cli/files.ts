/**
 * Atomic, all-or-nothing writes of the CLI's output files: each file is
 * written to a temporary file in its own folder (created new, mode 0600),
 * flushed to disk, and only when every file is ready are they renamed into
 * place. A failure removes what was made and restores what was replaced.
 *
 * Deno permissions: read and write on the folder of each output (the
 * temporary names are `.<file>.<random>.tmp` and `.<file>.<random>.bak`
 * beside it; Deno's rename and lstat need read access).
 * @module
 */
import { basename, dirname, join } from "./paths.ts";
import { CliError, describe } from "./errors.ts";

// Where they were first: both live with their own kind now (errors.ts,
// inputs.ts), so that a command that only reads loads neither this module nor
// the path helpers.
export { describe } from "./errors.ts";
export { readLimited } from "./inputs.ts";

/** What is at an output path now. */
export type OutputState = "absent" | "file";

/** One file to write. */
export interface OutputFile {
  /** Where it goes. */
  path: string;
  /** Its whole content. */
  data: Uint8Array;
  /** Permission bits of the file when it is new (default 0600); `update` keeps an existing file's. */
  mode?: number;
  /**
   * Replace an existing file whatever `overwrite` says, keeping its mode (and,
   * where allowed, its owner and group): for a file that is updated, such as a
   * JWK Set, rather than made anew.
   */
  update?: boolean;
}

/** Options of {@link writeFilesAtomic}. */
export interface WriteOptions {
  /** Replace files that exist (else an existing file is an error). */
  overwrite: boolean;
  /** For tests: called before file `index` is put in place; a throw aborts. */
  beforeCommit?: (index: number) => void | Promise<void>;
}

function randomTag(): string {
  return [...crypto.getRandomValues(new Uint8Array(6))]
    .map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The temporary name beside `path`, e.g. `out/.k.json.1a2b3c4d5e6f.tmp`. */
export function tempPath(path: string, suffix = "tmp"): string {
  return join(dirname(path), `.${basename(path)}.${randomTag()}.${suffix}`);
}

/** Leftovers older than this are from a run that died (a kill, a power cut). */
export const STALE_TEMP_MS = 60_000;

/**
 * Removes temporary and backup files that an earlier run of ours left beside
 * `path` when it was killed. Only our own name pattern, only plain files, and
 * only old ones, so a run going on at the same time is never disturbed.
 */
export function removeStaleTemps(path: string, now = Date.now()): Promise<number> {
  return Promise.resolve(removeStaleTempsIn(dirname(path), [basename(path)], now));
}

/** {@link removeStaleTemps} for several files of one folder, which is read once. */
function removeStaleTempsIn(dir: string, names: readonly string[], now = Date.now()): number {
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const ours = new RegExp(`^\\.(?:${escaped.join("|")})\\.[0-9a-f]{12}\\.(tmp|bak)$`);
  let removed = 0;
  try {
    for (const e of Deno.readDirSync(dir)) {
      if (!e.isFile || !ours.test(e.name)) continue;
      const leftover = join(dir, e.name);
      const info = lstatOrNull(leftover);
      if (!info?.mtime || now - info.mtime.getTime() < STALE_TEMP_MS) continue;
      removeQuietly(leftover);
      removed++;
    }
  } catch {
    // An unreadable folder fails later, with a clear message, when written to.
  }
  return removed;
}

// The metadata calls here (lstat, readDir, link, rename, remove, chmod) are
// synchronous: each takes microseconds, and an asynchronous one waits for a
// thread of Deno's pool to pick it up and hand it back, which on a busy
// machine took a millisecond or more. Only the flushes, which do wait on the
// disk, stay asynchronous, so that several files flush side by side.

function lstatOrNull(path: string): Deno.FileInfo | null {
  try {
    return Deno.lstatSync(path);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return null;
    throw e;
  }
}

/**
 * What is at an output path: "absent" or "file". Refuses (with a
 * {@link CliError}) a folder, a symbolic link, anything that is not a regular
 * file, and a path whose folder does not exist.
 */
// deno-lint-ignore require-await
export async function inspectOutput(path: string): Promise<OutputState> {
  if (absentFromListing(path)) return "absent";
  let info: Deno.FileInfo | null;
  try {
    info = lstatOrNull(path);
  } catch (e) {
    // A file where a folder of the path should be (k.json/x.json).
    if (e instanceof Deno.errors.NotADirectory) {
      throw new CliError(`cannot write ${path}: ${dirname(path)} is not a folder`);
    }
    throw e;
  }
  if (info === null) {
    const dir = dirname(path);
    let d: Deno.FileInfo | null = null;
    try {
      d = lstatOrNull(dir);
    } catch {
      d = null;
    }
    if (d === null) throw new CliError(`cannot write ${path}: the folder ${dir} does not exist`);
    if (!d.isDirectory && !d.isSymlink) {
      throw new CliError(`cannot write ${path}: ${dir} is not a folder`);
    }
    return "absent";
  }
  if (info.isSymlink) {
    throw new CliError(
      `${path} is a symbolic link: refusing to write through it (give the real path)`,
    );
  }
  if (info.isDirectory) throw new CliError(`${path} is a folder: give a file path`);
  if (!info.isFile) throw new CliError(`${path} is not a regular file: refusing to replace it`);
  return "file";
}

/**
 * True when the folder's listing shows that nothing is at `path`: no entry of
 * its name, nor of a name that differs in case only (which a case-folding
 * file system would take for it). Only for ASCII names, whose Unicode forms
 * are all one; otherwise, or when the folder cannot be listed, false, and
 * lstat decides (and words any error). Why a listing: the first lstat of a
 * missing file costs Deno about 1 ms, a listing of a small folder a third of
 * that (bench/RESULTS.md); `create` checks both outputs before any work.
 */
function absentFromListing(path: string): boolean {
  const name = basename(path);
  // deno-lint-ignore no-control-regex
  if (name === "" || name === "." || name === ".." || !/^[\x00-\x7f]+$/.test(name)) return false;
  const folded = name.toLowerCase();
  try {
    for (const e of Deno.readDirSync(dirname(path))) {
      if (e.name.toLowerCase() === folded) return false;
    }
    return true;
  } catch {
    return false;
  }
}

function removeQuietly(path: string): void {
  try {
    Deno.removeSync(path);
  } catch {
    // already gone, or nothing more can be done
  }
}

/**
 * Writes `data` to a new file created with mode 0600, and flushes it to disk;
 * `mode`, when given, is set before the file is put in place (chmod, so the
 * umask does not change it).
 */
async function writeNew(path: string, data: Uint8Array, mode?: number): Promise<void> {
  const file = Deno.openSync(path, { write: true, createNew: true, mode: 0o600 });
  try {
    let off = 0;
    while (off < data.length) off += file.writeSync(data.subarray(off));
    await file.sync();
  } finally {
    file.close();
  }
  if (mode !== undefined && mode !== 0o600) Deno.chmodSync(path, mode & 0o777);
}

/**
 * Gives `temp` the mode of `path` (and its owner and group when this process
 * may: root can, others only to a group of their own), so that replacing a
 * file changes its content only: a set made 0644, or 0640 for a web server's
 * group, stays so.
 */
function keepAttributes(path: string, temp: string): void {
  const info = Deno.statSync(path);
  if (info.mode !== null) Deno.chmodSync(temp, info.mode & 0o777);
  const own = Deno.statSync(temp);
  if (info.uid !== null && info.gid !== null && (info.uid !== own.uid || info.gid !== own.gid)) {
    try {
      Deno.chownSync(temp, info.uid, info.gid);
    } catch {
      try {
        Deno.chownSync(temp, null, info.gid);
      } catch {
        // not allowed: the mode is kept, the owner is this user
      }
    }
  }
}

async function syncFolder(dir: string): Promise<void> {
  try {
    const f = Deno.openSync(dir, { read: true });
    try {
      await f.sync();
    } finally {
      f.close();
    }
  } catch {
    // not every system can flush a folder; the files themselves are flushed
  }
}

/**
 * Writes every file or none. Each goes to a temporary file in its own folder
 * (mode 0600, flushed), then all are put in place; an existing file is
 * replaced only with `overwrite` (it is kept as a hard link until all are in
 * place, so a failure can restore it). A new file is linked into place, so a
 * file that appeared meanwhile is never clobbered.
 */
export async function writeFilesAtomic(
  files: readonly OutputFile[],
  options: WriteOptions,
): Promise<void> {
  // One read of each folder, for all the files going there.
  const folders = new Map<string, string[]>();
  for (const f of files) {
    const dir = dirname(f.path);
    folders.set(dir, [...folders.get(dir) ?? [], basename(f.path)]);
  }
  for (const [dir, names] of folders) removeStaleTempsIn(dir, names);
  // The temporary files are written and flushed side by side: the system can
  // commit their flushes together. None is in place before all are written.
  const temps = files.map((f) => tempPath(f.path));
  const written = await Promise.allSettled(files.map((f, i) => writeNew(temps[i], f.data, f.mode)));
  const failed = written.findIndex((r) => r.status === "rejected");
  if (failed >= 0) {
    temps.forEach(removeQuietly);
    const why = (written[failed] as PromiseRejectedResult).reason;
    throw new CliError(`cannot write ${files[failed].path}: ${describe(why)}`);
  }

  const placed: { path: string; backup?: string }[] = [];
  try {
    for (const [i, f] of files.entries()) {
      await options.beforeCommit?.(i);
      const state = await inspectOutput(f.path);
      let backup: string | undefined;
      if (state === "file" && f.update) keepAttributes(f.path, temps[i]);
      else if (f.mode !== undefined) Deno.chmodSync(temps[i], f.mode);
      if (state === "file") {
        if (!options.overwrite && !f.update) {
          throw new CliError(`${f.path} already exists: use --force to overwrite it`);
        }
        backup = tempPath(f.path, "bak");
        try {
          Deno.linkSync(f.path, backup);
        } catch {
          backup = undefined; // no hard links here: replace without a way back
        }
        Deno.renameSync(temps[i], f.path);
      } else {
        try {
          Deno.linkSync(temps[i], f.path);
          removeQuietly(temps[i]);
        } catch (e) {
          if (e instanceof Deno.errors.AlreadyExists) {
            throw new CliError(`${f.path} already exists: use --force to overwrite it`);
          }
          Deno.renameSync(temps[i], f.path); // no hard links: plain rename
        }
      }
      placed.push({ path: f.path, backup });
    }
  } catch (e) {
    for (const p of placed.reverse()) {
      if (p.backup) {
        try {
          Deno.renameSync(p.backup, p.path);
        } catch {
          // nothing more can be done
        }
      } else removeQuietly(p.path);
    }
    temps.forEach(removeQuietly);
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot write ${files[placed.length]?.path ?? "files"}: ${describe(e)}`);
  }
  for (const p of placed) if (p.backup) removeQuietly(p.backup);
  for (const dir of new Set(files.map((f) => dirname(f.path)))) await syncFolder(dir);
}
