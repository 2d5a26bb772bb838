// Generated from lib/cli/create.ts by scripts/build_cli.ts: do not edit (deno task build).
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
var table = (function table(entries) {
  return Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), entries));
});
var ktyOfCurve = (function ktyOfCurve(crv) {
  if (CURVES.EC.includes(crv)) return "EC";
  if (CURVES.OKP.includes(crv)) return "OKP";
  return void 0;
});
var otherCurve = (function otherCurve(crv) {
  const hint = {
    "secp256k1": ": RFC 8812 defines only ES256K for it (use --crv P-256 to encrypt)",
    "Ed25519": " (use --crv X25519 to encrypt)",
    "Ed448": " (use --crv X448 to encrypt)",
    "X25519": " (use --crv Ed25519 to sign)",
    "X448": " (use --crv Ed448 to sign)"
  };
  return hint[crv] ?? "";
});
var octAlgForSize = (function octAlgForSize(use, size) {
  if (use === "sig") {
    if (size >= 512) return "HS512";
    if (size >= 384) return "HS384";
    if (size >= 256) return "HS256";
    return invalid(`size ${size} is too small for an HMAC key: HS256 needs at least 256 bits (--size 256)`);
  }
  const byWrap = {
    128: "A128GCMKW",
    192: "A192GCMKW",
    256: "A256GCMKW"
  };
  return byWrap[size] ?? (size === 384 || size === 512 ? "dir" : invalid(`size ${size} fits no oct encryption algorithm: use 128, 192 or 256 bits (or 384/512 with --alg dir)`));
});
var defaultAlgorithm = (function defaultAlgorithm(kty, use, crv, size) {
  const u = use === "enc" ? "enc" : "sig";
  if (kty === "oct" && size !== void 0) return octAlgForSize(u, size);
  const uses = use === "sig" || use === "enc" ? [
    u
  ] : [
    "sig",
    "enc"
  ];
  const row = uses.map((x) => DEFAULTS.find((r) => r.kty === kty && r.use === x && (r.crv === "" || crv === void 0 || r.crv === crv))).find((r) => r !== void 0);
  if (!row) {
    return fail(`kty '${kty}' with crv '${crv}' has no algorithm for use '${use}'`);
  }
  return row.alg;
});
var checkRsaSize = (function checkRsaSize(size, insecure) {
  if (!Number.isInteger(size) || size % 8 !== 0) {
    return invalid(`size ${size} is not valid for RSA: use a multiple of 8 bits, e.g. --size 2048`);
  }
  if (size > RSA_MAX_BITS) {
    return invalid(`size ${size} is too large for RSA: the maximum is ${RSA_MAX_BITS} bits`);
  }
  if (size < RSA_MIN_BITS) {
    if (!insecure) {
      throw new JwkError("INSECURE", `RSA keys below ${RSA_MIN_BITS} bits are insecure: use --size ${RSA_MIN_BITS} or more, or add --insecure`);
    }
    if (size < RSA_INSECURE_MIN_BITS) {
      return invalid(`size ${size} is too small for RSA even with --insecure: the minimum is ${RSA_INSECURE_MIN_BITS} bits`);
    }
  }
  return size;
});
var checkOctSize = (function checkOctSize(size, alg) {
  const spec = ALGORITHMS[alg];
  if (!Number.isInteger(size) || size % 8 !== 0) {
    return invalid(`size ${size} is not valid for oct: use a multiple of 8 bits, e.g. --size 256`);
  }
  if (size > OCT_MAX_BITS) {
    return invalid(`size ${size} is too large for oct: the maximum is ${OCT_MAX_BITS} bits`);
  }
  if (spec.sizes && !spec.sizes.includes(size)) {
    return fail(`alg '${alg}' needs a key of ${list(spec.sizes)} bits, not ${size} (--size)`);
  }
  const min = Math.max(spec.minSize ?? 0, OCT_MIN_BITS);
  if (size < min) {
    return fail(`alg '${alg}' needs a key of at least ${min} bits, not ${size} (--size)`);
  }
  return size;
});
var resolveKeyParams = (function resolveKeyParams(req) {
  const { crv, alg } = req;
  if (req.kty !== void 0 && !KEY_TYPES.includes(req.kty)) {
    const hint = KEY_TYPES.find((k) => k.toLowerCase() === req.kty.toLowerCase());
    return invalid(`kty '${req.kty}' is not supported: use one of ${list(KEY_TYPES)}` + (hint ? ` (kty is case-sensitive: did you mean '${hint}'?)` : ""));
  }
  const spec = alg === void 0 ? void 0 : ALGORITHMS[alg];
  if (alg !== void 0 && !spec) {
    const hint = Object.keys(ALGORITHMS).find((a) => a.toLowerCase() === alg.toLowerCase());
    return invalid(`alg '${alg}' is not supported` + (hint ? ` (alg is case-sensitive: did you mean '${hint}'?)` : ": see --help for the list"));
  }
  if (req.use === "") return invalid("use must not be empty: use 'sig', 'enc' or another name");
  if (req.size !== void 0 && (!Number.isSafeInteger(req.size) || req.size <= 0)) {
    return invalid(`size '${req.size}' is not a positive number of bits`);
  }
  const kty = req.kty ?? (crv !== void 0 ? ktyOfCurve(crv) : void 0) ?? (spec && spec.kty.length === 1 ? spec.kty[0] : void 0) ?? "EC";
  const use = req.use ?? spec?.use ?? (crv === void 0 ? void 0 : CURVE_USE[crv]) ?? "sig";
  const purpose = use === "sig" || use === "enc" ? use : void 0;
  let size;
  let curve;
  if (kty === "EC" || kty === "OKP") {
    if (req.size !== void 0) {
      return fail(`--size is not valid for kty '${kty}': the curve sets the size (use --crv)`);
    }
    const curves = CURVES[kty];
    if (crv !== void 0 && !curves.includes(crv)) {
      return fail(`crv '${crv}' is not compatible with kty '${kty}': use one of ${list(curves)}`);
    }
    curve = crv ?? spec?.crv?.find((c) => curves.includes(c)) ?? (kty === "OKP" && purpose === "enc" ? "X25519" : curves[0]);
    const want = CURVE_USE[curve];
    if (req.use !== void 0 && purpose && want && purpose !== want) {
      return fail(`crv '${curve}' is only for use '${want}', not '${use}'` + otherCurve(curve));
    }
  } else if (kty === "AKP") {
    const sets = list(Object.keys(ML_DSA));
    if (req.size !== void 0) {
      return fail(`--size is not valid for kty 'AKP': the ML-DSA parameter set fixes the size (use --alg ${sets})`);
    }
    if (crv !== void 0) {
      return fail(`--crv is not valid for kty 'AKP': it has no curve; choose the parameter set with --alg (${sets})`);
    }
    if (req.use !== void 0 && purpose === "enc") {
      return fail("kty 'AKP' (ML-DSA) is only for use 'sig', not 'enc': drop --use, or encrypt with --kty EC, OKP or RSA");
    }
  } else {
    if (crv !== void 0) {
      return fail(`--crv is not valid for kty '${kty}': only EC and OKP keys have a curve`);
    }
    if (kty === "RSA") size = checkRsaSize(req.size ?? RSA_MIN_BITS, req.insecure === true);
  }
  const chosen = alg ?? defaultAlgorithm(kty, use, curve, kty === "oct" ? req.size : void 0);
  const chosenSpec = ALGORITHMS[chosen];
  if (!chosenSpec.kty.includes(kty) || chosenSpec.crv && curve && !chosenSpec.crv.includes(curve)) {
    return fail(`alg '${chosen}' is not compatible with kty '${kty}'` + (curve ? ` and crv '${curve}'` : "") + ` (${chosen} needs kty ${chosenSpec.kty.join(" or ")}` + (chosenSpec.crv ? ` with crv ${list(chosenSpec.crv)}` : "") + `): change --alg or ${curve && chosenSpec.kty.includes(kty) ? "--crv" : "--kty"}`);
  }
  if (purpose && chosenSpec.use !== purpose) {
    return fail(`alg '${chosen}' is for use '${chosenSpec.use}', not '${use}': change --alg or --use`);
  }
  if (kty === "RSA" && chosenSpec.minSize && size < chosenSpec.minSize) {
    return fail(`alg '${chosen}' needs an RSA key of at least ${chosenSpec.minSize} bits (--size)`);
  }
  if (kty === "oct") size = checkOctSize(req.size ?? chosenSpec.defaultSize ?? 256, chosen);
  return {
    kty,
    crv: curve,
    alg: chosen,
    use,
    size
  };
});
var encodeBase64Url = (function encodeBase64Url(bytes) {
  const out = [];
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = bytes[i] << 16 | bytes[i + 1] << 8 | bytes[i + 2];
    out.push(ALPHABET[n >> 18] + ALPHABET[n >> 12 & 63] + ALPHABET[n >> 6 & 63] + ALPHABET[n & 63]);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out.push(ALPHABET[n >> 18] + ALPHABET[n >> 12 & 63]);
  } else if (rest === 2) {
    const n = bytes[i] << 16 | bytes[i + 1] << 8;
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
var preferImportedEc = (function preferImportedEc(crv) {
  return crv in CURVES2 && typeof globalThis.Deno === "object";
});
var generateEcByImport = (async function generateEcByImport(crv) {
  const curve = CURVES2[crv];
  if (!curve) return void 0;
  let d;
  for (; ; ) {
    d = crypto.getRandomValues(new Uint8Array(curve.bytes));
    let v = 0n;
    for (const b of d) v = v << 8n | BigInt(b);
    if (v !== 0n && v < curve.order) break;
  }
  const pkcs8 = privateKeyPkcs8(crv, d);
  d.fill(0);
  try {
    const key = await crypto.subtle.importKey("pkcs8", pkcs8, {
      name: "ECDSA",
      namedCurve: crv
    }, true, [
      "sign"
    ]);
    const jwk = await crypto.subtle.exportKey("jwk", key);
    const ok = (s) => typeof s === "string" && decodeBase64Url(s).length === curve.bytes;
    if (!ok(jwk.x) || !ok(jwk.y) || !ok(jwk.d)) return void 0;
    return {
      kty: "EC",
      crv,
      x: jwk.x,
      y: jwk.y,
      d: jwk.d
    };
  } catch {
    return void 0;
  } finally {
    pkcs8.fill(0);
  }
});
var keyMembers = (function keyMembers(jwk) {
  const src = jwk;
  const out = {};
  for (const m of MEMBERS) {
    const v = src[m];
    if (typeof v === "string") out[m] = v;
    if (m === "kty" && v === "AKP" && typeof src.alg === "string") out.alg = src.alg;
  }
  return out;
});
var exportPrivate = (async function exportPrivate(pair) {
  const key = "privateKey" in pair ? pair.privateKey : pair;
  return keyMembers(await crypto.subtle.exportKey("jwk", key));
});
var generateKeyMaterial = (async function generateKeyMaterial(params) {
  const { kty, crv, size } = params;
  try {
    switch (kty) {
      case "EC": {
        if (crv === "secp256k1") {
          return await (await loadModule("keygen/curves.ts")).generateExtra(crv);
        }
        const fast = preferImportedEc(crv ?? "P-256") && await generateEcByImport(crv ?? "P-256");
        if (fast) return fast;
        return await exportPrivate(await crypto.subtle.generateKey({
          name: "ECDSA",
          namedCurve: crv ?? "P-256"
        }, true, [
          "sign",
          "verify"
        ]));
      }
      case "OKP": {
        const name = crv ?? "Ed25519";
        if (name === "Ed448" || name === "X448") {
          return await (await loadModule("keygen/curves.ts")).generateExtra(name);
        }
        if (!(name in CURVE_BYTES)) break;
        const usages = name === "X25519" ? [
          "deriveBits"
        ] : [
          "sign",
          "verify"
        ];
        return await exportPrivate(await crypto.subtle.generateKey({
          name
        }, true, usages));
      }
      case "RSA": {
        const { generateRsaJs, preferJsRsa } = await loadModule("keygen/rsa.ts");
        if (preferJsRsa()) return await generateRsaJs(size ?? 2048);
        return await exportPrivate(await crypto.subtle.generateKey({
          name: "RSASSA-PKCS1-v1_5",
          modulusLength: size ?? 2048,
          publicExponent: F4,
          hash: "SHA-256"
        }, true, [
          "sign",
          "verify"
        ]));
      }
      case "AKP": {
        const { generateMlDsa, isMlDsa } = await loadModule("keygen/ml_dsa.ts");
        if (!isMlDsa(params.alg)) break;
        return await generateMlDsa(params.alg);
      }
      case "oct": {
        const bits = size ?? 256;
        return {
          kty: "oct",
          k: encodeBase64Url(crypto.getRandomValues(new Uint8Array(bits / 8)))
        };
      }
    }
  } catch (e) {
    const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new JwkError("UNSUPPORTED", `cannot generate a ${kty} key here: ${why}`);
  }
  throw new JwkError("UNSUPPORTED", kty === "AKP" ? `cannot generate kty 'AKP' with alg '${params.alg}': use ML-DSA-44, ML-DSA-65 or ML-DSA-87` : `cannot generate kty '${kty}' with crv '${crv}'`);
});
var orderMembers = (function orderMembers(jwk) {
  const src = jwk;
  const out = {};
  for (const m of ORDER) if (src[m] !== void 0) out[m] = src[m];
  for (const [m, v] of Object.entries(src)) if (!(m in out) && v !== void 0) out[m] = v;
  return out;
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
var opsOfAlg = (function opsOfAlg(alg) {
  if (alg.startsWith("ECDH-ES")) return [
    "deriveKey",
    "deriveBits"
  ];
  if (alg === "dir") return [
    "encrypt",
    "decrypt"
  ];
  if (ALGORITHMS[alg]?.use === "enc") return [
    "wrapKey",
    "unwrapKey",
    "encrypt",
    "decrypt"
  ];
  return [
    "sign",
    "verify"
  ];
});
var useOfKeyOps = (function useOfKeyOps(ops) {
  if (ops.length === 0) {
    throw new JwkError("INVALID_OPTION", "--key-ops needs at least one operation");
  }
  const seen = /* @__PURE__ */ new Set();
  for (const op of ops) {
    if (!(op in KEY_OP_USE)) {
      throw new JwkError("INVALID_OPTION", `key operation '${op}' is not defined: use ${KEY_OPS.join(", ")}`);
    }
    if (seen.has(op)) throw new JwkError("INVALID_OPTION", `key operation '${op}' is given twice`);
    seen.add(op);
  }
  const uses = new Set(ops.map((op) => KEY_OP_USE[op]));
  return uses.size === 1 ? [
    ...uses
  ][0] : void 0;
});
var checkKeyOps = (function checkKeyOps(ops, use, alg, checks) {
  const opsUse = useOfKeyOps(ops);
  if (checks.useGiven) {
    if (!checks.subtle) {
      throw new JwkError("SUBTLE", "--use and --key-ops should not be combined (RFC 7517 \xA74.3): drop one, or add --subtle");
    }
    if ((use === "sig" || use === "enc") && opsUse !== use) {
      throw new JwkError("INCOMPATIBLE_OPTIONS", `--key-ops ${ops.join(",")} does not agree with --use ${use}`);
    }
  }
  const possible = opsOfAlg(alg);
  const unrelated = ops.filter((op) => !possible.includes(op));
  if (unrelated.length > 0 && !checks.insecure) {
    throw new JwkError("INSECURE", `key operation${unrelated.length > 1 ? "s" : ""} ${unrelated.join(", ")} cannot be done with alg '${alg}': fix --key-ops, or add --insecure`);
  }
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
var certificateUse = (function certificateUse(certUse, use, subtle) {
  if (certUse === void 0) return use;
  if (certUse === "ambiguous") {
    if (!subtle) {
      throw new JwkError("SUBTLE", "the certificate's key usage allows both signing and encryption: add --subtle (and --use)");
    }
    return use;
  }
  if (use !== void 0 && use !== certUse && !subtle) {
    throw new JwkError("SUBTLE", `--use ${use} contradicts the certificate's key usage (${certUse}): drop --use, or add --subtle`);
  }
  return use ?? certUse;
});
var createJwk = (async function createJwk(options = {}) {
  const { key, keyOps } = options;
  if (options.kid === "") throw new JwkError("INVALID_OPTION", "--kid must not be empty");
  const subtle = options.subtle === true;
  let use = options.use;
  let request = options;
  const rsaKeyBits = key?.jwk.kty === "RSA" ? rsaBits(key.jwk.n) : void 0;
  if (key) {
    if (options.size !== void 0) {
      throw new JwkError("INCOMPATIBLE_OPTIONS", "--size cannot be used with an existing key");
    }
    const keyAlg = key.jwk.kty === "AKP" ? key.jwk.alg : void 0;
    for (const [flag, mine, theirs] of [
      [
        "kty",
        options.kty,
        key.jwk.kty
      ],
      [
        "crv",
        options.crv,
        key.jwk.crv
      ],
      [
        "alg",
        keyAlg === void 0 ? void 0 : options.alg,
        keyAlg
      ]
    ]) {
      if (mine !== void 0 && mine !== theirs) {
        throw new JwkError("INCOMPATIBLE_OPTIONS", `--${flag} ${mine} does not match the key, which has ${flag} '${theirs ?? "(none)"}'`);
      }
    }
    use = certificateUse(key.certUse, use, subtle);
    if (rsaKeyBits !== void 0) refuseShortRsa(rsaKeyBits, options.insecure === true);
    request = {
      ...options,
      kty: key.jwk.kty,
      crv: key.jwk.crv,
      alg: keyAlg ?? options.alg,
      use,
      size: rsaKeyBits === void 0 ? void 0 : Math.ceil(rsaKeyBits / 8) * 8
    };
  }
  const opsUse = keyOps ? useOfKeyOps(keyOps) : void 0;
  if (keyOps && opsUse === void 0 && !options.insecure) {
    throw new JwkError("INSECURE", "--key-ops mixes signing and encryption operations: split them, or add --insecure");
  }
  const params = resolveKeyParams({
    ...request,
    use: use ?? opsUse
  });
  if (rsaKeyBits !== void 0) {
    checkJwkAlgorithm({
      kty: "RSA",
      alg: params.alg,
      use: params.use
    }, rsaKeyBits);
  }
  if (keyOps) {
    checkKeyOps(keyOps, params.use, params.alg, {
      useGiven: use !== void 0,
      subtle,
      insecure: options.insecure
    });
  }
  const x509 = options.selfSigned ? await loadModule("x509/self_signed.ts") : void 0;
  if (x509) {
    x509.checkSelfSignable(params);
    if (key && !key.isPrivate) {
      throw new JwkError("INCOMPATIBLE_OPTIONS", "--self-signed needs the private key: this input holds only a public key");
    }
    if (key?.x5c) {
      throw new JwkError("INCOMPATIBLE_OPTIONS", "--self-signed: this key comes with its own certificate (kept as x5c); drop --self-signed");
    }
  }
  const material = key ? keyMembers(key.jwk) : await generateKeyMaterial(params);
  const jwk = {
    ...material,
    use: keyOps && use === void 0 ? void 0 : params.use,
    key_ops: keyOps ? [
      ...keyOps
    ] : void 0,
    alg: params.alg,
    x5c: key?.x5c,
    "x5t#S256": key?.x5tS256
  };
  const warnings = [];
  if (options.kid !== void 0) jwk.kid = options.kid;
  else if (params.kty !== "oct") jwk.kid = await thumbprint(material);
  if (params.kty === "oct") {
    warnings.push("an oct key has no public part: the public file holds the secret key too");
  }
  if (x509 && options.selfSigned) {
    const cert = await x509.selfSignedCertificate(jwk, options.selfSigned === true ? {} : options.selfSigned);
    jwk.x5c = [
      cert.x5c
    ];
    jwk["x5t#S256"] = cert.x5tS256;
  }
  const pub = publicJwk(jwk);
  if (key && !key.isPrivate) return {
    publicJwk: pub,
    warnings
  };
  const privateJwk = orderMembers(jwk);
  const encryptedJwk = options.password === void 0 ? void 0 : await (await loadModule("jwe.ts")).encryptJwk(privateJwk, options.password, {
    iterations: options.iterations
  });
  return {
    publicJwk: pub,
    privateJwk,
    encryptedJwk,
    warnings
  };
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
    const list2 = out.values.get(spec.name) ?? [];
    list2.push(value);
    out.values.set(spec.name, list2);
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
var readInput = (function readInput(path, limit, what) {
  return path === "-" ? readStdin(limit, what) : readLimited(path, limit, what);
});
var trimNewlines = (function trimNewlines(bytes) {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 10 || bytes[end - 1] === 13)) end--;
  return bytes.subarray(0, end);
});
var passwordFromFile = (async function passwordFromFile(path, what, opens = "output") {
  const raw = await readInput(path, MAX_PASSWORD_FILE, what);
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
var randomTag = (function randomTag() {
  return [
    ...crypto.getRandomValues(new Uint8Array(6))
  ].map((b) => b.toString(16).padStart(2, "0")).join("");
});
var tempPath = (function tempPath(path, suffix = "tmp") {
  return join(dirname(path), `.${basename(path)}.${randomTag()}.${suffix}`);
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
var readPemKey = (async function readPemKey(path, options) {
  let pem;
  try {
    pem = await loadCli("../pem/read.ts");
  } catch {
    throw new CliError("--from-pem is not available in this build");
  }
  const bytes = await readInput(path, MAX_KEY_FILE, "PEM file");
  return await pem.readKey(bytes, options);
});
var checkKeyOptions = (async function checkKeyOptions(a) {
  if (a.kid === "") throw new JwkError("INVALID_OPTION", "--kid must not be empty");
  const opsUse = a.keyOps ? useOfKeyOps(a.keyOps) : void 0;
  if (a.keyOps && opsUse === void 0 && !a.insecure) {
    throw new JwkError("INSECURE", "--key-ops mixes signing and encryption operations: split them, or add --insecure");
  }
  const params = resolveKeyParams({
    ...createOptionsOf(a),
    use: a.use ?? opsUse
  });
  if (a.selfSigned) (await selfSigned()).checkSelfSignable(params);
  if (a.keyOps) {
    checkKeyOps(a.keyOps, params.use, params.alg, {
      useGiven: a.use !== void 0,
      subtle: a.subtle,
      insecure: a.insecure
    });
  }
});
var checkCertificateOptions = (async function checkCertificateOptions(a) {
  for (const [flag, value] of [
    [
      "subject",
      a.subject
    ],
    [
      "not-after",
      a.notAfter
    ]
  ]) {
    if (value !== void 0 && !a.selfSigned) {
      throw new CliError(`--${flag} is only used with --self-signed`);
    }
  }
  if (a.subject !== void 0) (await loadCli("../x509/name.ts")).parseName(a.subject);
  if (a.notAfter !== void 0) (await loadCli("../x509/validity.ts")).notAfterFrom(a.notAfter);
});
var positionalsError = (function positionalsError(paths) {
  const usage = "jwk create <public-jwk-file> <private-jwk-file>";
  if (paths.length === 0) {
    return new CliError(`create needs two paths, <public-jwk-file> and <private-jwk-file>: ${usage}`);
  }
  if (paths.length === 1) {
    return new CliError(`create needs two paths, <public-jwk-file> and <private-jwk-file>, but got only '${paths[0]}' (e.g. jwk create jwk.pub.json ${paths[0]})`);
  }
  return new CliError(`create takes two paths, <public-jwk-file> and <private-jwk-file>: unexpected '${paths[2]}'`);
});
var create = (async function create(a, pubPath, privPath) {
  checkNoPassword(a, "--password-file", a.passwordFile !== void 0);
  if (a.pemPasswordFile !== void 0 && a.fromPem === void 0) {
    throw new CliError("--pem-password-file is only used with --from-pem");
  }
  if (pathKey(pubPath) === pathKey(privPath)) {
    throw new CliError(pubPath === privPath ? `the public and private key files must differ: both are '${pubPath}'` : `the public and private key files must differ: '${pubPath}' and '${privPath}' name the same file`);
  }
  await checkCertificateOptions(a);
  if (a.fromPem === void 0) await checkKeyOptions(a);
  const reads = [
    a.passwordFile,
    a.fromPem,
    a.pemPasswordFile
  ].filter((p) => p !== void 0);
  const outputs = [
    pubPath,
    privPath,
    ...a.jwks === void 0 ? [] : [
      a.jwks
    ]
  ];
  await ensurePermissions([
    ...new Set(reads)
  ], [
    ...new Set(outputs.map(dirname))
  ]);
  if (a.jwks !== void 0) {
    await (await jwksFile()).checkJwks(a.jwks, [
      pubPath,
      privPath
    ], a.fromPem === void 0 ? createOptionsOf(a) : void 0);
  }
  const real = async (p) => pathKey(await Deno.realPath(dirname(p)), basename(p));
  if (dirname(pubPath) !== dirname(privPath) && await real(pubPath).catch(() => 1) === await real(privPath).catch(() => 2)) {
    throw new CliError(`the public and private key files must differ: '${pubPath}' and '${privPath}' are the same file`);
  }
  const existing = [];
  for (const p of [
    pubPath,
    privPath
  ]) if (await inspectOutput(p) === "file") existing.push(p);
  if (existing.length > 0 && !a.force) {
    if (!isInteractive()) {
      throw new CliError(existing.length === 1 ? `${existing[0]} already exists: use --force to overwrite it` : `${existing.join(" and ")} already exist: use --force to overwrite them`);
    }
    for (const p of existing) {
      if (!await askYesNo(`Would you like to overwrite ${p}`)) {
        throw new CliError(`${p} was kept: nothing was written (use --force to overwrite)`);
      }
    }
  }
  let key;
  if (a.fromPem !== void 0) {
    const pemFile = a.fromPem;
    key = await readPemKey(pemFile, {
      password: () => {
        if (a.pemPasswordFile !== void 0) {
          return passwordFromFile(a.pemPasswordFile, "PEM password file", "input");
        }
        if (!isInteractive()) {
          throw new CliError(`${pemFile} is encrypted and there is no terminal to ask for its password: use --pem-password-file`);
        }
        return readSecret(`Please enter the password to decrypt ${pemFile}: `);
      }
    });
  }
  if (key && a.selfSigned) {
    if (!key.isPrivate) {
      throw new CliError(`--self-signed needs a private key: ${a.fromPem} holds only a public key`);
    }
    if (key.x5c) {
      throw new CliError(`--self-signed: ${a.fromPem} has its own certificate (it becomes x5c): drop --self-signed`);
    }
    (await selfSigned()).checkSelfSignable(key.jwk);
  }
  const needsPrivate = key === void 0 || key.isPrivate;
  let password;
  if (needsPrivate && !a.noPassword) {
    if (a.passwordFile !== void 0) {
      password = await passwordFromFile(a.passwordFile, "password file");
    } else if (isInteractive()) {
      password = await askNewPassword("the private JWK");
    } else {
      throw new CliError("a password is needed to encrypt the private key and there is no terminal to ask: use --password-file <file>, or --no-password --insecure to write it unencrypted");
    }
  }
  let created;
  try {
    const work = createJwk({
      ...createOptionsOf(a),
      password,
      key
    });
    created = Deno.stderr.isTerminal() ? await (await loadCli("progress.ts")).withProgress(key ? "Encrypting key" : "Generating key", work) : await work;
  } finally {
    password?.fill(0);
  }
  for (const w of created.warnings) print(`warning: ${w}`);
  const json = (v) => new TextEncoder().encode(JSON.stringify(v, null, 2) + "\n");
  const files = [
    {
      path: pubPath,
      data: json(created.publicJwk)
    }
  ];
  const priv = created.encryptedJwk ?? created.privateJwk;
  if (priv !== void 0) files.push({
    path: privPath,
    data: json(priv)
  });
  try {
    if (a.jwks === void 0) await writeFilesAtomic(files, {
      overwrite: existing.length > 0
    });
    else {
      await (await jwksFile()).writeWithJwks(a.jwks, created.publicJwk, files, existing.length > 0);
    }
  } finally {
    for (const f of files) f.data.fill(0);
  }
  print(`Your public key has been saved in ${pubPath}.`);
  if (priv !== void 0) print(`Your private key has been saved in ${privPath}.`);
  else print(`${a.fromPem} holds only a public key: ${privPath} was not written.`);
  if (a.jwks !== void 0) print(`Your public key has been added to ${a.jwks}.`);
});
var runCreate = (async function runCreate(parsed) {
  const a = createArgsOf(parsed);
  if (a.positionals.length !== 2) throw positionalsError(a.positionals);
  await create(a, a.positionals[0], a.positionals[1]);
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
      print2(`error: ${e.message.split("\n")[0]}`);
      if (debugEnabled()) print2(e.stack ?? "");
      return e instanceof CliError ? e.exitCode : 1;
    }
    if (e instanceof Deno.errors.NotCapable) {
      print2(`error: ${e.message.split("\n")[0]}`);
    } else {
      const name = e instanceof Error ? e.name : "Error";
      print2(`error: unexpected failure (${name}: ${describe(e)})`);
    }
    if (debugEnabled()) print2(e instanceof Error ? e.stack ?? "" : String(e));
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

// lib/key_types.ts
var KEY_TYPES, CURVES, CURVE_BYTES, CURVE_USE, ECDH_CURVES, ALGORITHMS, OTHER_ALGORITHMS, KEY_OP_USE, ML_DSA, RSA_MIN_BITS, RSA_INSECURE_MIN_BITS, RSA_MAX_BITS, OCT_MIN_BITS, OCT_MAX_BITS;
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
    RSA_MIN_BITS = 2048;
    RSA_INSECURE_MIN_BITS = 1024;
    RSA_MAX_BITS = 16384;
    OCT_MIN_BITS = 128;
    OCT_MAX_BITS = 8192;
  })
});

// lib/algorithms.ts
var DEFAULTS, fail, invalid, list;
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
    fail = (message) => {
      throw new JwkError("INCOMPATIBLE_OPTIONS", message);
    };
    invalid = (message) => {
      throw new JwkError("INVALID_OPTION", message);
    };
    list = (values) => values.join(", ");
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

// lib/keygen/ec.ts
var CURVES2;
var init_ec = __esm({
  "lib/keygen/ec.ts": (function() {
    init_base64url();
    init_key_derive();
    CURVES2 = {
      "P-256": {
        order: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
        bytes: 32
      },
      "P-384": {
        order: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
        bytes: 48
      }
    };
  })
});

// lib/keygen/generate.ts
var MEMBERS, F4;
var init_generate = __esm({
  "lib/keygen/generate.ts": (function() {
    init_key_types();
    init_base64url();
    init_errors2();
    init_ec();
    init_lazy();
    MEMBERS = [
      "kty",
      "crv",
      "x",
      "y",
      "d",
      "n",
      "e",
      "p",
      "q",
      "dp",
      "dq",
      "qi",
      "k",
      "pub",
      "priv"
    ];
    F4 = new Uint8Array([
      1,
      0,
      1
    ]);
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

// lib/shown.ts
var init_shown = __esm({
  "lib/shown.ts": (function() {
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

// lib/rsa_weak.ts
var init_rsa_weak = __esm({
  "lib/rsa_weak.ts": (function() {
    init_base64url();
    init_errors2();
    init_key_types();
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

// lib/create.ts
var init_create = __esm({
  "lib/create.ts": (function() {
    init_algorithms();
    init_errors2();
    init_generate();
    init_jwk();
    init_key_ops();
    init_thumbprint();
    init_lazy();
    init_rsa_weak();
    init_jwk_alg();
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

// lib/cli/paths.ts
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

// lib/cli/inputs.ts
var MAX_PASSWORD_FILE, MAX_KEY_FILE, stdinUsedFor;
var init_inputs = __esm({
  "lib/cli/inputs.ts": (function() {
    init_errors();
    MAX_PASSWORD_FILE = 64 * 1024;
    MAX_KEY_FILE = 1024 * 1024;
  })
});

// lib/cli/files.ts
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

// lib/cli/permissions.ts
var init_permissions = __esm({
  "lib/cli/permissions.ts": (function() {
    init_errors();
    init_load();
    init_inputs();
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

// lib/cli/create.ts
var create_exports = {};
__export(create_exports, {
  command: () => command
});
var print, selfSigned, jwksFile, command;
var init_create2 = __esm({
  "lib/cli/create.ts": (function() {
    init_algorithms();
    init_create();
    init_errors2();
    init_key_ops();
    init_create_flags();
    init_flags();
    init_errors();
    init_files();
    init_inputs();
    init_paths();
    init_permissions();
    init_prompt();
    init_load();
    print = (line) => console.error(line);
    selfSigned = () => loadCli("../x509/self_signed.ts");
    jwksFile = () => loadCli("create_jwks.ts");
    command = {
      flags: CREATE_FLAGS,
      // The manual's text loads only for --help.
      manual: async (version) => (await loadCli("create_help.ts")).createHelp(version),
      async run(parsed) {
        await runCreate(parsed);
      }
    };
  })
});

// .tmp/bundle-entries/cli_create.ts
init_load();
init_lazy();
init_create2();

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
var print2 = (line) => console.error(line);

// .tmp/bundle-entries/cli_create.ts
var bundle = (file) => {
  const specifier = "./" + file;
  return loadCode(() => import(specifier));
};
var missing = (name) => Promise.reject(new Error("cli/create.ts was bundled without " + name + ": run deno task build"));
useCliImports({
  "../pem/read.ts": () => bundle("pem_read.js"),
  "../x509/name.ts": () => bundle("x509_name.js"),
  "../x509/self_signed.ts": () => bundle("x509_self_signed.js"),
  "../x509/validity.ts": () => bundle("x509_validity.js"),
  "change_pass.ts": () => bundle("cli_change_pass.js"),
  "change_pass_help.ts": () => bundle("cli_change_pass_help.js"),
  "completion.ts": () => bundle("cli_completion.js"),
  "create.ts": () => Promise.resolve().then(() => (init_create2(), create_exports)),
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
  VERSION,
  command,
  main
};
