// Generated from lib/pem/ssh_public.ts by scripts/build_cli.ts: do not edit (deno task build).
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
var curveRhs = (function curveRhs(c, x) {
  return ((x * x * x + c.a * x + c.b) % c.p + c.p) % c.p;
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
var toBigInt = (function toBigInt(bytes) {
  let hex = "";
  for (const b of bytes) hex += b.toString(16).padStart(2, "0");
  return hex ? BigInt("0x" + hex) : 0n;
});
var fromBigInt = (function fromBigInt(n, length) {
  let hex = n.toString(16);
  if (hex.length % 2) hex = "0" + hex;
  const min = hex.length / 2;
  const len = length ?? min;
  if (min > len) throw new RangeError("number does not fit");
  const out = new Uint8Array(len);
  for (let i = 0; i < min; i++) out[len - min + i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
});
var stripZeros = (function stripZeros(bytes) {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  return bytes.subarray(i);
});
var fixed = (function fixed(bytes, size, what) {
  const v = stripZeros(bytes);
  if (v.length > size) throw new JwkError("BAD_KEY", `${what} is longer than ${size} bytes`);
  const out = new Uint8Array(size);
  out.set(v, size - v.length);
  return out;
});
var modPow = (function modPow(base, exp, mod) {
  let result = 1n;
  base %= mod;
  for (; exp > 0n; exp >>= 1n) {
    if (exp & 1n) result = result * base % mod;
    base = base * base % mod;
  }
  return result;
});
var ecPoint = (function ecPoint(crv, point, what) {
  const c = CURVES[crv];
  const notOnCurve = () => new JwkError("BAD_KEY", `${what}: the EC point is not on ${crv}`);
  if (point.length === 1 + 2 * c.size && point[0] === 4) {
    const x = point.subarray(1, 1 + c.size);
    const y = point.subarray(1 + c.size);
    const xi = toBigInt(x);
    const yi = toBigInt(y);
    if (xi >= c.p || yi >= c.p || yi * yi % c.p !== curveRhs(c, xi)) throw notOnCurve();
    return [
      x.slice(),
      y.slice()
    ];
  }
  if (point.length === 1 + c.size && (point[0] === 2 || point[0] === 3)) {
    const xi = toBigInt(point.subarray(1));
    if (xi >= c.p) throw notOnCurve();
    const rhs = curveRhs(c, xi);
    let yi = modPow(rhs, (c.p + 1n) / 4n, c.p);
    if (yi * yi % c.p !== rhs) throw notOnCurve();
    if ((yi & 1n) !== BigInt(point[0] & 1)) yi = (c.p - yi) % c.p;
    return [
      point.slice(1),
      fromBigInt(yi, c.size)
    ];
  }
  throw new JwkError("BAD_KEY", `${what}: EC point of ${point.length} bytes is not an uncompressed or compressed ${crv} point`);
});
var pkcs8Der = (function pkcs8Der(algorithm, privateKey) {
  return encodeTlv(48, new Uint8Array([
    2,
    1,
    0
  ]), algorithm, encodeTlv(4, privateKey));
});
var exportDerived = (async function exportDerived(der, algorithm, usages, what) {
  try {
    const key = await crypto.subtle.importKey("pkcs8", der.slice(), algorithm, true, usages);
    return await crypto.subtle.exportKey("jwk", key);
  } catch {
    const curve = algorithm.namedCurve ?? algorithm.name;
    throw new JwkError("BAD_KEY", `${what}: the private key is not a valid ${curve} key`);
  }
});
var ecPkcs8 = (function ecPkcs8(crv, d, xy) {
  const parts = [
    new Uint8Array([
      2,
      1,
      1
    ]),
    encodeTlv(4, d)
  ];
  if (xy) {
    const point = new Uint8Array(2 + xy[0].length + xy[1].length);
    point.set([
      0,
      4
    ]);
    point.set(xy[0], 2);
    point.set(xy[1], 2 + xy[0].length);
    parts.push(encodeTlv(161, encodeTlv(3, point)));
  }
  const alg = encodeTlv(48, encodeOid(OID.EC_PUBLIC_KEY), encodeOid(CURVES[crv].oid));
  return pkcs8Der(alg, encodeTlv(48, ...parts));
});
var canDeriveEcPublic = (function canDeriveEcPublic() {
  derivesEcPublic ??= crypto.subtle.importKey("pkcs8", ecPkcs8("P-256", new Uint8Array(32).fill(1)).slice(), {
    name: "ECDSA",
    namedCurve: "P-256"
  }, true, [
    "sign"
  ]).then((key) => crypto.subtle.exportKey("jwk", key)).then((jwk) => !!jwk.x, () => false);
  return derivesEcPublic;
});
var deriveEcPublic = (async function deriveEcPublic(crv, d, xy, what) {
  const quick = await publicFromPrivate(crv, d);
  if (quick) return quick;
  const algorithm = {
    name: "ECDSA",
    namedCurve: crv
  };
  if (await canDeriveEcPublic()) {
    return await exportDerived(ecPkcs8(crv, d), algorithm, [
      "sign"
    ], what);
  }
  if (!xy) {
    throw new JwkError("UNSUPPORTED", `${what}: this runtime's WebCrypto cannot compute an EC public key from the private key alone, and the file has none: write the key with its public part (openssl ec -in FILE)`);
  }
  const derived = await exportDerived(ecPkcs8(crv, d, xy), algorithm, [
    "sign"
  ], what);
  const hash = crv === "P-256" ? "SHA-256" : crv === "P-384" ? "SHA-384" : "SHA-512";
  const data = new TextEncoder().encode("pairwise check");
  const members = {
    kty: "EC",
    crv,
    x: derived.x,
    y: derived.y
  };
  let matches = false;
  try {
    const [privateKey, publicKey] = await Promise.all([
      crypto.subtle.importKey("jwk", {
        ...members,
        d: derived.d
      }, algorithm, false, [
        "sign"
      ]),
      crypto.subtle.importKey("jwk", members, algorithm, false, [
        "verify"
      ])
    ]);
    const signature = await crypto.subtle.sign({
      name: "ECDSA",
      hash
    }, privateKey, data);
    matches = await crypto.subtle.verify({
      name: "ECDSA",
      hash
    }, publicKey, signature, data);
  } catch {
    matches = false;
  }
  if (!matches) {
    throw new JwkError("BAD_KEY", `${what}: the public key does not match the private key`);
  }
  return derived;
});
var ecJwk = (async function ecJwk(crv, point, d, what) {
  const c = CURVES[crv];
  let xy = point ? ecPoint(crv, point, what) : void 0;
  let dd;
  if (d) {
    dd = fixed(d, c.size, `${what}: the private scalar`);
    const derived = crv === "secp256k1" ? await secp256k1Derived(dd, what) : await deriveEcPublic(crv, dd, xy, what);
    const dx = encodeBase64Url(fixedFromB64(derived.x));
    const dy = encodeBase64Url(fixedFromB64(derived.y));
    if (xy && (encodeBase64Url(xy[0]) !== dx || encodeBase64Url(xy[1]) !== dy)) {
      throw new JwkError("BAD_KEY", `${what}: the public key does not match the private key`);
    }
    if (!xy) xy = [
      decodeBase64Url(dx),
      decodeBase64Url(dy)
    ];
  }
  if (!xy) throw new JwkError("BAD_KEY", `${what}: no key in the structure`);
  const jwk = {
    kty: "EC",
    crv,
    x: encodeBase64Url(xy[0]),
    y: encodeBase64Url(xy[1])
  };
  if (dd) jwk.d = encodeBase64Url(dd);
  return jwk;
});
var secp256k1Derived = (async function secp256k1Derived(d, what) {
  try {
    return await (await curves()).publicMembers("secp256k1", d);
  } catch {
    throw new JwkError("BAD_KEY", `${what}: the private key is not a valid secp256k1 key`);
  }
});
var fixedFromB64 = (function fixedFromB64(s) {
  if (!s) throw new JwkError("BAD_KEY", "WebCrypto returned no public key");
  return decodeBase64Url(s);
});
var okpJwk = (async function okpJwk(crv, x, d, what) {
  const n = OKP_BYTES[crv];
  if (x && x.length !== n) {
    throw new JwkError("BAD_KEY", `${what}: ${crv} public key is ${x.length} bytes, not ${n}`);
  }
  if (d && d.length !== n) {
    throw new JwkError("BAD_KEY", `${what}: ${crv} private key is ${d.length} bytes, not ${n}`);
  }
  let xs = x ? encodeBase64Url(x) : void 0;
  if (d) {
    const derived = crv === "Ed448" || crv === "X448" ? await (await curves()).publicMembers(crv, d) : await exportDerived(pkcs8Der(encodeTlv(48, encodeOid(crv === "Ed25519" ? OID.ED25519 : OID.X25519)), encodeTlv(4, d)), {
      name: crv
    }, crv === "Ed25519" ? [
      "sign"
    ] : [
      "deriveBits"
    ], what);
    if (xs && derived.x !== xs) {
      throw new JwkError("BAD_KEY", `${what}: the public key does not match the private key`);
    }
    xs = derived.x;
  }
  if (!xs) throw new JwkError("BAD_KEY", `${what}: no key in the structure`);
  const jwk = {
    kty: "OKP",
    crv,
    x: xs
  };
  if (d) jwk.d = encodeBase64Url(d);
  return jwk;
});
var rsaJwk = (function rsaJwk(parts, what) {
  const n = toBigInt(parts.n);
  const e = toBigInt(parts.e);
  const bits = n.toString(2).length;
  if (n < 3n || (n & 1n) === 0n) throw new JwkError("BAD_KEY", `${what}: RSA modulus is not odd`);
  if (bits > MAX_RSA_BITS) {
    throw new JwkError("UNSUPPORTED", `${what}: RSA modulus of ${bits} bits; at most ${MAX_RSA_BITS} are supported`);
  }
  if (e < 3n || (e & 1n) === 0n || e >= n) {
    throw new JwkError("BAD_KEY", `${what}: RSA public exponent is not a valid odd number`);
  }
  refuseRocaKey(fromBigInt(n));
  const jwk = {
    kty: "RSA",
    n: encodeBase64Url(fromBigInt(n)),
    e: encodeBase64Url(fromBigInt(e))
  };
  if (!parts.d) return jwk;
  if (!parts.p || !parts.q) {
    throw new JwkError("UNSUPPORTED", `${what}: RSA private keys without primes are not supported`);
  }
  const d = toBigInt(parts.d);
  const p = toBigInt(parts.p);
  const q = toBigInt(parts.q);
  const inconsistent = () => new JwkError("BAD_KEY", `${what}: the RSA private key is inconsistent (corrupted)`);
  if (p < 3n || q < 3n || p * q !== n || d < 1n || d >= n) throw inconsistent();
  const dp = parts.dp ? toBigInt(parts.dp) : d % (p - 1n);
  const dq = parts.dq ? toBigInt(parts.dq) : d % (q - 1n);
  const qi = parts.qi ? toBigInt(parts.qi) : modPow(q, p - 2n, p);
  if (dp !== d % (p - 1n) || dq !== d % (q - 1n) || qi * q % p !== 1n || qi >= p || e * dp % (p - 1n) !== 1n || e * dq % (q - 1n) !== 1n) throw inconsistent();
  return {
    ...jwk,
    d: encodeBase64Url(fromBigInt(d)),
    p: encodeBase64Url(fromBigInt(p)),
    q: encodeBase64Url(fromBigInt(q)),
    dp: encodeBase64Url(fromBigInt(dp)),
    dq: encodeBase64Url(fromBigInt(dq)),
    qi: encodeBase64Url(fromBigInt(qi))
  };
});
var malformed = (function malformed(why, what = WHAT) {
  return new JwkError("BAD_PEM", `${what}: malformed (${why})`);
});
var unsupportedType = (function unsupportedType(type, what = WHAT) {
  if (type.includes("-cert-v0")) {
    return new JwkError("UNSUPPORTED", `${what}: OpenSSH certificates (${type}) are not supported; give the key's own .pub line`);
  }
  const name = type === "ssh-dss" ? "DSA" : type;
  return new JwkError("UNSUPPORTED", `${what}: ${name} keys are not supported; supported: ${SUPPORTED_KEYS} (ssh-ed25519, ecdsa-sha2-nistp256/384/521, ssh-rsa)`);
});
var readSshPublicBlob = (async function readSshPublicBlob(blob, what, expectType) {
  const r = new SshReader(blob, what);
  const type = r.text();
  if (expectType !== void 0 && type !== expectType) {
    throw malformed(`the line says '${expectType}' but the key inside is of another type`, what);
  }
  let jwk;
  if (type === "ssh-ed25519") jwk = await okpJwk("Ed25519", r.string(), void 0, what);
  else if (type === "ssh-rsa") {
    const e = r.mpint();
    jwk = rsaJwk({
      n: r.mpint(),
      e
    }, what);
  } else if (type.startsWith("ecdsa-sha2-") && !type.includes("-cert-v0")) {
    const curveName = r.text();
    const crv = CURVES2[curveName];
    if (!crv || type !== `ecdsa-sha2-${curveName}`) throw unsupportedType(type, what);
    jwk = await ecJwk(crv, r.string(), void 0, what);
  } else throw unsupportedType(type, what);
  if (r.left) throw malformed("trailing bytes in the public key", what);
  return jwk;
});
var meaningfulLines = (function meaningfulLines(text) {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
});
var looksLikeSshPublic = (function looksLikeSshPublic(bytes) {
  const first = meaningfulLines(new TextDecoder().decode(bytes))[0] ?? "";
  return first === BEGIN || LINE_START.test(first) || AFTER_OPTIONS.test(first);
});
var malformed2 = (function malformed2(what, why) {
  return new JwkError("BAD_PEM", `${what}: malformed (${why})`);
});
var rfc4716Body = (function rfc4716Body(lines) {
  const end = lines.indexOf(END);
  if (end < 0) throw malformed2(RFC4716, `no "${END}" line`);
  if (end !== lines.length - 1) throw malformed2(RFC4716, "text after the END line");
  let body = "";
  let continued = false;
  for (const line of lines.slice(1, end)) {
    if (continued || body === "" && line.includes(":")) {
      continued = line.endsWith("\\");
      continue;
    }
    body += line;
  }
  if (body === "") throw malformed2(RFC4716, "no key between the BEGIN and END lines");
  return body;
});
var readSshPublicText = (async function readSshPublicText(bytes) {
  const lines = meaningfulLines(new TextDecoder().decode(bytes));
  if (lines[0] === BEGIN) {
    const jwk2 = await readSshPublicBlob(decodeBase64(rfc4716Body(lines), RFC4716), RFC4716);
    return {
      jwk: jwk2,
      format: RFC4716
    };
  }
  if (lines.length > 1) {
    throw new JwkError("BAD_PEM", `found ${lines.length} lines of OpenSSH public keys; expected one key (take one line out)`);
  }
  const [type, base64, ...comment] = (lines[0] ?? "").split(/[ \t]+/);
  if (!LINE_START.test(`${type} `)) {
    throw new JwkError("UNSUPPORTED", `${LINE}: authorized_keys options before the key are not supported; give the key alone (from its key type on)`);
  }
  if (base64 === void 0) throw malformed2(LINE, `no base64 key after '${type}'`);
  const jwk = await readSshPublicBlob(decodeBase64(base64, LINE), LINE, type);
  return {
    jwk,
    format: LINE,
    ...comment.length ? {
      comment: comment.join(" ")
    } : {}
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

// lib/pem/armor.ts
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var B64_INDEX = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_INDEX[B64.charCodeAt(i)] = i;

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

// lib/pem/oids.ts
var OID = {
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
var NAMES = {
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
var SUPPORTED_KEYS = "RSA, EC P-256/P-384/P-521/secp256k1, Ed25519, X25519, Ed448, X448, ML-DSA-44/65/87";

// lib/pem/rc2.ts
var PITABLE = new Uint8Array([
  217,
  120,
  249,
  196,
  25,
  221,
  181,
  237,
  40,
  233,
  253,
  121,
  74,
  160,
  216,
  157,
  198,
  126,
  55,
  131,
  43,
  118,
  83,
  142,
  98,
  76,
  100,
  136,
  68,
  139,
  251,
  162,
  23,
  154,
  89,
  245,
  135,
  179,
  79,
  19,
  97,
  69,
  109,
  141,
  9,
  129,
  125,
  50,
  189,
  143,
  64,
  235,
  134,
  183,
  123,
  11,
  240,
  149,
  33,
  34,
  92,
  107,
  78,
  130,
  84,
  214,
  101,
  147,
  206,
  96,
  178,
  28,
  115,
  86,
  192,
  20,
  167,
  140,
  241,
  220,
  18,
  117,
  202,
  31,
  59,
  190,
  228,
  209,
  66,
  61,
  212,
  48,
  163,
  60,
  182,
  38,
  111,
  191,
  14,
  218,
  70,
  105,
  7,
  87,
  39,
  242,
  29,
  155,
  188,
  148,
  67,
  3,
  248,
  17,
  199,
  246,
  144,
  239,
  62,
  231,
  6,
  195,
  213,
  47,
  200,
  102,
  30,
  215,
  8,
  232,
  234,
  222,
  128,
  82,
  238,
  247,
  132,
  170,
  114,
  172,
  53,
  77,
  106,
  42,
  150,
  26,
  210,
  113,
  90,
  21,
  73,
  116,
  75,
  159,
  208,
  94,
  4,
  24,
  164,
  236,
  194,
  224,
  65,
  110,
  15,
  81,
  203,
  204,
  36,
  145,
  175,
  80,
  161,
  244,
  112,
  57,
  153,
  124,
  58,
  133,
  35,
  184,
  180,
  122,
  252,
  2,
  54,
  91,
  37,
  85,
  151,
  49,
  45,
  93,
  250,
  152,
  227,
  138,
  146,
  174,
  5,
  223,
  41,
  16,
  103,
  108,
  186,
  201,
  211,
  0,
  230,
  207,
  225,
  158,
  168,
  44,
  99,
  22,
  1,
  63,
  88,
  226,
  137,
  169,
  13,
  56,
  52,
  27,
  171,
  51,
  255,
  176,
  187,
  72,
  12,
  95,
  185,
  177,
  205,
  46,
  197,
  243,
  219,
  71,
  229,
  165,
  156,
  119,
  10,
  166,
  32,
  104,
  254,
  127,
  193,
  173
]);

// lib/pem/decrypt.ts
var MAX_SCRYPT_MEMORY = 256 * 1024 * 1024;
var MAX_SCRYPT_WORK = 2 ** 22;
var CIPHERS = {
  [OID.AES128_CBC]: {
    name: "AES-128-CBC",
    keyLength: 16,
    ivLength: 16
  },
  [OID.AES192_CBC]: {
    name: "AES-192-CBC",
    keyLength: 24,
    ivLength: 16
  },
  [OID.AES256_CBC]: {
    name: "AES-256-CBC",
    keyLength: 32,
    ivLength: 16
  },
  [OID.DES_EDE3_CBC]: {
    name: "DES-EDE3-CBC",
    keyLength: 24,
    ivLength: 8
  }
};
var CIPHERS_BY_NAME = Object.fromEntries(Object.values(CIPHERS).map((c) => [
  c.name,
  c
]));
var PRF_HASH = {
  [OID.HMAC_SHA1]: "SHA-1",
  [OID.HMAC_SHA256]: "SHA-256",
  [OID.HMAC_SHA384]: "SHA-384",
  [OID.HMAC_SHA512]: "SHA-512"
};
var PKCS12_PBE = {
  [OID.PKCS12_PBE_SHA1_3DES]: {
    cipher: "3DES",
    keyLength: 24
  },
  [OID.PKCS12_PBE_SHA1_2DES]: {
    cipher: "3DES",
    keyLength: 16
  },
  [OID.PKCS12_PBE_SHA1_RC2_128]: {
    cipher: "RC2",
    keyLength: 16,
    bits: 128
  },
  [OID.PKCS12_PBE_SHA1_RC2_40]: {
    cipher: "RC2",
    keyLength: 5,
    bits: 40
  }
};

// lib/base64url.ts
var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
var VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

// lib/ec_curve.ts
var EC_CURVES = {
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
var RSA_MAX_BITS = 16384;

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

// lib/pem/members.ts
var curves = () => loadModule("keygen/curves.ts");
var OKP_BYTES = {
  Ed25519: 32,
  X25519: 32,
  Ed448: 57,
  X448: 56
};
var CURVES = {
  "P-256": {
    ...EC_CURVES["P-256"],
    oid: OID.P256
  },
  "P-384": {
    ...EC_CURVES["P-384"],
    oid: OID.P384
  },
  "P-521": {
    ...EC_CURVES["P-521"],
    oid: OID.P521
  },
  "secp256k1": {
    ...EC_CURVES["secp256k1"],
    oid: OID.SECP256K1
  }
};
var MAX_RSA_BITS = RSA_MAX_BITS;
var derivesEcPublic;

// lib/pem/openssh.ts
var WHAT = "OpenSSH private key";
var CURVES2 = {
  nistp256: "P-256",
  nistp384: "P-384",
  nistp521: "P-521"
};
var SshReader = class {
  #buf;
  #pos = 0;
  /** What is read, for messages ("OpenSSH private key"). */
  what;
  constructor(buf, what = WHAT) {
    this.#buf = buf;
    this.what = what;
  }
  get left() {
    return this.#buf.length - this.#pos;
  }
  bytes(n) {
    if (n > this.left) throw malformed("truncated", this.what);
    const out = this.#buf.subarray(this.#pos, this.#pos + n);
    this.#pos += n;
    return out;
  }
  u32() {
    const b = this.bytes(4);
    return (b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]) >>> 0;
  }
  string() {
    return this.bytes(this.u32());
  }
  text() {
    const s = this.string();
    if (s.length > 64 || s.some((c) => c < 32 || c > 126)) {
      throw malformed("bad name", this.what);
    }
    return String.fromCharCode(...s);
  }
  /** A non-negative mpint as a magnitude without sign byte. */
  mpint() {
    const v = this.string();
    if (v.length > 0 && v[0] & 128) {
      throw new JwkError("BAD_KEY", `${this.what}: negative integer`);
    }
    let i = 0;
    while (i < v.length - 1 && v[i] === 0) i++;
    return v.length ? v.subarray(i) : new Uint8Array(1);
  }
  rest() {
    return this.bytes(this.left);
  }
};

// lib/pem/ssh_public.ts
var LINE = "OpenSSH public key";
var RFC4716 = "SSH2 public key (RFC 4716)";
var BEGIN = "---- BEGIN SSH2 PUBLIC KEY ----";
var END = "---- END SSH2 PUBLIC KEY ----";
var LINE_START = /^(?:ssh-|ecdsa-sha2-|sk-ssh-|sk-ecdsa-)[A-Za-z0-9@.-]*[ \t]/;
var AFTER_OPTIONS = /[ \t"](?:ssh-|ecdsa-sha2-|sk-ssh-|sk-ecdsa-)[A-Za-z0-9@.-]*[ \t]+AAAA/;

// .tmp/bundle-entries/pem_ssh_public.ts
var bundle = (file) => {
  const specifier = "./" + file;
  return loadCode(() => import(specifier));
};
var missing = (name) => Promise.reject(new Error("pem/ssh_public.ts was bundled without " + name + ": run deno task build"));
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
  looksLikeSshPublic,
  readSshPublicText
};
