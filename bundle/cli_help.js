// Generated from lib/cli/help.ts by scripts/build_cli.ts: do not edit (deno task build).
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
var table = (function table(rows, indent = "  ") {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => indent + r.map((v, c) => v.padEnd(widths[c])).join("  ").trimEnd());
});
var flagLines = (function flagLines(specs) {
  const lines = [];
  for (const f of specs) {
    const v = f.value ? `=<${f.value}>` : "";
    const names = [
      ...f.short ? [
        `-${f.short}`
      ] : [],
      `--${f.name}${v}`,
      ...(f.aliases ?? []).map((a) => `--${a}${v}`)
    ];
    lines.push(`  ${names.join(", ")}${f.repeatable ? "  (repeatable)" : ""}`);
    lines.push(`      ${f.summary}`);
    for (const d of f.details ?? []) lines.push(`      ${d}`);
    lines.push("");
  }
  return lines;
});
var manualEnd = (function manualEnd(permissions, exitCodes) {
  const indent = (lines) => lines.map((l) => `  ${l}`);
  return [
    "DENO PERMISSIONS",
    ...indent(permissions),
    ...CODE_READ_NOTE,
    "",
    "EXIT CODES",
    ...indent(exitCodes),
    ""
  ];
});
var mainHelp = (function mainHelp(version) {
  const rows = COMMANDS.map((c) => [
    c.name,
    c.summary
  ]);
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
    ""
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

// lib/cli/commands.ts
var COMMANDS = [
  {
    name: "create",
    summary: "create a JWK pair (public file, encrypted private file), like step",
    load: async () => (await loadCli("create.ts")).command,
    spec: async () => ({
      flags: (await loadCli("create_flags.ts")).CREATE_FLAGS
    })
  },
  {
    name: "public",
    summary: "print the public JWK of a key (JWK, encrypted JWK, PEM, DER, OpenSSH)",
    load: async () => (await loadCli("public.ts")).command,
    spec: async () => ({
      flags: (await loadCli("key_flags.ts")).PUBLIC_FLAGS
    })
  },
  {
    name: "thumbprint",
    summary: "print the RFC 7638 thumbprint of a key (or its RFC 9278 URI with --uri)",
    load: async () => (await loadCli("thumbprint.ts")).command,
    spec: async () => ({
      flags: (await loadCli("key_flags.ts")).THUMBPRINT_FLAGS
    })
  },
  {
    name: "keyset",
    summary: "add, remove, list and find keys in a JWK Set (the file a server publishes)",
    load: async () => (await loadCli("keyset.ts")).command,
    spec: async () => ({
      flags: (await loadCli("keyset_help.ts")).KEYSET_FLAGS
    })
  },
  {
    name: "format",
    summary: "convert a key between JWK, PEM, DER and OpenSSH (encrypted when private)",
    load: async () => (await loadCli("format.ts")).command,
    spec: async () => ({
      flags: (await loadCli("format_help.ts")).FORMAT_FLAGS
    })
  },
  {
    name: "change-pass",
    summary: "re-encrypt a private key file (JWK, PKCS#8, OpenSSH) with a new password",
    load: async () => (await loadCli("change_pass.ts")).command,
    spec: async () => ({
      flags: (await loadCli("change_pass_help.ts")).CHANGE_PASS_FLAGS
    })
  },
  {
    name: "completion",
    summary: "print a shell completion script: jwk completion bash|zsh|fish",
    load: async () => (await loadCli("completion.ts")).command
  }
];

// lib/cli/help.ts
var CODE_READ_NOTE = [
  "  Run from a checkout, read on its lib/ folder too: each command loads its",
  "  modules when it runs (nothing more from a URL, JSR or a compiled binary)."
];

// .tmp/bundle-entries/cli_help.ts
var bundle = (file) => {
  const specifier = "./" + file;
  return loadCode(() => import(specifier));
};
var missing = (name) => Promise.reject(new Error("cli/help.ts was bundled without " + name + ": run deno task build"));
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
  CODE_READ_NOTE,
  flagLines,
  mainHelp,
  manualEnd,
  table
};
