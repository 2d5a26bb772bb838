// Generated from lib/cli/prompt.ts by scripts/build_cli.ts: do not edit (deno task build).
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
var isInteractive = (function isInteractive() {
  return Deno.stdin.isTerminal();
});
var say = (function say(text) {
  const bytes = encoder.encode(text);
  let off = 0;
  while (off < bytes.length) off += Deno.stderr.writeSync(bytes.subarray(off));
});
var readByte = (async function readByte() {
  if (pending.length === 0) {
    const buf = new Uint8Array(256);
    const n = await Deno.stdin.read(buf);
    if (n === null || n === 0) return null;
    pending = buf.slice(0, n);
    buf.fill(0);
  }
  const b = pending[0];
  pending[0] = 0;
  pending = pending.subarray(1);
  return b;
});
var readSecret = (async function readSecret(prompt) {
  say(prompt);
  let buf = new Uint8Array(64);
  let len = 0;
  Deno.stdin.setRaw(true);
  try {
    for (; ; ) {
      const b = await readByte();
      if (b === null) throw new CliError("no password was entered (end of input)");
      if (b === 13 || b === 10) break;
      if (b === 3) throw new CliError("interrupted", 130);
      if (b === 4) {
        if (len === 0) throw new CliError("no password was entered (end of input)");
        continue;
      }
      if (b === 127 || b === 8) {
        while (len > 0 && (buf[len - 1] & 192) === 128) len--;
        if (len > 0) len--;
        continue;
      }
      if (b === 21) {
        len = 0;
        continue;
      }
      if (b < 32) continue;
      if (len === buf.length) {
        if (len >= MAX_SECRET_BYTES) {
          throw new CliError(`the password is longer than ${MAX_SECRET_BYTES / 1024} KiB`);
        }
        const bigger = new Uint8Array(len * 2);
        bigger.set(buf);
        buf.fill(0);
        buf = bigger;
      }
      buf[len++] = b;
    }
    return buf.slice(0, len);
  } finally {
    buf.fill(0);
    Deno.stdin.setRaw(false);
    say("\n");
  }
});
var readLine = (async function readLine() {
  const bytes = [];
  for (; ; ) {
    const b = await readByte();
    if (b === null) return bytes.length ? new TextDecoder().decode(new Uint8Array(bytes)) : null;
    if (b === 10) return new TextDecoder().decode(new Uint8Array(bytes)).replace(/\r$/, "");
    bytes.push(b);
  }
});
var askYesNo = (async function askYesNo(question) {
  for (let i = 0; i < 5; i++) {
    say(`${question} [y/n]: `);
    const line = await readLine();
    if (line === null) {
      say("\n");
      return false;
    }
    const a = line.trim().toLowerCase();
    if (a === "y" || a === "yes") return true;
    if (a === "n" || a === "no") return false;
  }
  return false;
});
var askNewPassword = (async function askNewPassword(what) {
  const first = await readSecret(`Please enter the password to encrypt ${what}: `);
  if (first.length === 0) throw new CliError("the password is empty: nothing was written");
  const second = await readSecret("Please enter the same password again: ");
  const same = first.length === second.length && first.every((b, i) => b === second[i]);
  second.fill(0);
  if (!same) {
    first.fill(0);
    throw new CliError("the two passwords do not match: nothing was written");
  }
  return first;
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

// lib/cli/inputs.ts
var MAX_PASSWORD_FILE = 64 * 1024;
var MAX_KEY_FILE = 1024 * 1024;

// lib/cli/prompt.ts
var MAX_SECRET_BYTES = 64 * 1024;
var encoder = new TextEncoder();
var pending = new Uint8Array(0);

// .tmp/bundle-entries/cli_prompt.ts
var bundle = (file) => {
  const specifier = "./" + file;
  return loadCode(() => import(specifier));
};
var missing = (name) => Promise.reject(new Error("cli/prompt.ts was bundled without " + name + ": run deno task build"));
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
  MAX_SECRET_BYTES,
  askNewPassword,
  askYesNo,
  isInteractive,
  readSecret
};
