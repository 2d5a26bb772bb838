/**
 * The flags of `jwk create`, defined once (names, aliases, values, help
 * text), and a strict parser for them: `--flag value` and `--flag=value`,
 * flags before or after the paths, `--` ends the flags. Anything it does not
 * know is an error with a "did you mean". Runtime-neutral: no `Deno.*`.
 * @module
 */
import { CliError } from "./cli_error.ts";

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
}

/** Every flag of `jwk create`, in the order help lists them. */
export const FLAGS: readonly FlagSpec[] = [
  {
    name: "kty",
    aliases: ["type"],
    value: "type",
    summary: "Key type, the JWK 'kty' member (case-sensitive).",
    details: [
      "One of: EC (elliptic curve key pair), RSA (RSA key pair), OKP (octet key",
      "pair: Ed25519 to sign, X25519 to encrypt), oct (symmetric key).",
      "Default: implied by --crv or --alg when given, else EC.",
    ],
  },
  {
    name: "crv",
    aliases: ["curve"],
    value: "curve",
    summary: "Curve for EC and OKP keys, the JWK 'crv' member (case-sensitive).",
    details: [
      "EC: P-256, P-384, P-521. OKP: Ed25519 (sig), X25519 (enc).",
      "Default: P-256 for EC; Ed25519 for OKP (X25519 with --use enc).",
      "Refused for RSA and oct.",
    ],
  },
  {
    name: "alg",
    aliases: ["algorithm"],
    value: "algorithm",
    summary: "Algorithm the key is meant for, the JWK 'alg' member (case-sensitive).",
    details: [
      "Default: from key type, use and curve (see DEFAULT ALGORITHMS below);",
      "every accepted value is listed under ALGORITHMS below.",
    ],
  },
  {
    name: "use",
    value: "use",
    summary: "Intended use of the public key, the JWK 'use' member.",
    details: [
      "sig (verify signatures) or enc (encrypt); any other non-empty value is",
      "written as given. Default: sig, or what --alg or --key-ops is for.",
    ],
  },
  {
    name: "size",
    value: "bits",
    summary: "Key size in bits, for RSA and oct keys (refused for EC and OKP).",
    details: [
      "RSA: a multiple of 8 from 2048 to 16384 (1024 and up with --insecure);",
      "default 2048.",
      "oct: a multiple of 8 that the algorithm can use, at least 128; default the",
      "algorithm's own size (see ALGORITHMS). Unlike step, oct sizes are bits.",
    ],
  },
  {
    name: "kid",
    value: "kid",
    summary: "Key ID, the JWK 'kid' member (case-sensitive, not empty).",
    details: [
      "Default: the RFC 7638 SHA-256 thumbprint of the key; oct keys get no kid",
      "(a hash of a secret would leak information about it).",
    ],
  },
  {
    name: "key-ops",
    value: "op",
    repeatable: true,
    summary: "Permitted operations, the JWK 'key_ops' member.",
    details: [
      "Repeat the flag or separate with commas: --key-ops sign --key-ops verify",
      "or --key-ops sign,verify. Operations: sign, verify, encrypt, decrypt,",
      "wrapKey, unwrapKey, deriveKey, deriveBits. With --use it needs --subtle",
      "and must agree with it; operations the algorithm cannot do, or a mix of",
      "signing and encryption, need --insecure. Default: none.",
    ],
  },
  {
    name: "from-pem",
    value: "pem-file",
    summary: "Build the JWK from the key in an existing PEM file instead of a new key.",
    details: [
      "A file holding only a public key (or a certificate) writes only the",
      "public JWK file. Default: generate a new key.",
    ],
  },
  {
    name: "pem-password-file",
    value: "file",
    summary: "File holding the password of an encrypted --from-pem file.",
    details: ["Default: ask on the terminal when the PEM file is encrypted."],
  },
  {
    name: "password-file",
    value: "file",
    summary: "File holding the password that encrypts the private JWK.",
    details: [
      "Trailing CR and LF characters are removed, nothing else; the rest must",
      "not be empty, and the file must be at most 64 KiB.",
      "Default: ask twice on the terminal (without echo); with no terminal,",
      "this flag or --no-password --insecure is required.",
    ],
  },
  {
    name: "no-password",
    summary: "Write the private JWK unencrypted. Not recommended; needs --insecure.",
    details: ["Cannot be combined with --password-file."],
  },
  {
    name: "insecure",
    summary: "Allow insecure choices: --no-password, RSA below 2048 bits, odd --key-ops.",
  },
  {
    name: "subtle",
    summary: "Allow delicate choices: --use with --key-ops, ambiguous certificates.",
  },
  {
    name: "force",
    short: "f",
    summary: "Overwrite existing output files without asking.",
    details: [
      "Without it an existing file is kept: a terminal is asked y/n for each",
      "file, anything else gets an error and nothing is written.",
    ],
  },
  { name: "help", short: "h", summary: "Show this manual and exit." },
  { name: "version", summary: "Print the version and exit." },
];

/** What the command line asked for. */
export interface ParsedArgs {
  /** Arguments that are not flags, in order: the command, then its paths. */
  positionals: string[];
  /** --kty / --type. */
  kty?: string;
  /** --crv / --curve. */
  crv?: string;
  /** --alg / --algorithm. */
  alg?: string;
  /** --use. */
  use?: string;
  /** --size, checked to be a whole number. */
  size?: number;
  /** --kid. */
  kid?: string;
  /** --key-ops, every occurrence, commas split. */
  keyOps?: string[];
  /** --from-pem. */
  fromPem?: string;
  /** --pem-password-file. */
  pemPasswordFile?: string;
  /** --password-file. */
  passwordFile?: string;
  /** --no-password. */
  noPassword: boolean;
  /** --insecure. */
  insecure: boolean;
  /** --subtle. */
  subtle: boolean;
  /** -f / --force. */
  force: boolean;
  /** -h / --help. */
  help: boolean;
  /** --version. */
  version: boolean;
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
 * import { closest } from "./cli_flags.ts";
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

function allNames(): string[] {
  return FLAGS.flatMap((f) => [f.name, ...(f.aliases ?? [])]);
}

function findLong(name: string): FlagSpec | undefined {
  return FLAGS.find((f) => f.name === name || f.aliases?.includes(name));
}

/** Text of "did you mean" for an unknown flag. */
function unknownFlag(arg: string): CliError {
  const bare = arg.replace(/^-+/, "").split("=")[0];
  let hint = closest(bare, allNames());
  // A long name with one dash (-kty) or a known short letter mistyped.
  if (!hint && bare.length === 1) hint = FLAGS.find((f) => f.short === bare)?.name;
  const shown = arg.includes("=") ? arg.slice(0, arg.indexOf("=")) : arg;
  return new CliError(
    `unknown flag '${shown}'` + (hint ? `: did you mean '--${hint}'?` : ": see --help"),
  );
}

/**
 * Parses the arguments of `jwk` (everything after the program name). Throws a
 * {@link CliError} for an unknown flag, a missing value, a value given to an
 * on/off flag, a flag given twice, or a --size that is not a whole number.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseArgs } from "./cli_flags.ts";
 * const a = parseArgs(["create", "--type=RSA", "pub.json", "priv.json", "--key-ops", "sign,verify"]);
 * assert.ok(a.kty === "RSA" && a.positionals.length === 3 && a.keyOps?.length === 2);
 * ```
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const out: ParsedArgs = {
    positionals: [],
    noPassword: false,
    insecure: false,
    subtle: false,
    force: false,
    help: false,
    version: false,
  };
  const seen = new Map<string, string>();
  const values: Record<string, string[]> = {};

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
    let spec: FlagSpec | undefined;
    let inline: string | undefined;
    let shown: string;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      if (eq >= 0) inline = arg.slice(eq + 1);
      spec = findLong(name);
      shown = `--${name}`;
    } else {
      // Short flags: -f, -h (and -fh), never with a value.
      const letters = arg.slice(1);
      const specs = [...letters].map((l) => FLAGS.find((f) => f.short === l));
      if (specs.some((s) => s === undefined)) {
        // "-kty" is a long name with one dash.
        const long = findLong(letters.split("=")[0]);
        throw long
          ? new CliError(`unknown flag '${arg.split("=")[0]}': did you mean '--${long.name}'?`)
          : unknownFlag(arg);
      }
      for (const s of specs) setBoolean(out, s!, `-${s!.short}`, seen);
      continue;
    }
    if (!spec) throw unknownFlag(arg);
    if (spec.value === undefined) {
      if (inline !== undefined) throw new CliError(`${shown} does not take a value`);
      setBoolean(out, spec, shown, seen);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined) {
        throw new CliError(`${shown} needs a value (${shown} <${spec.value}>)`);
      }
      if (next.length > 1 && next.startsWith("-")) {
        throw new CliError(
          `${shown} needs a value, not the flag '${next}' (write ${shown}=VALUE for a value that starts with '-')`,
        );
      }
      value = next;
      i++;
    }
    if (!spec.repeatable) once(spec, shown, seen);
    (values[spec.name] ??= []).push(value);
  }

  const one = (name: string) => values[name]?.[0];
  out.kty = one("kty");
  out.crv = one("crv");
  out.alg = one("alg");
  out.use = one("use");
  out.kid = one("kid");
  out.fromPem = one("from-pem");
  out.pemPasswordFile = one("pem-password-file");
  out.passwordFile = one("password-file");
  const size = one("size");
  if (size !== undefined) {
    if (!/^[0-9]{1,9}$/.test(size)) {
      throw new CliError(`--size must be a whole number of bits, not '${size}'`);
    }
    out.size = Number(size);
  }
  if (values["key-ops"]) {
    const ops = values["key-ops"].flatMap((v) => v.split(","));
    if (ops.some((op) => op === "")) {
      throw new CliError(
        "--key-ops has an empty operation: separate operations with single commas",
      );
    }
    out.keyOps = ops;
  }
  for (
    const [flag, v] of [["password-file", out.passwordFile], ["from-pem", out.fromPem], [
      "pem-password-file",
      out.pemPasswordFile,
    ]] as const
  ) {
    if (v === "") throw new CliError(`--${flag} needs a file path, not an empty value`);
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

function setBoolean(out: ParsedArgs, spec: FlagSpec, shown: string, seen: Map<string, string>) {
  once(spec, shown, seen);
  const key = spec.name === "no-password"
    ? "noPassword"
    : spec.name as "insecure" | "subtle" | "force" | "help" | "version";
  out[key] = true;
}
