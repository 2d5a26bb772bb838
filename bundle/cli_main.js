// Generated from lib/cli/main.ts by scripts/build_cli.ts: do not edit (deno task build).
var describe = (function describe(e) {
  if (e instanceof Deno.errors.NotFound) return "no such file or folder";
  if (e instanceof Deno.errors.PermissionDenied) return "permission denied";
  if (e instanceof Deno.errors.IsADirectory) return "it is a folder";
  if (e instanceof Deno.errors.AlreadyExists) return "it already exists";
  if (e instanceof Deno.errors.NotADirectory) return "a folder in its path is a file";
  return e instanceof Error ? e.message.split("\n")[0] : String(e);
});
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
var ensureCodeReadable = (function ensureCodeReadable() {
  if (!(Deno.stdin.isTerminal() && Deno.stderr.isTerminal())) return;
  const path = codePath();
  if (path === void 0) return;
  const want = {
    name: "read",
    path
  };
  let state = Deno.permissions.querySync(want).state;
  if (state === "prompt") state = Deno.permissions.requestSync(want).state;
  if (state !== "granted") throw codeUnreadable(path);
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
var distance = (function distance(a, b) {
  const d = Array.from({
    length: a.length + 1
  }, (_, i) => Array.from({
    length: b.length + 1
  }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
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
});
var closest = (function closest(word, names) {
  let best;
  let bestD = Infinity;
  for (const n of names) {
    const d = distance(word.toLowerCase(), n.toLowerCase());
    if (d < bestD) [best, bestD] = [
      n,
      d
    ];
  }
  const limit = Math.max(1, Math.min(3, Math.floor((best?.length ?? 0) / 3)));
  if (best !== void 0 && (bestD <= limit || best.startsWith(word) && word.length >= 2)) {
    return best;
  }
  return void 0;
});
var parseFlags = (function parseFlags(specs, argv) {
  const out = {
    positionals: [],
    values: /* @__PURE__ */ new Map(),
    on: /* @__PURE__ */ new Set()
  };
  const seen = /* @__PURE__ */ new Map();
  const findLong = (name) => specs.find((f) => f.name === name || f.aliases?.includes(name));
  const unknownFlag = (arg) => {
    const bare = arg.replace(/^-+/, "").split("=")[0];
    let hint = closest(bare, specs.flatMap((f) => [
      f.name,
      ...f.aliases ?? []
    ]));
    if (!hint && bare.length === 1) hint = specs.find((f) => f.short === bare)?.name;
    const shown = arg.includes("=") ? arg.slice(0, arg.indexOf("=")) : arg;
    return new CliError(`unknown flag '${shown}'` + (hint ? `: did you mean '--${hint}'?` : ": see --help"));
  };
  const namesFlag = (word) => {
    if (word === "--") return true;
    if (word.startsWith("--")) return findLong(word.slice(2).split("=")[0]) !== void 0;
    return [
      ...word.slice(1)
    ].every((l) => specs.some((f) => f.short === l));
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
      const letters = arg.slice(1);
      const found = [
        ...letters
      ].map((l) => specs.find((f) => f.short === l));
      if (found.some((s) => s === void 0 || s.value !== void 0)) {
        const long = findLong(letters.split("=")[0]);
        throw long ? new CliError(`unknown flag '${arg.split("=")[0]}': did you mean '--${long.name}'?`) : unknownFlag(arg);
      }
      for (const s of found) {
        once(s, `-${s.short}`, seen);
        out.on.add(s.name);
      }
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const inline = eq < 0 ? void 0 : arg.slice(eq + 1);
    const spec = findLong(name);
    const shown = `--${name}`;
    if (!spec) throw unknownFlag(arg);
    if (spec.value === void 0) {
      if (inline !== void 0) throw new CliError(`${shown} does not take a value`);
      once(spec, shown, seen);
      out.on.add(spec.name);
      continue;
    }
    let value = inline;
    if (value === void 0) {
      const next = argv[i + 1];
      if (next === void 0) {
        throw new CliError(`${shown} needs a value (${shown} <${spec.value}>)`);
      }
      if (next.length > 1 && next.startsWith("-") && namesFlag(next)) {
        throw new CliError(`${shown} needs a value, not the flag '${next}' (write ${shown}=VALUE for a value that starts with '-')`);
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
  if (out.positionals.includes("")) {
    throw new CliError("an argument is empty (''): name a file, or - for standard input");
  }
  return out;
});
var once = (function once(spec, shown, seen) {
  const before = seen.get(spec.name);
  if (before !== void 0) {
    throw new CliError(before === shown ? `${shown} is given twice` : `${shown} and ${before} are the same flag: give it once`);
  }
  seen.set(spec.name, shown);
});
var debugEnabled = (function debugEnabled() {
  try {
    const st = Deno.permissions.querySync({
      name: "env",
      variable: "JWK_DEBUG"
    }).state;
    return st === "granted" && !!Deno.env.get("JWK_DEBUG") && Deno.env.get("JWK_DEBUG") !== "0";
  } catch {
    return false;
  }
});
var unknownCommand = (function unknownCommand(word) {
  const names = COMMANDS.map((c) => c.name);
  if (word.startsWith("-")) {
    return new CliError(`a command must come first, before '${word}': jwk <command> (one of ${names.join(", ")})`);
  }
  const hint = closest(word, names);
  return new CliError(`unknown command '${word}'` + (hint ? `: did you mean '${hint}'?` : `: the commands are ${names.join(", ")} (see --help)`));
});
var main = (async function main(args) {
  try {
    let [word, ...rest] = args;
    if (word?.startsWith("-") && ![
      "--help",
      "-h",
      "--version"
    ].includes(word)) {
      const at = args.findIndex((a) => COMMANDS.some((c) => c.name === a));
      if (at > 0) [word, rest] = [
        args[at],
        [
          ...args.slice(0, at),
          ...args.slice(at + 1)
        ]
      ];
    }
    if (word === "--help" || word === "-h" || word === "help") {
      const topic = word === "help" ? rest[0] : void 0;
      const entry2 = COMMANDS.find((c) => c.name === topic);
      if (topic !== void 0 && entry2 === void 0) throw unknownCommand(topic);
      ensureCodeReadable();
      if (entry2) console.log(await (await entry2.load()).manual(VERSION));
      else console.log((await loadCli("help.ts")).mainHelp(VERSION));
      return 0;
    }
    if (word === "--version") {
      console.log(`jwk ${VERSION}`);
      return 0;
    }
    if (word === void 0) {
      throw new CliError(`a command is needed: jwk <command>, one of ${COMMANDS.map((c) => c.name).join(", ")} (see --help)`);
    }
    const entry = COMMANDS.find((c) => c.name === word);
    if (entry === void 0) throw unknownCommand(word);
    ensureCodeReadable();
    const command = await entry.load();
    const parsed = parseFlags(command.flags, rest);
    if (parsed.on.has("help")) {
      console.log(await command.manual(VERSION));
      return 0;
    }
    await command.run(parsed, rest);
    return 0;
  } catch (e) {
    if (e instanceof Deno.errors.BrokenPipe) return 1;
    if (e instanceof CliError || e instanceof JwkError) {
      print(`error: ${e.message.split("\n")[0]}`);
      if (debugEnabled()) print(e.stack ?? "");
      return e instanceof CliError ? e.exitCode : 1;
    }
    if (e instanceof Deno.errors.NotCapable) {
      print(`error: ${e.message.split("\n")[0]}`);
    } else {
      const name = e instanceof Error ? e.name : "Error";
      print(`error: unexpected failure (${name}: ${describe(e)})`);
    }
    if (debugEnabled()) print(e instanceof Error ? e.stack ?? "" : String(e));
    return 1;
  }
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

// deno.json
var deno_default = { version: "0.1.0" };

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

// lib/cli/flags.ts

// lib/errors.ts
var JWK_ERROR = Symbol.for("@jwk/jwk JwkError");
var JwkError = class extends Error {
  /** Why it failed, for programs; the message is for people. */
  code;
  /** Creates an error with a code and a one-line message. */
  constructor(code, message) {
    super(message);
    this.name = "JwkError";
    this.code = code;
    Object.defineProperty(this, JWK_ERROR, {
      value: true
    });
  }
  /**
   * `instanceof JwkError` holds for a JwkError made by any copy of this
   * module: the command line runs as bundles (bundle/), each with its own
   * copy, and an error thrown in one is caught in another.
   */
  static [Symbol.hasInstance](value) {
    return typeof value === "object" && value !== null && value[JWK_ERROR] === true;
  }
};

// lib/cli/main.ts
var VERSION = deno_default.version;
var print = (line) => console.error(line);

// .tmp/bundle-entries/cli_main.ts
var bundle = (file) => {
  const specifier = "./" + file;
  return loadCode(() => import(specifier));
};
var missing = (name) => Promise.reject(new Error("cli/main.ts was bundled without " + name + ": run deno task build"));
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
  VERSION,
  main
};
