// Generated from lib/key_match.ts by scripts/build_cli.ts: do not edit (deno task build).
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
var loadModule = (function loadModule(name) {
  if (literal) return literal[name]();
  const specifier = `./${name}`;
  return import(specifier);
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
var privateKeyPkcs8 = (function privateKeyPkcs8(crv, d) {
  const hex = PREFIX[crv];
  if (hex === void 0) return void 0;
  const n = hex.length / 2;
  if (d.length !== parseInt(hex.slice(-2), 16)) return void 0;
  const der = new Uint8Array(n + d.length);
  for (let i = 0; i < n; i++) der[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  der.set(d, n);
  return der;
});
var publicFromPrivate = (async function publicFromPrivate(crv, d) {
  const der = privateKeyPkcs8(crv, d);
  if (der === void 0) return void 0;
  const ec = crv.startsWith("P-");
  const algorithm = ec ? {
    name: "ECDSA",
    namedCurve: crv
  } : {
    name: crv
  };
  const usages = crv === "X25519" ? [
    "deriveBits"
  ] : [
    "sign"
  ];
  try {
    const key = await crypto.subtle.importKey("pkcs8", der, algorithm, true, usages);
    const jwk = await crypto.subtle.exportKey("jwk", key);
    if (typeof jwk.x !== "string" || ec && typeof jwk.y !== "string") return void 0;
    return ec ? {
      x: jwk.x,
      y: jwk.y
    } : {
      x: jwk.x
    };
  } catch {
    return void 0;
  } finally {
    der.fill(0);
  }
});
var int = (function int(jwk, m) {
  let hex = "";
  for (const b of decodeBase64Url(jwk[m])) hex += b.toString(16).padStart(2, "0");
  return hex ? BigInt("0x" + hex) : 0n;
});
var sameDerived = (async function sameDerived(key, d) {
  const derived = await publicFromPrivate(key.crv, d);
  return derived !== void 0 && derived.x === key.x && derived.y === key.y;
});
var checkRsa = (function checkRsa(jwk) {
  if (jwk.p === void 0) {
    throw new JwkError("UNSUPPORTED", "RSA private JWKs without the primes ('p', 'q', 'dp', 'dq', 'qi') are not supported");
  }
  const [n, e, d, p, q, dp, dq, qi] = [
    "n",
    "e",
    "d",
    "p",
    "q",
    "dp",
    "dq",
    "qi"
  ].map((m) => int(jwk, m));
  const wrong = (why) => new JwkError("BAD_KEY", `the RSA JWK's private members do not belong to its public key: ${why}`);
  if (p < 3n || q < 3n || p * q !== n) throw wrong("p\xB7q is not n");
  if (d < 1n || d >= n) throw wrong("d is out of range");
  if (dp !== d % (p - 1n) || dq !== d % (q - 1n)) throw wrong("dp or dq does not match d");
  if (e * dp % (p - 1n) !== 1n || e * dq % (q - 1n) !== 1n) {
    throw wrong("d is not the inverse of e");
  }
  if (qi >= p || qi * q % p !== 1n) throw wrong("qi is not the inverse of q modulo p");
});
var checkKeyPair = (async function checkKeyPair(jwk) {
  const key = jwk;
  switch (key.kty) {
    case "EC":
      if (key.d === void 0) return;
      {
        const x = decodeBase64Url(key.x);
        const y = decodeBase64Url(key.y);
        const point = new Uint8Array(1 + x.length + y.length);
        point[0] = 4;
        point.set(x, 1);
        point.set(y, 1 + x.length);
        const d = decodeBase64Url(key.d);
        try {
          if (await sameDerived(key, d)) return;
          const { ecJwk } = await loadModule("pem/members.ts");
          await ecJwk(key.crv, point, d, `the EC ${key.crv} JWK`);
        } finally {
          d.fill(0);
        }
      }
      return;
    case "OKP":
      if (key.d === void 0) return;
      {
        const d = decodeBase64Url(key.d);
        try {
          if (await sameDerived(key, d)) return;
          const { okpJwk } = await loadModule("pem/members.ts");
          await okpJwk(key.crv, decodeBase64Url(key.x), d, `the OKP ${key.crv} JWK`);
        } finally {
          d.fill(0);
        }
      }
      return;
    case "RSA":
      if (key.d !== void 0) checkRsa(key);
      return;
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

// lib/key_derive.ts
var PREFIX = {
  // SEQUENCE { INTEGER 0, SEQUENCE { ecPublicKey, prime256v1 },
  //   OCTET STRING { SEQUENCE { INTEGER 1, OCTET STRING (32 bytes) } } }
  "P-256": "3041020100301306072a8648ce3d020106082a8648ce3d030107042730250201010420",
  // The same with secp384r1 and 48 bytes, and secp521r1 and 66 bytes.
  "P-384": "304e020100301006072a8648ce3d020106052b81040022043730350201010430",
  "P-521": "3060020100301006072a8648ce3d020106052b81040023044930470201010442",
  // SEQUENCE { INTEGER 0, SEQUENCE { id-Ed25519 }, OCTET STRING { OCTET STRING (32 bytes) } },
  // and the same with id-X25519 (RFC 8410).
  Ed25519: "302e020100300506032b657004220420",
  X25519: "302e020100300506032b656e04220420"
};

// lib/key_match.ts

// .tmp/bundle-entries/key_match.ts
var bundle = (file) => {
  const specifier = "./" + file;
  return loadCode(() => import(specifier));
};
var missing = (name) => Promise.reject(new Error("key_match.ts was bundled without " + name + ": run deno task build"));
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
  "create_help.ts": () => missing("create_help.ts"),
  "create_jwks.ts": () => missing("create_jwks.ts"),
  "files.ts": () => missing("files.ts"),
  "format.ts": () => bundle("cli_format.js"),
  "format_help.ts": () => bundle("cli_format_help.js"),
  "help.ts": () => bundle("cli_help.js"),
  "key_flags.ts": () => bundle("cli_key_flags.js"),
  "keyset.ts": () => bundle("cli_keyset.js"),
  "keyset_help.ts": () => bundle("cli_keyset_help.js"),
  "lock.ts": () => missing("lock.ts"),
  "paths.ts": () => missing("paths.ts"),
  "progress.ts": () => missing("progress.ts"),
  "prompt.ts": () => missing("prompt.ts"),
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
  checkKeyPair
};
