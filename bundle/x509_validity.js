// Generated from lib/x509/validity.ts by scripts/build_cli.ts: do not edit (deno task build).
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
var encodeTlv = (function encodeTlv(tag, ...parts) {
  const len = parts.reduce((n, p) => n + p.length, 0);
  const head = [
    tag
  ];
  if (len < 128) head.push(len);
  else {
    const bytes = [];
    for (let n = len; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 255);
    head.push(128 | bytes.length, ...bytes);
  }
  const out = new Uint8Array(head.length + len);
  out.set(head);
  let pos = head.length;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
});
var bad = (function bad(value, why) {
  return new JwkError("INVALID_OPTION", `--not-after '${value}' ${why}: use a duration such as 90d, 24h, 1y or 1y30d (units s, m, h, d, w, y), or an RFC 3339 time such as 2030-01-01T00:00:00Z`);
});
var notAfterFrom = (function notAfterFrom(value, now = /* @__PURE__ */ new Date()) {
  let ms;
  if (/^[0-9]/.test(value) && /[A-Za-z]$/.test(value) && !value.includes("-")) {
    const parts = value.match(/[0-9]+(?:\.[0-9]+)?[a-z]/g);
    if (!parts || parts.join("") !== value) throw bad(value, "is not a duration or a time");
    const unknown = parts.find((p) => !(p.slice(-1) in UNIT_SECONDS));
    if (unknown) throw bad(value, `has an unknown unit '${unknown.slice(-1)}'`);
    let seconds = 0;
    for (const p of parts) seconds += Number(p.slice(0, -1)) * UNIT_SECONDS[p.slice(-1)];
    if (!(seconds >= 1)) throw bad(value, "is not a duration of at least one second");
    ms = now.getTime() + Math.round(seconds) * 1e3;
  } else {
    const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(value);
    ms = m ? Date.parse(value.replace(" ", "T")) : NaN;
    if (Number.isNaN(ms)) throw bad(value, "is not a duration or a time");
    const day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
    if (day.getUTCMonth() !== +m[2] - 1 || day.getUTCDate() !== +m[3] || +m[4] > 23 || +m[5] > 59 || +m[6] > 59) {
      throw bad(value, "is not a valid time");
    }
    if (ms <= now.getTime()) throw bad(value, "is in the past");
  }
  ms = Math.floor(ms / 1e3) * 1e3;
  if (!Number.isFinite(ms) || ms > LAST) throw bad(value, "is after the year 9999");
  return new Date(ms);
});
var encodeTime = (function encodeTime(date) {
  const iso = date.toISOString();
  const year = date.getUTCFullYear();
  const digits = iso.slice(0, 19).replace(/[-T:]/g, "") + "Z";
  const utc = year >= 1950 && year < 2050;
  return encodeTlv(utc ? UTC_TIME : GENERALIZED_TIME, new TextEncoder().encode(utc ? digits.slice(2) : digits));
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

// lib/pem/asn1.ts

// lib/x509/validity.ts
var UTC_TIME = 23;
var GENERALIZED_TIME = 24;
var UNIT_SECONDS = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 7 * 86400,
  y: 365 * 86400
};
var DEFAULT_VALIDITY = "1y";
var LAST = Date.UTC(9999, 11, 31, 23, 59, 59);

// .tmp/bundle-entries/x509_validity.ts
var bundle = (file) => {
  const specifier = "./" + file;
  return loadCode(() => import(specifier));
};
var missing = (name) => Promise.reject(new Error("x509/validity.ts was bundled without " + name + ": run deno task build"));
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
  DEFAULT_VALIDITY,
  encodeTime,
  notAfterFrom
};
