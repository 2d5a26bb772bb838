// Generated from lib/cli/format_help.ts by scripts/build_cli.ts: do not edit (deno task build).
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
var formatHelp = (async function formatHelp(version) {
  const { flagLines, manualEnd } = await loadCli("help.ts");
  return [
    `jwk ${version} - convert a key between JWK, PEM, DER and OpenSSH, like step crypto key format`,
    "",
    "USAGE",
    "  jwk format [FILE|-] [--pem|--der|--ssh|--jwk] [--pkcs8|--traditional] [--public]",
    "             [--out FILE] [--password-file F] [--new-password-file F | --no-password --insecure]",
    "             [-f]",
    "",
    "DESCRIPTION",
    "  Reads a key (a JWK, step's encrypted JWK, PEM, DER, an OpenSSH private key",
    "  or .pub line, an RFC 4716 public key, a certificate or CSR, a PKCS#12 file)",
    "  from FILE, or from standard input when FILE is - or absent, and writes it",
    "  in another format: a JWK becomes PEM by default, anything else a JWK.",
    "",
    "  Public keys: SPKI (PEM/DER), PKCS#1 for RSA with --traditional, or an",
    "  OpenSSH line. Private keys: PKCS#8 (PEM/DER), PKCS#1/SEC1 with",
    "  --traditional, OpenSSH's private key file, or a JWK.",
    "",
    "  A private output is encrypted unless --no-password --insecure: PKCS#8 with",
    "  PBES2 (PBKDF2-HMAC-SHA256, 600000 iterations, AES-256-CBC; what openssl",
    "  pkcs8 -topk8 -v2 aes-256-cbc writes, with OWASP's iteration count),",
    "  OpenSSH with bcrypt_pbkdf (16 rounds) and aes256-ctr as ssh-keygen does,",
    "  and a JWK as step's JWE. The new password comes from --new-password-file",
    "  or is asked twice on the terminal; with neither, a private output is an",
    "  error. --password-file opens an encrypted input, so it combines with",
    "  --no-password (an encrypted JWK to a clear PEM).",
    "",
    "  Without --out the result goes to standard output (DER only when that is",
    "  not a terminal). --out writes atomically with mode 0600; an existing file",
    "  is kept unless -f (a terminal is asked). Messages go to stderr.",
    "  Standard input (-) can give the key or one password, not two of them.",
    "",
    "FLAGS",
    ...flagLines(FORMAT_FLAGS),
    "EXAMPLES",
    "  A JWK to PEM (a private key is encrypted: the password is asked twice):",
    "    jwk format key.json --out key.pem",
    "",
    "  The public key of a private JWK, as PEM and as an OpenSSH line:",
    "    jwk format key.json --public",
    "    jwk format key.json --ssh --public >> ~/.ssh/authorized_keys",
    "",
    "  A PEM (or DER, OpenSSH, certificate) to a JWK:",
    "    jwk format key.pem --jwk --new-password-file pw.txt --out key.json",
    "",
    "  step's encrypted JWK to an OpenSSH private key, passwords from files:",
    "    jwk format key.json --ssh --password-file old.txt --new-password-file new.txt \\",
    "      --out id_ed25519",
    "",
    "  An RSA key as a clear PKCS#1 DER file (think twice):",
    "    jwk format rsa.json --der --traditional --no-password --insecure --out rsa.der",
    "",
    ...manualEnd([
      "Read on FILE and the password files; read and write on the folder of --out."
    ], [
      "0 on success, 1 on any error (nothing written), 130 when interrupted."
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
var FORCE_OUT_FLAG = {
  name: "force",
  short: "f",
  summary: "Overwrite an existing --out file without asking."
};

// lib/cli/format_help.ts
var FORMAT_FLAGS = [
  {
    name: "pem",
    summary: "Write PEM (the default for a JWK input).",
    details: [
      "Public keys: SPKI. Private keys: PKCS#8 (encrypted: PBES2, AES-256-CBC)."
    ]
  },
  {
    name: "der",
    summary: "Write binary DER (the same structures as --pem).",
    details: [
      "Not to a terminal: use --out or redirect standard output."
    ]
  },
  {
    name: "ssh",
    summary: "Write OpenSSH: a public key line, or OpenSSH's private key file.",
    details: [
      "The comment is the JWK's kid when it has one. Ed25519, ECDSA",
      "P-256/P-384/P-521 and RSA keys (OpenSSH has no X25519 keys)."
    ]
  },
  {
    name: "jwk",
    summary: "Write a JWK (the default for any other input).",
    details: [
      "A private JWK is encrypted as step writes it (a JWE). A key read from",
      "PEM, DER or OpenSSH gets kid = its RFC 7638 thumbprint."
    ]
  },
  {
    name: "pkcs8",
    summary: "PEM/DER private keys as PKCS#8 (the default; accepted for step)."
  },
  {
    name: "traditional",
    summary: "PEM/DER in the key type's own form: PKCS#1 (RSA), SEC1 (EC private).",
    details: [
      "OKP keys and EC public keys have none and stay PKCS#8/SPKI. A traditional",
      "private key cannot be encrypted soundly: it needs --no-password --insecure."
    ]
  },
  {
    name: "public",
    summary: "Write only the public key (refused for oct keys: they have none)."
  },
  {
    name: "out",
    path: true,
    value: "file",
    summary: "Write to this file (mode 0600, atomically) instead of standard output."
  },
  PASSWORD_FILE_FLAG,
  {
    name: "new-password-file",
    path: true,
    value: "file",
    summary: "File holding the password that encrypts a private output.",
    details: [
      "Trailing CR and LF are removed, nothing else. Default: ask twice on the",
      "terminal; with no terminal, this flag or --no-password --insecure is needed."
    ]
  },
  {
    name: "no-password",
    summary: "Write a private output in clear. Not recommended; needs --insecure."
  },
  {
    name: "insecure",
    summary: "Allow --no-password."
  },
  FORCE_OUT_FLAG,
  HELP_FLAG
];

// .tmp/bundle-entries/cli_format_help.ts
var bundle = (file) => {
  const specifier = "./" + file;
  return loadCode(() => import(specifier));
};
var missing = (name) => Promise.reject(new Error("cli/format_help.ts was bundled without " + name + ": run deno task build"));
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
  FORMAT_FLAGS,
  formatHelp
};
