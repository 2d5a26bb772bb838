// Generated from lib/cli/format.ts by scripts/build_cli.ts: do not edit (deno task build).
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

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
var loadModule = (function loadModule(name) {
  if (literal) return literal[name]();
  const specifier = `./${name}`;
  return import(specifier);
});
var orderMembers = (function orderMembers(jwk) {
  const src = jwk;
  const out = {};
  for (const m of ORDER) if (src[m] !== void 0) out[m] = src[m];
  for (const [m, v] of Object.entries(src)) if (!(m in out) && v !== void 0) out[m] = v;
  return out;
});
var isPrivateJwk = (function isPrivateJwk(jwk) {
  return PRIVATE.some((m) => m in jwk);
});
var publicJwk = (function publicJwk(jwk) {
  if (jwk.kty === "oct") return orderMembers({
    ...jwk
  });
  const out = {
    ...jwk
  };
  for (const m of PRIVATE) delete out[m];
  if (jwk.key_ops) {
    const ops = [
      ...new Set(jwk.key_ops.map((op) => PUBLIC_OP[op]).filter((op) => op))
    ];
    if (ops.length > 0) out.key_ops = ops;
    else delete out.key_ops;
  }
  return orderMembers(out);
});
var table = (function table(entries) {
  return Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), entries));
});
var encodeBase64Url = (function encodeBase64Url(bytes2) {
  const out = [];
  let i = 0;
  for (; i + 2 < bytes2.length; i += 3) {
    const n = bytes2[i] << 16 | bytes2[i + 1] << 8 | bytes2[i + 2];
    out.push(ALPHABET[n >> 18] + ALPHABET[n >> 12 & 63] + ALPHABET[n >> 6 & 63] + ALPHABET[n & 63]);
  }
  const rest = bytes2.length - i;
  if (rest === 1) {
    const n = bytes2[i] << 16;
    out.push(ALPHABET[n >> 18] + ALPHABET[n >> 12 & 63]);
  } else if (rest === 2) {
    const n = bytes2[i] << 16 | bytes2[i + 1] << 8;
    out.push(ALPHABET[n >> 18] + ALPHABET[n >> 12 & 63] + ALPHABET[n >> 6 & 63]);
  }
  return out.join("");
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
var shown = (function shown(value) {
  if (typeof value === "string") {
    return /^[\w.+:-]{1,20}$/.test(value) ? `'${value}'` : `a string of ${value.length} characters`;
  }
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
});
var bigintOf = (function bigintOf(bytes2) {
  let hex = "";
  for (const b of bytes2) hex += b.toString(16).padStart(2, "0");
  return hex ? BigInt("0x" + hex) : 0n;
});
var curveRhs = (function curveRhs(c, x) {
  return ((x * x * x + c.a * x + c.b) % c.p + c.p) % c.p;
});
var isOnCurve = (function isOnCurve(crv, x, y) {
  const c = EC_CURVES[crv];
  const xi = bigintOf(x);
  const yi = bigintOf(y);
  return xi < c.p && yi < c.p && yi * yi % c.p === curveRhs(c, xi);
});
var checkJwkAlgorithm = (function checkJwkAlgorithm(jwk, bits) {
  const kty = jwk.kty;
  const crv = jwk.crv;
  const use = jwk.use;
  const alg = jwk.alg;
  const purpose = use === "sig" || use === "enc" ? use : void 0;
  const only = kty === "AKP" ? "sig" : crv === void 0 ? void 0 : CURVE_USE[crv];
  if (purpose && only && purpose !== only) {
    throw bad(`the JWK's use '${use}' is not possible for ${kty === "AKP" ? "ML-DSA" : crv} keys: they are only for '${only}'`);
  }
  const spec = alg === void 0 || kty === "AKP" ? void 0 : ALGORITHMS[alg] ?? OTHER_ALGORITHMS[alg];
  if (spec === void 0 && kty === "EC" && /^ES\d+K?$/.test(alg ?? "") && alg.slice(2) !== ECDSA_SIZE[crv]) {
    throw bad(`the JWK's alg ${shown(alg)} does not fit its curve ${crv} (ES${ECDSA_SIZE[crv]} does)`);
  }
  if (spec) {
    if (!spec.kty.includes(kty)) {
      throw bad(`the JWK's alg '${alg}' is for kty ${spec.kty.join(" or ")}, not ${kty}`);
    }
    if (spec.crv && crv !== void 0 && !spec.crv.includes(crv)) {
      throw bad(`the JWK's alg '${alg}' is for crv ${spec.crv.join(", ")}, not ${crv}`);
    }
    if (purpose && purpose !== spec.use) {
      throw bad(`the JWK's alg '${alg}' is for use '${spec.use}', but its use is '${use}'`);
    }
    if (bits !== void 0 && spec.sizes && !spec.sizes.includes(bits)) {
      throw bad(`the JWK's alg '${alg}' needs a key of ${spec.sizes.join(" or ")} bits, not ${bits}`);
    }
    const least = alg.startsWith("PBES2-") ? void 0 : spec.minSize;
    if (bits !== void 0 && least !== void 0 && bits < least) {
      throw bad(`the JWK's alg '${alg}' needs a key of at least ${least} bits, not ${bits}`);
    }
  }
  for (const op of jwk.key_ops ?? []) {
    const opUse = KEY_OP_USE[op];
    if (opUse === void 0) continue;
    if (purpose && opUse !== purpose) {
      throw bad(`the JWK's key_ops '${op}' contradicts its use '${use}'`);
    }
    if (spec && opUse !== spec.use) {
      throw bad(`the JWK's key_ops '${op}' contradicts its alg '${alg}'`);
    }
    if (only && opUse !== only) {
      throw bad(`the JWK's key_ops '${op}' is not possible for ${crv ?? "ML-DSA"} keys`);
    }
  }
});
var b64urlLength = (function b64urlLength(s) {
  if (!B64URL.test(s) || s.length % 4 === 1) return -1;
  return Math.floor(s.length * 3 / 4);
});
var bad2 = (function bad2(message) {
  return new JwkError("BAD_KEY", message);
});
var checkJsonDepth = (function checkJsonDepth(value, what, code) {
  const stack = [
    [
      value,
      1
    ]
  ];
  while (stack.length > 0) {
    const [v, depth] = stack.pop();
    if (typeof v !== "object" || v === null) continue;
    if (depth > MAX_JSON_DEPTH) {
      throw new JwkError(code, `${what} is nested deeper than ${MAX_JSON_DEPTH} levels`);
    }
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([
      child,
      depth + 1
    ]);
  }
});
var member = (function member(jwk, m, what, bytes2) {
  const v = jwk[m];
  if (v === void 0) throw bad2(`the ${what} JWK has no '${m}' member`);
  if (typeof v !== "string") throw bad2(`the ${what} JWK's '${m}' member is not a string`);
  const len = b64urlLength(v);
  if (len < 0) throw bad2(`the ${what} JWK's '${m}' member is not base64url`);
  if (len === 0) throw bad2(`the ${what} JWK's '${m}' member is empty`);
  if (bytes2 !== void 0 && len !== bytes2) {
    throw bad2(`the ${what} JWK's '${m}' member must be ${bytes2} bytes, not ${len}`);
  }
});
var certDigest = (function certDigest(member3, bytes2) {
  const len = b64urlLength(member3);
  if (len === bytes2) return decodeBase64Url(member3);
  if (len !== 2 * bytes2) return void 0;
  const text = String.fromCharCode(...decodeBase64Url(member3));
  if (!/^[0-9a-fA-F]*$/.test(text)) return void 0;
  return Uint8Array.from(text.match(/../g), (h) => parseInt(h, 16));
});
var commonMembers = (function commonMembers(jwk) {
  for (const m of [
    "kid",
    "alg",
    "use"
  ]) {
    if (jwk[m] !== void 0 && typeof jwk[m] !== "string") {
      throw bad2(`the JWK's '${m}' member is not a string`);
    }
  }
  const ops = jwk.key_ops;
  if (ops !== void 0) {
    if (!Array.isArray(ops) || ops.some((o) => typeof o !== "string")) {
      throw bad2("the JWK's 'key_ops' member is not an array of strings");
    }
    if (new Set(ops).size !== ops.length) throw bad2("the JWK's 'key_ops' member repeats a value");
  }
  const x5c = jwk.x5c;
  if (x5c !== void 0) {
    if (!Array.isArray(x5c) || x5c.length === 0 || x5c.some((c) => typeof c !== "string" || !/^[A-Za-z0-9+/]+={0,2}$/.test(c))) {
      throw bad2("the JWK's 'x5c' member is not an array of base64 certificates");
    }
  }
  for (const [m, bytes2] of [
    [
      "x5t",
      20
    ],
    [
      "x5t#S256",
      32
    ]
  ]) {
    const v = jwk[m];
    if (v !== void 0 && (typeof v !== "string" || certDigest(v, bytes2) === void 0)) {
      throw bad2(`the JWK's '${m}' member is not a base64url ${bytes2}-byte digest`);
    }
  }
  if (jwk.x5u !== void 0 && typeof jwk.x5u !== "string") {
    throw bad2("the JWK's 'x5u' member is not a string");
  }
});
var validateJwk = (async function validateJwk(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw bad2("the input is not a JWK (a JSON object)");
  }
  const jwk = value;
  if (Array.isArray(jwk.keys)) {
    throw bad2("the input is a JWK Set, not a JWK: take one key out with 'jwk keyset find'");
  }
  if (typeof jwk.kty !== "string") throw bad2("the input is not a JWK: it has no 'kty' member");
  commonMembers(jwk);
  const kty = jwk.kty;
  let canonical = {};
  let bits;
  switch (kty) {
    case "EC": {
      const crv = jwk.crv;
      if (typeof crv !== "string") throw bad2("the EC JWK has no 'crv' member");
      const n = CURVE_BYTES[crv];
      if (!CURVES.EC.includes(crv)) {
        throw new JwkError("UNSUPPORTED", `the EC JWK's curve ${shown(crv)} is not supported (supported: ${CURVES.EC.join(", ")})` + // The drafts before RFC 8812 named it so; its thumbprint is not secp256k1's.
        (crv === "P-256K" ? ": 'P-256K' is the draft name of secp256k1 (RFC 8812)" : ""));
      }
      member(jwk, "x", `EC ${crv}`, n);
      member(jwk, "y", `EC ${crv}`, n);
      if (jwk.d !== void 0) member(jwk, "d", `EC ${crv}`, n);
      checkEcPoint(jwk, crv);
      break;
    }
    case "OKP": {
      const crv = jwk.crv;
      if (typeof crv !== "string") throw bad2("the OKP JWK has no 'crv' member");
      const n = CURVE_BYTES[crv];
      if (!CURVES.OKP.includes(crv)) {
        throw new JwkError("UNSUPPORTED", `the OKP JWK's curve ${shown(crv)} is not supported (supported: ${CURVES.OKP.join(", ")})`);
      }
      member(jwk, "x", `OKP ${crv}`, n);
      if (jwk.d !== void 0) member(jwk, "d", `OKP ${crv}`, n);
      break;
    }
    case "RSA": {
      member(jwk, "n", "RSA");
      member(jwk, "e", "RSA");
      canonical = rsaNumbers(jwk);
      const weak = await loadModule("rsa_weak.ts");
      const n = decodeBase64Url(canonical.n ?? jwk.n);
      bits = weak.rsaBits(canonical.n ?? jwk.n);
      if (bits > RSA_MAX_BITS) {
        throw new JwkError("UNSUPPORTED", `the RSA JWK's modulus has ${bits} bits; at most ${RSA_MAX_BITS} are supported`);
      }
      const e = decodeBase64Url(canonical.e ?? jwk.e);
      if (!isBelow(e, n)) {
        throw bad2("the RSA JWK's exponent 'e' is not smaller than its modulus 'n'");
      }
      weak.refuseRocaKey(n);
      const priv = [
        "d",
        "p",
        "q",
        "dp",
        "dq",
        "qi"
      ].filter((m) => jwk[m] !== void 0);
      if (priv.length > 0) {
        member(jwk, "d", "RSA");
        const missing2 = [
          "p",
          "q",
          "dp",
          "dq",
          "qi"
        ].filter((m) => jwk[m] === void 0);
        if (priv.length > 1 && priv.length < 6 && missing2.join() !== "dp,dq,qi") {
          throw bad2(`the RSA JWK has some CRT members but not '${missing2.join("', '")}'`);
        }
        for (const m of priv) member(jwk, m, "RSA");
      }
      if (jwk.oth !== void 0) {
        throw new JwkError("UNSUPPORTED", "RSA JWKs with more than two primes ('oth') are not supported");
      }
      break;
    }
    case "oct":
      member(jwk, "k", "oct");
      bits = b64urlLength(jwk.k) * 8;
      break;
    case "AKP":
      await checkAkp(jwk);
      break;
    default:
      throw new JwkError("UNSUPPORTED", `the JWK's kty ${shown(kty)} is not supported (supported: ${KEY_TYPES.join(", ")})`);
  }
  checkJwkAlgorithm(jwk, bits);
  if (jwk.x5c !== void 0) {
    await (await loadModule("pem/read.ts")).checkX5c({
      ...jwk,
      ...canonical
    });
  }
  let crt = {};
  if (kty === "RSA" && jwk.p !== void 0 && jwk.dp === void 0) {
    const parts = Object.fromEntries([
      "n",
      "e",
      "d",
      "p",
      "q"
    ].map((m) => [
      m,
      decodeBase64Url(jwk[m])
    ]));
    const { rsaJwk } = await loadModule("pem/members.ts");
    const { dp, dq, qi } = rsaJwk(parts, "the RSA JWK");
    crt = {
      dp,
      dq,
      qi
    };
  } else if (kty !== "oct" && isPrivateJwk(jwk)) {
    await (await loadModule("key_match.ts")).checkKeyPair({
      ...jwk,
      ...canonical
    });
  }
  return {
    ...orderMembers({
      ...jwk,
      ...crt
    }),
    ...canonical
  };
});
var checkAkp = (async function checkAkp(jwk) {
  const alg = jwk.alg;
  const sets = Object.keys(ML_DSA);
  if (alg === void 0) {
    throw bad2(`the AKP JWK has no 'alg' member: it must name its parameter set (${sets.join(", ")})`);
  }
  if (typeof alg !== "string" || !sets.includes(alg)) {
    throw new JwkError("UNSUPPORTED", `the AKP JWK's alg ${shown(alg)} is not supported (supported: ${sets.join(", ")})`);
  }
  member(jwk, "pub", `AKP ${alg}`, ML_DSA[alg].publicKey);
  if (jwk.priv === void 0) return;
  member(jwk, "priv", `AKP ${alg}`, ML_DSA_SEED_BYTES);
  const seed = decodeBase64Url(jwk.priv);
  try {
    const { mlDsaPublicKey } = await loadModule("keygen/ml_dsa.ts");
    if (await mlDsaPublicKey(alg, seed) !== jwk.pub) {
      throw bad2(`the AKP ${alg} JWK's 'pub' member does not belong to its 'priv' seed`);
    }
  } finally {
    seed.fill(0);
  }
});
var looksEncrypted = (function looksEncrypted(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v = value;
  return [
    "protected",
    "encrypted_key",
    "iv",
    "ciphertext",
    "tag"
  ].every((m) => typeof v[m] === "string");
});
var rsaNumbers = (function rsaNumbers(jwk) {
  const canonical = {};
  const [n, e] = [
    "n",
    "e"
  ].map((m) => {
    const bytes2 = decodeBase64Url(jwk[m]);
    let i = 0;
    while (i < bytes2.length - 1 && bytes2[i] === 0) i++;
    if (i > 0) canonical[m] = encodeBase64Url(bytes2.subarray(i));
    return bytes2.subarray(i);
  });
  if ((n[n.length - 1] & 1) === 0) throw bad2("the RSA JWK's modulus 'n' is even");
  if ((e[e.length - 1] & 1) === 0 || e.length === 1 && e[0] === 1) {
    throw bad2("the RSA JWK's exponent 'e' must be odd and greater than 1");
  }
  return canonical;
});
var isBelow = (function isBelow(a, b) {
  if (a.length !== b.length) return a.length < b.length;
  const i = a.findIndex((x, k) => x !== b[k]);
  return i >= 0 && a[i] < b[i];
});
var checkEcPoint = (function checkEcPoint(jwk, crv) {
  const x = decodeBase64Url(jwk.x);
  const y = decodeBase64Url(jwk.y);
  if (!isOnCurve(crv, x, y)) {
    throw bad2(`the EC ${crv} JWK: the EC point is not on ${crv}`);
  }
});
var firstByte = (function firstByte(bytes2) {
  let i = 0;
  if (bytes2[0] === 239 && bytes2[1] === 187 && bytes2[2] === 191) i = 3;
  while (i < bytes2.length && [
    32,
    9,
    10,
    13
  ].includes(bytes2[i])) i++;
  return bytes2[i];
});
var utf8Text = (function utf8Text(bytes2) {
  for (let i = 0; i < bytes2.length; i++) {
    if (bytes2[i] > 127) return new TextDecoder("utf-8", {
      fatal: true
    }).decode(bytes2);
  }
  let text = "";
  for (let i = 0; i < bytes2.length; i += 8192) {
    text += String.fromCharCode(...bytes2.subarray(i, i + 8192));
  }
  return text;
});
var looksLikeJson = (function looksLikeJson(bytes2) {
  return firstByte(bytes2) === 123;
});
var readAnyKey = (async function readAnyKey(input, options = {}) {
  const bytes2 = typeof input === "string" ? new TextEncoder().encode(input) : input;
  if (looksLikeJson(bytes2)) {
    let value;
    try {
      value = JSON.parse(utf8Text(bytes2));
    } catch {
      throw bad2("the input starts like JSON but is not valid JSON");
    }
    checkJsonDepth(value, "the JWK", "BAD_KEY");
    if (looksEncrypted(value)) {
      if (!options.password) {
        throw new JwkError("BAD_PASSWORD", "the JWK is encrypted and no password was given");
      }
      const { decryptJwk } = await loadModule("jwe.ts");
      const jwk3 = await validateJwk(await decryptJwk(value, await options.password()));
      return {
        jwk: jwk3,
        isPrivate: isPrivateJwk(jwk3),
        encrypted: true,
        format: "encrypted JWK"
      };
    }
    const jwk2 = await validateJwk(value);
    return {
      jwk: jwk2,
      isPrivate: isPrivateJwk(jwk2),
      encrypted: false,
      format: "JWK"
    };
  }
  if (firstByte(bytes2) === 91) {
    throw bad2("the input is a JSON array, not a JWK (a JSON object)");
  }
  const { readKey } = await loadModule("pem/read.ts");
  let asked = false;
  const key = await readKey(bytes2, {
    password: options.password ? async () => {
      asked = true;
      return await options.password();
    } : void 0
  });
  const jwk = orderMembers({
    ...key.jwk,
    ...key.x5c ? {
      x5c: key.x5c
    } : {},
    ...key.x5tS256 ? {
      "x5t#S256": key.x5tS256
    } : {}
  });
  return {
    jwk,
    isPrivate: key.isPrivate,
    encrypted: asked,
    format: key.format
  };
});
var thumbprintInput = (function thumbprintInput(jwk) {
  const key = jwk;
  const kty = key.kty;
  const members = typeof kty === "string" ? REQUIRED[kty] : void 0;
  if (members === void 0) {
    throw new JwkError(typeof kty === "string" ? "UNSUPPORTED" : "BAD_KEY", typeof kty === "string" ? `cannot compute the thumbprint of a key of kty ${shown(kty)} (known: ${Object.keys(REQUIRED).join(", ")})` : "cannot compute the thumbprint: the key has no 'kty' member");
  }
  const missing2 = members.filter((m) => typeof key[m] !== "string" || key[m] === "");
  if (missing2.length > 0) {
    throw new JwkError("BAD_KEY", `cannot compute the thumbprint of this ${kty} key: members are missing (or not strings): '${missing2.join("', '")}'`);
  }
  return `{${members.map((m) => `${JSON.stringify(m)}:${JSON.stringify(key[m])}`).join(",")}}`;
});
var checkHash = (function checkHash(hash) {
  if (!THUMBPRINT_HASHES.includes(hash)) {
    throw new JwkError("INVALID_OPTION", `the thumbprint hash must be one of ${THUMBPRINT_HASHES.join(", ")}, not '${hash}'`);
  }
  return hash;
});
var thumbprint = (async function thumbprint(jwk, options = {}) {
  const hash = checkHash(options.hash ?? "SHA-256");
  const text = new TextEncoder().encode(thumbprintInput(jwk));
  return encodeBase64Url(new Uint8Array(await crypto.subtle.digest(hash, text)));
});
var decodeBase64 = (function decodeBase64(text, what) {
  const s = text.replace(/[ \t\r\n]/g, "");
  const fail = (why) => new JwkError("BAD_PEM", `${what}: invalid base64 (${why})`);
  if (s.length % 4 !== 0) throw fail("length is not a multiple of 4");
  const pad = s.endsWith("==") ? 2 : s.endsWith("=") ? 1 : 0;
  const out = new Uint8Array(s.length / 4 * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const last = i + 4 === s.length;
    const v = [
      0,
      0,
      0,
      0
    ];
    for (let j = 0; j < 4; j++) {
      const c = s.charCodeAt(i + j);
      if (c === 61 && last && j >= 4 - pad) continue;
      const x = c < 256 ? B64_INDEX[c] : -1;
      if (x < 0) throw fail(c === 61 ? "misplaced padding" : "unexpected character");
      v[j] = x;
    }
    const n = v[0] << 18 | v[1] << 12 | v[2] << 6 | v[3];
    if (last && pad === 2 && (n & 65535) !== 0) throw fail("non-zero trailing bits");
    if (last && pad === 1 && (n & 255) !== 0) throw fail("non-zero trailing bits");
    out[o++] = n >> 16;
    if (o < out.length) out[o++] = n >> 8 & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
});
var encodeBase64 = (function encodeBase64(bytes2) {
  let out = "";
  for (let i = 0; i < bytes2.length; i += 3) {
    const n = bytes2[i] << 16 | (bytes2[i + 1] ?? 0) << 8 | (bytes2[i + 2] ?? 0);
    out += B64[n >> 18] + B64[n >> 12 & 63];
    out += i + 1 < bytes2.length ? B64[n >> 6 & 63] : "=";
    out += i + 2 < bytes2.length ? B64[n & 63] : "=";
  }
  return out;
});
var encodeTlv = (function encodeTlv(tag, ...parts) {
  const len = parts.reduce((n, p) => n + p.length, 0);
  const head = [
    tag
  ];
  if (len < 128) head.push(len);
  else {
    const bytes2 = [];
    for (let n = len; n > 0; n = Math.floor(n / 256)) bytes2.unshift(n & 255);
    head.push(128 | bytes2.length, ...bytes2);
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
var concatBytes = (function concatBytes(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
});
var sshU32 = (function sshU32(n) {
  return new Uint8Array([
    n >>> 24 & 255,
    n >>> 16 & 255,
    n >>> 8 & 255,
    n & 255
  ]);
});
var sshString = (function sshString(bytes2) {
  return concatBytes(sshU32(bytes2.length), bytes2);
});
var sshText = (function sshText(text) {
  return sshString(new TextEncoder().encode(text));
});
var sshMpint = (function sshMpint(magnitude) {
  let i = 0;
  while (i < magnitude.length && magnitude[i] === 0) i++;
  const v = magnitude.subarray(i);
  if (v.length === 0) return sshU32(0);
  return sshString(v[0] & 128 ? concatBytes(new Uint8Array([
    0
  ]), v) : v);
});
var get = (function get(jwk, name) {
  return jwk[name];
});
var member2 = (function member2(jwk, name, size) {
  const v = get(jwk, name);
  if (typeof v !== "string" || !/^[A-Za-z0-9_-]+$/.test(v) || v.length % 4 === 1) {
    throw new JwkError("BAD_KEY", `the JWK's '${name}' member is missing or not base64url`);
  }
  const b64 = v.replace(/-/g, "+").replace(/_/g, "/") + "==".slice(0, (4 - v.length % 4) % 4);
  const bytes2 = decodeBase64(b64, `the JWK's '${name}' member`);
  if (size !== void 0 && bytes2.length !== size) {
    throw new JwkError("BAD_KEY", `the JWK's '${name}' member must be ${size} bytes`);
  }
  return bytes2;
});
var derUnsigned = (function derUnsigned(magnitude) {
  let i = 0;
  while (i < magnitude.length - 1 && magnitude[i] === 0) i++;
  let v = magnitude.subarray(i);
  if (v.length === 0) v = new Uint8Array(1);
  return encodeTlv(TAG.INTEGER, ...v[0] & 128 ? [
    new Uint8Array([
      0
    ]),
    v
  ] : [
    v
  ]);
});
var privateKeyInfo = (function privateKeyInfo(algorithm, privateKey) {
  return seq(VERSION_0, algorithm, octets(privateKey));
});
var ecWriter = (function ecWriter(crv, curveOid, size, sshCurve) {
  let id;
  const algorithm = () => id ??= seq(encodeOid(OID.EC_PUBLIC_KEY), encodeOid(curveOid));
  const point = (jwk) => concatBytes(new Uint8Array([
    4
  ]), member2(jwk, "x", size), member2(jwk, "y", size));
  const sec1 = (jwk, withCurve) => seq(VERSION_1, octets(member2(jwk, "d", size)), ...withCurve ? [
    encodeTlv(TAG.CONTEXT_0, encodeOid(curveOid))
  ] : [], encodeTlv(TAG.CONTEXT_1, bitString(point(jwk))));
  const type = `ecdsa-sha2-${sshCurve}`;
  return {
    name: `EC ${crv}`,
    spki: (jwk) => seq(algorithm(), bitString(point(jwk))),
    pkcs8: (jwk) => privateKeyInfo(algorithm(), sec1(jwk, false)),
    traditionalPrivate: {
      label: "EC PRIVATE KEY",
      what: "SEC1 EC private key",
      der: (jwk) => sec1(jwk, true)
    },
    ssh: sshCurve === void 0 ? void 0 : {
      type,
      publicBlob: (jwk) => concatBytes(sshText(type), sshText(sshCurve), sshString(point(jwk))),
      privateFields: (jwk) => concatBytes(sshText(type), sshText(sshCurve), sshString(point(jwk)), sshMpint(member2(jwk, "d", size)))
    }
  };
});
var okpWriter = (function okpWriter(crv, oid, size, sshType) {
  let id;
  const algorithm = () => id ??= seq(encodeOid(oid));
  return {
    name: `OKP ${crv}`,
    spki: (jwk) => seq(algorithm(), bitString(member2(jwk, "x", size))),
    pkcs8: (jwk) => privateKeyInfo(algorithm(), octets(member2(jwk, "d", size))),
    ssh: sshType === void 0 ? void 0 : {
      type: sshType,
      publicBlob: (jwk) => concatBytes(sshText(sshType), sshString(member2(jwk, "x", size))),
      // OpenSSH keeps the 64-byte secret key of RFC 8032's reference code: seed, then public key.
      privateFields: (jwk) => concatBytes(sshText(sshType), sshString(member2(jwk, "x", size)), sshString(concatBytes(member2(jwk, "d", size), member2(jwk, "x", size))))
    }
  };
});
var akpWriter = (function akpWriter(alg, oid, pubSize) {
  let id;
  const algorithm = () => id ??= seq(encodeOid(oid));
  return {
    name: alg,
    spki: (jwk) => seq(algorithm(), bitString(member2(jwk, "pub", pubSize))),
    pkcs8: (jwk) => privateKeyInfo(algorithm(), encodeTlv(128, member2(jwk, "priv", 32)))
  };
});
var rsaPrivate = (function rsaPrivate(jwk) {
  if (RSA_PRIVATE.slice(1).some((m) => get(jwk, m) === void 0)) {
    throw new JwkError("UNSUPPORTED", "an RSA private JWK without its primes (p, q, dp, dq, qi) cannot be written as PEM, DER or OpenSSH");
  }
  return Object.fromEntries(RSA_PRIVATE.map((m) => [
    m,
    member2(jwk, m)
  ]));
});
var writerKey = (function writerKey(jwk) {
  const kty = String(get(jwk, "kty"));
  if (kty === "RSA") return kty;
  return `${kty}/${String(get(jwk, kty === "AKP" ? "alg" : "crv"))}`;
});
var keyWriter = (function keyWriter(jwk) {
  if (get(jwk, "kty") === "oct") {
    throw new JwkError("UNSUPPORTED", "an oct (symmetric) key has no PEM, DER or OpenSSH form: it can only be written as a JWK");
  }
  const key = writerKey(jwk);
  const row = KEY_WRITERS[key];
  if (!row) {
    const known = Object.values(KEY_WRITERS).map((w) => w.name).join(", ");
    throw new JwkError("UNSUPPORTED", `${key.replace("/", " ")} keys cannot be written as PEM, DER or OpenSSH (supported: ${known})`);
  }
  return row;
});
var publicKeyDer = (function publicKeyDer(jwk, form = "pkcs8") {
  const row = keyWriter(jwk);
  const t = form === "traditional" ? row.traditionalPublic : void 0;
  if (t) return {
    der: t.der(jwk),
    label: t.label,
    what: t.what
  };
  return {
    der: row.spki(jwk),
    label: "PUBLIC KEY",
    what: "SPKI public key"
  };
});
var privateKeyDer = (function privateKeyDer(jwk, form = "pkcs8") {
  const row = keyWriter(jwk);
  if (get(jwk, "d") === void 0 && get(jwk, "priv") === void 0) {
    throw new JwkError("BAD_KEY", "the key has no private part");
  }
  const t = form === "traditional" ? row.traditionalPrivate : void 0;
  if (t) return {
    der: t.der(jwk),
    label: t.label,
    what: t.what
  };
  return {
    der: row.pkcs8(jwk),
    label: "PRIVATE KEY",
    what: "PKCS#8 private key"
  };
});
var pemArmor = (function pemArmor(label, der, width = 64) {
  const b64 = encodeBase64(der);
  const lines = [];
  for (let i = 0; i < b64.length; i += width) lines.push(b64.slice(i, i + width));
  return `-----BEGIN ${label}-----
${lines.join("\n")}
-----END ${label}-----
`;
});
var sshForm = (function sshForm(jwk) {
  const row = keyWriter(jwk);
  if (!row.ssh) {
    throw new JwkError("UNSUPPORTED", `OpenSSH has no ${row.name} keys (it knows Ed25519, ECDSA P-256/P-384/P-521 and RSA)`);
  }
  return row.ssh;
});
var sshPublicLine = (function sshPublicLine(jwk, comment) {
  const ssh = sshForm(jwk);
  if (comment !== void 0 && /[\r\n]/.test(comment)) {
    throw new JwkError("INVALID_OPTION", "the OpenSSH comment must be a single line");
  }
  const tail = comment ? ` ${comment}` : "";
  return `${ssh.type} ${encodeBase64(ssh.publicBlob(jwk))}${tail}
`;
});
var bytes = (function bytes(jwk, m) {
  const v = String(jwk[m]).replace(/-/g, "+").replace(/_/g, "/");
  return decodeBase64(v + "==".slice(0, (4 - v.length % 4) % 4), `the JWK's '${m}' member`);
});
var checkPrivateJwk = (async function checkPrivateJwk(jwk) {
  if (jwk.kty === "RSA" && jwk.p !== void 0) {
    const { rsaJwk } = await loadModule("pem/members.ts");
    const parts = [
      "n",
      "e",
      "d",
      "p",
      "q",
      "dp",
      "dq",
      "qi"
    ];
    rsaJwk(Object.fromEntries(parts.map((m) => [
      m,
      bytes(jwk, m)
    ])), "the RSA JWK");
  }
});
var resolveSecret = (async function resolveSecret(s) {
  if (s === void 0) return void 0;
  const v = typeof s === "function" ? await s() : s;
  const b = typeof v === "string" ? enc.encode(v) : v;
  if (b.length === 0) throw new JwkError("BAD_PASSWORD", "the new password is empty");
  return b;
});
var readInput = (async function readInput(input, options) {
  if (typeof input === "string" || input instanceof Uint8Array) {
    return await readAnyKey(input, {
      password: options.inputPassword
    });
  }
  const jwk = await validateJwk(input);
  return {
    jwk,
    isPrivate: isPrivateJwk(jwk),
    encrypted: false,
    format: "JWK"
  };
});
var json = (function json(value) {
  return enc.encode(JSON.stringify(value, null, 2) + "\n");
});
var formatKey = (async function formatKey(input, options = {}) {
  const format2 = options.format;
  if (format2 !== void 0 && !KEY_OUTPUT_FORMATS.includes(format2)) {
    throw new JwkError("INVALID_OPTION", `unknown output format '${format2}' (one of ${KEY_OUTPUT_FORMATS.join(", ")})`);
  }
  if (options.traditional && format2 !== void 0 && format2 !== "pem" && format2 !== "der") {
    throw new JwkError("INCOMPATIBLE_OPTIONS", "the traditional forms exist only as PEM or DER");
  }
  const key = await readInput(input, options);
  const fromJwk = key.format === "JWK" || key.format === "encrypted JWK";
  const out = format2 ?? (options.traditional || fromJwk ? "pem" : "jwk");
  const jwk = key.jwk;
  if (options.publicOnly && jwk.kty === "oct") {
    throw new JwkError("UNSUPPORTED", "an oct (symmetric) key has no public part: writing it would write the secret");
  }
  const isPrivate = key.isPrivate && !options.publicOnly;
  if (isPrivate && fromJwk && out !== "jwk") await checkPrivateJwk(jwk);
  const base = {
    format: out,
    isPrivate,
    input: key.format
  };
  if (out === "jwk") {
    let result = isPrivate ? jwk : publicJwk(jwk);
    if (!fromJwk && result.kid === void 0 && result.kty !== "oct") {
      result = orderMembers({
        ...result,
        kid: await thumbprint(result)
      });
    }
    const what = isPrivate ? "private JWK" : "public JWK";
    const pw2 = isPrivate ? await resolveSecret(options.password) : void 0;
    if (!pw2) return {
      ...base,
      data: json(result),
      encrypted: false,
      what
    };
    const { encryptJwk } = await loadModule("jwe.ts");
    const jwe = await encryptJwk(result, pw2, {
      iterations: options.iterations
    });
    return {
      ...base,
      data: json(jwe),
      encrypted: true,
      what: "encrypted JWK"
    };
  }
  if (out === "ssh") {
    const comment = options.comment ?? jwk.kid;
    if (!isPrivate) {
      return {
        ...base,
        data: enc.encode(sshPublicLine(jwk, comment)),
        encrypted: false,
        what: "OpenSSH public key"
      };
    }
    const { openSshPrivateBytes } = await loadModule("pem/openssh_write.ts");
    (await openSshPrivateBytes(jwk, {
      comment
    })).fill(0);
    const pw2 = await resolveSecret(options.password);
    const bin = await openSshPrivateBytes(jwk, {
      comment,
      password: pw2
    });
    const text = pemArmor("OPENSSH PRIVATE KEY", bin, 70);
    bin.fill(0);
    return {
      ...base,
      data: enc.encode(text),
      encrypted: pw2 !== void 0,
      what: pw2 ? "encrypted OpenSSH private key" : "OpenSSH private key"
    };
  }
  const form = options.traditional ? "traditional" : "pkcs8";
  const suffix = out === "pem" ? " (PEM)" : " (DER)";
  const finish = (k, encrypted2) => ({
    ...base,
    data: out === "pem" ? enc.encode(pemArmor(k.label, k.der)) : k.der,
    encrypted: encrypted2,
    what: k.what + suffix
  });
  if (!isPrivate) return finish(publicKeyDer(jwk, form), false);
  const der = privateKeyDer(jwk, form);
  if (options.password === void 0) return finish(der, false);
  if (der.label !== "PRIVATE KEY") {
    throw new JwkError("INCOMPATIBLE_OPTIONS", `a traditional ${keyWriter(jwk).name} private key cannot be encrypted soundly (only with OpenSSL's weak legacy scheme): write PKCS#8 to encrypt it, or the traditional form without a password`);
  }
  const pw = await resolveSecret(options.password);
  const { encryptPkcs8 } = await loadModule("pem/encrypt.ts");
  const encrypted = await encryptPkcs8(der.der, pw, {
    iterations: options.iterations
  });
  der.der.fill(0);
  return finish({
    der: encrypted,
    label: "ENCRYPTED PRIVATE KEY",
    what: "encrypted PKCS#8 private key"
  }, true);
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
    const shown2 = arg.includes("=") ? arg.slice(0, arg.indexOf("=")) : arg;
    return new CliError(`unknown flag '${shown2}'` + (hint ? `: did you mean '--${hint}'?` : ": see --help"));
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
    const shown2 = `--${name}`;
    if (!spec) throw unknownFlag(arg);
    if (spec.value === void 0) {
      if (inline !== void 0) throw new CliError(`${shown2} does not take a value`);
      once(spec, shown2, seen);
      out.on.add(spec.name);
      continue;
    }
    let value = inline;
    if (value === void 0) {
      const next = argv[i + 1];
      if (next === void 0) {
        throw new CliError(`${shown2} needs a value (${shown2} <${spec.value}>)`);
      }
      if (next.length > 1 && next.startsWith("-") && namesFlag(next)) {
        throw new CliError(`${shown2} needs a value, not the flag '${next}' (write ${shown2}=VALUE for a value that starts with '-')`);
      }
      value = next;
      i++;
    }
    if (spec.path && value === "") {
      throw new CliError(`${shown2} needs a file path, not an empty value`);
    }
    if (!spec.repeatable) once(spec, shown2, seen);
    const list = out.values.get(spec.name) ?? [];
    list.push(value);
    out.values.set(spec.name, list);
  }
  if (out.positionals.includes("")) {
    throw new CliError("an argument is empty (''): name a file, or - for standard input");
  }
  return out;
});
var once = (function once(spec, shown2, seen) {
  const before = seen.get(spec.name);
  if (before !== void 0) {
    throw new CliError(before === shown2 ? `${shown2} is given twice` : `${shown2} and ${before} are the same flag: give it once`);
  }
  seen.set(spec.name, shown2);
});
var flagValue = (function flagValue(p, name) {
  return p.values.get(name)?.[0];
});
var checkNoPassword = (function checkNoPassword(flags, passwordFlag, passwordGiven) {
  if (!flags.noPassword) return;
  if (!flags.insecure) {
    throw new CliError("--no-password requires --insecure (the private key is then written in clear)");
  }
  if (passwordGiven) {
    throw new CliError(`--no-password and ${passwordFlag} cannot be used together`);
  }
});
var formatHelp = (async function formatHelp(version) {
  const { flagLines, manualEnd } = await loadCli("help.ts");
  return [
    `jwk ${version} - convert a key between JWK, PEM, DER and OpenSSH, like step crypto key format`,
    "",
    "USAGE",
    "  jwk format [FILE|-] [--pem|--der|--ssh|--jwk] [--pkcs8|--traditional] [--public]",
    "             [--out FILE] [--password-file F] [--new-password-file F | --no-password --insecure]",
    "             [-f]",
    "",
    "DESCRIPTION",
    "  Reads a key (a JWK, step's encrypted JWK, PEM, DER, an OpenSSH private key",
    "  or .pub line, an RFC 4716 public key, a certificate or CSR, a PKCS#12 file)",
    "  from FILE, or from standard input when FILE is - or absent, and writes it",
    "  in another format: a JWK becomes PEM by default, anything else a JWK.",
    "",
    "  Public keys: SPKI (PEM/DER), PKCS#1 for RSA with --traditional, or an",
    "  OpenSSH line. Private keys: PKCS#8 (PEM/DER), PKCS#1/SEC1 with",
    "  --traditional, OpenSSH's private key file, or a JWK.",
    "",
    "  A private output is encrypted unless --no-password --insecure: PKCS#8 with",
    "  PBES2 (PBKDF2-HMAC-SHA256, 600000 iterations, AES-256-CBC; what openssl",
    "  pkcs8 -topk8 -v2 aes-256-cbc writes, with OWASP's iteration count),",
    "  OpenSSH with bcrypt_pbkdf (16 rounds) and aes256-ctr as ssh-keygen does,",
    "  and a JWK as step's JWE. The new password comes from --new-password-file",
    "  or is asked twice on the terminal; with neither, a private output is an",
    "  error. --password-file opens an encrypted input, so it combines with",
    "  --no-password (an encrypted JWK to a clear PEM).",
    "",
    "  Without --out the result goes to standard output (DER only when that is",
    "  not a terminal). --out writes atomically with mode 0600; an existing file",
    "  is kept unless -f (a terminal is asked). Messages go to stderr.",
    "  Standard input (-) can give the key or one password, not two of them.",
    "",
    "FLAGS",
    ...flagLines(FORMAT_FLAGS),
    "EXAMPLES",
    "  A JWK to PEM (a private key is encrypted: the password is asked twice):",
    "    jwk format key.json --out key.pem",
    "",
    "  The public key of a private JWK, as PEM and as an OpenSSH line:",
    "    jwk format key.json --public",
    "    jwk format key.json --ssh --public >> ~/.ssh/authorized_keys",
    "",
    "  A PEM (or DER, OpenSSH, certificate) to a JWK:",
    "    jwk format key.pem --jwk --new-password-file pw.txt --out key.json",
    "",
    "  step's encrypted JWK to an OpenSSH private key, passwords from files:",
    "    jwk format key.json --ssh --password-file old.txt --new-password-file new.txt \\",
    "      --out id_ed25519",
    "",
    "  An RSA key as a clear PKCS#1 DER file (think twice):",
    "    jwk format rsa.json --der --traditional --no-password --insecure --out rsa.der",
    "",
    ...manualEnd([
      "Read on FILE and the password files; read and write on the folder of --out."
    ], [
      "0 on success, 1 on any error (nothing written), 130 when interrupted."
    ])
  ].join("\n");
});
var isInteractive = (function isInteractive() {
  return Deno.stdin.isTerminal();
});
var readStdin = (async function readStdin(limit, what) {
  if (stdinUsedFor !== void 0) {
    throw new CliError(`${what} cannot come from standard input too: it already gave the ${stdinUsedFor}`);
  }
  stdinUsedFor = what;
  const chunks = [];
  let len = 0;
  const buf = new Uint8Array(64 * 1024);
  try {
    for (; ; ) {
      const n = await Deno.stdin.read(buf);
      if (n === null) break;
      len += n;
      if (len > limit) {
        for (const c of chunks) c.fill(0);
        throw new CliError(`${what} on standard input is larger than ${limit / 1024} KiB: refusing to read it`);
      }
      chunks.push(buf.slice(0, n));
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read ${what} from standard input: ${describe(e)}`);
  } finally {
    buf.fill(0);
  }
  const out = new Uint8Array(len);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
    c.fill(0);
  }
  return out;
});
var readInput2 = (function readInput2(path, limit, what) {
  return path === "-" ? readStdin(limit, what) : readLimited(path, limit, what);
});
var trimNewlines = (function trimNewlines(bytes2) {
  let end = bytes2.length;
  while (end > 0 && (bytes2[end - 1] === 10 || bytes2[end - 1] === 13)) end--;
  return bytes2.subarray(0, end);
});
var passwordFromFile = (async function passwordFromFile(path, what, opens = "output") {
  const raw = await readInput2(path, MAX_PASSWORD_FILE, what);
  const pw = trimNewlines(raw);
  if (pw.length === 0 && opens === "output") {
    throw new CliError(`${what} ${path === "-" ? "on standard input" : path} is empty (after removing trailing newlines)`);
  }
  return pw;
});
var readLimited = (async function readLimited(path, limit, what) {
  let file;
  try {
    file = Deno.openSync(path, {
      read: true
    });
  } catch (e) {
    throw new CliError(`cannot read ${what} ${path}: ${describe(e)}`);
  }
  const chunks = [];
  const buf = new Uint8Array(Math.min(limit + 1, 64 * 1024));
  try {
    let len = 0;
    for (; ; ) {
      const n = file.readSync(buf);
      if (n === null) break;
      len += n;
      if (len > limit) {
        throw new CliError(`${what} ${path} is larger than ${limit / 1024} KiB: refusing to read it`);
      }
      chunks.push(buf.slice(0, n));
    }
    const out = new Uint8Array(len);
    let off = 0;
    for (const c of chunks) {
      out.set(c, off);
      off += c.length;
    }
    return out;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read ${what} ${path}: ${describe(e)}`);
  } finally {
    buf.fill(0);
    for (const c of chunks) c.fill(0);
    file.close();
  }
});
var say = (function say(text) {
  const bytes2 = encoder.encode(text);
  let off = 0;
  while (off < bytes2.length) off += Deno.stderr.writeSync(bytes2.subarray(off));
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
  const bytes2 = [];
  for (; ; ) {
    const b = await readByte();
    if (b === null) return bytes2.length ? new TextDecoder().decode(new Uint8Array(bytes2)) : null;
    if (b === 10) return new TextDecoder().decode(new Uint8Array(bytes2)).replace(/\r$/, "");
    bytes2.push(b);
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
var keep = (function keep(p) {
  secrets.push(p);
  return p;
});
var forgetSecrets = (function forgetSecrets() {
  for (const s of secrets) s.fill(0);
  secrets.length = 0;
});
var inputPassword = (function inputPassword(file, input) {
  return async () => {
    if (file !== void 0) return keep(await passwordFromFile(file, "password file", "input"));
    const name = input === "-" ? "the key on standard input" : input;
    if (!isInteractive()) {
      throw new CliError(`${name} is encrypted and there is no terminal to ask for its password: use --password-file`);
    }
    return keep(await readSecret(`Please enter the password to decrypt ${name}: `));
  };
});
var newPassword = (function newPassword(file, what, clearHint = "") {
  return async () => {
    if (file !== void 0) return keep(await passwordFromFile(file, "new password file"));
    if (!isInteractive()) {
      throw new CliError(`a new password is needed to encrypt ${what} and there is no terminal to ask: use --new-password-file <file>${clearHint}`);
    }
    return keep(await askNewPassword(what));
  };
});
var oneStdin = (function oneStdin(uses) {
  const stdin = uses.filter(([, v]) => v === "-").map(([name]) => name);
  if (stdin.length > 1) {
    throw new CliError(`standard input can give only one thing: ${stdin.join(" and ")} both ask for it (-)`);
  }
});
var shellWord = (function shellWord(s) {
  if (Deno.build.os === "windows") return /^[\w@%+=:,./\\-]+$/.test(s) ? s : `"${s}"`;
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`;
});
var ensurePermissions = (async function ensurePermissions(reads, writes) {
  const real = (paths) => [
    ...new Set(paths.filter((p) => p !== "-"))
  ];
  const wanted = [
    ...real(reads).map((path) => ({
      name: "read",
      path
    })),
    ...real(writes).map((path) => ({
      name: "read",
      path
    })),
    ...real(writes).map((path) => ({
      name: "write",
      path
    }))
  ];
  const missing2 = {
    read: /* @__PURE__ */ new Set(),
    write: /* @__PURE__ */ new Set()
  };
  for (const w of wanted) {
    let state = Deno.permissions.querySync(w).state;
    if (state === "prompt" && isInteractive() && Deno.stderr.isTerminal()) {
      state = (await Deno.permissions.request(w)).state;
    }
    if (state !== "granted") missing2[w.name].add(w.path);
  }
  if (missing2.read.size === 0 && missing2.write.size === 0) return;
  const what = [];
  const flags = [];
  for (const name of [
    "read",
    "write"
  ]) {
    if (missing2[name].size === 0) continue;
    what.push(`${name} access to ${[
      ...missing2[name]
    ].join(", ")}`);
    const all = [
      ...new Set(wanted.filter((w) => w.name === name).map((w) => w.path))
    ];
    const code = codePath();
    if (name === "read" && code !== void 0) all.push(code);
    flags.push(`--allow-${name}=${all.map(shellWord).join(",")}`);
  }
  throw new CliError(`${what.join(" and ")} ${what.length > 1 ? "are" : "is"} needed: run with ${flags.join(" ")}`);
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
var parseArgs = (function parseArgs(p) {
  if (p.positionals.length > 1) {
    throw new CliError(`format takes one key file (or - for standard input): unexpected '${p.positionals[1]}'`);
  }
  const formats = FORMATS.filter((f) => p.on.has(f));
  if (formats.length > 1) {
    throw new CliError(`give one output format, not ${formats.map((f) => `--${f}`).join(" and ")}`);
  }
  const format2 = formats[0];
  if (p.on.has("pkcs8") && p.on.has("traditional")) {
    throw new CliError("--pkcs8 and --traditional exclude each other");
  }
  for (const flag of [
    "pkcs8",
    "traditional"
  ]) {
    if (p.on.has(flag) && (format2 === "ssh" || format2 === "jwk")) {
      throw new CliError(`--${flag} is for --pem and --der, not --${format2}`);
    }
  }
  const a = {
    input: p.positionals[0] ?? "-",
    format: format2,
    traditional: p.on.has("traditional"),
    publicOnly: p.on.has("public"),
    out: flagValue(p, "out"),
    passwordFile: flagValue(p, "password-file"),
    newPasswordFile: flagValue(p, "new-password-file"),
    noPassword: p.on.has("no-password"),
    force: p.on.has("force")
  };
  checkNoPassword({
    noPassword: a.noPassword,
    insecure: p.on.has("insecure")
  }, "--new-password-file", a.newPasswordFile !== void 0);
  if (a.publicOnly && a.newPasswordFile !== void 0) {
    throw new CliError("--new-password-file encrypts private keys: with --public there is none");
  }
  return a;
});
var toStdout = (async function toStdout(data) {
  let off = 0;
  while (off < data.length) off += await Deno.stdout.write(data.subarray(off));
});
var format = (async function format(a) {
  oneStdin([
    [
      "the key",
      a.input
    ],
    [
      "--password-file",
      a.passwordFile
    ],
    [
      "--new-password-file",
      a.newPasswordFile
    ]
  ]);
  if (a.input === "-" && Deno.stdin.isTerminal()) {
    throw new CliError("give a key file, or pipe a key to standard input: jwk format FILE");
  }
  if (a.format === "der" && a.out === void 0 && Deno.stdout.isTerminal()) {
    throw new CliError("DER is binary: write it with --out FILE, or redirect standard output");
  }
  const reads = [
    a.input,
    a.passwordFile,
    a.newPasswordFile
  ].filter((p) => p !== void 0);
  const [files, paths] = a.out === void 0 ? [] : await Promise.all([
    loadCli("files.ts"),
    loadCli("paths.ts")
  ]);
  await ensurePermissions(reads, a.out === void 0 ? [] : [
    paths.dirname(a.out)
  ]);
  let exists = false;
  if (a.out !== void 0) {
    exists = await files.inspectOutput(a.out) === "file";
    if (exists && !a.force) {
      if (!isInteractive() || !await askYesNo(`Would you like to overwrite ${a.out}`)) {
        throw new CliError(`${a.out} already exists: use --force to overwrite it`);
      }
    }
  }
  const bytes2 = await readInput2(a.input, MAX_KEY_FILE, "key file");
  let result;
  try {
    result = await formatKey(bytes2, {
      format: a.format,
      traditional: a.traditional,
      publicOnly: a.publicOnly,
      inputPassword: inputPassword(a.passwordFile, a.input),
      password: a.noPassword ? void 0 : newPassword(a.newPasswordFile, "the private key", ", or --no-password --insecure to write it in clear")
    });
  } finally {
    bytes2.fill(0);
    forgetSecrets();
  }
  try {
    if (a.out === void 0) {
      await toStdout(result.data);
      return;
    }
    await files.writeFilesAtomic([
      {
        path: a.out,
        data: result.data
      }
    ], {
      overwrite: exists
    });
  } finally {
    result.data.fill(0);
  }
  const kind = result.isPrivate ? "private" : "public";
  console.error(`Your ${kind} key has been saved in ${a.out}: ${result.what}.`);
});
var runFormat = (async function runFormat(parsed) {
  await format(parseArgs(parsed));
});
var posixRoot = (function posixRoot(p) {
  const rooted = p.startsWith("/");
  return {
    device: "",
    rooted,
    end: rooted ? 1 : 0
  };
});
var windowsRoot = (function windowsRoot(p, namespace = false) {
  if (isWinSep(p[0])) {
    if (isWinSep(p[1])) {
      let i = 2;
      while (i < p.length && !isWinSep(p[i])) i++;
      const server = p.slice(2, i);
      while (i < p.length && isWinSep(p[i])) i++;
      let k = i;
      while (k < p.length && !isWinSep(p[k])) k++;
      const share = p.slice(i, k);
      if (server !== "" && share !== "") {
        if (namespace && (server === "." || server === "?")) {
          return {
            device: `\\\\${server}`,
            rooted: true,
            end: i
          };
        }
        return {
          device: `\\\\${server}\\${share}`,
          rooted: true,
          end: k + (isWinSep(p[k]) ? 1 : 0)
        };
      }
    }
    return {
      device: "",
      rooted: true,
      end: 1
    };
  }
  if (DRIVE.test(p)) {
    const rooted = isWinSep(p[2]);
    return {
      device: p.slice(0, 2),
      rooted,
      end: rooted ? 3 : 2
    };
  }
  return {
    device: "",
    rooted: false,
    end: 0
  };
});
var pathsFor = (function pathsFor(flavour, cwd = () => Deno.cwd()) {
  const win = flavour === "windows";
  const sep = win ? "\\" : "/";
  const isSep = win ? isWinSep : (c) => c === "/";
  const root = win ? windowsRoot : posixRoot;
  const resolveRoot = win ? (p) => windowsRoot(p, true) : posixRoot;
  function dirname2(path) {
    const r = root(path);
    if (path === "") return ".";
    if (r.end === path.length) return path;
    let end = path.length;
    while (end > r.end && isSep(path[end - 1])) end--;
    let start = end;
    while (start > r.end && !isSep(path[start - 1])) start--;
    if (start <= r.end) return r.end > 0 ? path.slice(0, r.end) : ".";
    if (!win && start === 2 && path[0] === "/") return "//";
    return path.slice(0, start - 1);
  }
  function basename2(path) {
    const from = win && DRIVE.test(path) ? 2 : 0;
    let end = path.length;
    while (end > from && isSep(path[end - 1])) end--;
    let start = end;
    while (start > from && !isSep(path[start - 1])) start--;
    return path.slice(start, end);
  }
  function join2(dir, name) {
    if (dir === "" || dir === ".") return name;
    const r = root(dir);
    const bareDrive = r.device !== "" && !r.rooted && r.end === dir.length;
    const joined = isSep(dir.at(-1)) || bareDrive ? dir + name : dir + sep + name;
    if (win && root(joined).device !== r.device) return sep + joined.replace(/^[\\/]+/, "");
    return joined;
  }
  function resolveAll(paths) {
    let device = "";
    let tail = "";
    let absolute = false;
    for (let i = paths.length - 1; i >= -1; i--) {
      let p = i >= 0 ? paths[i] : cwd();
      if (i < 0 && device !== "") {
        const c = resolveRoot(p);
        if (c.device !== "" && c.device.toLowerCase() !== device.toLowerCase()) p = device + sep;
      }
      if (p === "") continue;
      const r = resolveRoot(p);
      if (r.device !== "") {
        if (device === "") device = r.device;
        else if (r.device.toLowerCase() !== device.toLowerCase()) continue;
      }
      if (!absolute) {
        tail = `${p.slice(r.end)}${sep}${tail}`;
        absolute = r.rooted;
      }
      if (absolute && (device !== "" || !win)) break;
    }
    const parts = [];
    for (const part of tail.split(win ? /[\\/]/ : "/")) {
      if (part === "" || part === ".") continue;
      if (part !== "..") parts.push(part);
      else if (parts.length > 0 && parts.at(-1) !== "..") parts.pop();
      else if (!absolute) parts.push("..");
    }
    const body = parts.join(sep);
    if (absolute) return device + sep + body;
    return device + body || ".";
  }
  return {
    flavour,
    sep,
    dirname: dirname2,
    basename: basename2,
    join: join2,
    resolve: (base, path) => resolveAll(path === void 0 ? [
      base
    ] : [
      base,
      path
    ]),
    isAbsolute: (path) => root(path).rooted
  };
});
var dirname = (function dirname(path) {
  return native.dirname(path);
});
var basename = (function basename(path) {
  return native.basename(path);
});
var join = (function join(dir, name) {
  return native.join(dir, name);
});
var resolve = (function resolve(base, path) {
  return native.resolve(base, path);
});
var pathKey = (function pathKey(base, path) {
  const full = resolve(base, path);
  return FOLDS_CASE ? full.toLowerCase() : full;
});
var randomTag = (function randomTag() {
  return [
    ...crypto.getRandomValues(new Uint8Array(6))
  ].map((b) => b.toString(16).padStart(2, "0")).join("");
});
var tempPath = (function tempPath(path, suffix = "tmp") {
  return join(dirname(path), `.${basename(path)}.${randomTag()}.${suffix}`);
});
var removeStaleTemps = (function removeStaleTemps(path, now = Date.now()) {
  return Promise.resolve(removeStaleTempsIn(dirname(path), [
    basename(path)
  ], now));
});
var removeStaleTempsIn = (function removeStaleTempsIn(dir, names, now = Date.now()) {
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const ours = new RegExp(`^\\.(?:${escaped.join("|")})\\.[0-9a-f]{12}\\.(tmp|bak)$`);
  let removed = 0;
  try {
    for (const e of Deno.readDirSync(dir)) {
      if (!e.isFile || !ours.test(e.name)) continue;
      const leftover = join(dir, e.name);
      const info = lstatOrNull(leftover);
      if (!info?.mtime || now - info.mtime.getTime() < STALE_TEMP_MS) continue;
      removeQuietly(leftover);
      removed++;
    }
  } catch {
  }
  return removed;
});
var lstatOrNull = (function lstatOrNull(path) {
  try {
    return Deno.lstatSync(path);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return null;
    throw e;
  }
});
var inspectOutput = (async function inspectOutput(path) {
  if (absentFromListing(path)) return "absent";
  let info;
  try {
    info = lstatOrNull(path);
  } catch (e) {
    if (e instanceof Deno.errors.NotADirectory) {
      throw new CliError(`cannot write ${path}: ${dirname(path)} is not a folder`);
    }
    throw e;
  }
  if (info === null) {
    const dir = dirname(path);
    let d = null;
    try {
      d = lstatOrNull(dir);
    } catch {
      d = null;
    }
    if (d === null) throw new CliError(`cannot write ${path}: the folder ${dir} does not exist`);
    if (!d.isDirectory && !d.isSymlink) {
      throw new CliError(`cannot write ${path}: ${dir} is not a folder`);
    }
    return "absent";
  }
  if (info.isSymlink) {
    throw new CliError(`${path} is a symbolic link: refusing to write through it (give the real path)`);
  }
  if (info.isDirectory) throw new CliError(`${path} is a folder: give a file path`);
  if (!info.isFile) throw new CliError(`${path} is not a regular file: refusing to replace it`);
  return "file";
});
var absentFromListing = (function absentFromListing(path) {
  const name = basename(path);
  if (name === "" || name === "." || name === ".." || !/^[\x00-\x7f]+$/.test(name)) return false;
  const folded = name.toLowerCase();
  try {
    for (const e of Deno.readDirSync(dirname(path))) {
      if (e.name.toLowerCase() === folded) return false;
    }
    return true;
  } catch {
    return false;
  }
});
var removeQuietly = (function removeQuietly(path) {
  try {
    Deno.removeSync(path);
  } catch {
  }
});
var writeNew = (async function writeNew(path, data, mode) {
  const file = Deno.openSync(path, {
    write: true,
    createNew: true,
    mode: 384
  });
  try {
    let off = 0;
    while (off < data.length) off += file.writeSync(data.subarray(off));
    await file.sync();
  } finally {
    file.close();
  }
  if (mode !== void 0 && mode !== 384) Deno.chmodSync(path, mode & 511);
});
var keepAttributes = (function keepAttributes(path, temp) {
  const info = Deno.statSync(path);
  if (info.mode !== null) Deno.chmodSync(temp, info.mode & 511);
  const own = Deno.statSync(temp);
  if (info.uid !== null && info.gid !== null && (info.uid !== own.uid || info.gid !== own.gid)) {
    try {
      Deno.chownSync(temp, info.uid, info.gid);
    } catch {
      try {
        Deno.chownSync(temp, null, info.gid);
      } catch {
      }
    }
  }
});
var syncFolder = (async function syncFolder(dir) {
  try {
    const f = Deno.openSync(dir, {
      read: true
    });
    try {
      await f.sync();
    } finally {
      f.close();
    }
  } catch {
  }
});
var writeFilesAtomic = (async function writeFilesAtomic(files, options) {
  const folders = /* @__PURE__ */ new Map();
  for (const f of files) {
    const dir = dirname(f.path);
    folders.set(dir, [
      ...folders.get(dir) ?? [],
      basename(f.path)
    ]);
  }
  for (const [dir, names] of folders) removeStaleTempsIn(dir, names);
  const temps = files.map((f) => tempPath(f.path));
  const written = await Promise.allSettled(files.map((f, i) => writeNew(temps[i], f.data, f.mode)));
  const failed = written.findIndex((r) => r.status === "rejected");
  if (failed >= 0) {
    temps.forEach(removeQuietly);
    const why = written[failed].reason;
    throw new CliError(`cannot write ${files[failed].path}: ${describe(why)}`);
  }
  const placed = [];
  try {
    for (const [i, f] of files.entries()) {
      await options.beforeCommit?.(i);
      const state = await inspectOutput(f.path);
      let backup;
      if (state === "file" && f.update) keepAttributes(f.path, temps[i]);
      else if (f.mode !== void 0) Deno.chmodSync(temps[i], f.mode);
      if (state === "file") {
        if (!options.overwrite && !f.update) {
          throw new CliError(`${f.path} already exists: use --force to overwrite it`);
        }
        backup = tempPath(f.path, "bak");
        try {
          Deno.linkSync(f.path, backup);
        } catch {
          backup = void 0;
        }
        Deno.renameSync(temps[i], f.path);
      } else {
        try {
          Deno.linkSync(temps[i], f.path);
          removeQuietly(temps[i]);
        } catch (e) {
          if (e instanceof Deno.errors.AlreadyExists) {
            throw new CliError(`${f.path} already exists: use --force to overwrite it`);
          }
          Deno.renameSync(temps[i], f.path);
        }
      }
      placed.push({
        path: f.path,
        backup
      });
    }
  } catch (e) {
    for (const p of placed.reverse()) {
      if (p.backup) {
        try {
          Deno.renameSync(p.backup, p.path);
        } catch {
        }
      } else removeQuietly(p.path);
    }
    temps.forEach(removeQuietly);
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot write ${files[placed.length]?.path ?? "files"}: ${describe(e)}`);
  }
  for (const p of placed) if (p.backup) removeQuietly(p.backup);
  for (const dir of new Set(files.map((f) => dirname(f.path)))) await syncFolder(dir);
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
    const command2 = await entry.load();
    const parsed = parseFlags(command2.flags, rest);
    if (parsed.on.has("help")) {
      console.log(await command2.manual(VERSION));
      return 0;
    }
    await command2.run(parsed, rest);
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

// lib/cli/load.ts
var bundled;
var init_load = __esm({
  "lib/cli/load.ts": (function() {
    init_errors();
  })
});

// lib/lazy.ts
var literal;
var init_lazy = __esm({
  "lib/lazy.ts": (function() {
  })
});

// lib/errors.ts
var JWK_ERROR, JwkError;
var init_errors2 = __esm({
  "lib/errors.ts": (function() {
    JWK_ERROR = Symbol.for("@jwk/jwk JwkError");
    JwkError = class extends Error {
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
  })
});

// lib/jwk.ts
var ORDER, PRIVATE, PUBLIC_OP;
var init_jwk = __esm({
  "lib/jwk.ts": (function() {
    ORDER = [
      "use",
      "key_ops",
      "kty",
      "kid",
      "crv",
      "alg",
      "k",
      "x",
      "y",
      "n",
      "e",
      "d",
      "p",
      "q",
      "dp",
      "dq",
      "qi",
      "pub",
      "priv",
      "x5c",
      "x5t#S256"
    ];
    PRIVATE = [
      "d",
      "p",
      "q",
      "dp",
      "dq",
      "qi",
      "oth",
      "k",
      "priv"
    ];
    PUBLIC_OP = {
      sign: "verify",
      verify: "verify",
      encrypt: "encrypt",
      decrypt: "encrypt",
      wrapKey: "wrapKey",
      unwrapKey: "wrapKey"
    };
  })
});

// lib/key_types.ts
var KEY_TYPES, CURVES, CURVE_BYTES, CURVE_USE, ECDH_CURVES, ALGORITHMS, OTHER_ALGORITHMS, KEY_OP_USE, ML_DSA, ML_DSA_SEED_BYTES, RSA_MAX_BITS;
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
    ML_DSA_SEED_BYTES = 32;
    RSA_MAX_BITS = 16384;
  })
});

// lib/base64url.ts
var ALPHABET, VALUES;
var init_base64url = __esm({
  "lib/base64url.ts": (function() {
    ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    VALUES = new Int8Array(128).fill(-1);
    for (let i = 0; i < 64; i++) VALUES[ALPHABET.charCodeAt(i)] = i;
  })
});

// lib/shown.ts
var init_shown = __esm({
  "lib/shown.ts": (function() {
  })
});

// lib/ec_curve.ts
var EC_CURVES;
var init_ec_curve = __esm({
  "lib/ec_curve.ts": (function() {
    EC_CURVES = {
      "P-256": {
        size: 32,
        a: -3n,
        p: 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n,
        b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn
      },
      "P-384": {
        size: 48,
        a: -3n,
        p: 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n,
        b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn
      },
      "P-521": {
        size: 66,
        a: -3n,
        p: 2n ** 521n - 1n,
        b: 0x0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00n
      },
      // SEC 2 §2.4.1; p ≡ 3 (mod 4) as for the NIST primes, so the same square root works.
      "secp256k1": {
        size: 32,
        p: 2n ** 256n - 2n ** 32n - 977n,
        a: 0n,
        b: 7n
      }
    };
  })
});

// lib/jwk_alg.ts
var ECDSA_SIZE, bad;
var init_jwk_alg = __esm({
  "lib/jwk_alg.ts": (function() {
    init_errors2();
    init_key_types();
    init_shown();
    ECDSA_SIZE = {
      "P-256": "256",
      "P-384": "384",
      "P-521": "521",
      "secp256k1": "256K"
    };
    bad = (message) => new JwkError("BAD_KEY", message);
  })
});

// lib/key_input.ts
var B64URL, MAX_JSON_DEPTH;
var init_key_input = __esm({
  "lib/key_input.ts": (function() {
    init_key_types();
    init_base64url();
    init_errors2();
    init_shown();
    init_jwk();
    init_ec_curve();
    init_jwk_alg();
    init_lazy();
    B64URL = /^[A-Za-z0-9_-]*$/;
    MAX_JSON_DEPTH = 64;
  })
});

// lib/thumbprint.ts
var THUMBPRINT_HASHES, REQUIRED;
var init_thumbprint = __esm({
  "lib/thumbprint.ts": (function() {
    init_base64url();
    init_errors2();
    init_shown();
    THUMBPRINT_HASHES = [
      "SHA-256",
      "SHA-384",
      "SHA-512"
    ];
    REQUIRED = {
      EC: [
        "crv",
        "kty",
        "x",
        "y"
      ],
      RSA: [
        "e",
        "kty",
        "n"
      ],
      OKP: [
        "crv",
        "kty",
        "x"
      ],
      oct: [
        "k",
        "kty"
      ],
      AKP: [
        "alg",
        "kty",
        "pub"
      ]
    };
  })
});

// lib/pem/armor.ts
var B64, B64_INDEX;
var init_armor = __esm({
  "lib/pem/armor.ts": (function() {
    init_errors2();
    B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    B64_INDEX = new Int16Array(256).fill(-1);
    for (let i = 0; i < 64; i++) B64_INDEX[B64.charCodeAt(i)] = i;
  })
});

// lib/pem/asn1.ts
var TAG;
var init_asn1 = __esm({
  "lib/pem/asn1.ts": (function() {
    init_errors2();
    TAG = {
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
  })
});

// lib/pem/oids.ts
var OID, NAMES;
var init_oids = __esm({
  "lib/pem/oids.ts": (function() {
    OID = {
      RSA: "1.2.840.113549.1.1.1",
      EC_PUBLIC_KEY: "1.2.840.10045.2.1",
      P256: "1.2.840.10045.3.1.7",
      P384: "1.3.132.0.34",
      P521: "1.3.132.0.35",
      ED25519: "1.3.101.112",
      X25519: "1.3.101.110",
      SECP256K1: "1.3.132.0.10",
      ED448: "1.3.101.113",
      X448: "1.3.101.111",
      ML_DSA_44: "2.16.840.1.101.3.4.3.17",
      ML_DSA_65: "2.16.840.1.101.3.4.3.18",
      ML_DSA_87: "2.16.840.1.101.3.4.3.19",
      PBES2: "1.2.840.113549.1.5.13",
      PKCS12_PBE_SHA1_3DES: "1.2.840.113549.1.12.1.3",
      PKCS12_PBE_SHA1_2DES: "1.2.840.113549.1.12.1.4",
      PKCS12_PBE_SHA1_RC2_128: "1.2.840.113549.1.12.1.5",
      PKCS12_PBE_SHA1_RC2_40: "1.2.840.113549.1.12.1.6",
      PBKDF2: "1.2.840.113549.1.5.12",
      SCRYPT: "1.3.6.1.4.1.11591.4.11",
      HMAC_SHA1: "1.2.840.113549.2.7",
      HMAC_SHA224: "1.2.840.113549.2.8",
      HMAC_SHA256: "1.2.840.113549.2.9",
      HMAC_SHA384: "1.2.840.113549.2.10",
      HMAC_SHA512: "1.2.840.113549.2.11",
      AES128_CBC: "2.16.840.1.101.3.4.1.2",
      AES192_CBC: "2.16.840.1.101.3.4.1.22",
      AES256_CBC: "2.16.840.1.101.3.4.1.42",
      DES_EDE3_CBC: "1.2.840.113549.3.7",
      KEY_USAGE: "2.5.29.15"
    };
    NAMES = {
      [OID.RSA]: "RSA",
      [OID.EC_PUBLIC_KEY]: "EC",
      [OID.P256]: "P-256",
      [OID.P384]: "P-384",
      [OID.P521]: "P-521",
      [OID.ED25519]: "Ed25519",
      [OID.X25519]: "X25519",
      [OID.SECP256K1]: "secp256k1",
      [OID.ED448]: "Ed448",
      [OID.X448]: "X448",
      [OID.ML_DSA_44]: "ML-DSA-44",
      [OID.ML_DSA_65]: "ML-DSA-65",
      [OID.ML_DSA_87]: "ML-DSA-87",
      [OID.PBES2]: "PBES2",
      [OID.PBKDF2]: "PBKDF2",
      [OID.SCRYPT]: "scrypt",
      [OID.HMAC_SHA1]: "HMAC-SHA1",
      [OID.HMAC_SHA224]: "HMAC-SHA224",
      [OID.HMAC_SHA256]: "HMAC-SHA256",
      [OID.HMAC_SHA384]: "HMAC-SHA384",
      [OID.HMAC_SHA512]: "HMAC-SHA512",
      [OID.AES128_CBC]: "AES-128-CBC",
      [OID.AES192_CBC]: "AES-192-CBC",
      [OID.AES256_CBC]: "AES-256-CBC",
      [OID.DES_EDE3_CBC]: "DES-EDE3-CBC",
      // Known but unsupported: named so that errors say what was found.
      "1.2.840.113549.1.1.10": "RSASSA-PSS",
      "1.2.840.113549.1.1.7": "RSAES-OAEP",
      "1.2.840.10040.4.1": "DSA",
      "1.2.840.113549.1.3.1": "DH",
      "1.2.840.10046.2.1": "X9.42 DH",
      "1.2.156.10197.1.301": "SM2",
      "2.16.840.1.101.3.4.3.32": "HashML-DSA-44 with SHA-512",
      "2.16.840.1.101.3.4.3.33": "HashML-DSA-65 with SHA-512",
      "2.16.840.1.101.3.4.3.34": "HashML-DSA-87 with SHA-512",
      "2.16.840.1.101.3.4.3.20": "SLH-DSA-SHA2-128s",
      "1.3.132.0.33": "P-224 (secp224r1)",
      "1.2.840.10045.3.1.1": "P-192 (prime192v1)",
      "1.3.36.3.3.2.8.1.1.1": "brainpoolP160r1",
      "1.3.36.3.3.2.8.1.1.3": "brainpoolP192r1",
      "1.3.36.3.3.2.8.1.1.5": "brainpoolP224r1",
      "1.3.36.3.3.2.8.1.1.7": "brainpoolP256r1",
      "1.3.36.3.3.2.8.1.1.9": "brainpoolP320r1",
      "1.3.36.3.3.2.8.1.1.11": "brainpoolP384r1",
      "1.3.36.3.3.2.8.1.1.13": "brainpoolP512r1",
      "1.2.840.113549.1.5.3": "PBES1 (pbeWithMD5AndDES-CBC)",
      "1.2.840.113549.1.5.6": "PBES1 (pbeWithMD5AndRC2-CBC)",
      "1.2.840.113549.1.5.10": "PBES1 (pbeWithSHA1AndDES-CBC)",
      "1.2.840.113549.1.5.11": "PBES1 (pbeWithSHA1AndRC2-CBC)",
      "1.2.840.113549.1.12.1.1": "PKCS#12 PBE (SHA1 and RC4-128)",
      "1.2.840.113549.1.12.1.2": "PKCS#12 PBE (SHA1 and RC4-40)",
      "1.2.840.113549.1.12.1.3": "PKCS#12 PBE (SHA1 and 3-key triple DES)",
      "1.2.840.113549.1.12.1.4": "PKCS#12 PBE (SHA1 and 2-key triple DES)",
      "1.2.840.113549.1.12.1.5": "PKCS#12 PBE (SHA1 and RC2-128)",
      "1.2.840.113549.1.12.1.6": "PKCS#12 PBE (SHA1 and RC2-40)",
      "1.3.14.3.2.7": "DES-CBC",
      "1.2.840.113549.3.2": "RC2-CBC",
      "2.16.840.1.101.3.4.1.6": "AES-128-GCM",
      "2.16.840.1.101.3.4.1.26": "AES-192-GCM",
      "2.16.840.1.101.3.4.1.46": "AES-256-GCM",
      "1.2.840.113549.2.5": "MD5"
    };
  })
});

// lib/pem/ssh_wire.ts
var init_ssh_wire = __esm({
  "lib/pem/ssh_wire.ts": (function() {
  })
});

// lib/pem/write.ts
var seq, octets, bitString, DER_NULL, VERSION_0, VERSION_1, RSA_PRIVATE, rsaAlg, RSA_ALGORITHM, pkcs1Public, pkcs1Private, RSA_WRITER, KEY_WRITERS;
var init_write = __esm({
  "lib/pem/write.ts": (function() {
    init_errors2();
    init_armor();
    init_asn1();
    init_oids();
    init_ssh_wire();
    seq = (...parts) => encodeTlv(TAG.SEQUENCE, ...parts);
    octets = (bytes2) => encodeTlv(TAG.OCTET_STRING, bytes2);
    bitString = (bytes2) => encodeTlv(TAG.BIT_STRING, new Uint8Array([
      0
    ]), bytes2);
    DER_NULL = new Uint8Array([
      5,
      0
    ]);
    VERSION_0 = new Uint8Array([
      2,
      1,
      0
    ]);
    VERSION_1 = new Uint8Array([
      2,
      1,
      1
    ]);
    RSA_PRIVATE = [
      "d",
      "p",
      "q",
      "dp",
      "dq",
      "qi"
    ];
    RSA_ALGORITHM = () => rsaAlg ??= seq(encodeOid(OID.RSA), DER_NULL);
    pkcs1Public = (jwk) => seq(derUnsigned(member2(jwk, "n")), derUnsigned(member2(jwk, "e")));
    pkcs1Private = (jwk) => {
      const k = rsaPrivate(jwk);
      return seq(VERSION_0, derUnsigned(member2(jwk, "n")), derUnsigned(member2(jwk, "e")), ...[
        k.d,
        k.p,
        k.q,
        k.dp,
        k.dq,
        k.qi
      ].map(derUnsigned));
    };
    RSA_WRITER = {
      name: "RSA",
      spki: (jwk) => seq(RSA_ALGORITHM(), bitString(pkcs1Public(jwk))),
      pkcs8: (jwk) => privateKeyInfo(RSA_ALGORITHM(), pkcs1Private(jwk)),
      traditionalPrivate: {
        label: "RSA PRIVATE KEY",
        what: "PKCS#1 RSA private key",
        der: pkcs1Private
      },
      traditionalPublic: {
        label: "RSA PUBLIC KEY",
        what: "PKCS#1 RSA public key",
        der: pkcs1Public
      },
      ssh: {
        type: "ssh-rsa",
        publicBlob: (jwk) => concatBytes(sshText("ssh-rsa"), sshMpint(member2(jwk, "e")), sshMpint(member2(jwk, "n"))),
        privateFields: (jwk) => {
          const k = rsaPrivate(jwk);
          return concatBytes(sshText("ssh-rsa"), ...[
            member2(jwk, "n"),
            member2(jwk, "e"),
            k.d,
            k.qi,
            k.p,
            k.q
          ].map(sshMpint));
        }
      }
    };
    KEY_WRITERS = {
      "RSA": RSA_WRITER,
      "EC/P-256": ecWriter("P-256", OID.P256, 32, "nistp256"),
      "EC/P-384": ecWriter("P-384", OID.P384, 48, "nistp384"),
      "EC/P-521": ecWriter("P-521", OID.P521, 66, "nistp521"),
      "OKP/Ed25519": okpWriter("Ed25519", OID.ED25519, 32, "ssh-ed25519"),
      "OKP/X25519": okpWriter("X25519", OID.X25519, 32),
      // Types the reader is still to learn: the rows are ready (and tested against
      // openssl's and WebCrypto's own encodings).
      "EC/secp256k1": ecWriter("secp256k1", "1.3.132.0.10", 32),
      "OKP/Ed448": okpWriter("Ed448", "1.3.101.113", 57),
      "OKP/X448": okpWriter("X448", "1.3.101.111", 56),
      "AKP/ML-DSA-44": akpWriter("ML-DSA-44", "2.16.840.1.101.3.4.3.17", 1312),
      "AKP/ML-DSA-65": akpWriter("ML-DSA-65", "2.16.840.1.101.3.4.3.18", 1952),
      "AKP/ML-DSA-87": akpWriter("ML-DSA-87", "2.16.840.1.101.3.4.3.19", 2592)
    };
  })
});

// lib/format.ts
var KEY_OUTPUT_FORMATS, enc;
var init_format = __esm({
  "lib/format.ts": (function() {
    init_errors2();
    init_jwk();
    init_key_input();
    init_thumbprint();
    init_armor();
    init_write();
    init_lazy();
    KEY_OUTPUT_FORMATS = [
      "pem",
      "der",
      "ssh",
      "jwk"
    ];
    enc = new TextEncoder();
  })
});

// lib/cli/flags.ts
var HELP_FLAG, PASSWORD_FILE_FLAG, FORCE_OUT_FLAG;
var init_flags = __esm({
  "lib/cli/flags.ts": (function() {
    init_errors();
    HELP_FLAG = {
      name: "help",
      short: "h",
      summary: "Show this command's manual and exit."
    };
    PASSWORD_FILE_FLAG = {
      name: "password-file",
      path: true,
      value: "file",
      summary: "File holding the password of an encrypted input (- for standard input).",
      details: [
        "Trailing CR and LF characters are removed, nothing else. Default: ask on",
        "the terminal when the input is encrypted; without a terminal, an error."
      ]
    };
    FORCE_OUT_FLAG = {
      name: "force",
      short: "f",
      summary: "Overwrite an existing --out file without asking."
    };
  })
});

// lib/cli/format_help.ts
var format_help_exports = {};
__export(format_help_exports, {
  FORMAT_FLAGS: () => FORMAT_FLAGS,
  formatHelp: () => formatHelp
});
var FORMAT_FLAGS;
var init_format_help = __esm({
  "lib/cli/format_help.ts": (function() {
    init_flags();
    init_load();
    FORMAT_FLAGS = [
      {
        name: "pem",
        summary: "Write PEM (the default for a JWK input).",
        details: [
          "Public keys: SPKI. Private keys: PKCS#8 (encrypted: PBES2, AES-256-CBC)."
        ]
      },
      {
        name: "der",
        summary: "Write binary DER (the same structures as --pem).",
        details: [
          "Not to a terminal: use --out or redirect standard output."
        ]
      },
      {
        name: "ssh",
        summary: "Write OpenSSH: a public key line, or OpenSSH's private key file.",
        details: [
          "The comment is the JWK's kid when it has one. Ed25519, ECDSA",
          "P-256/P-384/P-521 and RSA keys (OpenSSH has no X25519 keys)."
        ]
      },
      {
        name: "jwk",
        summary: "Write a JWK (the default for any other input).",
        details: [
          "A private JWK is encrypted as step writes it (a JWE). A key read from",
          "PEM, DER or OpenSSH gets kid = its RFC 7638 thumbprint."
        ]
      },
      {
        name: "pkcs8",
        summary: "PEM/DER private keys as PKCS#8 (the default; accepted for step)."
      },
      {
        name: "traditional",
        summary: "PEM/DER in the key type's own form: PKCS#1 (RSA), SEC1 (EC private).",
        details: [
          "OKP keys and EC public keys have none and stay PKCS#8/SPKI. A traditional",
          "private key cannot be encrypted soundly: it needs --no-password --insecure."
        ]
      },
      {
        name: "public",
        summary: "Write only the public key (refused for oct keys: they have none)."
      },
      {
        name: "out",
        path: true,
        value: "file",
        summary: "Write to this file (mode 0600, atomically) instead of standard output."
      },
      PASSWORD_FILE_FLAG,
      {
        name: "new-password-file",
        path: true,
        value: "file",
        summary: "File holding the password that encrypts a private output.",
        details: [
          "Trailing CR and LF are removed, nothing else. Default: ask twice on the",
          "terminal; with no terminal, this flag or --no-password --insecure is needed."
        ]
      },
      {
        name: "no-password",
        summary: "Write a private output in clear. Not recommended; needs --insecure."
      },
      {
        name: "insecure",
        summary: "Allow --no-password."
      },
      FORCE_OUT_FLAG,
      HELP_FLAG
    ];
  })
});

// lib/cli/inputs.ts
var MAX_PASSWORD_FILE, MAX_KEY_FILE, stdinUsedFor;
var init_inputs = __esm({
  "lib/cli/inputs.ts": (function() {
    init_errors();
    MAX_PASSWORD_FILE = 64 * 1024;
    MAX_KEY_FILE = 1024 * 1024;
  })
});

// lib/cli/prompt.ts
var MAX_SECRET_BYTES, encoder, pending;
var init_prompt = __esm({
  "lib/cli/prompt.ts": (function() {
    init_errors();
    init_inputs();
    MAX_SECRET_BYTES = 64 * 1024;
    encoder = new TextEncoder();
    pending = new Uint8Array(0);
  })
});

// lib/cli/key_passwords.ts
var secrets;
var init_key_passwords = __esm({
  "lib/cli/key_passwords.ts": (function() {
    init_errors();
    init_inputs();
    init_prompt();
    secrets = [];
  })
});

// lib/cli/permissions.ts
var init_permissions = __esm({
  "lib/cli/permissions.ts": (function() {
    init_errors();
    init_load();
    init_inputs();
  })
});

// lib/key_derive.ts
var PREFIX;
var init_key_derive = __esm({
  "lib/key_derive.ts": (function() {
    PREFIX = {
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
  })
});

// lib/key_match.ts
var key_match_exports = {};
__export(key_match_exports, {
  checkKeyPair: () => checkKeyPair
});
var init_key_match = __esm({
  "lib/key_match.ts": (function() {
    init_base64url();
    init_errors2();
    init_key_derive();
    init_lazy();
  })
});

// lib/cli/format.ts
var format_exports = {};
__export(format_exports, {
  command: () => command
});
var FORMATS, command;
var init_format2 = __esm({
  "lib/cli/format.ts": (function() {
    init_format();
    init_errors();
    init_format_help();
    init_flags();
    init_inputs();
    init_key_passwords();
    init_permissions();
    init_prompt();
    init_load();
    init_key_match();
    FORMATS = [
      "pem",
      "der",
      "ssh",
      "jwk"
    ];
    command = {
      flags: FORMAT_FLAGS,
      // The manual's text loads only for --help.
      manual: async (version) => (await loadCli("format_help.ts")).formatHelp(version),
      async run(parsed) {
        await runFormat(parsed);
      }
    };
  })
});

// lib/cli/paths.ts
var paths_exports = {};
__export(paths_exports, {
  basename: () => basename,
  dirname: () => dirname,
  join: () => join,
  pathKey: () => pathKey,
  pathsFor: () => pathsFor,
  posix: () => posix,
  resolve: () => resolve,
  win32: () => win32
});
var isWinSep, DRIVE, posix, win32, native, FOLDS_CASE;
var init_paths = __esm({
  "lib/cli/paths.ts": (function() {
    isWinSep = (c) => c === "/" || c === "\\";
    DRIVE = /^[A-Za-z]:/;
    posix = pathsFor("posix");
    win32 = pathsFor("windows");
    native = Deno.build.os === "windows" ? win32 : posix;
    FOLDS_CASE = Deno.build.os === "windows" || Deno.build.os === "darwin";
  })
});

// lib/cli/files.ts
var files_exports = {};
__export(files_exports, {
  STALE_TEMP_MS: () => STALE_TEMP_MS,
  describe: () => describe,
  inspectOutput: () => inspectOutput,
  readLimited: () => readLimited,
  removeStaleTemps: () => removeStaleTemps,
  tempPath: () => tempPath,
  writeFilesAtomic: () => writeFilesAtomic
});
var STALE_TEMP_MS;
var init_files = __esm({
  "lib/cli/files.ts": (function() {
    init_paths();
    init_errors();
    init_errors();
    init_inputs();
    STALE_TEMP_MS = 6e4;
  })
});

// .tmp/bundle-entries/cli_format.ts
init_load();
init_lazy();
init_format2();

// deno.json
var deno_default = { version: "0.1.0" };

// lib/cli/commands.ts
init_load();
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

// lib/cli/main.ts
init_errors();
init_flags();
init_load();
init_errors2();
var VERSION = deno_default.version;
var print = (line) => console.error(line);

// .tmp/bundle-entries/cli_format.ts
var bundle = (file) => {
  const specifier = "./" + file;
  return loadCode(() => import(specifier));
};
var missing = (name) => Promise.reject(new Error("cli/format.ts was bundled without " + name + ": run deno task build"));
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
  "files.ts": () => Promise.resolve().then(() => (init_files(), files_exports)),
  "format.ts": () => Promise.resolve().then(() => (init_format2(), format_exports)),
  "format_help.ts": () => Promise.resolve().then(() => (init_format_help(), format_help_exports)),
  "help.ts": () => bundle("cli_help.js"),
  "key_flags.ts": () => bundle("cli_key_flags.js"),
  "keyset.ts": () => bundle("cli_keyset.js"),
  "keyset_help.ts": () => bundle("cli_keyset_help.js"),
  "lock.ts": () => missing("lock.ts"),
  "paths.ts": () => Promise.resolve().then(() => (init_paths(), paths_exports)),
  "progress.ts": () => bundle("cli_progress.js"),
  "prompt.ts": () => bundle("cli_prompt.js"),
  "public.ts": () => bundle("cli_public.js"),
  "thumbprint.ts": () => bundle("cli_thumbprint.js")
}, import.meta.url);
useLiteralImports({
  "jwe.ts": () => bundle("jwe.js"),
  "key_match.ts": () => Promise.resolve().then(() => (init_key_match(), key_match_exports)),
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
  command,
  main
};
