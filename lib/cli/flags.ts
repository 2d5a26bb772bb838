/**
 * The flag parser every command shares: each command defines its flags once
 * (names, aliases, values, help text) as {@link FlagSpec}s and hands them to
 * {@link parseFlags}. Anything a command does not know is an error with a
 * "did you mean". Runtime-neutral: no `Deno.*`.
 * @module
 */
import { CliError } from "./errors.ts";

/** One flag of the command line. */
export interface FlagSpec {
  /** Long name without dashes, e.g. "kty". */
  name: string;
  /** Other long names that mean the same. */
  aliases?: readonly string[];
  /** One-letter form, e.g. "f" for -f. */
  short?: string;
  /** Name of the value in help (e.g. "type"); absent for on/off flags. */
  value?: string;
  /** May be given more than once (values accumulate). */
  repeatable?: boolean;
  /** One-line description for help. */
  summary: string;
  /** More lines of help: allowed values, defaults, rules. */
  details?: readonly string[];
  /** The value is a file path (or `-`): an empty value is refused. */
  path?: boolean;
  /** The values shell completion offers (the command still checks the value). */
  choices?: readonly string[];
}

/** Edit distance counting swapped neighbours as one edit, for "did you mean". */
function distance(a: string, b: string): number {
  // Optimal string alignment: a swap of two neighbours ("kyt" for "kty") costs 1,
  // as it is the most common typo.
  const d: number[][] = Array.from(
    { length: a.length + 1 },
    (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/**
 * The closest known name to `word`, if close enough to be a likely typo.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { closest } from "./flags.ts";
 * assert.ok(closest("kyt", ["kty", "crv"]) === "kty");
 * assert.ok(closest("zzzzzz", ["kty"]) === undefined);
 * ```
 */
export function closest(word: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const n of names) {
    const d = distance(word.toLowerCase(), n.toLowerCase());
    if (d < bestD) [best, bestD] = [n, d];
  }
  const limit = Math.max(1, Math.min(3, Math.floor((best?.length ?? 0) / 3)));
  if (best !== undefined && (bestD <= limit || best.startsWith(word) && word.length >= 2)) {
    return best;
  }
  return undefined;
}

/** What a command line gave, before a command turns it into its options. */
export interface ParsedFlags {
  /** Arguments that are not flags, in order (`-` is one: standard input). */
  positionals: string[];
  /** Values of value flags by canonical name, in the order given. */
  values: Map<string, string[]>;
  /** On/off flags given, by canonical name. */
  on: Set<string>;
}

/**
 * Parses `argv` against a command's flags: `--flag value` and `--flag=value`,
 * flags before or after the positionals, `--` ends the flags, `-fh` groups
 * short on/off flags. Throws a {@link CliError} for an unknown flag (with a
 * "did you mean"), a missing value, a value given to an on/off flag, a flag
 * given twice (unless repeatable), or an empty path.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseFlags } from "./flags.ts";
 * const p = parseFlags([{ name: "kid", value: "kid", summary: "" }, {
 *   name: "force",
 *   short: "f",
 *   summary: "",
 * }], ["set.json", "--kid=a", "-f"]);
 * assert.deepEqual(p.positionals, ["set.json"]);
 * assert.deepEqual(p.values.get("kid"), ["a"]);
 * assert.ok(p.on.has("force"));
 * ```
 */
export function parseFlags(specs: readonly FlagSpec[], argv: readonly string[]): ParsedFlags {
  const out: ParsedFlags = { positionals: [], values: new Map(), on: new Set() };
  const seen = new Map<string, string>();
  const findLong = (name: string) =>
    specs.find((f) => f.name === name || f.aliases?.includes(name));

  const unknownFlag = (arg: string): CliError => {
    const bare = arg.replace(/^-+/, "").split("=")[0];
    let hint = closest(bare, specs.flatMap((f) => [f.name, ...(f.aliases ?? [])]));
    // A known short letter mistyped as a long name.
    if (!hint && bare.length === 1) hint = specs.find((f) => f.short === bare)?.name;
    const shown = arg.includes("=") ? arg.slice(0, arg.indexOf("=")) : arg;
    return new CliError(
      `unknown flag '${shown}'` + (hint ? `: did you mean '--${hint}'?` : ": see --help"),
    );
  };

  const namesFlag = (word: string): boolean => {
    if (word === "--") return true;
    if (word.startsWith("--")) return findLong(word.slice(2).split("=")[0]) !== undefined;
    return [...word.slice(1)].every((l) => specs.some((f) => f.short === l));
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-" || !arg.startsWith("-")) {
      out.positionals.push(arg);
      continue;
    }
    if (!arg.startsWith("--")) {
      // Short flags: -f, -h (and -fh), never with a value.
      const letters = arg.slice(1);
      const found = [...letters].map((l) => specs.find((f) => f.short === l));
      if (found.some((s) => s === undefined || s.value !== undefined)) {
        // "-kty" is a long name with one dash.
        const long = findLong(letters.split("=")[0]);
        throw long
          ? new CliError(`unknown flag '${arg.split("=")[0]}': did you mean '--${long.name}'?`)
          : unknownFlag(arg);
      }
      for (const s of found) {
        once(s!, `-${s!.short}`, seen);
        out.on.add(s!.name);
      }
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    const spec = findLong(name);
    const shown = `--${name}`;
    if (!spec) throw unknownFlag(arg);
    if (spec.value === undefined) {
      if (inline !== undefined) throw new CliError(`${shown} does not take a value`);
      once(spec, shown, seen);
      out.on.add(spec.name);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined) {
        throw new CliError(`${shown} needs a value (${shown} <${spec.value}>)`);
      }
      // A value may start with '-' (a thumbprint kid often does); only a word
      // that names one of this command's flags is taken for a forgotten value.
      if (next.length > 1 && next.startsWith("-") && namesFlag(next)) {
        throw new CliError(
          `${shown} needs a value, not the flag '${next}' (write ${shown}=VALUE for a value that starts with '-')`,
        );
      }
      value = next;
      i++;
    }
    if (spec.path && value === "") {
      throw new CliError(`${shown} needs a file path, not an empty value`);
    }
    if (!spec.repeatable) once(spec, shown, seen);
    const list = out.values.get(spec.name) ?? [];
    list.push(value);
    out.values.set(spec.name, list);
  }
  // No command takes an empty word (a file, a subcommand, a shell): an unset
  // shell variable ("$KEY") is the usual cause, and Deno cannot use it as a path.
  if (out.positionals.includes("")) {
    throw new CliError("an argument is empty (''): name a file, or - for standard input");
  }
  return out;
}

/** Refuses a flag (or one of its aliases) given a second time. */
function once(spec: FlagSpec, shown: string, seen: Map<string, string>): void {
  const before = seen.get(spec.name);
  if (before !== undefined) {
    throw new CliError(
      before === shown
        ? `${shown} is given twice`
        : `${shown} and ${before} are the same flag: give it once`,
    );
  }
  seen.set(spec.name, shown);
}

/** The first value of a value flag, or undefined when it was not given. */
export function flagValue(p: ParsedFlags, name: string): string | undefined {
  return p.values.get(name)?.[0];
}

/** The `--help` flag every command takes. */
export const HELP_FLAG: FlagSpec = {
  name: "help",
  short: "h",
  summary: "Show this command's manual and exit.",
};

/**
 * The `--password-file` flag of the commands that open an encrypted key
 * (`public`, `thumbprint`, `keyset add`, `format`). Here rather than beside
 * the key reader, so that a command's flags load without it.
 */
export const PASSWORD_FILE_FLAG: FlagSpec = {
  name: "password-file",
  path: true,
  value: "file",
  summary: "File holding the password of an encrypted input (- for standard input).",
  details: [
    "Trailing CR and LF characters are removed, nothing else. Default: ask on",
    "the terminal when the input is encrypted; without a terminal, an error.",
  ],
};

/** `-f`/`--force` of the commands that write one `--out` file (`format`, `change-pass`). */
export const FORCE_OUT_FLAG: FlagSpec = {
  name: "force",
  short: "f",
  summary: "Overwrite an existing --out file without asking.",
};

/**
 * step's rule for a private key written in clear: `--no-password` needs
 * `--insecure`, and cannot come with `passwordFlag`, the flag that gives the
 * password it would replace (given: `passwordGiven`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkNoPassword } from "./flags.ts";
 * checkNoPassword({ noPassword: true, insecure: true }, "--password-file", false);
 * assert.throws(() => checkNoPassword({ noPassword: true }, "--password-file", false), /--insecure/);
 * ```
 */
export function checkNoPassword(
  flags: { noPassword?: boolean; insecure?: boolean },
  passwordFlag: string,
  passwordGiven: boolean,
): void {
  if (!flags.noPassword) return;
  if (!flags.insecure) {
    throw new CliError(
      "--no-password requires --insecure (the private key is then written in clear)",
    );
  }
  if (passwordGiven) {
    throw new CliError(`--no-password and ${passwordFlag} cannot be used together`);
  }
}
