// Generated from lib/x509/name.ts by scripts/build_cli.ts: do not edit (deno task build).
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
var bad = (function bad(what, why) {
  return new JwkError("BAD_PEM", `${what}: malformed DER (${why})`);
});
var readTlv = (function readTlv(buf, offset, depth, what) {
  if (offset + 2 > buf.length) throw bad(what, "truncated header");
  const tag = buf[offset];
  if ((tag & 31) === 31) throw bad(what, "multi-byte tags are not used by keys");
  let len = buf[offset + 1];
  let pos = offset + 2;
  if (len === 128) throw bad(what, "indefinite length is not DER");
  if (len > 128) {
    const count = len & 127;
    if (count > 4) throw bad(what, "length too large");
    if (pos + count > buf.length) throw bad(what, "truncated length");
    if (buf[pos] === 0) throw bad(what, "non-minimal length");
    len = 0;
    for (let i = 0; i < count; i++) len = len * 256 + buf[pos + i];
    if (len < 128) throw bad(what, "non-minimal length");
    pos += count;
  }
  if (len > buf.length - pos) throw bad(what, "length runs past the end");
  return {
    tag,
    value: buf.subarray(pos, pos + len),
    raw: buf.subarray(offset, pos + len),
    depth
  };
});
var decodeDer = (function decodeDer(bytes, what, depth = 0) {
  if (depth > MAX_DEPTH) throw bad(what, "nested too deeply");
  const node = readTlv(bytes, 0, depth, what);
  if (node.raw.length !== bytes.length) throw bad(what, "trailing bytes after the structure");
  return node;
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
var encodeOid = (function encodeOid(oid) {
  const arcs = oid.split(".").map(Number);
  const body = [];
  const values = [
    arcs[0] * 40 + arcs[1],
    ...arcs.slice(2)
  ];
  for (const v of values) {
    const group = [
      v & 127
    ];
    for (let n = Math.floor(v / 128); n > 0; n = Math.floor(n / 128)) {
      group.unshift(128 | n & 127);
    }
    body.push(...group);
  }
  return encodeTlv(TAG.OID, new Uint8Array(body));
});
var sequence = (function sequence(...parts) {
  return encodeTlv(TAG.SEQUENCE, ...parts);
});
var bad2 = (function bad2(subject, why) {
  return new JwkError("INVALID_OPTION", `--subject '${subject}' is not a distinguished name (${why}): write it as in RFC 4514, e.g. 'CN=api.example.com,O=Example,C=DE'`);
});
var checkLength = (function checkLength(subject, typeName, known, chars) {
  if (known?.max !== void 0 && chars > known.max) {
    throw bad2(subject, `${typeName} is at most ${known.max} characters, this one has ${chars}`);
  }
});
var derStringChars = (function derStringChars(node) {
  if (node.tag === 30) return node.value.length / 2;
  if (node.tag === 28) return node.value.length / 4;
  if (node.tag !== UTF8_STRING) return node.value.length;
  return node.value.filter((b) => (b & 192) !== 128).length;
});
var attribute = (function attribute(subject, typeName, value) {
  const known = TYPES[typeName.toUpperCase()] ?? Object.values(TYPES).find((t) => t.oid === typeName);
  if (!known && !/^[0-9]/.test(typeName)) {
    throw bad2(subject, `unknown attribute type '${typeName}'; use ${NAME_TYPES.join(", ")} or a dotted OID`);
  }
  const oid = known?.oid ?? typeName;
  if (!known) {
    const arcs = oid.split(".").map(Number);
    if (arcs[0] > 2 || arcs[0] < 2 && arcs[1] > 39 || arcs.some((a) => !Number.isSafeInteger(a))) {
      throw bad2(subject, `'${typeName}' is not a valid OID`);
    }
  }
  if (value.der) {
    let node;
    try {
      node = decodeDer(value.der, `the value of ${typeName}`);
      if (node.tag & 32) throw new Error("constructed");
    } catch {
      throw bad2(subject, `the value of ${typeName} after '#' is not one DER string`);
    }
    checkLength(subject, typeName, known, derStringChars(node));
    return sequence(encodeOid(oid), value.der);
  }
  const bytes = value.text;
  if (bytes.length === 0) throw bad2(subject, `the value of ${typeName} is empty`);
  let text;
  try {
    text = new TextDecoder("utf-8", {
      fatal: true
    }).decode(bytes);
  } catch {
    throw bad2(subject, `the value of ${typeName} is not UTF-8`);
  }
  const tag = known?.tag ?? UTF8_STRING;
  if (tag === PRINTABLE_STRING && !PRINTABLE.test(text)) {
    throw bad2(subject, `${typeName} allows only letters, digits, spaces and '()+,-./:=?`);
  }
  if (tag === IA5_STRING && !/^[\x20-\x7e]+$/.test(text)) {
    throw bad2(subject, `${typeName} allows only printable ASCII characters`);
  }
  if (known?.length !== void 0 && text.length !== known.length) {
    throw bad2(subject, `${typeName} must be ${known.length} characters, e.g. C=DE`);
  }
  checkLength(subject, typeName, known, [
    ...text
  ].length);
  return sequence(encodeOid(oid), encodeTlv(tag, bytes));
});
var derSetOrder = (function derSetOrder(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
});
var parseName = (function parseName(subject) {
  if (subject.trim() === "") {
    throw bad2(subject, "it is empty");
  }
  const r = new Reader(subject);
  const rdns = [];
  while (true) {
    const attrs = [];
    while (true) {
      const type = r.type();
      attrs.push(attribute(subject, type, r.value(type)));
      if (r.peek() !== "+") break;
      r.pos++;
    }
    attrs.sort(derSetOrder);
    rdns.push(encodeTlv(TAG.SET, ...attrs));
    if (r.done) break;
    r.pos++;
    if (r.done) throw bad2(subject, "it ends with a comma");
  }
  return sequence(...rdns.reverse());
});
var commonName = (function commonName(value) {
  if (value === "") throw new JwkError("INVALID_OPTION", "the common name must not be empty");
  const attr = sequence(encodeOid(TYPES.CN.oid), encodeTlv(UTF8_STRING, new TextEncoder().encode(value)));
  return sequence(encodeTlv(TAG.SET, attr));
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
var TAG = {
  BOOLEAN: 1,
  INTEGER: 2,
  BIT_STRING: 3,
  OCTET_STRING: 4,
  NULL: 5,
  OID: 6,
  SEQUENCE: 48,
  SET: 49,
  /** `[0]` constructed (EXPLICIT or constructed IMPLICIT). */
  CONTEXT_0: 160,
  /** `[1]` constructed. */
  CONTEXT_1: 161,
  /** `[3]` constructed. */
  CONTEXT_3: 163
};
var MAX_DEPTH = 32;

// lib/x509/der.ts
var NULL = encodeTlv(TAG.NULL);

// lib/x509/name.ts
var UTF8_STRING = 12;
var PRINTABLE_STRING = 19;
var IA5_STRING = 22;
var TYPES = {
  CN: {
    oid: "2.5.4.3",
    tag: UTF8_STRING,
    max: 64
  },
  L: {
    oid: "2.5.4.7",
    tag: UTF8_STRING,
    max: 128
  },
  ST: {
    oid: "2.5.4.8",
    tag: UTF8_STRING,
    max: 128
  },
  O: {
    oid: "2.5.4.10",
    tag: UTF8_STRING,
    max: 64
  },
  OU: {
    oid: "2.5.4.11",
    tag: UTF8_STRING,
    max: 64
  },
  C: {
    oid: "2.5.4.6",
    tag: PRINTABLE_STRING,
    length: 2
  },
  STREET: {
    oid: "2.5.4.9",
    tag: UTF8_STRING
  },
  DC: {
    oid: "0.9.2342.19200300.100.1.25",
    tag: IA5_STRING
  },
  UID: {
    oid: "0.9.2342.19200300.100.1.1",
    tag: UTF8_STRING
  },
  SERIALNUMBER: {
    oid: "2.5.4.5",
    tag: PRINTABLE_STRING,
    max: 64
  },
  EMAILADDRESS: {
    oid: "1.2.840.113549.1.9.1",
    tag: IA5_STRING,
    max: 255
  }
};
var NAME_TYPES = [
  "CN",
  "L",
  "ST",
  "O",
  "OU",
  "C",
  "STREET",
  "DC",
  "UID",
  "serialNumber",
  "emailAddress"
];
var SPECIAL = '"+,;<>\\=# ';
var PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]+$/;
var Reader = class {
  s;
  pos;
  constructor(s) {
    this.s = s;
    this.pos = 0;
  }
  get done() {
    return this.pos >= this.s.length;
  }
  peek() {
    return this.s[this.pos];
  }
  skipSpaces() {
    while (this.s[this.pos] === " ") this.pos++;
  }
  /** attributeType: a descriptor (letters, digits, hyphens) or a dotted OID. */
  type() {
    this.skipSpaces();
    const m = /^(?:[A-Za-z][A-Za-z0-9-]*|[0-9]+(?:\.[0-9]+)+)/.exec(this.s.slice(this.pos));
    if (!m) throw bad2(this.s, `expected an attribute type at position ${this.pos + 1}`);
    this.pos += m[0].length;
    this.skipSpaces();
    if (this.peek() !== "=") throw bad2(this.s, `expected '=' after '${m[0]}'`);
    this.pos++;
    return m[0];
  }
  /** attributeValue: a string with RFC 4514 escapes, or #hexstring. */
  value(type) {
    this.skipSpaces();
    if (this.peek() === "#") {
      const m = /^#((?:[0-9A-Fa-f]{2})+)/.exec(this.s.slice(this.pos));
      if (!m) throw bad2(this.s, `the value of ${type} after '#' is not hex`);
      this.pos += m[0].length;
      const der = new Uint8Array(m[1].length / 2);
      for (let i = 0; i < der.length; i++) der[i] = parseInt(m[1].slice(2 * i, 2 * i + 2), 16);
      this.skipSpaces();
      return {
        der
      };
    }
    const bytes = [];
    let spaces = 0;
    while (!this.done && this.peek() !== "," && this.peek() !== "+") {
      const c = String.fromCodePoint(this.s.codePointAt(this.pos));
      this.pos += c.length;
      if (c === "\\") {
        const next = this.s.slice(this.pos, this.pos + 2);
        if (/^[0-9A-Fa-f]{2}$/.test(next)) {
          bytes.push(...new Array(spaces).fill(32), parseInt(next, 16));
          this.pos += 2;
        } else if (next !== "" && SPECIAL.includes(next[0])) {
          bytes.push(...new Array(spaces).fill(32), next.charCodeAt(0));
          this.pos += 1;
        } else {
          throw bad2(this.s, `'\\${next[0] ?? ""}' is not an escape in the value of ${type}`);
        }
        spaces = 0;
      } else if (c === " ") {
        spaces++;
      } else if ('";<>'.includes(c)) {
        throw bad2(this.s, `'${c}' must be escaped as '\\${c}' in the value of ${type}`);
      } else {
        bytes.push(...new Array(spaces).fill(32), ...new TextEncoder().encode(c));
        spaces = 0;
      }
    }
    return {
      text: new Uint8Array(bytes)
    };
  }
};

// .tmp/bundle-entries/x509_name.ts
var bundle = (file) => {
  const specifier = "./" + file;
  return loadCode(() => import(specifier));
};
var missing = (name) => Promise.reject(new Error("x509/name.ts was bundled without " + name + ": run deno task build"));
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
  NAME_TYPES,
  commonName,
  parseName
};
