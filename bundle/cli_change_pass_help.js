// Generated from lib/cli/change_pass_help.ts by scripts/build_cli.ts: do not edit (deno task build).
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
var changePassHelp = (async function changePassHelp(version) {
  const { flagLines, manualEnd } = await loadCli("help.ts");
  return [
    `jwk ${version} - change the password of a private key file, like step crypto change-pass`,
    "",
    "USAGE",
    "  jwk change-pass FILE [--password-file OLD] [--new-password-file NEW | --no-password --insecure]",
    "                  [--out FILE] [-f]",
    "",
    "DESCRIPTION",
    "  Opens FILE with its password and encrypts the same key with a new one, in",
    "  the same format: step's encrypted JWK (same members; PBES2-HS256+A128KW,",
    "  A256GCM, 600000 iterations), encrypted PKCS#8 PEM or DER (PBES2 with",
    "  PBKDF2-HMAC-SHA256, 600000 iterations, AES-256-CBC), or an OpenSSH private",
    "  key (bcrypt_pbkdf, aes256-ctr; its comment kept). A private key in clear",
    "  in one of these formats gets encrypted. OpenSSL's legacy-encrypted",
    "  PKCS#1/SEC1 files are refused: convert them with jwk format. With",
    "  --no-password --insecure the key is written in clear instead, in the same",
    "  format (as step's change-pass does).",
    "",
    "  FILE is replaced atomically and keeps its mode; with --out the result goes",
    "  there instead (mode 0600; an existing file is kept unless -f). FILE - reads",
    "  standard input and writes standard output unless --out. A wrong password,",
    "  or any other error, leaves every file as it was.",
    "",
    "FLAGS",
    ...flagLines(CHANGE_PASS_FLAGS),
    "EXAMPLES",
    "  Change the password of a private JWK (asked on the terminal):",
    "    jwk change-pass key.json",
    "",
    "  Unattended, passwords from files:",
    "    jwk change-pass key.pem --password-file old.txt --new-password-file new.txt",
    "",
    "  Remove the password (the key is then in clear on the disk):",
    "    jwk change-pass key.json --password-file old.txt --no-password --insecure --out plain.json",
    "",
    ...manualEnd([
      "Read on FILE and the password files; read and write on the folder of the",
      "file written (FILE's, or --out's)."
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
var FORCE_OUT_FLAG = {
  name: "force",
  short: "f",
  summary: "Overwrite an existing --out file without asking."
};

// lib/cli/change_pass_help.ts
var CHANGE_PASS_FLAGS = [
  {
    name: "password-file",
    path: true,
    value: "file",
    summary: "File holding the current password (- for standard input).",
    details: [
      "Default: ask on the terminal (only when the file is encrypted)."
    ]
  },
  {
    name: "new-password-file",
    path: true,
    value: "file",
    summary: "File holding the new password (- for standard input).",
    details: [
      "Trailing CR and LF are removed, nothing else. Default: ask twice on the",
      "terminal; with no terminal this flag is needed."
    ]
  },
  {
    name: "no-password",
    summary: "Write the key in clear instead (step's flag). Not recommended; needs --insecure.",
    details: [
      "Same format, without encryption: a private JWK, a PKCS#8 PRIVATE KEY, an",
      "OpenSSH key without passphrase. Cannot be combined with --new-password-file."
    ]
  },
  {
    name: "insecure",
    summary: "Allow --no-password."
  },
  {
    name: "out",
    path: true,
    value: "file",
    summary: "Write the result here (mode 0600) instead of replacing FILE."
  },
  FORCE_OUT_FLAG,
  HELP_FLAG
];

// .tmp/bundle-entries/cli_change_pass_help.ts
var bundle = (file) => {
  const specifier = "./" + file;
  return loadCode(() => import(specifier));
};
var missing = (name) => Promise.reject(new Error("cli/change_pass_help.ts was bundled without " + name + ": run deno task build"));
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
  CHANGE_PASS_FLAGS,
  changePassHelp
};
