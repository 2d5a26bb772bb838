/**
 * Help text shared by every command: the flag list of a command's manual
 * (from its {@link FlagSpec}s), column tables, and `jwk --help`, which lists
 * the commands. Runtime-neutral: no `Deno.*`.
 * @module
 */
import { COMMANDS } from "./commands.ts";
import type { FlagSpec } from "./flags.ts";

/** Lays out rows as columns separated by two spaces, indented. */
export function table(rows: readonly (readonly string[])[], indent = "  "): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => indent + r.map((v, c) => v.padEnd(widths[c])).join("  ").trimEnd());
}

/**
 * The FLAGS section of a command's manual: every flag with its aliases, value
 * and details.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { flagLines } from "./help.ts";
 * const lines = flagLines([{ name: "kid", value: "kid", summary: "Key ID." }]);
 * assert.equal(lines[0], "  --kid=<kid>");
 * ```
 */
export function flagLines(specs: readonly FlagSpec[]): string[] {
  const lines: string[] = [];
  for (const f of specs) {
    const v = f.value ? `=<${f.value}>` : "";
    const names = [
      ...(f.short ? [`-${f.short}`] : []),
      `--${f.name}${v}`,
      ...(f.aliases ?? []).map((a) => `--${a}${v}`),
    ];
    lines.push(`  ${names.join(", ")}${f.repeatable ? "  (repeatable)" : ""}`);
    lines.push(`      ${f.summary}`);
    for (const d of f.details ?? []) lines.push(`      ${d}`);
    lines.push("");
  }
  return lines;
}

/**
 * What `jwk --help` prints: the commands, one line each, and where to read more.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mainHelp } from "./help.ts";
 * assert.match(mainHelp("1.2.3"), /create/);
 * ```
 */
/**
 * The end of every manual's DENO PERMISSIONS: what a run from a checkout
 * needs besides (lib/cli/load.ts says why).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CODE_READ_NOTE } from "./help.ts";
 * assert.match(CODE_READ_NOTE.join(" "), /lib\//);
 * ```
 */
export const CODE_READ_NOTE: readonly string[] = [
  "  Run from a checkout, read on its lib/ folder too: each command loads its",
  "  modules when it runs (nothing more from a URL, JSR or a compiled binary).",
];

/**
 * The last two sections of a command's manual: DENO PERMISSIONS (its own
 * lines, then {@link CODE_READ_NOTE}) and EXIT CODES, each line indented.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { manualEnd } from "./help.ts";
 * const lines = manualEnd(["Read on FILE."], ["0 on success, 1 on any error."]);
 * assert.equal(lines[0], "DENO PERMISSIONS");
 * assert.equal(lines.at(-2), "  0 on success, 1 on any error.");
 * ```
 */
export function manualEnd(permissions: readonly string[], exitCodes: readonly string[]): string[] {
  const indent = (lines: readonly string[]) => lines.map((l) => `  ${l}`);
  return [
    "DENO PERMISSIONS",
    ...indent(permissions),
    ...CODE_READ_NOTE,
    "",
    "EXIT CODES",
    ...indent(exitCodes),
    "",
  ];
}

export function mainHelp(version: string): string {
  const rows = COMMANDS.map((c) => [c.name, c.summary]);
  return [
    `jwk ${version} - create, convert and publish JSON Web Keys (like step crypto jwk)`,
    "",
    "USAGE",
    "  jwk <command> [arguments] [flags]",
    "  jwk <command> --help     the manual of one command",
    "  jwk --help | --version",
    "",
    "COMMANDS",
    ...table(rows),
    "",
    "  Files named - are standard input; messages go to stderr. Every error is one",
    "  'error:' line and a non-zero exit, and leaves no file half written.",
    "",
    "DENO PERMISSIONS",
    "  Each command's manual says what it needs.",
    ...CODE_READ_NOTE,
    "",
  ].join("\n");
}
