// Generated from lib/cli/keyset_help.ts by scripts/build_cli.ts: do not edit (deno task build).
var useCliImports = (function useCliImports(imports, url) {
  bundled = {
    imports,
    url
  };
});
var loadCode = (async function loadCode(load) {
  try {
    return await load();
  } catch (e) {
    const path = codePath();
    if (path !== void 0 && Deno.permissions.querySync({
      name: "read",
      path
    }).state !== "granted") {
      throw codeUnreadable(path);
    }
    throw e;
  }
});
var loadCli = (function loadCli(name) {
  if (bundled) return bundled.imports[name]();
  const specifier = name.startsWith("../") ? name : `./${name}`;
  return loadCode(() => import(specifier));
});
var codeUnreadable = (function codeUnreadable(path) {
  return new CliError(`read access to ${path} is needed: jwk loads each command's code from there when it runs (add it to --allow-read, e.g. --allow-read=${path},FILE)`);
});
var codePath = (function codePath() {
  const lib = bundled ? new URL(".", bundled.url) : new URL("..", import.meta.url);
  if (lib.protocol !== "file:") return void 0;
  const path = decodeURIComponent(lib.pathname).replace(/\/$/, "");
  return Deno.build.os === "windows" ? path.slice(1).replaceAll("/", "\\") : path;
});
var useLiteralImports = (function useLiteralImports(imports) {
  literal = imports;
});
var keysetHelp = (async function keysetHelp(version) {
  const { flagLines, manualEnd } = await loadCli("help.ts");
  const names = Object.keys(SUBCOMMANDS);
  const width = Math.max(...names.map((n) => n.length));
  return [
    `jwk keyset ${version}: add, remove, list and find keys in a JWK Set`,
    "",
    "USAGE",
    ...names.map((n) => `  ${SUBCOMMANDS[n].usage}`),
    "",
    "SUBCOMMANDS",
    ...names.map((n) => `  ${n.padEnd(width)}  ${SUBCOMMANDS[n].summary}`),
    "",
    "DESCRIPTION",
    '  A JWK Set (RFC 7517 section 5) is a JSON object {"keys": [...]}: the file',
    "  a server publishes (an OpenID Provider's jwks_uri, say) so that others can",
    "  verify its signatures. jwk writes it pretty-printed with 2 spaces.",
    "",
    "  add reads one key from <key-file> (standard input when it is - or absent):",
    "  a JWK, a JWK encrypted by jwk or step, a PEM or DER key, an OpenSSH key,",
    "  a certificate or a PKCS#12 file. Only its PUBLIC view goes into the set unless --private, so",
    "  a private key given by mistake is never published. A key without a kid",
    "  gets its RFC 7638 SHA-256 thumbprint; a kid already in the set is refused.",
    "  The set is created when it does not exist.",
    "",
    "  remove and find take the key by --kid; an unknown kid is an error. find",
    "  prints the JWK on stdout; list prints the kids, one per line (keys without",
    "  a kid are counted on stderr). list and find read - as standard input.",
    "",
    "  Every set read is checked: a file that is not a JWK Set, or a key with a",
    "  missing or malformed member, is refused. Two keys may share a kid (RFC 7517",
    "  allows it), but then find and remove refuse that kid as ambiguous.",
    "  Keys of a type jwk does not know are kept as they are (RFC 7517 section 5).",
    "",
    "SAFE WRITES",
    "  add and remove replace the set atomically (a temporary file in the same",
    "  folder, then a rename): a crash leaves the old set or the new one, never",
    "  a part. The file keeps its mode (a set made 0644 for a web server stays",
    "  0644) and, where allowed, its owner and group. A new set gets mode 0644,",
    "  or 0600 when it holds private keys. Writers take an exclusive lock on",
    "  .<jwks-file>.lock beside the set (kept there; the system releases it when",
    "  a writer dies), so concurrent adds and removes all land; a writer waits",
    "  up to 10 s for the others.",
    "",
    "FLAGS",
    ...flagLines(KEYSET_FLAGS),
    "EXAMPLES",
    "  Publish the public half of a new key:",
    "    jwk create k1.pub.json k1.json --jwks jwks.json",
    "",
    "  Add an existing key (a private file adds only its public view):",
    "    jwk keyset add jwks.json k2.json --password-file pw.txt",
    "    jwk keyset add jwks.json < server.crt",
    "",
    "  List, find and remove:",
    "    jwk keyset list jwks.json",
    '    jwk keyset find jwks.json --kid "$KID" > key.pub.json',
    '    jwk keyset remove jwks.json --kid "$KID"',
    "",
    ...manualEnd([
      "add and remove: read and write on the set's folder (temporary and lock",
      "files live there), read on <key-file> and --password-file. list and find:",
      "read on the set.",
      "  deno run --allow-read=site,k.json --allow-write=site cli.ts \\",
      "    keyset add site/jwks.json k.json"
    ], [
      "0 on success, 1 on any error (the set is left as it was), 130 when",
      "interrupted."
    ])
  ].join("\n");
});
// lib/cli/errors.ts
var CLI_ERROR = Symbol.for("@jwk/jwk CliError");
var CliError = class extends Error {
  /** The process exit code this error ends with (> 0). */
  exitCode;
  /** Creates an error with a one-line message and an exit code (default 1). */
  constructor(message, exitCode = 1) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
    Object.defineProperty(this, CLI_ERROR, {
      value: true
    });
  }
  /**
   * `instanceof CliError` holds for a CliError made by any copy of this
   * module: each bundle of the command line (bundle/) has its own copy.
   */
  static [Symbol.hasInstance](value) {
    return typeof value === "object" && value !== null && value[CLI_ERROR] === true;
  }
};

// lib/cli/load.ts
var bundled;

// lib/lazy.ts
var literal;

// lib/cli/flags.ts
var HELP_FLAG = {
  name: "help",
  short: "h",
  summary: "Show this command's manual and exit."
};
var PASSWORD_FILE_FLAG = {
  name: "password-file",
  path: true,
  value: "file",
  summary: "File holding the password of an encrypted input (- for standard input).",
  details: [
    "Trailing CR and LF characters are removed, nothing else. Default: ask on",
    "the terminal when the input is encrypted; without a terminal, an error."
  ]
};

// lib/cli/keyset_help.ts
var KID = {
  name: "kid",
  value: "kid",
  summary: "The key ID of the key to remove or find (case-sensitive). Required."
};
var PRIVATE = {
  name: "private",
  summary: "Add the key with its private members (for a set that is never published).",
  details: [
    "Without it only the public view of the key goes in, and an oct key (all",
    "secret) is refused. A private key is never put in a set that group or",
    "others can read."
  ]
};
var INSECURE = {
  name: "insecure",
  summary: "Add an RSA key below 2048 bits (at least 1024), which is refused without it."
};
var SUBCOMMANDS = {
  add: {
    usage: "jwk keyset add <jwks-file> [<key-file>|-] [--private] [--insecure] [--password-file <file>]",
    summary: "add a key (its public view) to the set, creating the set if missing",
    flags: [
      PRIVATE,
      INSECURE,
      PASSWORD_FILE_FLAG,
      HELP_FLAG
    ]
  },
  remove: {
    usage: "jwk keyset remove <jwks-file> --kid <kid>",
    summary: "remove the key with this kid from the set",
    flags: [
      KID,
      HELP_FLAG
    ]
  },
  list: {
    usage: "jwk keyset list <jwks-file>",
    summary: "print the kid of each key, one per line",
    flags: [
      HELP_FLAG
    ]
  },
  find: {
    usage: "jwk keyset find <jwks-file> --kid <kid>",
    summary: "print the key with this kid",
    flags: [
      KID,
      HELP_FLAG
    ]
  }
};
var KEYSET_FLAGS = [
  KID,
  PRIVATE,
  INSECURE,
  PASSWORD_FILE_FLAG,
  HELP_FLAG
];

// .tmp/bundle-entries/cli_keyset_help.ts
var bundle = (file) => {
  const specifier = "./" + file;
  return loadCode(() => import(specifier));
};
var missing = (name) => Promise.reject(new Error("cli/keyset_help.ts was bundled without " + name + ": run deno task build"));
useCliImports({
  "../pem/read.ts": () => bundle("pem_read.js"),
  "../x509/name.ts": () => bundle("x509_name.js"),
  "../x509/self_signed.ts": () => bundle("x509_self_signed.js"),
  "../x509/validity.ts": () => bundle("x509_validity.js"),
  "change_pass.ts": () => bundle("cli_change_pass.js"),
  "change_pass_help.ts": () => bundle("cli_change_pass_help.js"),
  "completion.ts": () => bundle("cli_completion.js"),
  "create.ts": () => bundle("cli_create.js"),
  "create_flags.ts": () => bundle("cli_create_flags.js"),
  "create_help.ts": () => bundle("cli_create_help.js"),
  "create_jwks.ts": () => bundle("cli_create_jwks.js"),
  "files.ts": () => missing("files.ts"),
  "format.ts": () => bundle("cli_format.js"),
  "format_help.ts": () => bundle("cli_format_help.js"),
  "help.ts": () => bundle("cli_help.js"),
  "key_flags.ts": () => bundle("cli_key_flags.js"),
  "keyset.ts": () => bundle("cli_keyset.js"),
  "keyset_help.ts": () => bundle("cli_keyset_help.js"),
  "lock.ts": () => missing("lock.ts"),
  "paths.ts": () => missing("paths.ts"),
  "progress.ts": () => bundle("cli_progress.js"),
  "prompt.ts": () => bundle("cli_prompt.js"),
  "public.ts": () => bundle("cli_public.js"),
  "thumbprint.ts": () => bundle("cli_thumbprint.js")
}, import.meta.url);
useLiteralImports({
  "jwe.ts": () => bundle("jwe.js"),
  "key_match.ts": () => bundle("key_match.js"),
  "keygen/curves.ts": () => bundle("keygen_curves.js"),
  "keygen/ml_dsa.ts": () => bundle("keygen_ml_dsa.js"),
  "keygen/rsa.ts": () => bundle("keygen_rsa.js"),
  "pem/decrypt.ts": () => bundle("pem_decrypt.js"),
  "pem/deps.ts": () => bundle("pem_deps.js"),
  "pem/encrypt.ts": () => bundle("pem_encrypt.js"),
  "pem/members.ts": () => bundle("pem_members.js"),
  "pem/ml_dsa.ts": () => bundle("pem_ml_dsa.js"),
  "pem/openssh.ts": () => bundle("pem_openssh.js"),
  "pem/openssh_write.ts": () => bundle("pem_openssh_write.js"),
  "pem/pkcs12.ts": () => bundle("pem_pkcs12.js"),
  "pem/read.ts": () => bundle("pem_read.js"),
  "pem/ssh_public.ts": () => bundle("pem_ssh_public.js"),
  "pem/x509.ts": () => bundle("pem_x509.js"),
  "rsa_weak.ts": () => bundle("rsa_weak.js"),
  "x509/self_signed.ts": () => bundle("x509_self_signed.js")
});
export {
  KEYSET_FLAGS,
  SUBCOMMANDS,
  keysetHelp
};
