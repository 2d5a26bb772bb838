/**
 * Deno permissions, asked for narrowly: each command names the paths it reads
 * and the folders it writes, and gets either the grant or one error line that
 * names the `--allow-…` flags to add.
 * @module
 */
import { CliError } from "./errors.ts";
import { codePath } from "./load.ts";
import { isInteractive } from "./inputs.ts";

/**
 * A path as a shell word, for the permission flag suggested in errors: POSIX
 * shells get single quotes; on Windows backslashes need no quoting and double
 * quotes work in both cmd.exe and PowerShell.
 */
function shellWord(s: string): string {
  if (Deno.build.os === "windows") return /^[\w@%+=:,./\\-]+$/.test(s) ? s : `"${s}"`;
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`;
}

/**
 * Makes sure Deno grants read on `reads` and read+write on `writes`: asks on
 * a terminal (Deno's own prompt), else fails with the flags to add. `-`
 * (standard input or output) needs no grant and is skipped.
 */
export async function ensurePermissions(
  reads: readonly string[],
  writes: readonly string[],
): Promise<void> {
  const real = (paths: readonly string[]) => [...new Set(paths.filter((p) => p !== "-"))];
  const wanted: { name: "read" | "write"; path: string }[] = [
    ...real(reads).map((path) => ({ name: "read" as const, path })),
    ...real(writes).map((path) => ({ name: "read" as const, path })),
    ...real(writes).map((path) => ({ name: "write" as const, path })),
  ];
  const missing = { read: new Set<string>(), write: new Set<string>() };
  for (const w of wanted) {
    // querySync: the answer is known at once, no need to wait a turn for it.
    let state = Deno.permissions.querySync(w).state;
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
    // Run from a checkout, the command's own modules need reading too (load.ts).
    const code = codePath();
    if (name === "read" && code !== undefined) all.push(code);
    flags.push(`--allow-${name}=${all.map(shellWord).join(",")}`);
  }
  throw new CliError(
    `${what.join(" and ")} ${what.length > 1 ? "are" : "is"} needed: run with ${flags.join(" ")}`,
  );
}
