/**
 * The flags of `jwk create`, defined once (names, aliases, values, help
 * text), and their conversion into typed options. Runtime-neutral.
 * @module
 */
import { ALGORITHMS, CURVES, KEY_TYPES } from "../algorithms.ts";
import { KEY_OPS } from "../key_ops.ts";
import type { CreateJwkOptions } from "../create.ts";
import { CliError } from "./errors.ts";
import { type FlagSpec, flagValue, HELP_FLAG, type ParsedFlags, parseFlags } from "./flags.ts";

/** Every flag of `jwk create`, in the order help lists them. */
export const CREATE_FLAGS: readonly FlagSpec[] = [
  {
    name: "kty",
    aliases: ["type"],
    value: "type",
    choices: KEY_TYPES,
    summary: "Key type, the JWK 'kty' member (case-sensitive).",
    details: [
      "One of: EC (elliptic curve key pair), RSA (RSA key pair), OKP (octet key",
      "pair: Ed25519 or Ed448 to sign, X25519 or X448 to encrypt), oct",
      "(symmetric key), AKP (ML-DSA post-quantum signatures; the parameter set",
      "comes from --alg, default ML-DSA-65: NIST category 3, the middle set,",
      "a margin above ML-DSA-44 for 3309-byte instead of 2420-byte signatures).",
      "Default: implied by --crv or --alg when given, else EC.",
    ],
  },
  {
    name: "crv",
    aliases: ["curve"],
    value: "curve",
    choices: [...CURVES.EC, ...CURVES.OKP],
    summary: "Curve for EC and OKP keys, the JWK 'crv' member (case-sensitive).",
    details: [
      "EC: P-256, P-384, P-521, secp256k1 (sig only: ES256K). OKP: Ed25519 and",
      "Ed448 (sig), X25519 and X448 (enc).",
      "Default: P-256 for EC; Ed25519 for OKP (X25519 with --use enc).",
      "Refused for RSA, oct and AKP.",
    ],
  },
  {
    name: "alg",
    aliases: ["algorithm"],
    value: "algorithm",
    choices: Object.keys(ALGORITHMS),
    summary: "Algorithm the key is meant for, the JWK 'alg' member (case-sensitive).",
    details: [
      "Default: from key type, use and curve (see DEFAULT ALGORITHMS below);",
      "every accepted value is listed under ALGORITHMS below. For AKP keys it",
      "picks the parameter set: ML-DSA-44, ML-DSA-65 or ML-DSA-87. Ed25519 and",
      "Ed448 are RFC 9864's fully-specified names for EdDSA on that curve.",
    ],
  },
  {
    name: "use",
    value: "use",
    choices: ["sig", "enc"],
    summary: "Intended use of the public key, the JWK 'use' member.",
    details: [
      "sig (verify signatures) or enc (encrypt); any other non-empty value is",
      "written as given. Default: sig, or what --alg or --key-ops is for.",
    ],
  },
  {
    name: "size",
    value: "bits",
    summary: "Key size in bits, for RSA and oct keys (refused for EC, OKP and AKP).",
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
    choices: KEY_OPS,
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
    path: true,
    value: "pem-file",
    summary: "Build the JWK from the key in an existing PEM file instead of a new key.",
    details: [
      "A file holding only a public key (or a certificate) writes only the",
      "public JWK file. Default: generate a new key.",
    ],
  },
  {
    name: "pem-password-file",
    path: true,
    value: "file",
    summary: "File holding the password of an encrypted --from-pem file.",
    details: ["Default: ask on the terminal when the PEM file is encrypted."],
  },
  {
    name: "self-signed",
    summary: "Add a self-signed X.509 certificate for the key as x5c and x5t#S256.",
    details: [
      "The key signs its own certificate, so it must be able to sign: EC (P-256,",
      "P-384, P-521, secp256k1), RSA, Ed25519, Ed448 or ML-DSA (AKP); not oct,",
      "X25519 or X448. Both JWK files get the certificate.",
      "With --from-pem the file must hold a private key without a certificate.",
    ],
  },
  {
    name: "subject",
    value: "name",
    summary: "Subject (and issuer) of the --self-signed certificate, RFC 4514.",
    details: [
      'e.g. "CN=api.example.com,O=Example Org,C=DE"; types CN, L, ST, O, OU,',
      "C, STREET, DC, UID, serialNumber, emailAddress or a dotted OID.",
      "Default: CN=<kid>.",
    ],
  },
  {
    name: "not-after",
    value: "time|duration",
    summary: "End of the --self-signed certificate's validity.",
    details: [
      "A duration from now (units s, m, h, d, w, y: 90d, 24h, 1y, 1y30d) or an",
      "RFC 3339 time (2030-01-01T00:00:00Z). Default: 1y (365 days). The",
      "certificate is valid from 5 minutes before it is made.",
    ],
  },
  {
    name: "password-file",
    path: true,
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
    name: "jwks",
    path: true,
    value: "jwks-file",
    summary: "Also add the new public key to this JWK Set file (created if missing).",
    details: [
      "The three files are written together or not at all: a set that would",
      "refuse the key (its kid is there already, the file is not a JWK Set)",
      "stops everything. The set keeps its mode; a new one gets 0644. See",
      "'jwk keyset --help'. Refused for oct keys, which are all secret.",
    ],
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
  HELP_FLAG,
];

/** What `jwk create`'s command line asked for. */
export interface CreateArgs {
  /** Arguments that are not flags, in order: the two paths. */
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
  /** --jwks: a JWK Set that also gets the public key. */
  jwks?: string;
  /** --self-signed. */
  selfSigned: boolean;
  /** --subject. */
  subject?: string;
  /** --not-after. */
  notAfter?: string;
}

/**
 * Parses the arguments of `jwk create` (after the command word). Throws a
 * {@link CliError} for anything {@link parseFlags} refuses, a --size that is
 * not a whole number, or an empty --key-ops operation.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseCreateArgs } from "./create_flags.ts";
 * const a = parseCreateArgs(["--type=RSA", "pub.json", "priv.json", "--key-ops", "sign,verify"]);
 * assert.ok(a.kty === "RSA" && a.positionals.length === 2 && a.keyOps?.length === 2);
 * ```
 */
export function parseCreateArgs(argv: readonly string[]): CreateArgs {
  return createArgsOf(parseFlags(CREATE_FLAGS, argv));
}

/**
 * `jwk create`'s options from flags already parsed against
 * {@link CREATE_FLAGS} (cli.ts parses once; this only converts and checks
 * --size and --key-ops).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createArgsOf, CREATE_FLAGS } from "./create_flags.ts";
 * import { parseFlags } from "./flags.ts";
 * const a = createArgsOf(parseFlags(CREATE_FLAGS, ["a", "b", "--size", "3072", "--kty", "RSA"]));
 * assert.deepEqual([a.kty, a.size, a.positionals], ["RSA", 3072, ["a", "b"]]);
 * ```
 */
export function createArgsOf(p: ParsedFlags): CreateArgs {
  const one = (name: string) => flagValue(p, name);
  const out: CreateArgs = {
    positionals: p.positionals,
    kty: one("kty"),
    crv: one("crv"),
    alg: one("alg"),
    use: one("use"),
    kid: one("kid"),
    fromPem: one("from-pem"),
    pemPasswordFile: one("pem-password-file"),
    passwordFile: one("password-file"),
    noPassword: p.on.has("no-password"),
    insecure: p.on.has("insecure"),
    subtle: p.on.has("subtle"),
    force: p.on.has("force"),
    help: p.on.has("help"),
    jwks: one("jwks"),
    selfSigned: p.on.has("self-signed"),
    subject: one("subject"),
    notAfter: one("not-after"),
  };
  const size = one("size");
  if (size !== undefined) {
    if (!/^[0-9]{1,9}$/.test(size)) {
      throw new CliError(`--size must be a whole number of bits, not '${size}'`);
    }
    out.size = Number(size);
  }
  const ops = p.values.get("key-ops");
  if (ops) {
    const split = ops.flatMap((v) => v.split(","));
    if (split.some((op) => op === "")) {
      throw new CliError(
        "--key-ops has an empty operation: separate operations with single commas",
      );
    }
    out.keyOps = split;
  }
  return out;
}

/**
 * The library options of what `jwk create`'s flags ask for (no files, no
 * passwords): one mapping for the CLI and the page.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createOptionsOf, parseCreateArgs } from "./create_flags.ts";
 * const options = createOptionsOf(parseCreateArgs(["a", "b", "--kty", "OKP", "--key-ops", "sign"]));
 * assert.deepEqual([options.kty, options.keyOps, options.selfSigned], ["OKP", ["sign"], undefined]);
 * ```
 */
export function createOptionsOf(a: CreateArgs): CreateJwkOptions {
  return {
    kty: a.kty,
    crv: a.crv,
    alg: a.alg,
    use: a.use,
    size: a.size,
    kid: a.kid,
    keyOps: a.keyOps,
    insecure: a.insecure,
    subtle: a.subtle,
    selfSigned: a.selfSigned ? { subject: a.subject, notAfter: a.notAfter } : undefined,
  };
}
