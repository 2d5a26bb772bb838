// Generated from lib/rsa_weak.ts by scripts/build_cli.ts: do not edit (deno task build).
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
var decodeBase64Url = (function decodeBase64Url(text) {
  if (text.length % 4 === 1) throw new TypeError("not base64url");
  const out = new Uint8Array(Math.floor(text.length * 3 / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? VALUES[c] : -1;
    if (v < 0) throw new TypeError("not base64url");
    acc = acc << 6 | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = acc >> bits & 255;
    }
  }
  return out;
});
var table = (function table(entries) {
  return Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), entries));
});
var logarithms = (function logarithms(r) {
  const log = new Array(r).fill(-1);
  let i = 0;
  for (let x = 1; log[x] === -1; x = x * (65537 % r) % r) log[x] = i++;
  return {
    order: i,
    log
  };
});
var hasRocaFingerprint = (function hasRocaFingerprint(modulus) {
  tables ??= ROCA_PRIMES.map(logarithms);
  const logs = [];
  for (const [i, r] of ROCA_PRIMES.entries()) {
    let rest = 0;
    for (const b of modulus) rest = (rest * 256 + b) % r;
    const c = tables[i].log[rest];
    if (c < 0) return false;
    for (const [j, d] of logs.entries()) {
      const g = gcd(tables[i].order, tables[j].order);
      if ((c - d) % g !== 0) return false;
    }
    logs.push(c);
  }
  return true;
});
var refuseRocaKey = (function refuseRocaKey(modulus) {
  if (!hasRocaFingerprint(modulus)) return;
  throw new JwkError("INSECURE", "the RSA key has the ROCA fingerprint (CVE-2017-15361, Infineon RSALib): its private key can be computed from its public key; replace it with a new key");
});
var rsaBits = (function rsaBits(n) {
  const bytes = decodeBase64Url(n);
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]));
});
var refuseShortRsa = (function refuseShortRsa(bits, insecure) {
  if (bits >= RSA_MIN_BITS) return;
  if (!insecure) {
    throw new JwkError("INSECURE", `the RSA key has ${bits} bits, below ${RSA_MIN_BITS}: too weak to use or publish (add --insecure to go on anyway)`);
  }
  if (bits < RSA_INSECURE_MIN_BITS) {
    throw new JwkError("INSECURE", `the RSA key has ${bits} bits: even with --insecure at least ${RSA_INSECURE_MIN_BITS} are needed`);
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

// lib/base64url.ts
var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
var VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

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

// lib/key_types.ts
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
var RSA_MIN_BITS = 2048;
var RSA_INSECURE_MIN_BITS = 1024;

// lib/rsa_weak.ts
var ROCA_PRIMES = [
  3,
  5,
  7,
  11,
  13,
  17,
  19,
  23,
  29,
  31,
  37,
  41,
  43,
  47,
  53,
  59,
  61,
  67,
  71,
  73,
  79,
  83,
  89,
  97,
  101,
  103,
  107,
  109,
  113,
  127,
  131,
  137,
  139,
  149,
  151,
  157,
  163,
  167
];
var tables;
var gcd = (a, b) => b === 0 ? a : gcd(b, a % b);

// .tmp/bundle-entries/rsa_weak.ts
var bundle = (file) => {
  const specifier = "./" + file;
  return loadCode(() => import(specifier));
};
var missing = (name) => Promise.reject(new Error("rsa_weak.ts was bundled without " + name + ": run deno task build"));
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
  ROCA_PRIMES,
  hasRocaFingerprint,
  logarithms,
  refuseRocaKey,
  refuseShortRsa,
  rsaBits
};
