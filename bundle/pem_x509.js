// Generated from lib/pem/x509.ts by scripts/build_cli.ts: do not edit (deno task build).
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
var bad = (function bad(what, why) {
  return new JwkError("BAD_PEM", `${what}: malformed DER (${why})`);
});
var tagName = (function tagName(tag) {
  const names = {
    1: "BOOLEAN",
    2: "INTEGER",
    3: "BIT STRING",
    4: "OCTET STRING",
    5: "NULL",
    6: "OBJECT IDENTIFIER",
    48: "SEQUENCE",
    49: "SET"
  };
  if (names[tag]) return names[tag];
  if ((tag & 192) === 128) return `[${tag & 31}]`;
  return `tag 0x${tag.toString(16).padStart(2, "0")}`;
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
var children = (function children(node, what, expectTag) {
  if (expectTag !== void 0) expectNode(node, expectTag, what);
  if ((node.tag & 32) === 0) throw bad(what, `${tagName(node.tag)} is not constructed`);
  if (node.depth + 1 > MAX_DEPTH) throw bad(what, "nested too deeply");
  const out = [];
  let pos = 0;
  while (pos < node.value.length) {
    const child = readTlv(node.value, pos, node.depth + 1, what);
    out.push(child);
    pos += child.raw.length;
  }
  return out;
});
var expectNode = (function expectNode(node, tag, what) {
  if (!node) throw bad(what, `missing ${tagName(tag)}`);
  if (node.tag !== tag) {
    throw bad(what, `expected ${tagName(tag)}, found ${tagName(node.tag)}`);
  }
  return node;
});
var readUnsigned = (function readUnsigned(node, what) {
  const v = expectNode(node, TAG.INTEGER, what).value;
  if (v.length === 0) throw bad(what, "empty INTEGER");
  if (v.length > 1 && v[0] === 0 && v[1] < 128) throw bad(what, "non-minimal INTEGER");
  if (v.length > 1 && v[0] === 255 && v[1] >= 128) throw bad(what, "non-minimal INTEGER");
  if (v[0] >= 128) throw bad(what, "negative INTEGER");
  return v.length > 1 && v[0] === 0 ? v.subarray(1) : v;
});
var readSmallInt = (function readSmallInt(node, what) {
  const v = readUnsigned(node, what);
  if (v.length > 6) throw new JwkError("BAD_PEM", `${what}: number too large`);
  let n = 0;
  for (const b of v) n = n * 256 + b;
  return n;
});
var readOid = (function readOid(node, what) {
  const v = expectNode(node, TAG.OID, what).value;
  if (v.length === 0 || v.length > 64) throw bad(what, "bad OBJECT IDENTIFIER length");
  const arcs = [];
  let n = 0;
  let started = false;
  for (let i = 0; i < v.length; i++) {
    if (!started && v[i] === 128) throw bad(what, "non-minimal OBJECT IDENTIFIER");
    started = true;
    n = n * 128 + (v[i] & 127);
    if (n > Number.MAX_SAFE_INTEGER / 256) throw bad(what, "OBJECT IDENTIFIER arc too large");
    if ((v[i] & 128) === 0) {
      arcs.push(n);
      n = 0;
      started = false;
    }
  }
  if (started) throw bad(what, "truncated OBJECT IDENTIFIER");
  const first = arcs[0] < 40 ? 0 : arcs[0] < 80 ? 1 : 2;
  return [
    first,
    arcs[0] - first * 40,
    ...arcs.slice(1)
  ].join(".");
});
var readBitString = (function readBitString(node, what) {
  const v = expectNode(node, TAG.BIT_STRING, what).value;
  if (v.length === 0) throw bad(what, "empty BIT STRING");
  if (v[0] !== 0) throw bad(what, "BIT STRING with unused bits");
  return v.subarray(1);
});
var readNamedBits = (function readNamedBits(node, what) {
  const v = expectNode(node, TAG.BIT_STRING, what).value;
  if (v.length === 0 || v[0] > 7 || v.length === 1 && v[0] !== 0) {
    throw bad(what, "bad BIT STRING");
  }
  const bits = [];
  const total = (v.length - 1) * 8 - v[0];
  for (let i = 0; i < total; i++) bits.push((v[1 + (i >> 3)] & 128 >> (i & 7)) !== 0);
  return bits;
});
var readOctets = (function readOctets(node, what) {
  return expectNode(node, TAG.OCTET_STRING, what).value;
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
var oidName = (function oidName(oid) {
  return NAMES[oid] ?? `OID ${oid}`;
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
var unsupportedAlgorithm = (function unsupportedAlgorithm(oid, what) {
  return new JwkError("UNSUPPORTED", `${what}: ${oidName(oid)} keys are not supported; supported: ${SUPPORTED_KEYS}`);
});
var namedCurve = (function namedCurve(params, what) {
  if (!params) throw new JwkError("BAD_KEY", `${what}: EC key without curve parameters`);
  if (params.tag === TAG.SEQUENCE) {
    throw new JwkError("UNSUPPORTED", `${what}: explicit EC curve parameters are not supported; use a named curve (P-256, P-384, P-521, secp256k1), e.g. openssl ec -param_enc named_curve`);
  }
  if (params.tag !== TAG.OID) {
    throw new JwkError("UNSUPPORTED", `${what}: EC parameters are not a named curve`);
  }
  const oid = readOid(params, what);
  const crv = CURVE_BY_OID[oid];
  if (!crv) {
    throw new JwkError("UNSUPPORTED", `${what}: EC curve ${oidName(oid)} is not supported; supported: P-256, P-384, P-521, secp256k1`);
  }
  return crv;
});
var algorithmIdentifier = (function algorithmIdentifier(node, what) {
  const parts = children(expectNode(node, TAG.SEQUENCE, what), what);
  if (parts.length < 1 || parts.length > 2) {
    throw new JwkError("BAD_PEM", `${what}: malformed AlgorithmIdentifier`);
  }
  return [
    readOid(parts[0], what),
    parts[1]
  ];
});
var noParams = (function noParams(params, name, what) {
  if (params && !(params.tag === TAG.NULL && params.value.length === 0 && name === "RSA")) {
    throw new JwkError("BAD_PEM", `${what}: unexpected ${name} algorithm parameters`);
  }
});
var readPkcs1Public = (function readPkcs1Public(der, what = "PKCS#1 RSA public key") {
  const parts = children(decodeDer(der, what), what, TAG.SEQUENCE);
  if (parts.length !== 2) throw new JwkError("BAD_PEM", `${what}: expected 2 INTEGERs`);
  return rsaJwk({
    n: readUnsigned(parts[0], what),
    e: readUnsigned(parts[1], what)
  }, what);
});
var readSpkiNode = (async function readSpkiNode(node, what) {
  const parts = children(node, what, TAG.SEQUENCE);
  if (parts.length !== 2) throw new JwkError("BAD_PEM", `${what}: expected 2 elements`);
  const [oid, params] = algorithmIdentifier(parts[0], what);
  const key = readBitString(parts[1], what);
  switch (oid) {
    case OID.RSA:
      noParams(params, "RSA", what);
      return readPkcs1Public(key, what);
    case OID.EC_PUBLIC_KEY:
      return await ecJwk(namedCurve(params, what), key, void 0, what);
    default: {
      const okp = OKP_BY_OID[oid];
      if (okp) {
        noParams(params, oidName(oid), what);
        return await okpJwk(okp, key, void 0, what);
      }
      if (ML_DSA_OIDS.has(oid)) {
        const { mlDsaOfOid, mlDsaPublicJwk } = await mlDsaModule();
        const mlDsa = mlDsaOfOid(oid);
        noParams(params, mlDsa, what);
        return mlDsaPublicJwk(mlDsa, key, what);
      }
      throw unsupportedAlgorithm(oid, what);
    }
  }
});
var useFromKeyUsage = (function useFromKeyUsage(bits) {
  const sig = SIG_BITS.some((b) => bits[b]);
  const enc = ENC_BITS.some((b) => bits[b]);
  return sig && enc ? "ambiguous" : sig ? "sig" : enc ? "enc" : void 0;
});
var keyUsage = (function keyUsage(extensions, what) {
  const list = children(extensions, what, TAG.CONTEXT_3);
  if (list.length !== 1) throw new JwkError("BAD_PEM", `${what}: malformed extensions`);
  let found = null;
  for (const ext of children(list[0], what, TAG.SEQUENCE)) {
    const parts = children(ext, what, TAG.SEQUENCE);
    if (parts.length < 2 || parts.length > 3) {
      throw new JwkError("BAD_PEM", `${what}: malformed extension`);
    }
    if (readOid(parts[0], what) !== OID.KEY_USAGE) continue;
    if (found !== null) throw new JwkError("BAD_PEM", `${what}: keyUsage appears twice`);
    if (parts.length === 3) expectNode(parts[1], TAG.BOOLEAN, what);
    const value = readOctets(parts[parts.length - 1], what);
    found = useFromKeyUsage(readNamedBits(decodeDer(value, what, ext.depth + 2), what));
  }
  return found ?? void 0;
});
var checkCertificate = (function checkCertificate(der, what = "X.509 certificate") {
  const fail = () => {
    throw new JwkError("BAD_PEM", `${what}: not an X.509 certificate`);
  };
  const kids = (n, tag) => {
    if (n?.tag !== tag) fail();
    return children(n, what);
  };
  const algorithm = (n) => {
    const parts = kids(n, TAG.SEQUENCE);
    if (parts.length < 1 || parts.length > 2) fail();
    readOid(parts[0], what);
  };
  const name = (n) => {
    for (const rdn of kids(n, TAG.SEQUENCE)) {
      const attrs = kids(rdn, TAG.SET);
      if (attrs.length === 0) fail();
      for (const attr of attrs) {
        const [type, value, extra] = kids(attr, TAG.SEQUENCE);
        readOid(type, what);
        if (!value || extra) fail();
      }
    }
  };
  const TIMES = {
    23: /^\d{12}Z$/,
    24: /^\d{14}Z$/
  };
  const time = (n) => {
    if (!TIMES[n.tag]?.test(String.fromCharCode(...n.value))) fail();
  };
  try {
    const parts = kids(decodeDer(der, what), TAG.SEQUENCE);
    if (parts.length !== 3 || parts[2].tag !== TAG.BIT_STRING) fail();
    algorithm(parts[1]);
    const tbs = kids(parts[0], TAG.SEQUENCE);
    let i = 0;
    if (tbs[0]?.tag === TAG.CONTEXT_0) {
      const [version, extra] = children(tbs[i++], what);
      if (extra || readSmallInt(version, what) > 2) fail();
    }
    if (tbs[i++]?.tag !== TAG.INTEGER) fail();
    const inner = tbs[i];
    algorithm(tbs[i++]);
    if (inner.raw.length !== parts[1].raw.length || inner.raw.some((b, k) => b !== parts[1].raw[k])) fail();
    name(tbs[i++]);
    const times = kids(tbs[i++], TAG.SEQUENCE);
    if (times.length !== 2) fail();
    times.forEach(time);
    name(tbs[i++]);
    const spki = kids(tbs[i++], TAG.SEQUENCE);
    if (spki.length !== 2 || spki[1].tag !== TAG.BIT_STRING) fail();
    algorithm(spki[0]);
    let last = 0;
    for (const opt of tbs.slice(i)) {
      const n = opt.tag & 31;
      if ((opt.tag & 192) !== 128 || n <= last || n > 3) fail();
      last = n;
      if (n !== 3) continue;
      for (const ext of kids(decodeDer(opt.value, what, opt.depth + 1), TAG.SEQUENCE)) {
        const [id, ...rest] = kids(ext, TAG.SEQUENCE);
        readOid(id, what);
        const critical = rest[0]?.tag === TAG.BOOLEAN ? rest.shift() : void 0;
        if (critical && critical.value.length !== 1) fail();
        if (rest.length !== 1 || rest[0].tag !== TAG.OCTET_STRING) fail();
      }
    }
  } catch (e) {
    if (e instanceof JwkError && e.message.startsWith(what)) throw e;
    fail();
  }
});
var readCertificate = (async function readCertificate(der, what = "X.509 certificate") {
  checkCertificate(der, what);
  const tbs = children(children(decodeDer(der, what), what)[0], what);
  const i = tbs[0].tag === TAG.CONTEXT_0 ? 1 : 0;
  const jwk = await readSpkiNode(tbs[i + 5], what);
  let certUse;
  for (const extra of tbs.slice(i + 6)) {
    if (extra.tag === TAG.CONTEXT_3) certUse = keyUsage(extra, what);
  }
  return {
    jwk,
    certUse
  };
});
var readCsr = (async function readCsr(der, what = "PKCS#10 certificate request") {
  const csr = children(decodeDer(der, what), what, TAG.SEQUENCE);
  if (csr.length !== 3) throw new JwkError("BAD_PEM", `${what}: expected 3 elements`);
  expectNode(csr[1], TAG.SEQUENCE, what);
  expectNode(csr[2], TAG.BIT_STRING, what);
  const info = children(csr[0], what, TAG.SEQUENCE);
  if (info.length !== 4 || readSmallInt(info[0], what) !== 0) {
    throw new JwkError("BAD_PEM", `${what}: expected version 0 and 4 elements`);
  }
  expectNode(info[1], TAG.SEQUENCE, what);
  expectNode(info[3], TAG.CONTEXT_0, what);
  return await readSpkiNode(info[2], what);
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

// lib/pem/pkcs.ts
var ML_DSA_OIDS = /* @__PURE__ */ new Set([
  OID.ML_DSA_44,
  OID.ML_DSA_65,
  OID.ML_DSA_87
]);
var mlDsaModule = () => loadModule("pem/ml_dsa.ts");
var CURVE_BY_OID = {
  [OID.P256]: "P-256",
  [OID.P384]: "P-384",
  [OID.P521]: "P-521",
  [OID.SECP256K1]: "secp256k1"
};
var OKP_BY_OID = {
  [OID.ED25519]: "Ed25519",
  [OID.X25519]: "X25519",
  [OID.ED448]: "Ed448",
  [OID.X448]: "X448"
};

// lib/pem/x509.ts
var SIG_BITS = [
  0,
  1,
  5,
  6
];
var ENC_BITS = [
  2,
  3,
  4,
  7,
  8
];

// .tmp/bundle-entries/pem_x509.ts
var bundle = (file) => {
  const specifier = "./" + file;
  return loadCode(() => import(specifier));
};
var missing = (name) => Promise.reject(new Error("pem/x509.ts was bundled without " + name + ": run deno task build"));
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
  checkCertificate,
  readCertificate,
  readCsr,
  useFromKeyUsage
};
