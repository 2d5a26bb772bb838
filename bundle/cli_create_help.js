// Generated from lib/cli/create_help.ts by scripts/build_cli.ts: do not edit (deno task build).
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

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
var table2 = (function table2(rows, indent = "  ") {
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
var needs = (function needs(alg) {
  const s = ALGORITHMS[alg];
  if (s.kty.includes("oct")) {
    if (s.sizes?.length === 1) return `oct, ${s.sizes[0]} bits`;
    if (s.sizes) return `oct, ${s.sizes.join("/")} bits (default ${s.defaultSize})`;
    return `oct, at least ${s.minSize} bits (default ${s.defaultSize})`;
  }
  if (s.kty.includes("RSA")) return s.minSize ? `RSA, at least ${s.minSize} bits` : "RSA";
  if (s.kty.includes("AKP")) return "AKP (the parameter set is the algorithm)";
  return s.kty.map((k) => {
    const crvs = (s.crv ?? CURVES[k]).filter((c) => CURVES[k].includes(c));
    return `${k} ${crvs.join(", ")}`;
  }).join(" or ");
});
var createHelp = (function createHelp(version) {
  const defaults = table2([
    [
      "key type",
      "use",
      "curve",
      "default algorithm"
    ],
    ...DEFAULTS.map((r) => [
      r.kty,
      r.use,
      r.crv || "-",
      r.alg
    ])
  ]);
  const algs = (use) => {
    const names = Object.keys(ALGORITHMS).filter((a) => ALGORITHMS[a].use === use);
    const w = Math.max(...names.map((a) => a.length));
    return names.flatMap((a) => [
      `    ${a.padEnd(w)}  ${ALG_TEXT[a] ?? ""}`.trimEnd(),
      `    ${"".padEnd(w)}  key: ${needs(a)}`
    ]);
  };
  return [
    `jwk ${version} - create a JWK (JSON Web Key), like step crypto jwk create`,
    "",
    "USAGE",
    "  jwk create <public-jwk-file> <private-jwk-file> [flags]",
    "",
    "  Flags may come before or after the paths, as --flag value or --flag=value;",
    "  after -- everything is a path.",
    "",
    "DESCRIPTION",
    "  Generates a new key pair (or, with --from-pem, takes an existing key) and",
    "  writes it as two RFC 7517 JWK files: the public JWK, and the private JWK",
    "  encrypted with a password (a JWE: PBES2-HS256+A128KW, A256GCM, 600000",
    "  iterations, as step writes it). You are asked for the password twice on",
    "  the terminal unless --password-file or --no-password --insecure is given.",
    "  Both files get mode 0600 and are written atomically: a temporary file in",
    "  the same folder (named .<file>.<random>.tmp), then a rename; if anything",
    "  fails, no new file is left behind. An oct (symmetric) key has no public",
    "  part: as step does, the public file then holds the secret key too.",
    "  Messages go to stderr; stdout stays empty.",
    "",
    "POSITIONAL ARGUMENTS",
    "  <public-jwk-file>   Where the public JWK is written.",
    "  <private-jwk-file>  Where the (encrypted) private JWK is written.",
    "",
    "  Both paths are required and must differ. (step's own examples show one",
    "  path; step, like jwk, refuses that: give both.) A path that is a folder or",
    "  a symbolic link is refused; nothing is ever written through a link.",
    "",
    "FLAGS",
    ...flagLines(CREATE_FLAGS),
    "DEFAULT ALGORITHMS",
    ...defaults,
    "",
    "  Other uses than sig and enc get the sig default. An oct key's default",
    "  follows --size when it is given (e.g. --size 384 gives HS384).",
    "  EdDSA stays the default for Ed25519 and Ed448 (step and older verifiers",
    "  know only it); --alg Ed25519 or --alg Ed448 writes RFC 9864's names.",
    "  secp256k1 only signs (RFC 8812 defines ES256K, no encryption); AKP keys",
    "  only sign. ML-DSA-65 is AKP's default: see --kty.",
    "",
    "ALGORITHMS",
    "  For use sig (signing):",
    ...algs("sig"),
    "  For use enc (encryption):",
    ...algs("enc"),
    "",
    "EXAMPLES",
    "  Create a new JWK using default options (EC P-256, ES256):",
    "    jwk create jwk.pub.json jwk.json",
    "",
    "  Create an RSA JWK:",
    "    jwk create rsa.pub.json rsa.json --kty RSA",
    "",
    "  Create a symmetric key (oct key type):",
    "    jwk create oct.pub.json oct.json --kty oct",
    "",
    "  Create a key for use with the Ed25519 cryptosystem:",
    "    jwk create ed.pub.json ed.json --kty OKP --crv Ed25519",
    "",
    "  Create a post-quantum ML-DSA-87 signing key (kty AKP):",
    "    jwk create mldsa.pub.json mldsa.json --kty AKP --alg ML-DSA-87",
    "",
    "  Create a secp256k1 key for ES256K:",
    "    jwk create k1.pub.json k1.json --alg ES256K",
    "",
    "  Create a key from an existing PEM file:",
    "    jwk create jwk.pub.json jwk.json --from-pem key.pem",
    "",
    "  Create a 4096 bit RSA encryption key:",
    "    jwk create rsa-enc.pub.json rsa-enc.json --kty RSA --size 4096 --use enc",
    "",
    "  Create a 192 bit symmetric encryption key for use with AES GCM key wrap:",
    "    jwk create kw.pub.json kw.json \\",
    "      --kty oct --size 192 --use enc --alg A192GCMKW",
    "",
    "  Create a key and publish its public half in a JWK Set (see jwk keyset):",
    "    jwk create k2.pub.json k2.json --jwks jwks.json",
    "",
    "  Create a key with a self-signed certificate in x5c, valid for 90 days:",
    "    jwk create api.pub.json api.json --self-signed \\",
    '      --subject "CN=api.example.com,O=Example" --not-after 90d',
    "",
    "  Without a terminal, with the password in a file:",
    "    jwk create k.pub.json k.json --password-file pw.txt",
    "",
    ...manualEnd([
      "Run with no permission flags and Deno asks, on a terminal, for exactly what",
      "is needed. The narrowest grants are read on --password-file, --from-pem",
      "and --pem-password-file, and read and write on the folder of each output",
      "file (the temporary files live there, and Deno needs read access to",
      "rename them):",
      "  deno run --allow-read=pw.txt,out --allow-write=out cli.ts \\",
      "    create out/k.pub.json out/k.json --password-file pw.txt",
      "Without a terminal, a missing grant is one error line naming the flag to",
      "add. JWK_DEBUG=1 (with --allow-env=JWK_DEBUG) adds stack traces to errors."
    ], [
      "0 on success, 1 on any error (nothing written), 130 when interrupted."
    ])
  ].join("\n");
});
// lib/cli/errors.ts
var CLI_ERROR, CliError;
var init_errors = __esm({
  "lib/cli/errors.ts": (function() {
    CLI_ERROR = Symbol.for("@jwk/jwk CliError");
    CliError = class extends Error {
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
  })
});

// lib/errors.ts
var JWK_ERROR;
var init_errors2 = __esm({
  "lib/errors.ts": (function() {
    JWK_ERROR = Symbol.for("@jwk/jwk JwkError");
  })
});

// lib/key_types.ts
var KEY_TYPES, CURVES, CURVE_BYTES, CURVE_USE, ECDH_CURVES, ALGORITHMS, OTHER_ALGORITHMS, KEY_OP_USE, ML_DSA;
var init_key_types = __esm({
  "lib/key_types.ts": (function() {
    KEY_TYPES = [
      "EC",
      "RSA",
      "OKP",
      "oct",
      "AKP"
    ];
    CURVES = {
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
    CURVE_BYTES = table({
      "P-256": 32,
      "P-384": 48,
      "P-521": 66,
      "secp256k1": 32,
      "Ed25519": 32,
      "X25519": 32,
      "Ed448": 57,
      "X448": 56
    });
    CURVE_USE = table({
      "secp256k1": "sig",
      "Ed25519": "sig",
      "Ed448": "sig",
      "X25519": "enc",
      "X448": "enc"
    });
    ECDH_CURVES = [
      "P-256",
      "P-384",
      "P-521",
      "X25519",
      "X448"
    ];
    ALGORITHMS = table({
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
    OTHER_ALGORITHMS = table({
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
    KEY_OP_USE = table({
      sign: "sig",
      verify: "sig",
      encrypt: "enc",
      decrypt: "enc",
      wrapKey: "enc",
      unwrapKey: "enc",
      deriveKey: "enc",
      deriveBits: "enc"
    });
    ML_DSA = table({
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
  })
});

// lib/algorithms.ts
var DEFAULTS;
var init_algorithms = __esm({
  "lib/algorithms.ts": (function() {
    init_errors2();
    init_key_types();
    init_key_types();
    DEFAULTS = [
      {
        kty: "EC",
        use: "sig",
        crv: "P-256",
        alg: "ES256"
      },
      {
        kty: "EC",
        use: "sig",
        crv: "P-384",
        alg: "ES384"
      },
      {
        kty: "EC",
        use: "sig",
        crv: "P-521",
        alg: "ES512"
      },
      {
        kty: "EC",
        use: "sig",
        crv: "secp256k1",
        alg: "ES256K"
      },
      {
        kty: "EC",
        use: "enc",
        crv: "P-256",
        alg: "ECDH-ES"
      },
      {
        kty: "EC",
        use: "enc",
        crv: "P-384",
        alg: "ECDH-ES"
      },
      {
        kty: "EC",
        use: "enc",
        crv: "P-521",
        alg: "ECDH-ES"
      },
      {
        kty: "OKP",
        use: "sig",
        crv: "Ed25519",
        alg: "EdDSA"
      },
      {
        kty: "OKP",
        use: "enc",
        crv: "X25519",
        alg: "ECDH-ES"
      },
      {
        kty: "OKP",
        use: "sig",
        crv: "Ed448",
        alg: "EdDSA"
      },
      {
        kty: "OKP",
        use: "enc",
        crv: "X448",
        alg: "ECDH-ES"
      },
      {
        kty: "RSA",
        use: "sig",
        crv: "",
        alg: "RS256"
      },
      {
        kty: "RSA",
        use: "enc",
        crv: "",
        alg: "RSA-OAEP-256"
      },
      {
        kty: "oct",
        use: "sig",
        crv: "",
        alg: "HS256"
      },
      {
        kty: "oct",
        use: "enc",
        crv: "",
        alg: "A256GCMKW"
      },
      // ML-DSA-65: NIST security category 3, the middle parameter set, a margin
      // above ML-DSA-44 for signatures of 3309 bytes instead of 2420 (ML-DSA-87,
      // category 5, is what CNSA 2.0 asks for).
      {
        kty: "AKP",
        use: "sig",
        crv: "",
        alg: "ML-DSA-65"
      }
    ];
  })
});

// lib/key_ops.ts
var KEY_OPS;
var init_key_ops = __esm({
  "lib/key_ops.ts": (function() {
    init_algorithms();
    init_errors2();
    init_key_types();
    KEY_OPS = [
      "sign",
      "verify",
      "encrypt",
      "decrypt",
      "wrapKey",
      "unwrapKey",
      "deriveKey",
      "deriveBits"
    ];
  })
});

// lib/cli/flags.ts
var HELP_FLAG;
var init_flags = __esm({
  "lib/cli/flags.ts": (function() {
    init_errors();
    HELP_FLAG = {
      name: "help",
      short: "h",
      summary: "Show this command's manual and exit."
    };
  })
});

// lib/cli/create_flags.ts
var create_flags_exports = {};
__export(create_flags_exports, {
  CREATE_FLAGS: () => CREATE_FLAGS,
  createArgsOf: () => createArgsOf,
  createOptionsOf: () => createOptionsOf,
  parseCreateArgs: () => parseCreateArgs
});
var CREATE_FLAGS;
var init_create_flags = __esm({
  "lib/cli/create_flags.ts": (function() {
    init_algorithms();
    init_key_ops();
    init_errors();
    init_flags();
    CREATE_FLAGS = [
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
  })
});

// lib/cli/load.ts
init_errors();
var bundled;

// lib/lazy.ts
var literal;

// lib/cli/create_help.ts
init_algorithms();
init_create_flags();

// lib/cli/help.ts
var CODE_READ_NOTE = [
  "  Run from a checkout, read on its lib/ folder too: each command loads its",
  "  modules when it runs (nothing more from a URL, JSR or a compiled binary)."
];

// lib/cli/create_help.ts
var ALG_TEXT = {
  HS256: "HMAC using SHA-256",
  HS384: "HMAC using SHA-384",
  HS512: "HMAC using SHA-512",
  RS256: "RSASSA-PKCS1-v1_5 using SHA-256",
  RS384: "RSASSA-PKCS1-v1_5 using SHA-384",
  RS512: "RSASSA-PKCS1-v1_5 using SHA-512",
  PS256: "RSASSA-PSS using SHA-256 and MGF1 with SHA-256",
  PS384: "RSASSA-PSS using SHA-384 and MGF1 with SHA-384",
  PS512: "RSASSA-PSS using SHA-512 and MGF1 with SHA-512",
  ES256: "ECDSA using P-256 and SHA-256",
  ES384: "ECDSA using P-384 and SHA-384",
  ES512: "ECDSA using P-521 and SHA-512",
  ES256K: "ECDSA using secp256k1 and SHA-256 (RFC 8812)",
  EdDSA: "EdDSA signatures (Ed25519 or Ed448)",
  Ed25519: "EdDSA using Ed25519 (RFC 9864, fully specified)",
  Ed448: "EdDSA using Ed448 (RFC 9864, fully specified)",
  "ML-DSA-44": "ML-DSA (FIPS 204), NIST security category 2",
  "ML-DSA-65": "ML-DSA (FIPS 204), NIST security category 3",
  "ML-DSA-87": "ML-DSA (FIPS 204), NIST security category 5",
  RSA1_5: "RSAES-PKCS1-v1_5",
  "RSA-OAEP": "RSAES OAEP using default parameters",
  "RSA-OAEP-256": "RSAES OAEP using SHA-256 and MGF1 with SHA-256",
  A128KW: "AES Key Wrap with a 128-bit key",
  A192KW: "AES Key Wrap with a 192-bit key",
  A256KW: "AES Key Wrap with a 256-bit key",
  A128GCMKW: "Key wrapping with AES GCM using a 128-bit key",
  A192GCMKW: "Key wrapping with AES GCM using a 192-bit key",
  A256GCMKW: "Key wrapping with AES GCM using a 256-bit key",
  dir: "Direct use of a shared symmetric key as the content key",
  "ECDH-ES": "Elliptic Curve Diffie-Hellman Ephemeral Static",
  "ECDH-ES+A128KW": "ECDH-ES with the content key wrapped by A128KW",
  "ECDH-ES+A192KW": "ECDH-ES with the content key wrapped by A192KW",
  "ECDH-ES+A256KW": "ECDH-ES with the content key wrapped by A256KW",
  "PBES2-HS256+A128KW": "PBES2 with HMAC SHA-256 and A128KW wrapping",
  "PBES2-HS384+A192KW": "PBES2 with HMAC SHA-384 and A192KW wrapping",
  "PBES2-HS512+A256KW": "PBES2 with HMAC SHA-512 and A256KW wrapping"
};

// .tmp/bundle-entries/cli_create_help.ts
var bundle = (file) => {
  const specifier = "./" + file;
  return loadCode(() => import(specifier));
};
var missing = (name) => Promise.reject(new Error("cli/create_help.ts was bundled without " + name + ": run deno task build"));
useCliImports({
  "../pem/read.ts": () => bundle("pem_read.js"),
  "../x509/name.ts": () => bundle("x509_name.js"),
  "../x509/self_signed.ts": () => bundle("x509_self_signed.js"),
  "../x509/validity.ts": () => bundle("x509_validity.js"),
  "change_pass.ts": () => bundle("cli_change_pass.js"),
  "change_pass_help.ts": () => bundle("cli_change_pass_help.js"),
  "completion.ts": () => bundle("cli_completion.js"),
  "create.ts": () => bundle("cli_create.js"),
  "create_flags.ts": () => Promise.resolve().then(() => (init_create_flags(), create_flags_exports)),
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
  createHelp
};
