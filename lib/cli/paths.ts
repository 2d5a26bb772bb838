/**
 * The few path operations the CLI needs, for POSIX paths. `node:path` would
 * do, but loading Deno's Node layer costs ~7 MiB of memory and a few ms of
 * start-up on every run (measured with `/usr/bin/time -f %M`).
 * @module
 */

/** Strips trailing slashes, keeping a lone "/". */
function trimSlashes(p: string): string {
  const t = p.replace(/\/+$/, "");
  return t === "" && p.startsWith("/") ? "/" : t;
}

/**
 * The folder part of a path, "." when there is none.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { dirname } from "./paths.ts";
 * assert.equal(dirname("keys/jwk.json"), "keys");
 * assert.equal(dirname("jwk.json"), ".");
 * assert.equal(dirname("/jwk.json"), "/");
 * ```
 */
export function dirname(path: string): string {
  const p = trimSlashes(path);
  const i = p.lastIndexOf("/");
  if (i < 0) return ".";
  if (i === 0) return "/";
  return trimSlashes(p.slice(0, i)) || "/";
}

/**
 * The last part of a path.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { basename } from "./paths.ts";
 * assert.equal(basename("keys/jwk.json"), "jwk.json");
 * ```
 */
export function basename(path: string): string {
  const p = trimSlashes(path);
  return p === "/" ? "" : p.slice(p.lastIndexOf("/") + 1);
}

/**
 * A file name inside a folder.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { join } from "./paths.ts";
 * assert.equal(join("keys", "a.json"), "keys/a.json");
 * assert.equal(join(".", "a.json"), "a.json");
 * ```
 */
export function join(dir: string, name: string): string {
  if (dir === "." || dir === "") return name;
  return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

/**
 * An absolute, normalized path: `path` taken from `base` (default: the
 * current folder).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { resolve } from "./paths.ts";
 * assert.equal(resolve("/srv/keys", "./a/../jwk.json"), "/srv/keys/jwk.json");
 * assert.equal(resolve("/srv", "/etc/x"), "/etc/x");
 * ```
 */
export function resolve(base: string, path?: string): string {
  if (path === undefined) [base, path] = [Deno.cwd(), base];
  const full = path.startsWith("/") ? path : `${base}/${path}`;
  const parts: string[] = [];
  for (const part of full.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return "/" + parts.join("/");
}
