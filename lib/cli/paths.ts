/**
 * The few path operations the CLI needs, for POSIX and for Windows paths.
 * `node:path` would do, but loading Deno's Node layer costs ~7 MiB of memory
 * and a few ms of start-up on every run (measured with `/usr/bin/time -f %M`).
 *
 * Windows paths take both separators and start with a drive (`C:\`, or
 * `C:` alone: that drive's current folder) or a UNC share (`\\server\share\`);
 * `\` alone is the root of the current drive. The flavour follows the
 * platform, decided once at start-up; `pathsFor` gives either one (tests
 * compare both with `node:path`'s `posix` and `win32`).
 * @module
 */

/** Which path syntax: POSIX (`/` only) or Windows (`\` and `/`, drives, UNC). */
export type PathFlavour = "posix" | "windows";

/** The path helpers of one flavour. */
export interface PathHelpers {
  /** The flavour these helpers follow. */
  readonly flavour: PathFlavour;
  /** The separator this flavour writes: `/` or `\`. */
  readonly sep: "/" | "\\";
  /** The folder part of a path, "." when there is none (as `node:path`'s dirname). */
  dirname(path: string): string;
  /** The last part of a path, trailing separators ignored (as `node:path`'s basename). */
  basename(path: string): string;
  /**
   * `name` (one file name, no separator) inside the folder `dir`. Unlike
   * `node:path`'s join nothing is normalized: `dir/..` stays as written, since
   * removing `..` by hand changes the folder when `dir` is a symbolic link,
   * and a temporary file must land in the very folder of its output. On
   * Windows `C:` + `x` is `C:x` (the drive's current folder), not `C:\x`.
   */
  join(dir: string, name: string): string;
  /**
   * An absolute, normalized path: `path` taken from `base` (default: the
   * current folder), as `node:path`'s resolve(base, path).
   */
  resolve(base: string, path?: string): string;
  /** Whether a path starts at a root (`/`; on Windows `C:\`, `\`, `\\server\share`). */
  isAbsolute(path: string): boolean;
}

/** Where a path's root ends, and what it is. */
interface Root {
  /** `C:` or `\\server\share` (separators normalized); "" when none. */
  device: string;
  /** Whether the root includes a separator, i.e. the path is absolute. */
  rooted: boolean;
  /** Index just past the root and the one separator that belongs to it. */
  end: number;
}

function posixRoot(p: string): Root {
  const rooted = p.startsWith("/");
  return { device: "", rooted, end: rooted ? 1 : 0 };
}

const isWinSep = (c: string | undefined) => c === "/" || c === "\\";
const DRIVE = /^[A-Za-z]:/;

/**
 * The root of a Windows path. With `namespace`, `\\.\` and `\\?\` (the
 * device and verbatim namespaces) are the root and what follows is a path
 * below it, as `node:path` resolves them; otherwise they look like a share.
 */
function windowsRoot(p: string, namespace = false): Root {
  if (isWinSep(p[0])) {
    if (isWinSep(p[1])) {
      // \\server\share needs both names; separators may repeat between them.
      let i = 2;
      while (i < p.length && !isWinSep(p[i])) i++;
      const server = p.slice(2, i);
      while (i < p.length && isWinSep(p[i])) i++;
      let k = i;
      while (k < p.length && !isWinSep(p[k])) k++;
      const share = p.slice(i, k);
      if (server !== "" && share !== "") {
        if (namespace && (server === "." || server === "?")) {
          return { device: `\\\\${server}`, rooted: true, end: i };
        }
        return {
          device: `\\\\${server}\\${share}`,
          rooted: true,
          end: k + (isWinSep(p[k]) ? 1 : 0),
        };
      }
    }
    return { device: "", rooted: true, end: 1 };
  }
  if (DRIVE.test(p)) {
    const rooted = isWinSep(p[2]);
    return { device: p.slice(0, 2), rooted, end: rooted ? 3 : 2 };
  }
  return { device: "", rooted: false, end: 0 };
}

/**
 * The path helpers of a flavour. `cwd` gives the current folder for
 * {@link PathHelpers.resolve} (default: `Deno.cwd()`, asked at each call).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pathsFor } from "./paths.ts";
 * const win = pathsFor("windows", () => "D:\\work");
 * assert.equal(win.resolve("keys/../jwk.json"), "D:\\work\\jwk.json");
 * assert.equal(win.resolve("C:\\srv", "C:a.json"), "C:\\srv\\a.json");
 * assert.equal(win.dirname("\\\\server\\share\\keys\\"), "\\\\server\\share\\");
 * const posix = pathsFor("posix", () => "/home/me");
 * assert.equal(posix.resolve("a\\b"), "/home/me/a\\b");
 * ```
 */
export function pathsFor(flavour: PathFlavour, cwd: () => string = () => Deno.cwd()): PathHelpers {
  const win = flavour === "windows";
  const sep = win ? "\\" : "/";
  const isSep = win ? isWinSep : (c: string | undefined) => c === "/";
  const root = win ? windowsRoot : posixRoot;
  const resolveRoot = win ? (p: string) => windowsRoot(p, true) : posixRoot;

  function dirname(path: string): string {
    const r = root(path);
    if (path === "") return ".";
    if (r.end === path.length) return path; // nothing but a root
    let end = path.length;
    while (end > r.end && isSep(path[end - 1])) end--;
    let start = end;
    while (start > r.end && !isSep(path[start - 1])) start--;
    if (start <= r.end) return r.end > 0 ? path.slice(0, r.end) : ".";
    // POSIX keeps a leading "//" (it may mean something to the system).
    if (!win && start === 2 && path[0] === "/") return "//";
    return path.slice(0, start - 1);
  }

  function basename(path: string): string {
    const from = win && DRIVE.test(path) ? 2 : 0;
    let end = path.length;
    while (end > from && isSep(path[end - 1])) end--;
    let start = end;
    while (start > from && !isSep(path[start - 1])) start--;
    return path.slice(start, end);
  }

  function join(dir: string, name: string): string {
    if (dir === "" || dir === ".") return name;
    const r = root(dir);
    const bareDrive = r.device !== "" && !r.rooted && r.end === dir.length;
    const joined = isSep(dir.at(-1)) || bareDrive ? dir + name : dir + sep + name;
    // "\\x" is the folder x at the drive's root; "\\x\name" would be a share.
    if (win && root(joined).device !== r.device) return sep + joined.replace(/^[\\/]+/, "");
    return joined;
  }

  /** Right to left until an absolute path (and, on Windows, its drive) is known. */
  function resolveAll(paths: string[]): string {
    let device = "";
    let tail = "";
    let absolute = false;
    for (let i = paths.length - 1; i >= -1; i--) {
      let p = i >= 0 ? paths[i] : cwd();
      if (i < 0 && device !== "") {
        // A drive-relative path on another drive than the current folder's:
        // that drive's own current folder is unknown here, so its root.
        const c = resolveRoot(p);
        if (c.device !== "" && c.device.toLowerCase() !== device.toLowerCase()) p = device + sep;
      }
      if (p === "") continue;
      const r = resolveRoot(p);
      if (r.device !== "") {
        if (device === "") device = r.device;
        else if (r.device.toLowerCase() !== device.toLowerCase()) continue;
      }
      if (!absolute) {
        tail = `${p.slice(r.end)}${sep}${tail}`;
        absolute = r.rooted;
      }
      if (absolute && (device !== "" || !win)) break;
    }
    const parts: string[] = [];
    for (const part of tail.split(win ? /[\\/]/ : "/")) {
      if (part === "" || part === ".") continue;
      if (part !== "..") parts.push(part);
      else if (parts.length > 0 && parts.at(-1) !== "..") parts.pop();
      else if (!absolute) parts.push("..");
    }
    const body = parts.join(sep);
    if (absolute) return device + sep + body;
    return device + body || ".";
  }

  return {
    flavour,
    sep,
    dirname,
    basename,
    join,
    resolve: (base, path) => resolveAll(path === undefined ? [base] : [base, path]),
    isAbsolute: (path) => root(path).rooted,
  };
}

/** POSIX path helpers. */
export const posix: PathHelpers = pathsFor("posix");
/** Windows path helpers. */
export const win32: PathHelpers = pathsFor("windows");

/** The helpers of the platform this runs on, picked once. */
const native = Deno.build.os === "windows" ? win32 : posix;

/**
 * The folder part of a path, "." when there is none.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { dirname, posix, win32 } from "./paths.ts";
 * assert.equal(posix.dirname("keys/jwk.json"), "keys");
 * assert.equal(posix.dirname("jwk.json"), ".");
 * assert.equal(posix.dirname("/jwk.json"), "/");
 * assert.equal(win32.dirname("C:\\keys\\jwk.json"), "C:\\keys");
 * assert.equal(win32.dirname("C:jwk.json"), "C:");
 * assert.equal(dirname("jwk.json"), "."); // this platform's flavour
 * ```
 */
export function dirname(path: string): string {
  return native.dirname(path);
}

/**
 * The last part of a path.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { basename, posix, win32 } from "./paths.ts";
 * assert.equal(posix.basename("keys/jwk.json"), "jwk.json");
 * assert.equal(posix.basename("keys\\jwk.json"), "keys\\jwk.json");
 * assert.equal(win32.basename("keys\\jwk.json"), "jwk.json");
 * assert.equal(basename("keys/jwk.json"), "jwk.json");
 * ```
 */
export function basename(path: string): string {
  return native.basename(path);
}

/**
 * A file name inside a folder, nothing normalized.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { join, posix, win32 } from "./paths.ts";
 * assert.equal(posix.join("keys", "a.json"), "keys/a.json");
 * assert.equal(posix.join(".", "a.json"), "a.json");
 * assert.equal(win32.join("C:", "a.json"), "C:a.json");
 * assert.equal(win32.join("\\\\srv\\keys", "a.json"), "\\\\srv\\keys\\a.json");
 * assert.equal(join(".", "a.json"), "a.json");
 * ```
 */
export function join(dir: string, name: string): string {
  return native.join(dir, name);
}

/**
 * An absolute, normalized path: `path` taken from `base` (default: the
 * current folder).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { posix, resolve, win32 } from "./paths.ts";
 * assert.equal(posix.resolve("/srv/keys", "./a/../jwk.json"), "/srv/keys/jwk.json");
 * assert.equal(posix.resolve("/srv", "/etc/x"), "/etc/x");
 * assert.equal(win32.resolve("C:\\srv", "/keys/x"), "C:\\keys\\x");
 * assert.equal(win32.resolve("C:\\srv", "\\\\host\\share\\..\\x"), "\\\\host\\share\\x");
 * assert.equal(resolve("a", "b"), resolve("a/b"));
 * ```
 */
export function resolve(base: string, path?: string): string {
  return native.resolve(base, path);
}

/** Whether file names usually ignore case here (NTFS; APFS and HFS+ as set up by default). */
const FOLDS_CASE = Deno.build.os === "windows" || Deno.build.os === "darwin";

/**
 * A key to tell whether two paths name the same file: {@link resolve}d, and
 * lower-cased where file names usually ignore case. Two names that differ
 * only in case are then taken as one file on Windows and macOS: refusing two
 * names that were distinct costs a rename, while writing both files into one
 * would lose the first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pathKey } from "./paths.ts";
 * assert.equal(pathKey("/srv", "keys/../k.json"), pathKey("/srv/k.json"));
 * assert.notEqual(pathKey("/srv", "a.json"), pathKey("/srv", "b.json"));
 * ```
 */
export function pathKey(base: string, path?: string): string {
  const full = resolve(base, path);
  return FOLDS_CASE ? full.toLowerCase() : full;
}
