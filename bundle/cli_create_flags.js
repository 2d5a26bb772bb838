// Generated from lib/cli/create_flags.ts by scripts/build_cli.ts: do not edit (deno task build).
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
var table = (function table(entries) {
  return Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), entries));
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
var flagValue = (function flagValue(p, name) {
  return p.values.get(name)?.[0];
});
var parseCreateArgs = (function parseCreateArgs(argv) {
  return createArgsOf(parseFlags(CREATE_FLAGS, argv));
});
var createArgsOf = (function createArgsOf(p) {
  const one = (name) => flagValue(p, name);
  const out = {
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
    notAfter: one("not-after")
  };
  const size = one("size");
  if (size !== void 0) {
    if (!/^[0-9]{1,9}$/.test(size)) {
      throw new CliError(`--size must be a whole number of bits, not '${size}'`);
    }
    out.size = Number(size);
  }
  const ops = p.values.get("key-ops");
  if (ops) {
    const split = ops.flatMap((v) => v.split(","));
    if (split.some((op) => op === "")) {
      throw new CliError("--key-ops has an empty operation: separate operations with single commas");
    }
    out.keyOps = split;
  }
  return out;
});
var createOptionsOf = (function createOptionsOf(a) {
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
    selfSigned: a.selfSigned ? {
      subject: a.subject,
      notAfter: a.notAfter
    } : void 0
  };
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

// lib/key_types.ts
var KEY_TYPES = [
  "EC",
  "RSA",
  "OKP",
  "oct",
  "AKP"
];
var CURVES = {
  EC: [
    "P-256",
    "P-384",
    "P-521",
    "secp256k1"
  ],
  OKP: [
    "Ed25519",
    "X25519",
    "Ed448",
    "X448"
  ]
};
var CURVE_BYTES = table({
  "P-256": 32,
  "P-384": 48,
  "P-521": 66,
  "secp256k1": 32,
  "Ed25519": 32,
  "X25519": 32,
  "Ed448": 57,
  "X448": 56
});
var CURVE_USE = table({
  "secp256k1": "sig",
  "Ed25519": "sig",
  "Ed448": "sig",
  "X25519": "enc",
  "X448": "enc"
});
var ECDH_CURVES = [
  "P-256",
  "P-384",
  "P-521",
  "X25519",
  "X448"
];
var ALGORITHMS = table({
  HS256: {
    use: "sig",
    kty: [
      "oct"
    ],
    minSize: 256,
    defaultSize: 256
  },
  HS384: {
    use: "sig",
    kty: [
      "oct"
    ],
    minSize: 384,
    defaultSize: 384
  },
  HS512: {
    use: "sig",
    kty: [
      "oct"
    ],
    minSize: 512,
    defaultSize: 512
  },
  RS256: {
    use: "sig",
    kty: [
      "RSA"
    ]
  },
  RS384: {
    use: "sig",
    kty: [
      "RSA"
    ]
  },
  RS512: {
    use: "sig",
    kty: [
      "RSA"
    ]
  },
  PS256: {
    use: "sig",
    kty: [
      "RSA"
    ]
  },
  PS384: {
    use: "sig",
    kty: [
      "RSA"
    ]
  },
  // PSS with SHA-512 and a 64-byte salt needs an encoded message of 64+64+2
  // bytes, and that of ceil((bits-1)/8) (RFC 8017 §9.1.1): 1034 bits. (jwk
  // create makes whole bytes: 1040 is its smallest, and needs --insecure.)
  PS512: {
    use: "sig",
    kty: [
      "RSA"
    ],
    minSize: 1034
  },
  ES256: {
    use: "sig",
    kty: [
      "EC"
    ],
    crv: [
      "P-256"
    ]
  },
  ES384: {
    use: "sig",
    kty: [
      "EC"
    ],
    crv: [
      "P-384"
    ]
  },
  ES512: {
    use: "sig",
    kty: [
      "EC"
    ],
    crv: [
      "P-521"
    ]
  },
  ES256K: {
    use: "sig",
    kty: [
      "EC"
    ],
    crv: [
      "secp256k1"
    ]
  },
  EdDSA: {
    use: "sig",
    kty: [
      "OKP"
    ],
    crv: [
      "Ed25519",
      "Ed448"
    ]
  },
  // RFC 9864: the same signatures, named by curve (EdDSA stays the default).
  Ed25519: {
    use: "sig",
    kty: [
      "OKP"
    ],
    crv: [
      "Ed25519"
    ]
  },
  Ed448: {
    use: "sig",
    kty: [
      "OKP"
    ],
    crv: [
      "Ed448"
    ]
  },
  "ML-DSA-44": {
    use: "sig",
    kty: [
      "AKP"
    ]
  },
  "ML-DSA-65": {
    use: "sig",
    kty: [
      "AKP"
    ]
  },
  "ML-DSA-87": {
    use: "sig",
    kty: [
      "AKP"
    ]
  },
  RSA1_5: {
    use: "enc",
    kty: [
      "RSA"
    ]
  },
  "RSA-OAEP": {
    use: "enc",
    kty: [
      "RSA"
    ]
  },
  "RSA-OAEP-256": {
    use: "enc",
    kty: [
      "RSA"
    ]
  },
  A128KW: {
    use: "enc",
    kty: [
      "oct"
    ],
    sizes: [
      128
    ],
    defaultSize: 128
  },
  A192KW: {
    use: "enc",
    kty: [
      "oct"
    ],
    sizes: [
      192
    ],
    defaultSize: 192
  },
  A256KW: {
    use: "enc",
    kty: [
      "oct"
    ],
    sizes: [
      256
    ],
    defaultSize: 256
  },
  A128GCMKW: {
    use: "enc",
    kty: [
      "oct"
    ],
    sizes: [
      128
    ],
    defaultSize: 128
  },
  A192GCMKW: {
    use: "enc",
    kty: [
      "oct"
    ],
    sizes: [
      192
    ],
    defaultSize: 192
  },
  A256GCMKW: {
    use: "enc",
    kty: [
      "oct"
    ],
    sizes: [
      256
    ],
    defaultSize: 256
  },
  // dir: the key is the content key, so its size is that of some "enc" value.
  dir: {
    use: "enc",
    kty: [
      "oct"
    ],
    sizes: [
      128,
      192,
      256,
      384,
      512
    ],
    defaultSize: 256
  },
  "ECDH-ES": {
    use: "enc",
    kty: [
      "EC",
      "OKP"
    ],
    crv: ECDH_CURVES
  },
  "ECDH-ES+A128KW": {
    use: "enc",
    kty: [
      "EC",
      "OKP"
    ],
    crv: ECDH_CURVES
  },
  "ECDH-ES+A192KW": {
    use: "enc",
    kty: [
      "EC",
      "OKP"
    ],
    crv: ECDH_CURVES
  },
  "ECDH-ES+A256KW": {
    use: "enc",
    kty: [
      "EC",
      "OKP"
    ],
    crv: ECDH_CURVES
  },
  // PBES2 "keys" are passwords: any secret of at least 128 bits.
  "PBES2-HS256+A128KW": {
    use: "enc",
    kty: [
      "oct"
    ],
    minSize: 128,
    defaultSize: 256
  },
  "PBES2-HS384+A192KW": {
    use: "enc",
    kty: [
      "oct"
    ],
    minSize: 128,
    defaultSize: 256
  },
  "PBES2-HS512+A256KW": {
    use: "enc",
    kty: [
      "oct"
    ],
    minSize: 128,
    defaultSize: 256
  }
});
var OTHER_ALGORITHMS = table({
  "RSA-OAEP-384": {
    use: "enc",
    kty: [
      "RSA"
    ]
  },
  "RSA-OAEP-512": {
    use: "enc",
    kty: [
      "RSA"
    ]
  },
  A128GCM: {
    use: "enc",
    kty: [
      "oct"
    ],
    sizes: [
      128
    ]
  },
  A192GCM: {
    use: "enc",
    kty: [
      "oct"
    ],
    sizes: [
      192
    ]
  },
  A256GCM: {
    use: "enc",
    kty: [
      "oct"
    ],
    sizes: [
      256
    ]
  },
  // AES-CBC with HMAC: half of the key is the MAC key, half the AES key.
  "A128CBC-HS256": {
    use: "enc",
    kty: [
      "oct"
    ],
    sizes: [
      256
    ]
  },
  "A192CBC-HS384": {
    use: "enc",
    kty: [
      "oct"
    ],
    sizes: [
      384
    ]
  },
  "A256CBC-HS512": {
    use: "enc",
    kty: [
      "oct"
    ],
    sizes: [
      512
    ]
  },
  // Registered for WebCrypto as Prohibited for JOSE: read, and held to their key.
  RS1: {
    use: "sig",
    kty: [
      "RSA"
    ]
  },
  HS1: {
    use: "sig",
    kty: [
      "oct"
    ],
    minSize: 160
  },
  A128CBC: {
    use: "enc",
    kty: [
      "oct"
    ],
    sizes: [
      128
    ]
  },
  A192CBC: {
    use: "enc",
    kty: [
      "oct"
    ],
    sizes: [
      192
    ]
  },
  A256CBC: {
    use: "enc",
    kty: [
      "oct"
    ],
    sizes: [
      256
    ]
  },
  A128CTR: {
    use: "enc",
    kty: [
      "oct"
    ],
    sizes: [
      128
    ]
  },
  A192CTR: {
    use: "enc",
    kty: [
      "oct"
    ],
    sizes: [
      192
    ]
  },
  A256CTR: {
    use: "enc",
    kty: [
      "oct"
    ],
    sizes: [
      256
    ]
  }
});
var KEY_OP_USE = table({
  sign: "sig",
  verify: "sig",
  encrypt: "enc",
  decrypt: "enc",
  wrapKey: "enc",
  unwrapKey: "enc",
  deriveKey: "enc",
  deriveBits: "enc"
});
var ML_DSA = table({
  "ML-DSA-44": {
    publicKey: 1312,
    expandedKey: 2560,
    signature: 2420
  },
  "ML-DSA-65": {
    publicKey: 1952,
    expandedKey: 4032,
    signature: 3309
  },
  "ML-DSA-87": {
    publicKey: 2592,
    expandedKey: 4896,
    signature: 4627
  }
});

// lib/key_ops.ts
var KEY_OPS = [
  "sign",
  "verify",
  "encrypt",
  "decrypt",
  "wrapKey",
  "unwrapKey",
  "deriveKey",
  "deriveBits"
];

// lib/cli/flags.ts
var HELP_FLAG = {
  name: "help",
  short: "h",
  summary: "Show this command's manual and exit."
};

// lib/cli/create_flags.ts
var CREATE_FLAGS = [
  {
    name: "kty",
    aliases: [
      "type"
    ],
    value: "type",
    choices: KEY_TYPES,
    summary: "Key type, the JWK 'kty' member (case-sensitive).",
    details: [
      "One of: EC (elliptic curve key pair), RSA (RSA key pair), OKP (octet key",
      "pair: Ed25519 or Ed448 to sign, X25519 or X448 to encrypt), oct",
      "(symmetric key), AKP (ML-DSA post-quantum signatures; the parameter set",
      "comes from --alg, default ML-DSA-65: NIST category 3, the middle set,",
      "a margin above ML-DSA-44 for 3309-byte instead of 2420-byte signatures).",
      "Default: implied by --crv or --alg when given, else EC."
    ]
  },
  {
    name: "crv",
    aliases: [
      "curve"
    ],
    value: "curve",
    choices: [
      ...CURVES.EC,
      ...CURVES.OKP
    ],
    summary: "Curve for EC and OKP keys, the JWK 'crv' member (case-sensitive).",
    details: [
      "EC: P-256, P-384, P-521, secp256k1 (sig only: ES256K). OKP: Ed25519 and",
      "Ed448 (sig), X25519 and X448 (enc).",
      "Default: P-256 for EC; Ed25519 for OKP (X25519 with --use enc).",
      "Refused for RSA, oct and AKP."
    ]
  },
  {
    name: "alg",
    aliases: [
      "algorithm"
    ],
    value: "algorithm",
    choices: Object.keys(ALGORITHMS),
    summary: "Algorithm the key is meant for, the JWK 'alg' member (case-sensitive).",
    details: [
      "Default: from key type, use and curve (see DEFAULT ALGORITHMS below);",
      "every accepted value is listed under ALGORITHMS below. For AKP keys it",
      "picks the parameter set: ML-DSA-44, ML-DSA-65 or ML-DSA-87. Ed25519 and",
      "Ed448 are RFC 9864's fully-specified names for EdDSA on that curve."
    ]
  },
  {
    name: "use",
    value: "use",
    choices: [
      "sig",
      "enc"
    ],
    summary: "Intended use of the public key, the JWK 'use' member.",
    details: [
      "sig (verify signatures) or enc (encrypt); any other non-empty value is",
      "written as given. Default: sig, or what --alg or --key-ops is for."
    ]
  },
  {
    name: "size",
    value: "bits",
    summary: "Key size in bits, for RSA and oct keys (refused for EC, OKP and AKP).",
    details: [
      "RSA: a multiple of 8 from 2048 to 16384 (1024 and up with --insecure);",
      "default 2048.",
      "oct: a multiple of 8 that the algorithm can use, at least 128; default the",
      "algorithm's own size (see ALGORITHMS). Unlike step, oct sizes are bits."
    ]
  },
  {
    name: "kid",
    value: "kid",
    summary: "Key ID, the JWK 'kid' member (case-sensitive, not empty).",
    details: [
      "Default: the RFC 7638 SHA-256 thumbprint of the key; oct keys get no kid",
      "(a hash of a secret would leak information about it)."
    ]
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
      "signing and encryption, need --insecure. Default: none."
    ]
  },
  {
    name: "from-pem",
    path: true,
    value: "pem-file",
    summary: "Build the JWK from the key in an existing PEM file instead of a new key.",
    details: [
      "A file holding only a public key (or a certificate) writes only the",
      "public JWK file. Default: generate a new key."
    ]
  },
  {
    name: "pem-password-file",
    path: true,
    value: "file",
    summary: "File holding the password of an encrypted --from-pem file.",
    details: [
      "Default: ask on the terminal when the PEM file is encrypted."
    ]
  },
  {
    name: "self-signed",
    summary: "Add a self-signed X.509 certificate for the key as x5c and x5t#S256.",
    details: [
      "The key signs its own certificate, so it must be able to sign: EC (P-256,",
      "P-384, P-521, secp256k1), RSA, Ed25519, Ed448 or ML-DSA (AKP); not oct,",
      "X25519 or X448. Both JWK files get the certificate.",
      "With --from-pem the file must hold a private key without a certificate."
    ]
  },
  {
    name: "subject",
    value: "name",
    summary: "Subject (and issuer) of the --self-signed certificate, RFC 4514.",
    details: [
      'e.g. "CN=api.example.com,O=Example Org,C=DE"; types CN, L, ST, O, OU,',
      "C, STREET, DC, UID, serialNumber, emailAddress or a dotted OID.",
      "Default: CN=<kid>."
    ]
  },
  {
    name: "not-after",
    value: "time|duration",
    summary: "End of the --self-signed certificate's validity.",
    details: [
      "A duration from now (units s, m, h, d, w, y: 90d, 24h, 1y, 1y30d) or an",
      "RFC 3339 time (2030-01-01T00:00:00Z). Default: 1y (365 days). The",
      "certificate is valid from 5 minutes before it is made."
    ]
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
      "this flag or --no-password --insecure is required."
    ]
  },
  {
    name: "no-password",
    summary: "Write the private JWK unencrypted. Not recommended; needs --insecure.",
    details: [
      "Cannot be combined with --password-file."
    ]
  },
  {
    name: "insecure",
    summary: "Allow insecure choices: --no-password, RSA below 2048 bits, odd --key-ops."
  },
  {
    name: "subtle",
    summary: "Allow delicate choices: --use with --key-ops, ambiguous certificates."
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
      "'jwk keyset --help'. Refused for oct keys, which are all secret."
    ]
  },
  {
    name: "force",
    short: "f",
    summary: "Overwrite existing output files without asking.",
    details: [
      "Without it an existing file is kept: a terminal is asked y/n for each",
      "file, anything else gets an error and nothing is written."
    ]
  },
  HELP_FLAG
];

// .tmp/bundle-entries/cli_create_flags.ts
var bundle = (file) => {
  const specifier = "./" + file;
  return loadCode(() => import(specifier));
};
var missing = (name) => Promise.reject(new Error("cli/create_flags.ts was bundled without " + name + ": run deno task build"));
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
  CREATE_FLAGS,
  createArgsOf,
  createOptionsOf,
  parseCreateArgs
};
