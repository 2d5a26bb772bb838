// Generated from lib/x509/self_signed.ts by scripts/build_cli.ts: do not edit (deno task build).
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

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
var readBitString = (function readBitString(node, what) {
  const v = expectNode(node, TAG.BIT_STRING, what).value;
  if (v.length === 0) throw bad(what, "empty BIT STRING");
  if (v[0] !== 0) throw bad(what, "BIT STRING with unused bits");
  return v.subarray(1);
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
var encodeBase64 = (function encodeBase64(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = bytes[i] << 16 | (bytes[i + 1] ?? 0) << 8 | (bytes[i + 2] ?? 0);
    out += B64[n >> 18] + B64[n >> 12 & 63];
    out += i + 1 < bytes.length ? B64[n >> 6 & 63] : "=";
    out += i + 2 < bytes.length ? B64[n & 63] : "=";
  }
  return out;
});
var encodeBase64Url = (function encodeBase64Url(bytes) {
  return encodeBase64(bytes).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
});
var encodeBase64Url2 = (function encodeBase64Url2(bytes) {
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
  return encodeBase64Url2(new Uint8Array(await crypto.subtle.digest(hash, text)));
});
var sequence = (function sequence(...parts) {
  return encodeTlv(TAG.SEQUENCE, ...parts);
});
var unsignedInteger = (function unsignedInteger(magnitude) {
  let i = 0;
  while (i < magnitude.length - 1 && magnitude[i] === 0) i++;
  const v = magnitude.length === 0 ? new Uint8Array(1) : magnitude.subarray(i);
  return v[0] & 128 ? encodeTlv(TAG.INTEGER, new Uint8Array([
    0
  ]), v) : encodeTlv(TAG.INTEGER, v);
});
var smallInteger = (function smallInteger(n) {
  const bytes = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 255);
  return unsignedInteger(new Uint8Array(bytes));
});
var bitString = (function bitString(bytes) {
  return encodeTlv(TAG.BIT_STRING, new Uint8Array([
    0
  ]), bytes);
});
var namedBits = (function namedBits(bits) {
  if (bits.length === 0) return encodeTlv(TAG.BIT_STRING, new Uint8Array([
    0
  ]));
  const last = Math.max(...bits);
  const bytes = new Uint8Array((last >> 3) + 1);
  for (const b of bits) bytes[b >> 3] |= 128 >> (b & 7);
  return encodeTlv(TAG.BIT_STRING, new Uint8Array([
    7 - (last & 7)
  ]), bytes);
});
var octetString = (function octetString(bytes) {
  return encodeTlv(TAG.OCTET_STRING, bytes);
});
var algorithmId = (function algorithmId(oid, params) {
  return params ? sequence(encodeOid(oid), params) : sequence(encodeOid(oid));
});
var ecdsaSignature = (function ecdsaSignature(raw) {
  const half = raw.length / 2;
  return sequence(unsignedInteger(raw.subarray(0, half)), unsignedInteger(raw.subarray(half)));
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
var secp256k1PublicKey = (async function secp256k1PublicKey(d) {
  const { secp256k1: secp256k12 } = await secp256k1Module();
  if (!secp256k12.utils.isValidSecretKey(d)) {
    throw new RangeError("the secp256k1 private scalar is out of range");
  }
  return secp256k12.getPublicKey(d, false);
});
var ed448PublicKey = (async function ed448PublicKey(d) {
  return (await ed448Module()).ed448.getPublicKey(d);
});
var mlDsaKeygen = (async function mlDsaKeygen(alg, seed) {
  const m = await mlDsaModule();
  const set = {
    "ML-DSA-44": m.ml_dsa44,
    "ML-DSA-65": m.ml_dsa65,
    "ML-DSA-87": m.ml_dsa87
  }[alg];
  const { publicKey, secretKey } = set.keygen(seed);
  return {
    publicKey,
    expandedKey: secretKey
  };
});
var secp256k1Sign = (async function secp256k1Sign(d, data) {
  const { secp256k1: secp256k12 } = await secp256k1Module();
  return secp256k12.sign(data, d, {
    prehash: true,
    format: "compact"
  });
});
var ed448Sign = (async function ed448Sign(d, data) {
  return (await ed448Module()).ed448.sign(data, d);
});
var mlDsaSign = (async function mlDsaSign(alg, expandedKey, data) {
  const m = await mlDsaModule();
  const set = {
    "ML-DSA-44": m.ml_dsa44,
    "ML-DSA-65": m.ml_dsa65,
    "ML-DSA-87": m.ml_dsa87
  }[alg];
  return set.sign(data, expandedKey);
});
var memberBytes = (function memberBytes(value) {
  try {
    return base64url_exports.decode(value ?? "");
  } catch {
    throw new JwkError("BAD_KEY", "a key member is not base64url");
  }
});
var subjectPublicKeyInfo = (function subjectPublicKeyInfo(jwk, okpAlgorithm) {
  if (jwk.kty === "EC" && EC_CURVES[jwk.crv ?? ""]) {
    const point = new Uint8Array([
      4,
      ...memberBytes(jwk.x),
      ...memberBytes(jwk.y)
    ]);
    return sequence(sequence(encodeOid(OID.EC_PUBLIC_KEY), encodeOid(EC_CURVES[jwk.crv])), bitString(point));
  }
  if (jwk.kty === "RSA") {
    const key = sequence(unsignedInteger(memberBytes(jwk.n)), unsignedInteger(memberBytes(jwk.e)));
    return sequence(algorithmId(OID.RSA, NULL), bitString(key));
  }
  const akp = jwk;
  if (akp.kty === "AKP" && ML_DSA_OIDS[akp.alg ?? ""]) {
    return sequence(algorithmId(ML_DSA_OIDS[akp.alg]), bitString(memberBytes(akp.pub)));
  }
  if (jwk.kty === "OKP" && okpAlgorithm) {
    return sequence(okpAlgorithm, bitString(memberBytes(jwk.x)));
  }
  throw new JwkError("UNSUPPORTED", `no certificate key for kty '${jwk.kty}' crv '${jwk.crv}'`);
});
var same = (function same(a, b) {
  return a.length === b.length && a.every((v, i) => v === b[i]);
});
var mismatch = (function mismatch(what) {
  return new Error(`the ${what} private key does not belong to the JWK's public key`);
});
var unlessUnsupported = (async function unlessUnsupported(webcrypto) {
  try {
    return new Uint8Array(await webcrypto());
  } catch (e) {
    if (e instanceof DOMException && e.name === "NotSupportedError") return void 0;
    throw e;
  }
});
var secp256k1Signer = (function secp256k1Signer() {
  return {
    algorithm: algorithmId(X509_OID.ECDSA_SHA256),
    async sign(jwk, data) {
      const d = memberBytes(jwk.d);
      try {
        const point = await secp256k1PublicKey(d);
        const given = new Uint8Array([
          4,
          ...memberBytes(jwk.x),
          ...memberBytes(jwk.y)
        ]);
        if (!same(point, given)) throw mismatch("secp256k1");
        return ecdsaSignature(await secp256k1Sign(d, data));
      } finally {
        d.fill(0);
      }
    }
  };
});
var ed448Signer = (function ed448Signer() {
  return {
    algorithm: algorithmId(OID.ED448),
    async sign(jwk, data) {
      const { kty, crv, x, d } = jwk;
      const native = await unlessUnsupported(async () => {
        const key = await crypto.subtle.importKey("jwk", {
          kty,
          crv,
          x,
          d
        }, {
          name: "Ed448"
        }, false, [
          "sign"
        ]);
        return crypto.subtle.sign({
          name: "Ed448"
        }, key, data.slice());
      });
      if (native) return native;
      const secret = memberBytes(d);
      try {
        if (!same(await ed448PublicKey(secret), memberBytes(x))) throw mismatch("Ed448");
        return await ed448Sign(secret, data);
      } finally {
        secret.fill(0);
      }
    }
  };
});
var mlDsaSigner = (function mlDsaSigner(alg) {
  const oid = {
    "ML-DSA-44": OID.ML_DSA_44,
    "ML-DSA-65": OID.ML_DSA_65,
    "ML-DSA-87": OID.ML_DSA_87
  };
  return {
    algorithm: algorithmId(oid[alg]),
    async sign(jwk, data) {
      const { pub, priv } = jwk;
      const native = await unlessUnsupported(async () => {
        const key = await crypto.subtle.importKey("jwk", {
          kty: "AKP",
          alg,
          pub,
          priv
        }, {
          name: alg
        }, false, [
          "sign"
        ]);
        return crypto.subtle.sign({
          name: alg
        }, key, data.slice());
      });
      if (native) return native;
      const seed = memberBytes(priv);
      const { publicKey, expandedKey } = await mlDsaKeygen(alg, seed);
      try {
        if (!same(publicKey, memberBytes(pub))) throw mismatch(alg);
        return await mlDsaSign(alg, expandedKey, data);
      } finally {
        seed.fill(0);
        expandedKey.fill(0);
      }
    }
  };
});
var keyOnly = (function keyOnly(jwk) {
  const { kty, crv, x, y, d, n, e, p, q, dp, dq, qi } = jwk;
  return {
    kty,
    crv,
    x,
    y,
    d,
    n,
    e,
    p,
    q,
    dp,
    dq,
    qi
  };
});
var webcryptoSign = (async function webcryptoSign(jwk, importAlg, signAlg, data) {
  const key = await crypto.subtle.importKey("jwk", keyOnly(jwk), importAlg, false, [
    "sign"
  ]);
  return new Uint8Array(await crypto.subtle.sign(signAlg, key, data.slice()));
});
var ecdsa2 = (function ecdsa2(hash, crv, oid) {
  return {
    algorithm: algorithmId(oid),
    async sign(jwk, data) {
      const raw = await webcryptoSign(jwk, {
        name: "ECDSA",
        namedCurve: crv
      }, {
        name: "ECDSA",
        hash
      }, data);
      return ecdsaSignature(raw);
    }
  };
});
var pkcs1 = (function pkcs1(hash, oid) {
  return {
    algorithm: algorithmId(oid, NULL),
    sign: (jwk, data) => webcryptoSign(jwk, {
      name: "RSASSA-PKCS1-v1_5",
      hash
    }, {
      name: "RSASSA-PKCS1-v1_5"
    }, data)
  };
});
var pss = (function pss(hash, hashOid, saltLength) {
  const hashId = algorithmId(hashOid, NULL);
  const params = sequence(encodeTlv(160, hashId), encodeTlv(161, algorithmId(X509_OID.MGF1, hashId)), encodeTlv(162, smallInteger(saltLength)));
  return {
    algorithm: algorithmId(X509_OID.RSASSA_PSS, params),
    sign: (jwk, data) => webcryptoSign(jwk, {
      name: "RSA-PSS",
      hash
    }, {
      name: "RSA-PSS",
      saltLength
    }, data)
  };
});
var webcryptoEdDsa = (function webcryptoEdDsa(curve, oid) {
  return {
    algorithm: algorithmId(oid),
    sign: (jwk, data) => webcryptoSign(jwk, {
      name: curve
    }, {
      name: curve
    }, data)
  };
});
var signerName = (function signerName(key) {
  if (key.kty === "EC") return EC_SCHEME[key.crv ?? ""] ?? `EC ${key.crv}`;
  if (key.kty === "RSA") return /^(RS|PS)(256|384|512)$/.test(key.alg ?? "") ? key.alg : "RS256";
  if (key.kty === "OKP") return key.crv ?? "OKP";
  if (key.kty === "AKP") return /^ML-DSA-/.test(key.alg ?? "") ? key.alg : `AKP ${key.alg}`;
  return String(key.kty);
});
var bad3 = (function bad3(value, why) {
  return new JwkError("INVALID_OPTION", `--not-after '${value}' ${why}: use a duration such as 90d, 24h, 1y or 1y30d (units s, m, h, d, w, y), or an RFC 3339 time such as 2030-01-01T00:00:00Z`);
});
var notAfterFrom = (function notAfterFrom(value, now = /* @__PURE__ */ new Date()) {
  let ms;
  if (/^[0-9]/.test(value) && /[A-Za-z]$/.test(value) && !value.includes("-")) {
    const parts = value.match(/[0-9]+(?:\.[0-9]+)?[a-z]/g);
    if (!parts || parts.join("") !== value) throw bad3(value, "is not a duration or a time");
    const unknown = parts.find((p) => !(p.slice(-1) in UNIT_SECONDS));
    if (unknown) throw bad3(value, `has an unknown unit '${unknown.slice(-1)}'`);
    let seconds = 0;
    for (const p of parts) seconds += Number(p.slice(0, -1)) * UNIT_SECONDS[p.slice(-1)];
    if (!(seconds >= 1)) throw bad3(value, "is not a duration of at least one second");
    ms = now.getTime() + Math.round(seconds) * 1e3;
  } else {
    const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(value);
    ms = m ? Date.parse(value.replace(" ", "T")) : NaN;
    if (Number.isNaN(ms)) throw bad3(value, "is not a duration or a time");
    const day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
    if (day.getUTCMonth() !== +m[2] - 1 || day.getUTCDate() !== +m[3] || +m[4] > 23 || +m[5] > 59 || +m[6] > 59) {
      throw bad3(value, "is not a valid time");
    }
    if (ms <= now.getTime()) throw bad3(value, "is in the past");
  }
  ms = Math.floor(ms / 1e3) * 1e3;
  if (!Number.isFinite(ms) || ms > LAST) throw bad3(value, "is after the year 9999");
  return new Date(ms);
});
var encodeTime = (function encodeTime(date) {
  const iso = date.toISOString();
  const year = date.getUTCFullYear();
  const digits = iso.slice(0, 19).replace(/[-T:]/g, "") + "Z";
  const utc = year >= 1950 && year < 2050;
  return encodeTlv(utc ? UTC_TIME : GENERALIZED_TIME, new TextEncoder().encode(utc ? digits.slice(2) : digits));
});
var checkSelfSignable = (function checkSelfSignable(key) {
  if (SIGNERS[signerName(key)]) return;
  if (key.kty === "oct") {
    throw new JwkError("INCOMPATIBLE_OPTIONS", "--self-signed cannot be used with an oct key: a symmetric key has no public key to certify");
  }
  if (key.kty === "OKP" && /^X/.test(key.crv ?? "")) {
    throw new JwkError("INCOMPATIBLE_OPTIONS", `--self-signed needs a key that can sign its certificate, and ${key.crv} only agrees keys: drop --self-signed, or use an EC key (--kty EC --use enc) for ECDH-ES with a certificate`);
  }
  throw new JwkError("UNSUPPORTED", `--self-signed is not available for kty '${key.kty}'${key.crv ? ` crv '${key.crv}'` : ""}${key.kty === "AKP" ? ` alg '${key.alg}'` : ""}`);
});
var keyUsageBits = (function keyUsageBits(jwk) {
  let use = jwk.use;
  if (use === void 0 && jwk.key_ops) {
    try {
      use = useOfKeyOps(jwk.key_ops);
    } catch {
      use = void 0;
    }
  }
  use ??= jwk.alg ? ALGORITHMS[jwk.alg]?.use : void 0;
  if (use === "sig") return [
    0
  ];
  if (use === "enc" && jwk.kty === "RSA") return [
    2
  ];
  if (use === "enc" && jwk.kty === "EC") return [
    4
  ];
  return void 0;
});
var extension = (function extension(oid, critical, value) {
  return critical ? sequence(encodeOid(oid), encodeTlv(TAG.BOOLEAN, new Uint8Array([
    255
  ])), octetString(value)) : sequence(encodeOid(oid), octetString(value));
});
var pemOf = (function pemOf(der) {
  const b64 = encodeBase64(der);
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----
${lines.join("\n")}
-----END CERTIFICATE-----
`;
});
var selfSignedCertificate = (async function selfSignedCertificate(privateJwk, options = {}) {
  checkSelfSignable(privateJwk);
  if (privateJwk.d === void 0 && privateJwk.priv === void 0) {
    throw new JwkError("INCOMPATIBLE_OPTIONS", "a self-signed certificate needs the private key, and this key is public only");
  }
  const signer = SIGNERS[signerName(privateJwk)];
  const now = /* @__PURE__ */ new Date();
  const notBefore = new Date(Math.floor((options.notBefore ?? new Date(now.getTime() - CLOCK_SKEW_MS)).getTime() / 1e3) * 1e3);
  const end = options.notAfter ?? DEFAULT_VALIDITY;
  const notAfter = typeof end === "string" ? notAfterFrom(end, now) : new Date(Math.floor(end.getTime() / 1e3) * 1e3);
  if (!(notAfter.getTime() > notBefore.getTime())) {
    throw new JwkError("INVALID_OPTION", "the certificate's notAfter must be after its notBefore");
  }
  const jwk = privateJwk;
  const name = options.subject !== void 0 ? parseName(options.subject) : commonName(jwk.kid ?? await thumbprint(privateJwk));
  const spki = subjectPublicKeyInfo(privateJwk, signer.algorithm);
  const keyBits = readBitString(children(decodeDer(spki, "public key"), "public key")[1], "key");
  const keyId = new Uint8Array(await crypto.subtle.digest("SHA-1", keyBits.slice()));
  const usage = keyUsageBits(jwk);
  const extensions = [
    extension(X509_OID.BASIC_CONSTRAINTS, true, sequence()),
    ...usage ? [
      extension(X509_OID.KEY_USAGE, true, namedBits(usage))
    ] : [],
    extension(X509_OID.SUBJECT_KEY_ID, false, octetString(keyId)),
    extension(X509_OID.AUTHORITY_KEY_ID, false, sequence(encodeTlv(128, keyId)))
  ];
  const serial = crypto.getRandomValues(new Uint8Array(16));
  serial[0] = serial[0] & 127 | 64;
  const tbs = sequence(encodeTlv(TAG.CONTEXT_0, smallInteger(2)), unsignedInteger(serial), signer.algorithm, name, sequence(encodeTime(notBefore), encodeTime(notAfter)), name, spki, encodeTlv(TAG.CONTEXT_3, sequence(...extensions)));
  let signature;
  try {
    signature = await signer.sign(privateJwk, tbs);
  } catch {
    throw new JwkError("BAD_KEY", `the ${signerName(privateJwk)} key cannot sign: it is not a valid private key`);
  }
  const der = sequence(tbs, signer.algorithm, bitString(signature));
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", der.slice()));
  return {
    der,
    pem: pemOf(der),
    x5c: encodeBase64(der),
    x5tS256: encodeBase64Url(hash),
    notBefore,
    notAfter
  };
});
// npm:@noble/hashes@2.4.0/_u64.js
function fromBig(n, le = false) {
  if (le) return {
    h: Number(n & U32_MASK64),
    l: Number(n >> _32n & U32_MASK64)
  };
  return {
    h: Number(n >> _32n & U32_MASK64) | 0,
    l: Number(n & U32_MASK64) | 0
  };
}
function split(lst, le = false) {
  const len = lst.length;
  let Ah = new Uint32Array(len);
  let Al = new Uint32Array(len);
  for (let i = 0; i < len; i++) {
    const { h, l } = fromBig(lst[i], le);
    [Ah[i], Al[i]] = [
      h,
      l
    ];
  }
  return [
    Ah,
    Al
  ];
}
function setU64FromNum(view, byteOffset, n, isLE2) {
  const h = fromNumH(n);
  const l = fromNumL(n);
  view.setUint32(byteOffset, isLE2 ? l : h, isLE2);
  view.setUint32(byteOffset + 4, isLE2 ? h : l, isLE2);
}
var U32_MASK64, _32n, fromNumH, fromNumL;
var init_u64 = __esm({
  "npm:@noble/hashes@2.4.0/_u64.js"() {
    U32_MASK64 = /* @__PURE__ */ (() => BigInt(2 ** 32 - 1))();
    _32n = /* @__PURE__ */ BigInt(32);
    fromNumH = (n) => n / 2 ** 32 | 0;
    fromNumL = (n) => n >>> 0;
  }
});

// npm:@noble/hashes@2.4.0/utils.js
function isBytes(a) {
  return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a && a.BYTES_PER_ELEMENT === 1;
}
function anumber(n, title = "") {
  if (typeof n !== "number") throw new TypeError(atitle(title) + "expected number, got " + typeof n);
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(atitle(title) + "expected integer >= 0, got " + n);
  return n;
}
function abool(value, title = "") {
  if (typeof value !== "boolean") throw new TypeError(atitle(title) + "expected boolean, got type=" + typeof value);
  return value;
}
function abytes(value, length, title = "") {
  if (isBytes(value) && (length === void 0 || value.length === length)) return value;
  if (length !== void 0) anumber(length, "length");
  const bytes = isBytes(value);
  const ofLen = length !== void 0 ? ` of length ${length}` : "";
  const got = bytes ? `length=${value.length}` : `type=${typeof value}`;
  const message = atitle(title) + "expected Uint8Array" + ofLen + ", got " + got;
  if (!bytes) throw new TypeError(message);
  throw new RangeError(message);
}
function ahash(h) {
  if (typeof h !== "function" || typeof h.create !== "function") throw new TypeError("expected hash wrapped by utils.createHasher");
  anumber(h.outputLen);
  anumber(h.blockLen);
  if (h.outputLen < 1 || h.blockLen < 1) throw new Error("hash blockLen / outputLen must be >= 1");
}
function aexists(instance, checkFinished = true) {
  if (instance.destroyed) throw new Error("hash was destroyed");
  if (checkFinished && instance.finished) throw new Error("digest() was already called");
}
function aoutput(out, instance) {
  abytes(out, void 0, "output");
  const min = instance.outputLen;
  if (!(out.length >= min)) {
    throw new RangeError('"output" expected length >= ' + min);
  }
}
function u32(arr) {
  return new Uint32Array(arr.buffer, arr.byteOffset, Math.floor(arr.byteLength / 4));
}
function clean(...arrays) {
  for (let i = 0; i < arrays.length; i++) {
    arrays[i].fill(0);
  }
}
function createView(arr) {
  return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
}
function rotr(word, shift) {
  return word << 32 - shift | word >>> shift;
}
function byteSwap(word) {
  return word << 24 & 4278190080 | word << 8 & 16711680 | word >>> 8 & 65280 | word >>> 24 & 255;
}
function byteSwap32(arr) {
  for (let i = 0; i < arr.length; i++) {
    arr[i] = byteSwap(arr[i]);
  }
  return arr;
}
function bytesToHex(bytes) {
  abytes(bytes);
  if (hasHexBuiltin) return bytes.toHex();
  let hex = "";
  for (let i = 0; i < bytes.length; i++) {
    hex += hexes[bytes[i]];
  }
  return hex;
}
function asciiToBase16(ch) {
  return ch >= 48 && ch <= 57 ? ch - 48 : ch >= 65 && ch <= 70 ? ch - (65 - 10) : ch >= 97 && ch <= 102 ? ch - (97 - 10) : void 0;
}
function hexToBytes(hex) {
  if (typeof hex !== "string") throw new TypeError("hex string expected, got " + typeof hex);
  if (hasHexBuiltin) {
    try {
      return Uint8Array.fromHex(hex);
    } catch (error) {
      if (error instanceof SyntaxError) throw new RangeError(error.message);
      throw error;
    }
  }
  const hl = hex.length;
  const al = hl / 2;
  if (hl % 2) throw new RangeError("hex string expected, got unpadded hex of length " + hl);
  const array = new Uint8Array(al);
  for (let ai = 0, hi = 0; ai < al; ai++, hi += 2) {
    const n1 = asciiToBase16(hex.charCodeAt(hi));
    const n2 = asciiToBase16(hex.charCodeAt(hi + 1));
    if (n1 === void 0 || n2 === void 0) {
      const char = hex[hi] + hex[hi + 1];
      throw new RangeError('hex string expected, got non-hex character "' + char + '" at index ' + hi);
    }
    array[ai] = n1 * 16 + n2;
  }
  return array;
}
function utf8ToBytes(str) {
  if (typeof str !== "string") throw new TypeError("string expected");
  const encoded = new TextEncoder().encode(str);
  try {
    return new Uint8Array(encoded);
  } finally {
    clean(encoded);
  }
}
function concatBytes(...arrays) {
  let sum = 0;
  for (let i = 0; i < arrays.length; i++) {
    const a = arrays[i];
    abytes(a);
    sum += a.length;
  }
  const res = new Uint8Array(sum);
  for (let i = 0, pad = 0; i < arrays.length; i++) {
    const a = arrays[i];
    res.set(a, pad);
    pad += a.length;
  }
  return res;
}
function checkOpts(defaults, opts, title = "opts") {
  aopts(defaults, "defaults");
  if (opts !== void 0) aopts(opts, title);
  const merged = Object.assign(/* @__PURE__ */ Object.create(null), defaults, opts);
  return merged;
}
function createHasher(hashCons, info = {}) {
  if (typeof hashCons !== "function") throw new TypeError('"hashCons" expected function, got type=' + typeof hashCons);
  info = checkOpts({}, info, "info");
  const hashC = (msg, opts) => hashCons(opts).update(msg).digest();
  const tmp = hashCons(void 0);
  hashC.outputLen = tmp.outputLen;
  hashC.blockLen = tmp.blockLen;
  hashC.canXOF = tmp.canXOF;
  hashC.create = (opts) => hashCons(opts);
  Object.assign(hashC, info);
  return Object.freeze(hashC);
}
function randomBytes(bytesLength = 32) {
  anumber(bytesLength, "bytesLength");
  const cr = typeof globalThis === "object" ? globalThis.crypto : null;
  if (typeof cr?.getRandomValues !== "function") throw new Error("crypto.getRandomValues must be defined");
  if (bytesLength > 65536) throw new RangeError(`"bytesLength" expected <= 65536, got ${bytesLength}`);
  return cr.getRandomValues(new Uint8Array(bytesLength));
}
var atitle, aobject, aopts, isLE, swap32IfBE, hasHexBuiltin, hexes, oidNist;
var init_utils = __esm({
  "npm:@noble/hashes@2.4.0/utils.js"() {
    atitle = (title) => title ? `"${title}" ` : "";
    aobject = (value, label) => {
      if (value === null || typeof value !== "object" || Array.isArray(value)) throw new TypeError((label === "object" ? "" : `"${label}" `) + "expected object, got type=" + typeof value);
    };
    aopts = (value, label) => {
      aobject(value, label);
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw new TypeError(`"${label}" expected plain object`);
      if (Object.hasOwn(value, "__proto__")) throw new TypeError(`"${label}.__proto__" is not allowed`);
    };
    isLE = /* @__PURE__ */ (() => new Uint8Array(new Uint32Array([
      287454020
    ]).buffer)[0] === 68)();
    swap32IfBE = isLE ? (u) => u : byteSwap32;
    hasHexBuiltin = /* @__PURE__ */ (() => (
      // @ts-ignore
      typeof Uint8Array.from([]).toHex === "function" && typeof Uint8Array.fromHex === "function"
    ))();
    hexes = /* @__PURE__ */ Array.from({
      length: 256
    }, (_, i) => i.toString(16).padStart(2, "0"));
    oidNist = (suffix) => ({
      // Current NIST hashAlgs suffixes used here fit in one DER subidentifier octet.
      // Larger suffix values would need base-128 OID encoding and a different length byte.
      oid: Uint8Array.from([
        6,
        9,
        96,
        134,
        72,
        1,
        101,
        3,
        4,
        2,
        suffix
      ])
    });
  }
});

// npm:@noble/hashes@2.4.0/_md.js
function Chi(a, b, c) {
  return a & b ^ ~a & c;
}
function Maj(a, b, c) {
  return a & b ^ a & c ^ b & c;
}
var HashMD, SHA256_IV;
var init_md = __esm({
  "npm:@noble/hashes@2.4.0/_md.js"() {
    init_u64();
    init_utils();
    HashMD = class {
      blockLen;
      outputLen;
      canXOF = false;
      padOffset;
      isLE;
      // For partial updates less than block size
      buffer;
      view;
      finished = false;
      length = 0;
      pos = 0;
      destroyed = false;
      constructor(blockLen, outputLen, padOffset, isLE2) {
        this.blockLen = blockLen;
        this.outputLen = outputLen;
        this.padOffset = padOffset;
        this.isLE = isLE2;
        this.buffer = new Uint8Array(blockLen);
        this.view = createView(this.buffer);
      }
      update(data) {
        aexists(this);
        abytes(data);
        const { view, buffer, blockLen } = this;
        const len = data.length;
        let processed = false;
        for (let pos = 0; pos < len; ) {
          const take = Math.min(blockLen - this.pos, len - pos);
          if (take === blockLen) {
            const dataView = createView(data);
            for (; blockLen <= len - pos; pos += blockLen) this.process(dataView, pos);
            processed = true;
            continue;
          }
          buffer.set(pos === 0 && take === len ? data : data.subarray(pos, pos + take), this.pos);
          this.pos += take;
          pos += take;
          if (this.pos === blockLen) {
            this.process(view, 0);
            this.pos = 0;
            processed = true;
          }
        }
        this.length += data.length;
        if (processed) this.roundClean();
        return this;
      }
      digestInto(out) {
        aexists(this);
        aoutput(out, this);
        this.finished = true;
        const { buffer, view, blockLen, isLE: isLE2 } = this;
        let { pos } = this;
        buffer[pos++] = 128;
        buffer.fill(0, pos);
        if (this.padOffset > blockLen - pos) {
          this.process(view, 0);
          buffer.fill(0);
        }
        setU64FromNum(view, blockLen - 8, this.length * 8, isLE2);
        this.process(view, 0);
        this.roundClean();
        const oview = out === buffer ? view : createView(out);
        const len = this.outputLen;
        const outLen = len / 4;
        const state = this.get();
        if (len % 4 || outLen > state.length) throw new Error("invalid outputLen");
        for (let i = 0; i < outLen; i++) oview.setUint32(4 * i, state[i], isLE2);
      }
      digest() {
        const { buffer, outputLen } = this;
        this.digestInto(buffer);
        const res = buffer.slice(0, outputLen);
        this.destroy();
        return res;
      }
      _cloneIntoMeta(to) {
        const { buffer, length, finished, destroyed, pos } = this;
        to.destroyed = destroyed;
        to.finished = finished;
        to.length = length;
        to.pos = pos;
        if (pos) to.buffer.set(buffer);
        return to;
      }
      clone() {
        return this._cloneInto();
      }
    };
    SHA256_IV = /* @__PURE__ */ Uint32Array.from([
      1779033703,
      3144134277,
      1013904242,
      2773480762,
      1359893119,
      2600822924,
      528734635,
      1541459225
    ]);
  }
});

// npm:@noble/hashes@2.4.0/sha2.js
var SHA256_K, SHA256_W, SHA2_32B, _SHA256, sha256;
var init_sha2 = __esm({
  "npm:@noble/hashes@2.4.0/sha2.js"() {
    init_md();
    init_utils();
    SHA256_K = /* @__PURE__ */ Uint32Array.from([
      1116352408,
      1899447441,
      3049323471,
      3921009573,
      961987163,
      1508970993,
      2453635748,
      2870763221,
      3624381080,
      310598401,
      607225278,
      1426881987,
      1925078388,
      2162078206,
      2614888103,
      3248222580,
      3835390401,
      4022224774,
      264347078,
      604807628,
      770255983,
      1249150122,
      1555081692,
      1996064986,
      2554220882,
      2821834349,
      2952996808,
      3210313671,
      3336571891,
      3584528711,
      113926993,
      338241895,
      666307205,
      773529912,
      1294757372,
      1396182291,
      1695183700,
      1986661051,
      2177026350,
      2456956037,
      2730485921,
      2820302411,
      3259730800,
      3345764771,
      3516065817,
      3600352804,
      4094571909,
      275423344,
      430227734,
      506948616,
      659060556,
      883997877,
      958139571,
      1322822218,
      1537002063,
      1747873779,
      1955562222,
      2024104815,
      2227730452,
      2361852424,
      2428436474,
      2756734187,
      3204031479,
      3329325298
    ]);
    SHA256_W = /* @__PURE__ */ new Uint32Array(64);
    SHA2_32B = class extends HashMD {
      // We cannot use array here since array allows indexing by variable
      // which means optimizer/compiler cannot use registers.
      // Numeric initializers matter: starting the fields as `undefined` changes
      // V8's field representation and makes sha256 3x slower (measured).
      A = 0;
      B = 0;
      C = 0;
      D = 0;
      E = 0;
      F = 0;
      G = 0;
      H = 0;
      constructor(outputLen, IV) {
        super(64, outputLen, 8, false);
        this.A = IV[0] | 0;
        this.B = IV[1] | 0;
        this.C = IV[2] | 0;
        this.D = IV[3] | 0;
        this.E = IV[4] | 0;
        this.F = IV[5] | 0;
        this.G = IV[6] | 0;
        this.H = IV[7] | 0;
      }
      get() {
        const { A, B: B2, C, D: D2, E, F: F2, G, H } = this;
        return [
          A,
          B2,
          C,
          D2,
          E,
          F2,
          G,
          H
        ];
      }
      // prettier-ignore
      set(A, B2, C, D2, E, F2, G, H) {
        this.A = A | 0;
        this.B = B2 | 0;
        this.C = C | 0;
        this.D = D2 | 0;
        this.E = E | 0;
        this.F = F2 | 0;
        this.G = G | 0;
        this.H = H | 0;
      }
      _cloneInto(to) {
        (to ||= new this.constructor()).set(...this.get());
        return this._cloneIntoMeta(to);
      }
      process(view, offset) {
        for (let i = 0; i < 16; i++, offset += 4) SHA256_W[i] = view.getUint32(offset, false);
        for (let i = 16; i < 64; i++) {
          const W15 = SHA256_W[i - 15];
          const W2 = SHA256_W[i - 2];
          const s0 = rotr(W15, 7) ^ rotr(W15, 18) ^ W15 >>> 3;
          const s1 = rotr(W2, 17) ^ rotr(W2, 19) ^ W2 >>> 10;
          SHA256_W[i] = s1 + SHA256_W[i - 7] + s0 + SHA256_W[i - 16] | 0;
        }
        let { A, B: B2, C, D: D2, E, F: F2, G, H } = this;
        for (let i = 0; i < 64; i++) {
          const sigma1 = rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25);
          const T1 = H + sigma1 + Chi(E, F2, G) + SHA256_K[i] + SHA256_W[i] | 0;
          const sigma0 = rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22);
          const T2 = sigma0 + Maj(A, B2, C) | 0;
          H = G;
          G = F2;
          F2 = E;
          E = D2 + T1 | 0;
          D2 = C;
          C = B2;
          B2 = A;
          A = T1 + T2 | 0;
        }
        A = A + this.A | 0;
        B2 = B2 + this.B | 0;
        C = C + this.C | 0;
        D2 = D2 + this.D | 0;
        E = E + this.E | 0;
        F2 = F2 + this.F | 0;
        G = G + this.G | 0;
        H = H + this.H | 0;
        this.set(A, B2, C, D2, E, F2, G, H);
      }
      roundClean() {
        clean(SHA256_W);
      }
      destroy() {
        this.destroyed = true;
        this.set(0, 0, 0, 0, 0, 0, 0, 0);
        clean(this.buffer);
      }
    };
    _SHA256 = class extends SHA2_32B {
      constructor() {
        super(32, SHA256_IV);
      }
    };
    sha256 = /* @__PURE__ */ createHasher(() => new _SHA256(), /* @__PURE__ */ oidNist(1));
  }
});

// npm:@noble/curves@2.4.0/utils.js
function aarray(item, title, inner = () => {
}) {
  if (!Array.isArray(item)) throw new TypeError(`"${title}" expected array, got type=${typeof item}`);
  for (let i = 0; i < item.length; i++) inner(item[i], `${title}[${i}]`);
  return item;
}
function astring(value, title = "") {
  if (typeof value !== "string") {
    const prefix = title && `"${title}" `;
    throw new TypeError(prefix + "expected string, got type=" + typeof value);
  }
  return value;
}
function aobject2(value, title = "object") {
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new TypeError(title === "object" ? "expected valid options object" : `"${title}" expected object, got type=${typeof value}`);
  return value;
}
function afunction(value, title) {
  if (typeof value !== "function") throw new TypeError(`"${title}" is invalid: expected function, got ${typeof value}`);
  return value;
}
function abool2(value, title = "") {
  if (typeof value !== "boolean") throw new TypeError(atitle2(title) + "expected boolean, got type=" + typeof value);
  return value;
}
function abignumber(n) {
  if (typeof n === "bigint") {
    if (!isPosBig(n)) throw new RangeError("positive bigint expected, got " + n);
  } else anumber2(n);
  return n;
}
function asafenumber(value, title = "") {
  if (typeof value !== "number") {
    const prefix = title && `"${title}" `;
    throw new TypeError(prefix + "expected number, got type=" + typeof value);
  }
  if (!Number.isSafeInteger(value)) {
    const prefix = title && `"${title}" `;
    throw new RangeError(prefix + "expected safe integer, got " + value);
  }
}
function numberToHexUnpadded(num2) {
  const hex = abignumber(num2).toString(16);
  return hex.length & 1 ? "0" + hex : hex;
}
function hexToNumber(hex) {
  if (typeof hex !== "string") throw new TypeError("hex string expected, got " + typeof hex);
  return hex === "" ? _0n : BigInt("0x" + hex);
}
function bytesToNumberBE(bytes) {
  return hexToNumber(bytesToHex(bytes));
}
function bytesToNumberLE(bytes) {
  return hexToNumber(bytesToHex(copyBytes(abytes(bytes)).reverse()));
}
function numberToBytesBE(n, len) {
  anumber(len);
  if (len === 0) throw new Error("zero output length is invalid");
  n = abignumber(n);
  const expectedLen = len * 2;
  const hex = n.toString(16);
  if (hex.length > expectedLen) throw new RangeError("number is too large");
  return hexToBytes(hex.padStart(expectedLen, "0"));
}
function numberToBytesLE(n, len) {
  return numberToBytesBE(n, len).reverse();
}
function equalBytes(a, b) {
  a = abytes2(a);
  b = abytes2(b);
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}
function copyBytes(bytes) {
  return Uint8Array.from(abytes2(bytes));
}
function asciiToBytes(ascii) {
  if (typeof ascii !== "string") throw new TypeError("ascii string expected, got " + typeof ascii);
  return Uint8Array.from(ascii, (c, i) => {
    const charCode = c.charCodeAt(0);
    if (c.length !== 1 || charCode > 127) {
      throw new RangeError(`string contains non-ASCII character "${ascii[i]}" with code ${charCode} at position ${i}`);
    }
    return charCode;
  });
}
function isPosBig(n) {
  return typeof n === "bigint" && _0n <= n;
}
function inRange(n, min, max) {
  return isPosBig(n) && isPosBig(min) && isPosBig(max) && min <= n && n < max;
}
function aInRange(title, n, min, max) {
  if (!inRange(n, min, max)) throw new RangeError("expected valid " + title + ": " + min + " <= n < " + max + ", got " + n);
}
function bitLen(n) {
  if (n < _0n) throw new Error("expected non-negative bigint, got " + n);
  return n === _0n ? 0 : n.toString(2).length;
}
function createHmacDrbg(hashLen, qByteLen, hmacFn) {
  anumber(hashLen, "hashLen");
  anumber(qByteLen, "qByteLen");
  if (typeof hmacFn !== "function") throw new TypeError("hmacFn must be a function");
  const u8n = (len) => new Uint8Array(len);
  const NULL2 = Uint8Array.of();
  const byte0 = Uint8Array.of(0);
  const byte1 = Uint8Array.of(1);
  const _maxDrbgIters = 1e3;
  let v = u8n(hashLen);
  let k = u8n(hashLen);
  let i = 0;
  const reset = () => {
    v.fill(1);
    k.fill(0);
    i = 0;
  };
  const h = (...msgs) => hmacFn(k, concatBytes2(v, ...msgs));
  const reseed = (seed = NULL2) => {
    k = h(byte0, seed);
    v = h();
    if (seed.length === 0) return;
    k = h(byte1, seed);
    v = h();
  };
  const gen = () => {
    if (i++ >= _maxDrbgIters) throw new Error("drbg: tried max amount of iterations");
    let len = 0;
    const out = [];
    while (len < qByteLen) {
      v = h();
      const sl = v.slice();
      out.push(sl);
      len += v.length;
    }
    return concatBytes2(...out);
  };
  const genUntil = (seed, pred) => {
    reset();
    reseed(seed);
    let res = void 0;
    while ((res = pred(gen())) === void 0) reseed();
    reset();
    return res;
  };
  return genUntil;
}
function validateObject(object, fields = {}, optFields = {}, title = "object") {
  aobject2(object, title);
  aobject2(fields, "fields");
  aobject2(optFields, "optFields");
  function checkField(fieldName, expectedType, isOpt) {
    const label = title === "object" ? `param "${String(fieldName)}"` : `"${title}.${String(fieldName)}"`;
    const val = object[fieldName];
    if (!Object.hasOwn(object, fieldName) && (isOpt ? val !== void 0 : expectedType !== "function")) {
      throw new TypeError(`${label} is invalid: expected own property`);
    }
    if (isOpt && val === void 0) return;
    const current = typeof val;
    if (current !== expectedType || val === null) throw new TypeError(`${label} is invalid: expected ${expectedType}, got ${current}`);
  }
  const iter = (f, isOpt) => Object.entries(f).forEach(([k, v]) => checkField(k, v, isOpt));
  iter(fields, false);
  iter(optFields, true);
}
var abytes2, anumber2, bytesToHex2, concatBytes2, hexToBytes2, isBytes2, randomBytes2, _0n, _1n, atitle2, bitMask, notImplemented;
var init_utils2 = __esm({
  "npm:@noble/curves@2.4.0/utils.js"() {
    init_utils();
    abytes2 = (value, length, title) => abytes(value, length, title);
    anumber2 = anumber;
    bytesToHex2 = bytesToHex;
    concatBytes2 = (...arrays) => concatBytes(...arrays);
    hexToBytes2 = (hex) => hexToBytes(hex);
    isBytes2 = isBytes;
    randomBytes2 = (bytesLength) => randomBytes(bytesLength);
    _0n = /* @__PURE__ */ BigInt(0);
    _1n = /* @__PURE__ */ BigInt(1);
    atitle2 = (title) => title ? `"${title}" ` : "";
    bitMask = (n) => {
      asafenumber(n, "n");
      return (_1n << BigInt(n)) - _1n;
    };
    notImplemented = () => {
      throw new Error("not implemented");
    };
  }
});

// npm:@noble/curves@2.4.0/abstract/modular.js
function mod(a, b) {
  if (b <= _0n2) throw new Error("mod: expected positive modulus, got " + b);
  const result = a % b;
  return result >= _0n2 ? result : b + result;
}
function pow(num2, power, modulo) {
  if (modulo <= _1n2) throw new Error("pow: expected modulus > 1, got " + modulo);
  if (typeof power !== "bigint") throw new TypeError("invalid exponent: expected bigint, got " + typeof power);
  if (power < _0n2) throw new Error("invalid exponent, negatives unsupported");
  if (power === _0n2) return _1n2;
  if (power === _1n2) return num2;
  let d = num2 % modulo;
  if (d < _0n2) d += modulo;
  if (power < POW_WINDOWED_MIN) {
    let p2 = _1n2;
    while (power > _0n2) {
      if (power & _1n2) p2 = p2 * d % modulo;
      d = d * d % modulo;
      power >>= _1n2;
    }
    return p2;
  }
  const digits = [];
  while (power > _0n2) {
    digits.push(Number(power & _15n));
    power >>= _4n;
  }
  const table2 = new Array(16);
  table2[0] = _1n2;
  table2[1] = d;
  for (let i = 2; i < 16; i++) table2[i] = table2[i - 1] * d % modulo;
  let p = table2[digits[digits.length - 1]];
  for (let w = digits.length - 2; w >= 0; w--) {
    p = p * p % modulo;
    p = p * p % modulo;
    p = p * p % modulo;
    p = p * p % modulo;
    const digit = digits[w];
    if (digit !== 0) p = p * table2[digit] % modulo;
  }
  return p;
}
function pow2(x, power, modulo) {
  if (modulo <= _1n2) throw new Error("pow2: expected modulus > 1, got " + modulo);
  if (power < _0n2) throw new Error("pow2: expected non-negative exponent, got " + power);
  let res = x;
  while (power-- > _0n2) {
    res *= res;
    res %= modulo;
  }
  return res;
}
function invert(number, modulo) {
  if (number === _0n2) throw new Error("invert: expected non-zero number");
  if (modulo <= _1n2) throw new Error("invert: expected modulus > 1, got " + modulo);
  let a = mod(number, modulo);
  let b = modulo;
  let x = _0n2, u = _1n2;
  while (a !== _0n2) {
    const q = b / a;
    const r = b - a * q;
    const m = x - u * q;
    b = a, a = r, x = u, u = m;
  }
  const gcd = b;
  if (gcd !== _1n2) throw new Error("invert: does not exist");
  return mod(x, modulo);
}
function invertCt(a, prime) {
  if (prime <= _1n2) throw new Error("invertCt: expected prime modulus > 1, got " + prime);
  const an = mod(a, prime);
  if (an === _0n2) throw new Error("invertCt: expected non-zero number");
  const inverse = pow(an, prime - _2n, prime);
  if (mod(an * inverse, prime) !== _1n2) throw new Error("invertCt: does not exist");
  return inverse;
}
function assertIsSquare(Fp2, root, n) {
  const F2 = Fp2;
  if (!F2.eql(F2.sqr(root), n)) throw new Error("Cannot find square root");
}
function aoddModulus(order, fnName) {
  if ((order & _1n2) === _0n2) throw new Error(fnName + ": expected odd modulus, got " + order);
}
function sqrt3mod4(Fp2, n) {
  const F2 = Fp2;
  const p1div4 = (F2.ORDER + _1n2) / _4n;
  const root = F2.pow(n, p1div4);
  assertIsSquare(F2, root, n);
  return root;
}
function sqrt5mod8(Fp2, n) {
  const F2 = Fp2;
  const p5div8 = (F2.ORDER - _5n) / _8n;
  const n2 = F2.mul(n, _2n);
  const v = F2.pow(n2, p5div8);
  const nv = F2.mul(n, v);
  const i = F2.mul(F2.mul(nv, _2n), v);
  const root = F2.mul(nv, F2.sub(i, F2.ONE));
  assertIsSquare(F2, root, n);
  return root;
}
function sqrt9mod16(P) {
  const Fp_ = Field(P);
  const tn = tonelliShanks(P);
  const c1 = tn(Fp_, Fp_.neg(Fp_.ONE));
  const c2 = tn(Fp_, c1);
  const c3 = tn(Fp_, Fp_.neg(c1));
  const c4 = (P + _7n) / _16n;
  return (Fp2, n) => {
    const F2 = Fp2;
    let tv1 = F2.pow(n, c4);
    let tv2 = F2.mul(tv1, c1);
    const tv3 = F2.mul(tv1, c2);
    const tv4 = F2.mul(tv1, c3);
    const e1 = F2.eql(F2.sqr(tv2), n);
    const e2 = F2.eql(F2.sqr(tv3), n);
    tv1 = F2.cmov(tv1, tv2, e1);
    tv2 = F2.cmov(tv4, tv3, e2);
    const e3 = F2.eql(F2.sqr(tv2), n);
    const root = F2.cmov(tv1, tv2, e3);
    assertIsSquare(F2, root, n);
    return root;
  };
}
function tonelliShanks(P) {
  if (P < _3n) throw new Error("sqrt is not defined for small field");
  aoddModulus(P, "tonelliShanks");
  let Q2 = P - _1n2;
  let S = 0;
  while (Q2 % _2n === _0n2) {
    Q2 /= _2n;
    S++;
  }
  let Z = _2n;
  const _Fp = Field(P);
  while (FpLegendre(_Fp, Z) === 1) {
    if (Z++ > 1e3) throw new Error("Cannot find square root: probably non-prime P");
  }
  if (S === 1) return sqrt3mod4;
  let cc = _Fp.pow(Z, Q2);
  const Q1div2 = (Q2 + _1n2) / _2n;
  return function tonelliSlow(Fp2, n) {
    const F2 = Fp2;
    if (F2.is0(n)) return n;
    if (FpLegendre(F2, n) !== 1) throw new Error("Cannot find square root");
    let M = S;
    let c = F2.mul(F2.ONE, cc);
    let t = F2.pow(n, Q2);
    let R = F2.pow(n, Q1div2);
    while (!F2.eql(t, F2.ONE)) {
      if (F2.is0(t)) throw new Error("Cannot find square root: probably non-prime P");
      let i = 1;
      let t_tmp = F2.sqr(t);
      while (!F2.eql(t_tmp, F2.ONE)) {
        i++;
        t_tmp = F2.sqr(t_tmp);
        if (i === M) throw new Error("Cannot find square root");
      }
      const exponent = _1n2 << BigInt(M - i - 1);
      const b = F2.pow(c, exponent);
      M = i;
      c = F2.sqr(b);
      t = F2.mul(t, c);
      R = F2.mul(R, b);
    }
    return R;
  };
}
function FpSqrt(P) {
  aoddModulus(P, "Fp.sqrt");
  if (P % _4n === _3n) return sqrt3mod4;
  if (P % _8n === _5n) return sqrt5mod8;
  if (P % _16n === _9n) return sqrt9mod16(P);
  return tonelliShanks(P);
}
function validateField(field) {
  aobject2(field, "field");
  if (typeof field.ORDER !== "bigint") throw new TypeError('param "ORDER" is invalid: expected bigint, got ' + typeof field.ORDER);
  asafenumber(field.BYTES, "BYTES");
  asafenumber(field.BITS, "BITS");
  for (const name of FIELD_FIELDS) afunction(field[name], "field." + name);
  if (field.BYTES < 1 || field.BITS < 1) throw new Error("invalid field: expected BYTES/BITS > 0");
  if (field.ORDER <= _1n2) throw new Error("invalid field: expected ORDER > 1, got " + field.ORDER);
  return field;
}
function FpInvertBatch(Fp2, nums, passZero = false) {
  validateField(Fp2);
  aarray(nums, "nums");
  abool2(passZero, "passZero");
  const F2 = Fp2;
  const inverted = new Array(nums.length).fill(passZero ? F2.ZERO : void 0);
  const multipliedAcc = nums.reduce((acc, num2, i) => {
    if (F2.is0(num2)) return acc;
    inverted[i] = acc;
    return F2.mul(acc, num2);
  }, F2.ONE);
  const invertedAcc = F2.inv(multipliedAcc);
  nums.reduceRight((acc, num2, i) => {
    if (F2.is0(num2)) return acc;
    inverted[i] = F2.mul(acc, inverted[i]);
    return F2.mul(acc, num2);
  }, invertedAcc);
  return inverted;
}
function FpLegendre(Fp2, n) {
  validateField(Fp2);
  const F2 = Fp2;
  aoddModulus(F2.ORDER, "FpLegendre");
  const p1mod2 = (F2.ORDER - _1n2) / _2n;
  const powered = F2.pow(n, p1mod2);
  const yes = F2.eql(powered, F2.ONE);
  const zero = F2.eql(powered, F2.ZERO);
  const no = F2.eql(powered, F2.neg(F2.ONE));
  if (!yes && !zero && !no) throw new Error("invalid Legendre symbol result");
  return yes ? 1 : zero ? 0 : -1;
}
function FpIsSquare(Fp2, n) {
  const l = FpLegendre(Fp2, n);
  return l !== -1;
}
function nLength(n, nBitLength) {
  if (nBitLength !== void 0) anumber2(nBitLength);
  if (n <= _0n2) throw new Error("invalid n length: expected positive n, got " + n);
  if (nBitLength !== void 0 && nBitLength < 1) throw new Error("invalid n length: expected positive bit length, got " + nBitLength);
  const bits = bitLen(n);
  if (nBitLength !== void 0 && nBitLength < bits) throw new Error(`invalid n length: expected nBitLength (${nBitLength}) >= bitLen(n) (${bits})`);
  const _nBitLength = nBitLength !== void 0 ? nBitLength : bits;
  const nByteLength = Math.ceil(_nBitLength / 8);
  return {
    nBitLength: _nBitLength,
    nByteLength
  };
}
function Field(ORDER, opts = {}) {
  Object.freeze(_Field.prototype);
  return new _Field(ORDER, opts);
}
function getFieldBytesLength(fieldOrder) {
  if (typeof fieldOrder !== "bigint") throw new Error("field order must be bigint");
  if (fieldOrder <= _1n2) throw new Error("field order must be greater than 1");
  const bitLength = bitLen(fieldOrder - _1n2);
  return Math.ceil(bitLength / 8);
}
function getMinHashLength(fieldOrder) {
  const length = getFieldBytesLength(fieldOrder);
  return length + Math.ceil(length / 2);
}
function mapHashToField(key, fieldOrder, isLE2 = false) {
  abytes2(key);
  const len = key.length;
  const fieldLen = getFieldBytesLength(fieldOrder);
  const minLen = Math.max(getMinHashLength(fieldOrder), 16);
  if (len < minLen || len > 1024) throw new Error("expected " + minLen + "-1024 bytes of input, got " + len);
  const num2 = isLE2 ? bytesToNumberLE(key) : bytesToNumberBE(key);
  const reduced = mod(num2, fieldOrder - _1n2) + _1n2;
  return isLE2 ? numberToBytesLE(reduced, fieldLen) : numberToBytesBE(reduced, fieldLen);
}
var _0n2, _1n2, _2n, _3n, _4n, _5n, _7n, _8n, _9n, _15n, _16n, POW_WINDOWED_MIN, FIELD_FIELDS, FIELD_SQRT, _Field;
var init_modular = __esm({
  "npm:@noble/curves@2.4.0/abstract/modular.js"() {
    init_utils2();
    _0n2 = /* @__PURE__ */ BigInt(0);
    _1n2 = /* @__PURE__ */ BigInt(1);
    _2n = /* @__PURE__ */ BigInt(2);
    _3n = /* @__PURE__ */ BigInt(3);
    _4n = /* @__PURE__ */ BigInt(4);
    _5n = /* @__PURE__ */ BigInt(5);
    _7n = /* @__PURE__ */ BigInt(7);
    _8n = /* @__PURE__ */ BigInt(8);
    _9n = /* @__PURE__ */ BigInt(9);
    _15n = /* @__PURE__ */ BigInt(15);
    _16n = /* @__PURE__ */ BigInt(16);
    POW_WINDOWED_MIN = /* @__PURE__ */ BigInt("0x10000000000000000");
    FIELD_FIELDS = [
      "create",
      "isValid",
      "is0",
      "neg",
      "inv",
      "sqrt",
      "sqr",
      "eql",
      "add",
      "sub",
      "mul",
      "pow",
      "div",
      "addN",
      "subN",
      "mulN",
      "sqrN"
    ];
    FIELD_SQRT = /* @__PURE__ */ new WeakMap();
    _Field = class {
      ORDER;
      BITS;
      BYTES;
      isLE;
      ZERO = _0n2;
      ONE = _1n2;
      _lengths;
      _mod;
      constructor(ORDER, opts = {}) {
        if (ORDER <= _1n2) throw new Error("invalid field: expected ORDER > 1, got " + ORDER);
        let _nbitLength = void 0;
        this.isLE = false;
        if (opts != null && typeof opts === "object") {
          if (typeof opts.BITS === "number") _nbitLength = opts.BITS;
          if (typeof opts.sqrt === "function")
            Object.defineProperty(this, "sqrt", {
              value: opts.sqrt,
              enumerable: true
            });
          if (typeof opts.isLE === "boolean") this.isLE = opts.isLE;
          if (opts.allowedLengths) this._lengths = Object.freeze(opts.allowedLengths.slice());
          if (typeof opts.modFromBytes === "boolean") this._mod = opts.modFromBytes;
        }
        const { nBitLength, nByteLength } = nLength(ORDER, _nbitLength);
        if (nByteLength > 2048) throw new Error("invalid field: expected ORDER of <= 2048 bytes");
        this.ORDER = ORDER;
        this.BITS = nBitLength;
        this.BYTES = nByteLength;
        Object.freeze(this);
      }
      create(num2) {
        return mod(num2, this.ORDER);
      }
      isValid(num2) {
        if (typeof num2 !== "bigint") throw new TypeError("invalid field element: expected bigint, got " + typeof num2);
        return _0n2 <= num2 && num2 < this.ORDER;
      }
      is0(num2) {
        return num2 === _0n2;
      }
      // is valid and invertible
      isValidNot0(num2) {
        return !this.is0(num2) && this.isValid(num2);
      }
      isOdd(num2) {
        return (num2 & _1n2) === _1n2;
      }
      neg(num2) {
        return mod(-num2, this.ORDER);
      }
      eql(lhs, rhs) {
        return lhs === rhs;
      }
      sqr(num2) {
        return mod(num2 * num2, this.ORDER);
      }
      add(lhs, rhs) {
        return mod(lhs + rhs, this.ORDER);
      }
      sub(lhs, rhs) {
        return mod(lhs - rhs, this.ORDER);
      }
      mul(lhs, rhs) {
        return mod(lhs * rhs, this.ORDER);
      }
      pow(num2, power) {
        return pow(num2, power, this.ORDER);
      }
      div(lhs, rhs) {
        return mod(lhs * invert(rhs, this.ORDER), this.ORDER);
      }
      // Same as above, but doesn't normalize
      sqrN(num2) {
        return num2 * num2;
      }
      addN(lhs, rhs) {
        return lhs + rhs;
      }
      subN(lhs, rhs) {
        return lhs - rhs;
      }
      mulN(lhs, rhs) {
        return lhs * rhs;
      }
      inv(num2) {
        return invert(num2, this.ORDER);
      }
      sqrt(num2) {
        let sqrt = FIELD_SQRT.get(this);
        if (!sqrt) FIELD_SQRT.set(this, sqrt = FpSqrt(this.ORDER));
        return sqrt(this, num2);
      }
      toBytes(num2) {
        return this.isLE ? numberToBytesLE(num2, this.BYTES) : numberToBytesBE(num2, this.BYTES);
      }
      fromBytes(bytes, skipValidation = false) {
        abytes2(bytes);
        const { _lengths: allowedLengths, BYTES, isLE: isLE2, ORDER, _mod: modFromBytes } = this;
        if (allowedLengths) {
          if (bytes.length < 1 || !allowedLengths.includes(bytes.length) || bytes.length > BYTES) {
            throw new Error("Field.fromBytes: expected " + allowedLengths + " bytes, got " + bytes.length);
          }
          const padded = new Uint8Array(BYTES);
          padded.set(bytes, isLE2 ? 0 : padded.length - bytes.length);
          bytes = padded;
        }
        if (bytes.length !== BYTES) throw new Error("Field.fromBytes: expected " + BYTES + " bytes, got " + bytes.length);
        let scalar = isLE2 ? bytesToNumberLE(bytes) : bytesToNumberBE(bytes);
        if (modFromBytes) scalar = mod(scalar, ORDER);
        if (!skipValidation) {
          if (!this.isValid(scalar)) throw new Error("invalid field element: outside of range 0..ORDER");
        }
        return scalar;
      }
      // TODO: we don't need it here, move out to separate fn
      invertBatch(lst) {
        return FpInvertBatch(this, lst, true);
      }
      // We can't move this out because Fp6, Fp12 implement it
      // and it's unclear what to return in there.
      cmov(a, b, condition) {
        abool2(condition, "condition");
        return condition ? b : a;
      }
    };
  }
});

// npm:@noble/curves@2.4.0/abstract/curve.js
function validatePointCons(Point) {
  const pc = Point;
  if (typeof pc !== "function") throw new TypeError('"Point" expected constructor, got type=' + typeof Point);
  afunction(pc.fromAffine, "Point.fromAffine");
  afunction(pc.fromBytes, "Point.fromBytes");
  afunction(pc.fromHex, "Point.fromHex");
  aobject2(pc.BASE, "Point.BASE");
  aobject2(pc.ZERO, "Point.ZERO");
  validateField(pc.Fp);
  validateField(pc.Fn);
}
function normalizeZ(c, points) {
  validatePointCons(c);
  validateMSMPoints(points, c);
  const invertedZs = FpInvertBatch(c.Fp, points.map((p) => p.Z));
  return points.map((p, i) => c.fromAffine(p.toAffine(invertedZs[i])));
}
function validateW(W, bits, min = 1) {
  if (!Number.isSafeInteger(W) || W < min || W > bits) throw new Error("invalid window size, expected [" + min + ".." + bits + "], got W=" + W);
}
function validateTableBytes(numPoints, fpBytes) {
  const bytes = numPoints * (4 * fpBytes + 128);
  if (bytes > TABLE_BYTES_MAX) throw new Error("invalid window size: table would need ~" + Math.ceil(bytes / 2 ** 20) + " MiB, max " + TABLE_BYTES_MAX / 2 ** 20 + " MiB");
}
function probeRandomBytes(randomBytes4, length) {
  if (randomBytes4 === void 0) return void 0;
  afunction(randomBytes4, "randomBytes");
  try {
    const probe = randomBytes4(length);
    if (!isBytes2(probe) || probe.length !== length) return void 0;
  } catch {
    return void 0;
  }
  return randomBytes4;
}
function validateMSMPoints(points, c) {
  aarray(points, "points");
  points.forEach((p, i) => {
    if (!(p instanceof c)) throw new Error("invalid point at index " + i);
  });
}
function validateMSMScalars(scalars, field, maxScalar) {
  if (!Array.isArray(scalars)) throw new Error("array of scalars expected");
  scalars.forEach((s, i) => {
    const ok = maxScalar === void 0 ? field.isValid(s) : isPosBig(s) && s < maxScalar;
    if (!ok) throw new Error("invalid scalar at index " + i);
  });
}
function getWindowSize(P) {
  return pointWindowSizes.get(P) || 1;
}
function oddMultiples(p, size) {
  const dbl = p.double();
  const t = [
    p
  ];
  for (let j = 1; j < size; j++) t.push(t[j - 1].add(dbl));
  return t;
}
function wnafDigits(n, W) {
  const size = 2 ** W;
  const half = size / 2;
  const mask = BigInt(size - 1);
  const d = [];
  while (n > _0n3) {
    let w = 0;
    if (n & _1n3) {
      w = Number(n & mask);
      if (w >= half) w -= size;
      n -= BigInt(w);
    }
    d.push(w);
    n >>= _1n3;
  }
  return d;
}
function signedWindowDigits(n, W, windows) {
  const size = 2 ** W;
  const half = size / 2;
  const mask = BigInt(size - 1);
  const shiftBy = BigInt(W);
  const d = [];
  for (let w = 0; w < windows; w++) {
    let v = Number(n & mask);
    n >>= shiftBy;
    if (v > half) {
      v -= size;
      n += _1n3;
    }
    d.push(v);
  }
  if (n !== _0n3) throw new Error("invalid wnaf");
  return d;
}
function wnafWalk(zero, tables, digits) {
  let max = 0;
  for (const d of digits) max = Math.max(max, d.length);
  let acc = zero;
  for (let bit = max - 1; bit >= 0; bit--) {
    if (bit !== max - 1) acc = acc.double();
    for (let i = 0; i < digits.length; i++) {
      const w = digits[i][bit];
      if (w) {
        const item = tables[i][Math.abs(w) - 1 >> 1];
        acc = acc.add(w < 0 ? item.negate() : item);
      }
    }
  }
  return acc;
}
function mulAddUnsafe(c, points, scalars, allowOversized = false) {
  validatePointCons(c);
  validateMSMPoints(points, c);
  abool2(allowOversized, "allowOversized");
  validateMSMScalars(scalars, c.Fn, allowOversized ? c.Fn.ORDER ** _4n2 : void 0);
  if (points.length !== scalars.length) throw new Error("arrays of points and scalars must have equal length");
  const tables = points.map((p) => oddMultiples(p, 4));
  const digits = scalars.map((n) => wnafDigits(n, 4));
  return wnafWalk(c.ZERO, tables, digits);
}
function createField(order, field, isLE2) {
  if (field) {
    if (field.ORDER !== order) throw new Error("Field.ORDER must match order: Fp == p, Fn == n");
    validateField(field);
    return field;
  } else {
    return Field(order, {
      isLE: isLE2
    });
  }
}
function createCurveFields(type, CURVE, curveOpts = {}, FpFnLE) {
  if (type !== "weierstrass" && type !== "edwards") throw new Error('expected curve type "weierstrass" or "edwards"');
  if (FpFnLE === void 0) FpFnLE = type === "edwards";
  if (!CURVE || typeof CURVE !== "object") throw new Error(`expected valid ${type} CURVE object`);
  validateObject(curveOpts);
  for (const p of [
    "p",
    "n",
    "h"
  ]) {
    const val = CURVE[p];
    if (!(isPosBig(val) && val !== _0n3)) throw new Error(`CURVE.${p} must be positive bigint`);
  }
  const Fp2 = createField(CURVE.p, curveOpts.Fp, FpFnLE);
  const Fn2 = createField(CURVE.n, curveOpts.Fn, FpFnLE);
  const _b = type === "weierstrass" ? "b" : "d";
  const params = [
    "Gx",
    "Gy",
    "a",
    _b
  ];
  for (const p of params) {
    if (!Fp2.isValid(CURVE[p])) throw new Error(`CURVE.${p} must be valid field element of CURVE.Fp`);
  }
  CURVE = Object.freeze(Object.assign({}, CURVE));
  return {
    CURVE,
    Fp: Fp2,
    Fn: Fn2
  };
}
function createKeygen(randomSecretKey, getPublicKey) {
  return function keygen(seed) {
    const secretKey = randomSecretKey(seed);
    return {
      secretKey,
      publicKey: getPublicKey(secretKey)
    };
  };
}
var _0n3, _1n3, _4n2, BLIND_BYTES, BLIND_BITS, FW_WINDOW, TABLE_BYTES_MAX, pointWindowSizes, ScalarMultiplier;
var init_curve = __esm({
  "npm:@noble/curves@2.4.0/abstract/curve.js"() {
    init_utils2();
    init_modular();
    _0n3 = /* @__PURE__ */ BigInt(0);
    _1n3 = /* @__PURE__ */ BigInt(1);
    _4n2 = /* @__PURE__ */ BigInt(4);
    BLIND_BYTES = 16;
    BLIND_BITS = 128;
    FW_WINDOW = 5;
    TABLE_BYTES_MAX = /* @__PURE__ */ (() => 2 ** 31)();
    pointWindowSizes = /* @__PURE__ */ new WeakMap();
    ScalarMultiplier = class {
      Point;
      BASE;
      ZERO;
      randomBytes;
      wnafPrecomputes = /* @__PURE__ */ new WeakMap();
      baseCanBeBlinded;
      bits;
      // Parametrized with a given Point class (not individual point)
      constructor(Point, randomBytes4) {
        validatePointCons(Point);
        this.randomBytes = probeRandomBytes(randomBytes4, BLIND_BYTES);
        this.Point = Point;
        this.BASE = Point.BASE;
        this.ZERO = Point.ZERO;
        this.bits = Point.Fn.BITS;
      }
      /**
         * Creates a signed fixed-window wNAF precomputation table: for every window w, the
         * multiples `[1..2^(W−1)]⋅2^(w⋅W)⋅P`, flattened. All doublings are baked into the table,
         * so cached multiplication is additions-only. `windows = ceil(bits/W) + 1`: the extra
         * window absorbs the final carry of signed-digit recoding.
         * For a 256-bit curve and W=6, the table is 44⋅32 = 1408 points.
         * @param point - Point instance
         * @param W - window size
         * @param bits - scalar bitlength the table must cover
         */
      buildWnafTable(point, W, bits) {
        const windows = Math.ceil(bits / W) + 1;
        const half = 2 ** (W - 1);
        const comp = [];
        let base = point;
        for (let w = 0; w < windows; w++) {
          let acc = base;
          for (let i = 0; i < half; i++) {
            comp.push(acc);
            acc = acc.add(base);
          }
          base = comp[comp.length - 1].double();
        }
        return {
          W,
          bits,
          windows,
          comp
        };
      }
      /**
         * Implements ec multiplication using precomputed signed fixed-window wNAF tables.
         * Constant-time: fixed window count with one table addition per window — zero digits feed
         * the fake accumulator — and no doublings; the lookup scans the whole window slice.
         * Scalar bounds are validated by the public entry points ({@link ScalarMultiplier.mulCT},
         * {@link ScalarMultiplier.mulCTBlinded}, {@link ScalarMultiplier.mulUnsafe});
         * signedWindowDigits throws if `n` exceeds the table.
         * @returns real and fake (for const-time) points
         */
      wnafCachedCT(precomputes, n) {
        const { W, windows, comp } = precomputes;
        const half = 2 ** (W - 1);
        const digits = signedWindowDigits(n, W, windows);
        let p = this.ZERO;
        let f = this.BASE;
        for (let w = 0; w < windows; w++) {
          const digit = digits[w];
          const start = w * half;
          const idx = Math.abs(digit) - 1;
          let sel = comp[start];
          for (let i = 1; i < half; i++) sel = i === idx ? comp[start + i] : sel;
          const neg = sel.negate();
          if (digit === 0) f = f.add(comp[start]);
          else p = p.add(digit < 0 ? neg : sel);
        }
        return {
          p,
          f
        };
      }
      // Cache key is point identity plus (W, bits); at most two entries exist per point (public-width
      // `Fn.BITS` and blinded `Fn.BITS + BLIND_BITS`). Callers must not reuse the same point with
      // incompatible `transform(...)` layouts and expect a separate cache entry.
      getWnafPrecomputes(W, point, bits, transform) {
        let entries = this.wnafPrecomputes.get(point);
        let comp = entries?.find((entry) => entry.W === W && entry.bits === bits);
        if (!comp) {
          comp = this.buildWnafTable(point, W, bits);
          if (typeof transform === "function") comp = {
            ...comp,
            comp: transform(comp.comp)
          };
          if (!entries) {
            entries = [];
            this.wnafPrecomputes.set(point, entries);
          }
          entries.push(comp);
        }
        return comp;
      }
      assertPoint(point) {
        if (!(point instanceof this.Point)) throw new TypeError('"point" expected Point instance, got type=' + typeof point);
      }
      // Shared prologue of the constant-time entry points. Rejects scalar 0: in key/signature-style
      // callers a zero scalar means broken upstream plumbing, and concrete Points already reject it.
      // Uses inRange instead of Fn.isValidNot0: validateField() only certifies the arithmetic subset.
      validateMulInput(point, scalar) {
        this.assertPoint(point);
        if (!inRange(scalar, _1n3, this.Point.Fn.ORDER)) throw new Error("invalid scalar");
      }
      // Constant-time dispatch shared by mulCT / mulCTBlinded. Un-precomputed points (W===1, e.g.
      // ECDH peer keys) skip building a throwaway cached table in favor of a small fixed-window
      // multiply. `n` must be < 2^bits.
      runCT(point, n, bits, transform) {
        const W = getWindowSize(point);
        if (W === 1) return this.fixedWindowCT(point, n, bits);
        return this.wnafCachedCT(this.getWnafPrecomputes(W, point, bits, transform), n);
      }
      mulCT(point, scalar, transform) {
        this.validateMulInput(point, scalar);
        return this.runCT(point, scalar, this.bits, transform);
      }
      mulCTBlinded(point, scalar, transform) {
        this.validateMulInput(point, scalar);
        if (this.randomBytes === void 0) throw new Error("randomBytes is required for scalar blinding");
        const bits = this.Point.Fn.BITS + BLIND_BITS;
        const blind = this.randomBytes(BLIND_BYTES);
        if (!isBytes2(blind) || blind.length !== BLIND_BYTES) throw new Error("randomBytes returned invalid byte array");
        blind[0] = blind[0] & 63 | 128;
        const n = scalar + bytesToNumberBE(blind) * this.Point.Fn.ORDER;
        return this.runCT(point, n, bits, transform);
      }
      /**
         * Constant-time multiplication `n*point` for an un-precomputed point, via a small fixed window.
         * A cached wNAF table only pays off when reused; a flat 2^FW_WINDOW table (`size-1` adds) is
         * far cheaper to build for a single use. The point-operation sequence is independent of `n`:
         * build the table, then per window exactly FW_WINDOW doublings, a data-oblivious scan over
         * every table entry, and one addition (adds the identity when the window digit is 0 — never
         * skipped).
         *
         * `n` must be `< 2^bits`. Assumes complete addition (adding the identity costs the same as any
         * add), which holds for the Weierstrass/Edwards point types used here. The table is left in
         * projective form (no normalizeZ): normalizing this small a table costs more than the
         * mixed-add savings it would buy for a single multiply.
         * @returns real point `p`; `f` duplicates it only to match {@link wnafCachedCT}'s return shape
         * (this path needs no fake accumulator — its op-count is already scalar-independent).
         */
      fixedWindowCT(point, n, bits) {
        const W = FW_WINDOW;
        const size = 1 << W;
        const mask = bitMask(W);
        const table2 = new Array(size);
        table2[0] = this.ZERO;
        for (let i = 1; i < size; i++) table2[i] = table2[i - 1].add(point);
        const windows = Math.ceil(bits / W);
        let acc = this.ZERO;
        for (let window = windows - 1; window >= 0; window--) {
          if (window !== windows - 1) for (let d = 0; d < W; d++) acc = acc.double();
          const digit = Number(n >> BigInt(window * W) & mask);
          let sel = table2[0];
          for (let i = 1; i < size; i++) sel = i === digit ? table2[i] : sel;
          acc = acc.add(sel);
        }
        return {
          p: acc,
          f: acc
        };
      }
      shouldBlind(point, cofactor) {
        if (this.randomBytes === void 0) return false;
        if (cofactor === _1n3) return true;
        if (point !== this.BASE) return false;
        if (this.baseCanBeBlinded === void 0) this.baseCanBeBlinded = this.mulUnsafe(this.BASE, this.Point.Fn.ORDER).is0();
        return this.baseCanBeBlinded;
      }
      mulSecret(point, scalar, cofactor, transform) {
        return this.shouldBlind(point, cofactor) ? this.mulCTBlinded(point, scalar, transform) : this.mulCT(point, scalar, transform);
      }
      mulUnsafe(point, scalar, transform) {
        this.assertPoint(point);
        if (!isPosBig(scalar)) throw new Error("invalid scalar");
        const W = getWindowSize(point);
        if (W === 1 || scalar >= this.Point.Fn.ORDER) return mulAddUnsafe(this.Point, [
          point
        ], [
          scalar
        ], true);
        const precomputes = this.getWnafPrecomputes(W, point, this.bits, transform);
        return this.wnafCachedCT(precomputes, scalar).p;
      }
      // Remembers the window size used for precomputed wNAF multiplication of the given point
      // and drops any previously built tables. Usually only the base point is precomputed.
      // W=1 resets the point to the un-precomputed (table-less) paths.
      // W is additionally capped so tables stay under ~2 GiB ({@link TABLE_BYTES_MAX}).
      setWindowSize(point, W) {
        this.assertPoint(point);
        validateW(W, this.bits);
        const windows = Math.ceil((this.bits + BLIND_BITS) / W) + 1;
        validateTableBytes(windows * 2 ** (W - 1), this.Point.Fp.BYTES);
        pointWindowSizes.set(point, W);
        this.wnafPrecomputes.delete(point);
      }
      // True when a window size is set: tables themselves are built lazily on first multiply.
      hasWindowSize(point) {
        return getWindowSize(point) !== 1;
      }
    };
  }
});

// npm:@noble/curves@2.4.0/abstract/fft.js
function checkU32(n, title = "n") {
  if (typeof n !== "number") throw new TypeError(`wrong u32 integer "${title}": expected number, got type=${typeof n}`);
  if (!Number.isSafeInteger(n) || n < 0 || n > 4294967295) throw new RangeError(`wrong u32 integer "${title}": expected 0..4294967295, got ${n}`);
  return n;
}
function isPowerOfTwo(x) {
  checkU32(x, "x");
  return (x & x - 1) === 0 && x !== 0;
}
function nextPowerOfTwo(n) {
  checkU32(n);
  if (n <= 1) return 1;
  if (n > 2147483648) throw new Error("nextPowerOfTwo overflow: result does not fit u32");
  return 1 << log2(n - 1) + 1 >>> 0;
}
function reverseBits(n, bits) {
  checkU32(n);
  if (typeof bits !== "number") throw new TypeError('"bits" expected number, got type=' + typeof bits);
  if (!Number.isSafeInteger(bits) || bits < 0 || bits > 32) throw new Error(`expected integer 0 <= bits <= 32, got ${bits}`);
  let reversed = 0;
  for (let i = 0; i < bits; i++, n >>>= 1) reversed = reversed << 1 | n & 1;
  return reversed >>> 0;
}
function log2(n) {
  checkU32(n);
  return 31 - Math.clz32(n);
}
function bitReversalInplace(values) {
  if (!values || typeof values !== "object" || typeof values.length !== "number") throw new TypeError('"values" expected array-like, got type=' + typeof values);
  const n = values.length;
  if (!isPowerOfTwo(n)) throw new Error("expected positive power-of-two length, got " + n);
  const bits = log2(n);
  for (let i = 0; i < n; i++) {
    const j = reverseBits(i, bits);
    if (i < j) {
      const tmp = values[i];
      values[i] = values[j];
      values[j] = tmp;
    }
  }
  return values;
}
function poly(field, roots, create, fft, length) {
  validateField(field);
  const F2 = field;
  const _create = create || ((len, elm) => new Array(len).fill(elm ?? F2.ZERO));
  const isPoly = (x) => {
    if (Array.isArray(x)) return true;
    if (!ArrayBuffer.isView(x)) return false;
    const v = x;
    return typeof v.length === "number" && typeof v.slice === "function" && typeof v[Symbol.iterator] === "function";
  };
  const checkPoly = (title, value) => {
    if (!isPoly(value)) throw new TypeError(`"${title}" expected polynomial, got type=${typeof value}`);
  };
  const checkLength2 = (a, b) => {
    checkPoly("a", a);
    const L = a.length;
    if (b !== void 0) {
      checkPoly("b", b);
      if (b.length !== L) throw new Error(`poly: mismatched lengths ${L} vs ${b.length}`);
    }
    if (length !== void 0 && L !== length) throw new Error(`poly: expected fixed length ${length}, got ${L}`);
    return L;
  };
  function findOmegaIndex(x, n, brp = false, weights) {
    if (!isPowerOfTwo(n)) throw new Error("poly.lagrange: expected power of two length, got " + n);
    const omega = weights || (brp ? roots.brp(log2(n)) : roots.roots(log2(n)));
    for (let i = 0; i < n; i++) if (F2.eql(x, omega[i])) return i;
    return -1;
  }
  return {
    roots,
    create: _create,
    length,
    extend: (a, len) => {
      checkLength2(a);
      const out = _create(len, F2.ZERO);
      for (let i = 0; i < Math.min(a.length, len); i++) out[i] = a[i];
      return out;
    },
    degree: (a) => {
      checkLength2(a);
      for (let i = a.length - 1; i >= 0; i--) if (!F2.is0(a[i])) return i;
      return -1;
    },
    add: (a, b) => {
      const len = checkLength2(a, b);
      const out = _create(len);
      for (let i = 0; i < len; i++) out[i] = F2.add(a[i], b[i]);
      return out;
    },
    sub: (a, b) => {
      const len = checkLength2(a, b);
      const out = _create(len);
      for (let i = 0; i < len; i++) out[i] = F2.sub(a[i], b[i]);
      return out;
    },
    dot: (a, b) => {
      const len = checkLength2(a, b);
      const out = _create(len);
      for (let i = 0; i < len; i++) out[i] = F2.mul(a[i], b[i]);
      return out;
    },
    mul: (a, b) => {
      if (isPoly(b)) {
        const len = checkLength2(a, b);
        if (fft) {
          const A = fft.direct(a, false, true);
          const B2 = fft.direct(b, false, true);
          for (let i = 0; i < A.length; i++) A[i] = F2.mul(A[i], B2[i]);
          return fft.inverse(A, true, false);
        } else {
          const res = _create(len);
          for (let i = 0; i < len; i++) {
            for (let j = 0; j < len; j++) {
              const k = (i + j) % len;
              res[k] = F2.add(res[k], F2.mul(a[i], b[j]));
            }
          }
          return res;
        }
      } else {
        const out = _create(checkLength2(a));
        for (let i = 0; i < out.length; i++) out[i] = F2.mul(a[i], b);
        return out;
      }
    },
    convolve(a, b) {
      checkPoly("a", a);
      checkPoly("b", b);
      const len = nextPowerOfTwo(a.length + b.length - 1);
      return this.mul(this.extend(a, len), this.extend(b, len));
    },
    shift(p, factor) {
      checkPoly("p", p);
      const out = _create(p.length);
      if (length !== void 0 && p.length !== length) throw new Error(`poly: expected fixed length ${length}, got ${p.length}`);
      if (!p.length) return out;
      out[0] = p[0];
      for (let i = 1, power = F2.ONE; i < p.length; i++) {
        power = F2.mul(power, factor);
        out[i] = F2.mul(p[i], power);
      }
      return out;
    },
    clone: (a) => {
      checkLength2(a);
      const out = _create(a.length);
      for (let i = 0; i < a.length; i++) out[i] = a[i];
      return out;
    },
    eval: (a, basis) => {
      checkLength2(a, basis);
      let acc = F2.ZERO;
      for (let i = 0; i < a.length; i++) acc = F2.add(acc, F2.mul(a[i], basis[i]));
      return acc;
    },
    monomial: {
      basis: (x, n) => {
        const out = _create(n);
        let pow3 = F2.ONE;
        for (let i = 0; i < n; i++) {
          out[i] = pow3;
          pow3 = F2.mul(pow3, x);
        }
        return out;
      },
      eval: (a, x) => {
        checkLength2(a);
        let acc = F2.ZERO;
        for (let i = a.length - 1; i >= 0; i--) acc = F2.add(F2.mul(acc, x), a[i]);
        return acc;
      }
    },
    lagrange: {
      basis: (x, n, brp = false, weights) => {
        if (!isPowerOfTwo(n)) throw new Error("poly.lagrange: expected power of two length, got " + n);
        const bits = log2(n);
        const cache = weights || (brp ? roots.brp(bits) : roots.roots(bits));
        const out = _create(n);
        const idx = findOmegaIndex(x, n, brp, weights);
        if (idx !== -1) {
          out[idx] = F2.ONE;
          return out;
        }
        const tm = F2.pow(x, BigInt(n));
        const c = F2.mul(F2.sub(tm, F2.ONE), F2.inv(BigInt(n)));
        const denom = _create(n);
        for (let i = 0; i < n; i++) denom[i] = F2.sub(x, cache[i]);
        const inv = F2.invertBatch(denom);
        for (let i = 0; i < n; i++) out[i] = F2.mul(c, F2.mul(cache[i], inv[i]));
        return out;
      },
      eval(a, x, brp = false) {
        checkLength2(a);
        const idx = findOmegaIndex(x, a.length, brp);
        if (idx !== -1) return a[idx];
        const L = this.basis(x, a.length, brp);
        let acc = F2.ZERO;
        for (let i = 0; i < a.length; i++) if (!F2.is0(a[i])) acc = F2.add(acc, F2.mul(a[i], L[i]));
        return acc;
      }
    },
    vanishing(roots2) {
      checkPoly("roots", roots2);
      if (length !== void 0 && roots2.length !== length) throw new Error(`poly: expected fixed length ${length}, got ${roots2.length}`);
      const out = _create(roots2.length + 1, F2.ZERO);
      out[0] = F2.ONE;
      for (const r of roots2) {
        const neg = F2.neg(r);
        for (let j = out.length - 1; j > 0; j--) out[j] = F2.add(F2.mul(out[j], neg), out[j - 1]);
        out[0] = F2.mul(out[0], neg);
      }
      return out;
    }
  };
}
var FFTCore;
var init_fft = __esm({
  "npm:@noble/curves@2.4.0/abstract/fft.js"() {
    init_utils2();
    init_modular();
    FFTCore = (F2, coreOpts) => {
      validateObject(coreOpts, {
        N: "number",
        roots: "object",
        dit: "boolean"
      }, {
        invertButterflies: "boolean",
        skipStages: "number",
        brp: "boolean"
      }, "coreOpts");
      const { N: N2, roots, dit, invertButterflies = false, skipStages = 0, brp = true } = coreOpts;
      checkU32(N2, "coreOpts.N");
      const bits = log2(N2);
      if (!isPowerOfTwo(N2)) throw new Error("FFT: Polynomial size should be power of two");
      checkU32(skipStages, "coreOpts.skipStages");
      const maxSkipStages = bits === 0 ? 0 : bits - 1;
      if (skipStages > maxSkipStages) throw new Error(`FFT: wrong skipStages: expected 0 <= skipStages <= ${maxSkipStages}`);
      if (roots.length !== N2) throw new Error(`FFT: wrong roots length: expected ${N2}, got ${roots.length}`);
      const isDit = dit !== invertButterflies;
      return (values) => {
        if (values.length !== N2) throw new Error("FFT: wrong Polynomial length");
        if (dit && brp) bitReversalInplace(values);
        for (let i = 0, g = 1; i < bits - skipStages; i++) {
          const s = dit ? i + 1 + skipStages : bits - i;
          const m = 1 << s;
          const m2 = m >> 1;
          const stride = N2 >> s;
          for (let k = 0; k < N2; k += m) {
            for (let j = 0, grp = g++; j < m2; j++) {
              const rootPos = invertButterflies ? dit ? N2 - grp : grp : j * stride;
              const i0 = k + j;
              const i1 = k + j + m2;
              const omega = roots[rootPos];
              const b = values[i1];
              const a = values[i0];
              if (isDit) {
                const t = F2.mul(b, omega);
                values[i0] = F2.add(a, t);
                values[i1] = F2.sub(a, t);
              } else if (invertButterflies) {
                values[i0] = F2.add(b, a);
                values[i1] = F2.mul(F2.sub(b, a), omega);
              } else {
                values[i0] = F2.add(a, b);
                values[i1] = F2.mul(F2.sub(a, b), omega);
              }
            }
          }
        }
        if (!dit && brp) bitReversalInplace(values);
        return values;
      };
    };
  }
});

// npm:@noble/curves@2.4.0/abstract/hash-to-curve.js
function i2osp(value, length) {
  asafenumber(value);
  asafenumber(length);
  if (length < 0 || length > 4) throw new Error("invalid I2OSP length: " + length);
  if (value < 0 || value > 2 ** (8 * length) - 1) throw new Error("invalid I2OSP input: " + value);
  const res = Array.from({
    length
  }).fill(0);
  for (let i = length - 1; i >= 0; i--) {
    res[i] = value & 255;
    value >>>= 8;
  }
  return new Uint8Array(res);
}
function strxor(a, b) {
  const arr = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) {
    arr[i] = a[i] ^ b[i];
  }
  return arr;
}
function normDST(DST) {
  if (!isBytes2(DST) && typeof DST !== "string") throw new Error("DST must be Uint8Array or ascii string");
  const dst = typeof DST === "string" ? asciiToBytes(DST) : DST;
  if (dst.length === 0) throw new Error("DST must be non-empty");
  return dst;
}
function expand_message_xmd(msg, DST, lenInBytes, H) {
  abytes2(msg);
  asafenumber(lenInBytes);
  if (typeof H !== "function") throw new Error("expand_message_xmd: expected hash function");
  asafenumber(H.outputLen, "hash.outputLen");
  asafenumber(H.blockLen, "hash.blockLen");
  DST = normDST(DST);
  if (DST.length > 255) DST = H(concatBytes2(asciiToBytes("H2C-OVERSIZE-DST-"), DST));
  const { outputLen: b_in_bytes, blockLen: r_in_bytes } = H;
  const ell = Math.ceil(lenInBytes / b_in_bytes);
  if (lenInBytes > 65535 || ell > 255) throw new Error("expand_message_xmd: invalid lenInBytes");
  const DST_prime = concatBytes2(DST, i2osp(DST.length, 1));
  const Z_pad = new Uint8Array(r_in_bytes);
  const l_i_b_str = i2osp(lenInBytes, 2);
  const b = new Array(ell);
  const b_0 = H(concatBytes2(Z_pad, msg, l_i_b_str, i2osp(0, 1), DST_prime));
  b[0] = H(concatBytes2(b_0, i2osp(1, 1), DST_prime));
  for (let i = 1; i < ell; i++) {
    const args = [
      strxor(b_0, b[i - 1]),
      i2osp(i + 1, 1),
      DST_prime
    ];
    b[i] = H(concatBytes2(...args));
  }
  const pseudo_random_bytes = concatBytes2(...b);
  return pseudo_random_bytes.slice(0, lenInBytes);
}
function expand_message_xof(msg, DST, lenInBytes, k, H) {
  abytes2(msg);
  asafenumber(lenInBytes);
  asafenumber(k, "k");
  if (k < 0) throw new Error("expand_message_xof: invalid k");
  if (typeof H !== "function") throw new Error("expand_message_xof: expected XOF function");
  if (typeof H.create !== "function") throw new Error("expand_message_xof: expected XOF create");
  DST = normDST(DST);
  if (lenInBytes < 0 || lenInBytes > 65535) throw new Error("expand_message_xof: invalid lenInBytes");
  if (DST.length > 255) {
    const dkLen = Math.ceil(2 * k / 8);
    DST = H.create({
      dkLen
    }).update(asciiToBytes("H2C-OVERSIZE-DST-")).update(DST).digest();
  }
  if (DST.length > 255) throw new Error("expand_message_xof: invalid DST");
  return H.create({
    dkLen: lenInBytes
  }).update(msg).update(i2osp(lenInBytes, 2)).update(DST).update(i2osp(DST.length, 1)).digest();
}
function hash_to_field(msg, count, options) {
  validateObject(options, {
    p: "bigint",
    m: "number",
    k: "number",
    hash: "function"
  });
  const { p, k, m, hash, expand, DST } = options;
  asafenumber(hash.outputLen, "valid hash");
  abytes2(msg);
  asafenumber(count);
  asafenumber(m, "m");
  asafenumber(k, "k");
  if (p <= BigInt(1)) throw new Error("hash_to_field: expected valid field characteristic");
  if (count < 1) throw new Error("hash_to_field: expected count >= 1");
  if (m < 1) throw new Error("hash_to_field: expected m >= 1");
  if (k < 0) throw new Error("hash_to_field: invalid k");
  const log2p = p.toString(2).length;
  const L = Math.ceil((log2p + k) / 8);
  const len_in_bytes = count * m * L;
  let prb;
  if (expand === "xmd") {
    prb = expand_message_xmd(msg, DST, len_in_bytes, hash);
  } else if (expand === "xof") {
    prb = expand_message_xof(msg, DST, len_in_bytes, k, hash);
  } else if (expand === "_internal_pass") {
    prb = msg;
  } else {
    throw new Error('expand must be "xmd" or "xof"');
  }
  const u = new Array(count);
  for (let i = 0; i < count; i++) {
    const e = new Array(m);
    for (let j = 0; j < m; j++) {
      const elm_offset = L * (j + i * m);
      const tv = prb.subarray(elm_offset, elm_offset + L);
      e[j] = mod(os2ip(tv), p);
    }
    u[i] = e;
  }
  return u;
}
function isogenyMap(field, map) {
  validateField(field);
  aarray(map, "map");
  const coeff = map.map((i, row) => {
    aarray(i, "map[" + row + "]");
    if (i.length < 1) throw new Error("isogenyMap: expected non-empty coefficients");
    return Array.from(i).reverse();
  });
  return (x, y) => {
    const [xn, xd, yn, yd] = coeff.map((val) => val.reduce((acc, i) => field.add(field.mul(acc, x), i)));
    const isZero = field.is0(xd) || field.is0(yd);
    const [xd_inv, yd_inv] = FpInvertBatch(field, [
      xd,
      yd
    ], true);
    x = field.mul(xn, xd_inv);
    y = field.mul(y, field.mul(yn, yd_inv));
    return isZero ? {
      x: field.ZERO,
      y: field.ZERO
    } : {
      x,
      y
    };
  };
}
function createHasher2(Point, mapToCurve, defaults) {
  if (typeof mapToCurve !== "function") throw new Error("mapToCurve() must be defined");
  validateObject(defaults);
  const snapshot = (src) => Object.freeze({
    ...src,
    DST: isBytes2(src.DST) ? copyBytes(src.DST) : src.DST,
    ...src.encodeDST === void 0 ? {} : {
      encodeDST: isBytes2(src.encodeDST) ? copyBytes(src.encodeDST) : src.encodeDST
    }
  });
  const safeDefaults = snapshot(defaults);
  const dstOverride = (options) => options && options.DST !== void 0 ? {
    DST: options.DST
  } : void 0;
  function map(num2) {
    return Point.fromAffine(mapToCurve(num2));
  }
  function clear(initial) {
    const P = initial.clearCofactor();
    if (P.equals(Point.ZERO)) return Point.ZERO;
    P.assertValidity();
    return P;
  }
  return Object.freeze({
    get defaults() {
      return snapshot(safeDefaults);
    },
    Point,
    hashToCurve(msg, options) {
      const opts = Object.assign({}, safeDefaults, dstOverride(options));
      const u = hash_to_field(msg, 2, opts);
      const u0 = map(u[0]);
      const u1 = map(u[1]);
      return clear(u0.add(u1));
    },
    encodeToCurve(msg, options) {
      const optsDst = safeDefaults.encodeDST === void 0 ? {} : {
        DST: safeDefaults.encodeDST
      };
      const opts = Object.assign({}, safeDefaults, optsDst, dstOverride(options));
      const u = hash_to_field(msg, 1, opts);
      const u0 = map(u[0]);
      return clear(u0);
    },
    /** See {@link H2CHasher} */
    mapToCurve(scalars) {
      if (safeDefaults.m === 1) {
        if (typeof scalars !== "bigint") throw new Error("expected bigint (m=1)");
        return clear(map([
          scalars
        ]));
      }
      if (!Array.isArray(scalars)) throw new Error("expected array of bigints");
      if (scalars.length !== safeDefaults.m) throw new Error(`expected array of ${safeDefaults.m} bigints`);
      for (const i of scalars) if (typeof i !== "bigint") throw new Error("expected array of bigints");
      return clear(map(scalars));
    },
    // hash_to_scalar can produce 0: https://www.rfc-editor.org/errata/eid8393
    // RFC 9380, draft-irtf-cfrg-bbs-signatures-08. Default scalar DST is the shared generic
    // `HashToScalar-` prefix above unless the caller overrides it per invocation.
    hashToScalar(msg, options) {
      const N2 = Point.Fn.ORDER;
      const opts = Object.assign({}, safeDefaults, {
        DST: _DST_scalar
      }, dstOverride(options), {
        p: N2,
        m: 1
      });
      return hash_to_field(msg, 1, opts)[0][0];
    }
  });
}
function SWUFpSqrtRatio(Fp2, Z) {
  const F2 = validateField(Fp2);
  const q = F2.ORDER;
  let l = _0n4;
  for (let o = q - _1n4; o % _2n2 === _0n4; o /= _2n2) l += _1n4;
  const c1 = l;
  const _2n_pow_c1_1 = _2n2 << c1 - _1n4 - _1n4;
  const _2n_pow_c1 = _2n_pow_c1_1 * _2n2;
  const c2 = (q - _1n4) / _2n_pow_c1;
  const c3 = (c2 - _1n4) / _2n2;
  const c4 = _2n_pow_c1 - _1n4;
  const c5 = _2n_pow_c1_1;
  const c6 = F2.pow(Z, c2);
  const c7 = F2.pow(Z, (c2 + _1n4) / _2n2);
  let sqrtRatio = (u, v) => {
    let tv1 = c6;
    let tv2 = F2.pow(v, c4);
    let tv3 = F2.sqr(tv2);
    tv3 = F2.mul(tv3, v);
    let tv5 = F2.mul(u, tv3);
    tv5 = F2.pow(tv5, c3);
    tv5 = F2.mul(tv5, tv2);
    tv2 = F2.mul(tv5, v);
    tv3 = F2.mul(tv5, u);
    let tv4 = F2.mul(tv3, tv2);
    tv5 = F2.pow(tv4, c5);
    let isQR = F2.eql(tv5, F2.ONE);
    tv2 = F2.mul(tv3, c7);
    tv5 = F2.mul(tv4, tv1);
    tv3 = F2.cmov(tv2, tv3, isQR);
    tv4 = F2.cmov(tv5, tv4, isQR);
    for (let i = c1; i > _1n4; i--) {
      let tv52 = i - _2n2;
      tv52 = _2n2 << tv52 - _1n4;
      let tvv5 = F2.pow(tv4, tv52);
      const e1 = F2.eql(tvv5, F2.ONE);
      tv2 = F2.mul(tv3, tv1);
      tv1 = F2.mul(tv1, tv1);
      tvv5 = F2.mul(tv4, tv1);
      tv3 = F2.cmov(tv2, tv3, e1);
      tv4 = F2.cmov(tvv5, tv4, e1);
    }
    return {
      isValid: !F2.is0(v) && (isQR || F2.is0(u)),
      value: tv3
    };
  };
  if (F2.ORDER % _4n3 === _3n2) {
    const c12 = (F2.ORDER - _3n2) / _4n3;
    const c22 = F2.sqrt(F2.neg(Z));
    sqrtRatio = (u, v) => {
      let tv1 = F2.sqr(v);
      const tv2 = F2.mul(u, v);
      tv1 = F2.mul(tv1, tv2);
      let y1 = F2.pow(tv1, c12);
      y1 = F2.mul(y1, tv2);
      const y2 = F2.mul(y1, c22);
      const tv3 = F2.mul(F2.sqr(y1), v);
      const isQR = F2.eql(tv3, u);
      let y = F2.cmov(y2, y1, isQR);
      return {
        isValid: !F2.is0(v) && isQR,
        value: y
      };
    };
  }
  return sqrtRatio;
}
function mapToCurveSimpleSWU(Fp2, opts) {
  const F2 = validateField(Fp2);
  validateObject(opts, {}, {}, "opts");
  const { A, B: B2, Z } = opts;
  if (!F2.isValidNot0(A) || !F2.isValidNot0(B2) || !F2.isValid(Z)) throw new Error("mapToCurveSimpleSWU: invalid opts");
  if (F2.eql(Z, F2.neg(F2.ONE)) || FpIsSquare(F2, Z)) throw new Error("mapToCurveSimpleSWU: invalid opts");
  const x = F2.mul(B2, F2.inv(F2.mul(Z, A)));
  const gx = F2.add(F2.add(F2.mul(F2.sqr(x), x), F2.mul(A, x)), B2);
  if (!FpIsSquare(F2, gx)) throw new Error("mapToCurveSimpleSWU: invalid opts");
  const sqrtRatio = SWUFpSqrtRatio(F2, Z);
  if (!F2.isOdd) throw new Error("Field does not have .isOdd()");
  return (u) => {
    let tv1, tv2, tv3, tv4, tv5, tv6, x2, y;
    tv1 = F2.sqr(u);
    tv1 = F2.mul(tv1, Z);
    tv2 = F2.sqr(tv1);
    tv2 = F2.add(tv2, tv1);
    tv3 = F2.add(tv2, F2.ONE);
    tv3 = F2.mul(tv3, B2);
    tv4 = F2.cmov(Z, F2.neg(tv2), !F2.eql(tv2, F2.ZERO));
    tv4 = F2.mul(tv4, A);
    tv2 = F2.sqr(tv3);
    tv6 = F2.sqr(tv4);
    tv5 = F2.mul(tv6, A);
    tv2 = F2.add(tv2, tv5);
    tv2 = F2.mul(tv2, tv3);
    tv6 = F2.mul(tv6, tv4);
    tv5 = F2.mul(tv6, B2);
    tv2 = F2.add(tv2, tv5);
    x2 = F2.mul(tv1, tv3);
    const { isValid, value } = sqrtRatio(tv2, tv6);
    y = F2.mul(tv1, u);
    y = F2.mul(y, value);
    x2 = F2.cmov(x2, tv3, isValid);
    y = F2.cmov(y, value, isValid);
    const e1 = F2.isOdd(u) === F2.isOdd(y);
    y = F2.cmov(F2.neg(y), y, e1);
    const tv4_inv = FpInvertBatch(F2, [
      tv4
    ], true)[0];
    x2 = F2.mul(x2, tv4_inv);
    return {
      x: x2,
      y
    };
  };
}
var _0n4, _1n4, _2n2, _3n2, _4n3, os2ip, _DST_scalar;
var init_hash_to_curve = __esm({
  "npm:@noble/curves@2.4.0/abstract/hash-to-curve.js"() {
    init_utils2();
    init_modular();
    _0n4 = /* @__PURE__ */ BigInt(0);
    _1n4 = /* @__PURE__ */ BigInt(1);
    _2n2 = /* @__PURE__ */ BigInt(2);
    _3n2 = /* @__PURE__ */ BigInt(3);
    _4n3 = /* @__PURE__ */ BigInt(4);
    os2ip = bytesToNumberBE;
    _DST_scalar = "HashToScalar-";
  }
});

// npm:@noble/curves@2.4.0/abstract/frost.js
function createFROST(opts) {
  validateObject(opts, {
    name: "string",
    hash: "function"
  }, {
    hashToScalar: "function",
    validatePoint: "function",
    parsePublicKey: "function",
    adjustScalar: "function",
    adjustPoint: "function",
    challenge: "function",
    adjustNonces: "function",
    adjustSecret: "function",
    adjustPublic: "function",
    adjustGroupCommitmentShare: "function",
    adjustTx: "object",
    adjustDKG: "function"
  });
  validatePointCons(opts.Point);
  const { Point, validatePoint, parsePublicKey, adjustScalar, adjustPoint: adjustPointHook, challenge: challenge2, adjustNonces, adjustSecret, adjustPublic, adjustGroupCommitmentShare, adjustDKG } = opts;
  const Fn2 = opts.Fn === void 0 ? Point.Fn : opts.Fn;
  const adjustTx = opts.adjustTx === void 0 ? void 0 : {
    encode: opts.adjustTx.encode,
    decode: opts.adjustTx.decode
  };
  if (adjustTx) validateObject(adjustTx, {
    encode: "function",
    decode: "function"
  });
  const hashBytes = opts.hash;
  const hashToScalar = opts.hashToScalar === void 0 ? (msg, opts2 = {
    DST: new Uint8Array()
  }) => {
    const t = hashBytes(concatBytes2(opts2.DST, msg));
    return Fn2.create(Fn2.isLE ? bytesToNumberLE(t) : bytesToNumberBE(t));
  } : opts.hashToScalar;
  const H1Prefix = utf8ToBytes(opts.H1 !== void 0 ? opts.H1 : opts.name + "rho");
  const H2Prefix = utf8ToBytes(opts.H2 !== void 0 ? opts.H2 : opts.name + "chal");
  const H3Prefix = utf8ToBytes(opts.H3 !== void 0 ? opts.H3 : opts.name + "nonce");
  const H4Prefix = utf8ToBytes(opts.H4 !== void 0 ? opts.H4 : opts.name + "msg");
  const H5Prefix = utf8ToBytes(opts.H5 !== void 0 ? opts.H5 : opts.name + "com");
  const HDKGPrefix = utf8ToBytes(opts.HDKG !== void 0 ? opts.HDKG : opts.name + "dkg");
  const HIDPrefix = utf8ToBytes(opts.HID !== void 0 ? opts.HID : opts.name + "id");
  const H1 = (msg) => hashToScalar(msg, {
    DST: H1Prefix
  });
  const H2 = (msg) => hashToScalar(msg, {
    DST: H2Prefix
  });
  const H3 = (msg) => hashToScalar(msg, {
    DST: H3Prefix
  });
  const H4 = (msg) => hashBytes(concatBytes2(H4Prefix, msg));
  const H5 = (msg) => hashBytes(concatBytes2(H5Prefix, msg));
  const HDKG = (msg) => hashToScalar(msg, {
    DST: HDKGPrefix
  });
  const HID = (msg) => hashToScalar(msg, {
    DST: HIDPrefix
  });
  const randomScalar = (rng = randomBytes2) => {
    if (typeof rng !== "function") throw new TypeError('"rng" expected function, got type=' + typeof rng);
    const t = mapHashToField(rng(getMinHashLength(Fn2.ORDER)), Fn2.ORDER, Fn2.isLE);
    return Fn2.isLE ? bytesToNumberLE(t) : bytesToNumberBE(t);
  };
  const serializePoint = (p) => p.toBytes();
  const validatePublicPoint = (p) => {
    p.assertValidity();
    if (p.is0()) throw new Error("invalid point: identity");
    if (!p.isTorsionFree()) throw new Error("bad point: not in prime-order subgroup");
    if (validatePoint) validatePoint(p);
    return p;
  };
  const parsePoint = (bytes) => validatePublicPoint(Point.fromBytes(bytes));
  const nonceCommitments = (identifier, nonces) => ({
    identifier,
    hiding: serializePoint(Point.BASE.multiply(Fn2.fromBytes(nonces.hiding))),
    binding: serializePoint(Point.BASE.multiply(Fn2.fromBytes(nonces.binding)))
  });
  const adjustPoint = adjustPointHook === void 0 ? (n) => n : adjustPointHook;
  const validateIdentifier = (n) => {
    if (!Fn2.isValid(n) || Fn2.is0(n)) throw new Error("Invalid identifier " + n);
    return n;
  };
  const serializeIdentifier = (id2) => bytesToHex2(Fn2.toBytes(validateIdentifier(id2)));
  const parseIdentifier = (id2, title = "identifier") => {
    astring(id2, title);
    const n = validateIdentifier(Fn2.fromBytes(hexToBytes2(id2)));
    if (serializeIdentifier(n) !== id2) throw new Error("expected canonical identifier hex");
    return n;
  };
  const copyRound1Package = (p) => ({
    identifier: serializeIdentifier(parseIdentifier(p.identifier)),
    commitment: p.commitment.map((c) => copyBytes(c)),
    proofOfKnowledge: copyBytes(p.proofOfKnowledge)
  });
  const canonicalRound1Packages = (packages) => {
    const snapshot = packages.map(copyRound1Package);
    snapshot.sort((a, b) => {
      const ai = parseIdentifier(a.identifier);
      const bi = parseIdentifier(b.identifier);
      return ai < bi ? -1 : ai > bi ? 1 : 0;
    });
    return snapshot;
  };
  const equalRound1Transcripts = (a, b) => {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const p = a[i];
      const q = b[i];
      if (p.identifier !== q.identifier || p.commitment.length !== q.commitment.length) return false;
      for (let j = 0; j < p.commitment.length; j++) {
        if (!equalBytes(p.commitment[j], q.commitment[j])) return false;
      }
      if (!equalBytes(p.proofOfKnowledge, q.proofOfKnowledge)) return false;
    }
    return true;
  };
  const Signature = {
    // RFC 9591 Appendix A encodes signatures canonically as
    // SerializeElement(R) || SerializeScalar(z).
    encode: (R, z) => {
      let res = concatBytes2(serializePoint(R), Fn2.toBytes(z));
      if (adjustTx) res = adjustTx.encode(res);
      return res;
    },
    decode: (sig) => {
      if (adjustTx) sig = adjustTx.decode(sig);
      const Rbytes = sig.subarray(0, -Fn2.BYTES);
      const R = parsePoint(Rbytes);
      if (serializePoint(R).length !== Rbytes.length) throw new Error("invalid signature encoding");
      const z = Fn2.fromBytes(sig.subarray(-Fn2.BYTES));
      return {
        R,
        z
      };
    }
  };
  const genPointScalarPair = (rng = randomBytes2) => {
    let n = randomScalar(rng);
    if (adjustScalar) n = adjustScalar(n);
    let p = Point.BASE.multiply(n);
    return {
      scalar: n,
      point: p
    };
  };
  const nrErr = "roots are unavailable in FROST polynomial mode";
  const noRoots = {
    info: {
      G: Fn2.ZERO,
      oddFactor: Fn2.ZERO,
      powerOfTwo: 0
    },
    roots() {
      throw new Error(nrErr);
    },
    brp() {
      throw new Error(nrErr);
    },
    inverse() {
      throw new Error(nrErr);
    },
    omega() {
      throw new Error(nrErr);
    },
    clear() {
    }
  };
  const Poly = poly(Fn2, noRoots);
  const msm = (points, scalars) => mulAddUnsafe(Point, points, scalars);
  const polynomialEvaluate = (x, coeffs) => {
    if (!coeffs.length) throw new Error("empty coefficients");
    return Poly.monomial.eval(coeffs, x);
  };
  const deriveInterpolatingValue = (L, xi) => {
    const err = "invalid parameters";
    if (!L.some((x) => Fn2.eql(x, xi))) throw new Error(err);
    const Lset = new Set(L);
    if (Lset.size !== L.length) throw new Error(err);
    if (!Lset.has(xi)) throw new Error(err);
    let num2 = Fn2.ONE;
    let den = Fn2.ONE;
    for (const x of L) {
      if (Fn2.eql(x, xi)) continue;
      num2 = Fn2.mul(num2, x);
      den = Fn2.mul(den, Fn2.sub(x, xi));
    }
    return Fn2.div(num2, den);
  };
  const evalutateVSS = (identifier, commitment) => {
    const monomial = Poly.monomial.basis(identifier, commitment.length);
    return msm(commitment, monomial);
  };
  const generateSecretPolynomial = (signers, secret, coeffs, rng = randomBytes2) => {
    validateSigners(signers);
    if (secret !== void 0) abytes2(secret, Fn2.BYTES, "secret");
    if (coeffs !== void 0) aarray(coeffs, "coeffs");
    if (typeof rng !== "function") throw new TypeError('"rng" expected function, got type=' + typeof rng);
    const secretScalar = secret === void 0 ? randomScalar(rng) : Fn2.fromBytes(secret);
    if (!coeffs) {
      coeffs = [];
      for (let i = 0; i < signers.min - 1; i++) coeffs.push(randomScalar(rng));
    }
    if (coeffs.length !== signers.min - 1) throw new Error("wrong coefficients length");
    const coefficients = [
      secretScalar,
      ...coeffs
    ];
    const commitment = coefficients.map((i) => Point.BASE.multiply(i));
    return {
      coefficients,
      commitment,
      secret: secretScalar
    };
  };
  const ProofOfKnowledge = {
    challenge: (id2, verKey, R) => HDKG(concatBytes2(Fn2.toBytes(id2), serializePoint(verKey), serializePoint(R))),
    compute(id2, coefficents, commitments, rng = randomBytes2) {
      if (coefficents.length < 1) throw new Error("coefficients should have at least one element");
      const { point: R, scalar: k } = genPointScalarPair(rng);
      const verKey = commitments[0];
      const c = this.challenge(id2, verKey, R);
      const mu = Fn2.add(k, Fn2.mul(coefficents[0], c));
      return Signature.encode(R, mu);
    },
    validate(id2, commitment, proof) {
      if (commitment.length < 1) throw new Error("commitment should have at least one element");
      const { R, z } = Signature.decode(proof);
      const phi = parsePoint(commitment[0]);
      const c = this.challenge(id2, phi, R);
      if (!R.equals(Point.BASE.multiplyUnsafe(z).subtract(phi.multiplyUnsafe(c)))) throw new Error("invalid proof of knowledge");
    }
  };
  const Basic = {
    challenge: (R, PK, msg) => {
      if (challenge2) return challenge2(R, PK, msg);
      return H2(concatBytes2(serializePoint(R), serializePoint(PK), msg));
    },
    sign(msg, sk, rng = randomBytes2) {
      const { point: R, scalar: r } = genPointScalarPair(rng);
      const PK = Point.BASE.multiply(sk);
      const c = this.challenge(R, PK, msg);
      const z = Fn2.add(r, Fn2.mul(c, sk));
      return [
        R,
        z
      ];
    },
    verify(msg, R, z, PK) {
      if (adjustPointHook) PK = adjustPointHook(PK);
      if (adjustPointHook) R = adjustPointHook(R);
      const c = this.challenge(R, PK, msg);
      const zB = Point.BASE.multiplyUnsafe(z);
      const cA = PK.multiplyUnsafe(c);
      let check = zB.subtract(cA).subtract(R);
      if (check.clearCofactor) check = check.clearCofactor();
      return Point.ZERO.equals(check);
    }
  };
  const validateSecretShare = (identifier, commitment, signingShare) => {
    if (!Point.BASE.multiply(signingShare).equals(evalutateVSS(identifier, commitment))) throw new Error("invalid secret share");
  };
  const Identifier = {
    fromNumber(n) {
      if (!Number.isSafeInteger(n)) throw new Error("expected safe interger");
      return serializeIdentifier(BigInt(n));
    },
    // Not in spec, but in FROST implementation,
    // seems useful and nice, no need to sync identifiers (would require more interactions)
    derive(s) {
      astring(s, "s");
      return serializeIdentifier(HID(utf8ToBytes(s)));
    }
  };
  const generateNonce = (secret, rng = randomBytes2) => H3(concatBytes2(rng(32), Fn2.toBytes(secret)));
  const getGroupCommitment = (GPK, commitmentList, msg) => {
    const CL = commitmentList.map((i) => [
      i.identifier,
      parseIdentifier(i.identifier),
      parsePoint(i.hiding),
      parsePoint(i.binding)
    ]);
    CL.sort((a, b) => a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
    const Cbytes = [];
    for (const [_, id2, hC, bC] of CL) Cbytes.push(Fn2.toBytes(id2), serializePoint(hC), serializePoint(bC));
    const encodedCommitmentHash = H5(concatBytes2(...Cbytes));
    const rhoPrefix = concatBytes2(serializePoint(GPK), H4(msg), encodedCommitmentHash);
    const bindingFactors = {};
    for (const [i, id2] of CL) {
      bindingFactors[i] = H1(concatBytes2(rhoPrefix, Fn2.toBytes(id2)));
    }
    let hidingSum = Point.ZERO;
    const points = [];
    const scalars = [];
    for (const [i, _, hC, bC] of CL) {
      if (Point.ZERO.equals(hC) || Point.ZERO.equals(bC)) throw new Error("infinity commitment");
      hidingSum = hidingSum.add(hC);
      points.push(bC);
      scalars.push(bindingFactors[i]);
    }
    const groupCommitment = hidingSum.add(msm(points, scalars));
    const identifiers = CL.map((i) => i[1]);
    return {
      identifiers,
      groupCommitment,
      bindingFactors
    };
  };
  const prepareShare = (PK, commitmentList, msg, identifier) => {
    const GPK = adjustPoint(parsePoint(PK));
    const id2 = parseIdentifier(identifier);
    const { identifiers, groupCommitment, bindingFactors } = getGroupCommitment(GPK, commitmentList, msg);
    const bindingFactor = bindingFactors[identifier];
    const lambda = deriveInterpolatingValue(identifiers, id2);
    const challenge3 = Basic.challenge(groupCommitment, GPK, msg);
    return {
      lambda,
      challenge: challenge3,
      bindingFactor,
      groupCommitment
    };
  };
  Object.freeze(Identifier);
  const frost = {
    Identifier,
    // DKG is Distributed Key Generation, not Trusted Dealer Key Generation.
    DKG: Object.freeze({
      // NOTE: we allow to pass secret scalar from user side,
      // this way it can be derived, instead of random generation
      round1: (id2, signers, secret, rng = randomBytes2) => {
        const idNum = parseIdentifier(id2, "id");
        validateSigners(signers);
        const { coefficients, commitment } = generateSecretPolynomial(signers, secret, void 0, rng);
        const proofOfKnowledge = ProofOfKnowledge.compute(idNum, coefficients, commitment, rng);
        const commitmentBytes = commitment.map(serializePoint);
        const round1Public = {
          identifier: serializeIdentifier(idNum),
          commitment: commitmentBytes,
          proofOfKnowledge
        };
        const round1Secret = {
          identifier: idNum,
          coefficients,
          commitment: commitment.map(serializePoint),
          // Copy threshold metadata instead of retaining the caller-owned object by reference.
          signers: {
            min: signers.min,
            max: signers.max
          },
          step: 1
        };
        return {
          public: round1Public,
          secret: round1Secret
        };
      },
      round2: (secret, others) => {
        validateObject(secret, {
          identifier: "bigint",
          commitment: "object",
          signers: "object"
        }, {
          coefficients: "object",
          round1Cache: "object",
          round2Cache: "object",
          step: "number"
        }, "secret");
        validateSigners(secret.signers, "secret.signers");
        aarray(others, "others");
        if (others.length !== secret.signers.max - 1) throw new Error("wrong number of round1 packages");
        if (!secret.coefficients || secret.step === 3) throw new Error("round3 package used in round2");
        const authenticatedRound1 = canonicalRound1Packages(others);
        if (secret.round2Cache !== void 0) {
          if (secret.round1Cache === void 0 || !equalRound1Transcripts(secret.round1Cache, authenticatedRound1)) throw new Error("round1 packages do not match authenticated transcript");
          return secret.round2Cache;
        }
        const res = {};
        for (const p of authenticatedRound1) {
          if (p.commitment.length !== secret.signers.min) throw new Error("wrong number of commitments");
          const id2 = parseIdentifier(p.identifier);
          if (id2 === secret.identifier) throw new Error("duplicate id=" + serializeIdentifier(id2));
          ProofOfKnowledge.validate(id2, p.commitment, p.proofOfKnowledge);
          for (const c of p.commitment) parsePoint(c);
          if (res[p.identifier]) throw new Error("Duplicate id=" + id2);
          const signingShare = Fn2.toBytes(polynomialEvaluate(id2, secret.coefficients));
          res[p.identifier] = {
            identifier: serializeIdentifier(secret.identifier),
            signingShare
          };
        }
        secret.round1Cache = authenticatedRound1;
        secret.round2Cache = res;
        secret.step = 2;
        return res;
      },
      round3: (secret, round1, round2) => {
        validateObject(secret, {
          identifier: "bigint",
          commitment: "object",
          signers: "object"
        }, {
          coefficients: "object",
          round1Cache: "object",
          round2Cache: "object",
          step: "number"
        }, "secret");
        validateSigners(secret.signers, "secret.signers");
        aarray(round1, "round1");
        aarray(round2, "round2");
        if (round1.length !== secret.signers.max - 1) throw new Error("wrong length of round1 packages");
        if (!secret.coefficients || secret.step !== 2 || !secret.round1Cache) throw new Error("round2 package used in round3");
        const suppliedRound1 = canonicalRound1Packages(round1);
        const authenticatedRound1 = secret.round1Cache;
        if (!equalRound1Transcripts(authenticatedRound1, suppliedRound1)) throw new Error("round1 packages do not match authenticated transcript");
        if (round2.length !== authenticatedRound1.length) throw new Error("wrong length of round2 packages");
        const merged = {};
        for (const r1 of authenticatedRound1) {
          if (!r1.identifier || !r1.commitment) throw new Error("wrong round1 share");
          merged[r1.identifier] = {
            ...r1
          };
        }
        for (const r2 of round2) {
          if (!r2.identifier || !r2.signingShare) throw new Error("wrong round2 share");
          if (!merged[r2.identifier]) throw new Error("round1 share for " + r2.identifier + " is missing");
          merged[r2.identifier].signingShare = r2.signingShare;
        }
        if (Object.keys(merged).length !== authenticatedRound1.length) throw new Error("mismatch identifiers between rounds");
        let signingShare = Fn2.ZERO;
        if (secret.commitment.length !== secret.signers.min) throw new Error("wrong commitments length");
        const localCommitment = secret.commitment.map(parsePoint);
        const localShare = polynomialEvaluate(secret.identifier, secret.coefficients);
        validateSecretShare(secret.identifier, localCommitment, localShare);
        const localCommitmentBytes = localCommitment.map(serializePoint);
        const commitments = {
          [serializeIdentifier(secret.identifier)]: localCommitmentBytes
        };
        for (const k in merged) {
          const v = merged[k];
          if (!v.signingShare || !v.commitment) throw new Error("mismatch identifiers");
          const id2 = parseIdentifier(k);
          const signingSharePart = Fn2.fromBytes(v.signingShare);
          const commitment = v.commitment.map(parsePoint);
          validateSecretShare(secret.identifier, commitment, signingSharePart);
          signingShare = Fn2.add(signingShare, signingSharePart);
          const idSer = serializeIdentifier(id2);
          if (commitments[idSer]) throw new Error("duplicated id=" + idSer);
          commitments[idSer] = v.commitment;
        }
        signingShare = Fn2.add(signingShare, localShare);
        const mergedCommitment = new Array(secret.signers.min).fill(Point.ZERO);
        for (const k in commitments) {
          const v = commitments[k];
          if (v.length !== secret.signers.min) throw new Error("wrong commitments length");
          for (let i = 0; i < v.length; i++) mergedCommitment[i] = mergedCommitment[i].add(parsePoint(v[i]));
        }
        const mergedCommitmentBytes = mergedCommitment.map(serializePoint);
        const verifyingShares = {};
        for (const k in commitments) verifyingShares[k] = serializePoint(evalutateVSS(parseIdentifier(k), mergedCommitment));
        let res = {
          public: {
            signers: {
              min: secret.signers.min,
              max: secret.signers.max
            },
            commitments: mergedCommitmentBytes,
            verifyingShares: Object.fromEntries(Object.entries(verifyingShares).map(([k, v]) => [
              k,
              v.slice()
            ]))
          },
          secret: {
            identifier: serializeIdentifier(secret.identifier),
            signingShare: Fn2.toBytes(signingShare)
          }
        };
        if (adjustDKG) res = adjustDKG(res);
        for (let i = 0; i < secret.coefficients.length; i++) secret.coefficients[i] -= secret.coefficients[i];
        delete secret.coefficients;
        delete secret.round1Cache;
        delete secret.round2Cache;
        secret.step = 3;
        return res;
      },
      clean(secret) {
        validateObject(secret, {
          identifier: "bigint",
          commitment: "object",
          signers: "object"
        }, {
          coefficients: "object",
          round1Cache: "object",
          round2Cache: "object",
          step: "number"
        }, "secret");
        secret.identifier -= secret.identifier;
        if (secret.coefficients) {
          for (let i = 0; i < secret.coefficients.length; i++) secret.coefficients[i] -= secret.coefficients[i];
        }
        delete secret.round1Cache;
        delete secret.round2Cache;
        secret.step = 3;
      }
    }),
    // Trusted dealer setup
    // Generates keys for all participants
    trustedDealer(signers, identifiers, secret, rng = randomBytes2) {
      validateSigners(signers);
      if (identifiers === void 0) {
        identifiers = [];
        for (let i = 1; i <= signers.max; i++) identifiers.push(Identifier.fromNumber(i));
      } else {
        aarray(identifiers, "identifiers");
        if (identifiers.length !== signers.max) throw new Error("identifiers should be array of " + signers.max);
      }
      const identifierNums = {};
      for (const id2 of identifiers) {
        const idNum = parseIdentifier(id2);
        if (id2 in identifierNums) throw new Error("duplicated id=" + id2);
        identifierNums[id2] = idNum;
      }
      const sp = generateSecretPolynomial(signers, secret, void 0, rng);
      const commitmentBytes = sp.commitment.map(serializePoint);
      const secretShares = {};
      const verifyingShares = {};
      for (const id2 of identifiers) {
        const signingShare = polynomialEvaluate(identifierNums[id2], sp.coefficients);
        verifyingShares[id2] = serializePoint(Point.BASE.multiply(signingShare));
        secretShares[id2] = {
          identifier: id2,
          signingShare: Fn2.toBytes(signingShare)
        };
      }
      return {
        public: {
          signers: {
            min: signers.min,
            max: signers.max
          },
          commitments: commitmentBytes,
          verifyingShares
        },
        secretShares
      };
    },
    // Validate secret (from trusted dealer or DKG)
    validateSecret(secret, pub) {
      validateObject(secret, {
        identifier: "string",
        signingShare: "object"
      }, {}, "secret");
      abytes2(secret.signingShare, Fn2.BYTES, "secret.signingShare");
      validateObject(pub, {
        signers: "object",
        commitments: "object",
        verifyingShares: "object"
      }, {}, "pub");
      validateSigners(pub.signers, "pub.signers");
      aarray(pub.commitments, "pub.commitments");
      const id2 = parseIdentifier(secret.identifier);
      const commitment = pub.commitments.map(parsePoint);
      const signingShare = Fn2.fromBytes(secret.signingShare);
      validateSecretShare(id2, commitment, signingShare);
    },
    // Actual signing
    // Round 1: each participant commit to nonces
    // Nonces kept private, commitments sent to coordinator (or every other participant)
    // NOTE: we don't need the message at this point, which lets a coordinator
    // keep multiple nonce commitments per participant in advance and skip
    // round1 for signing.
    // But then each participant needs to remember generated shares
    commit(secret, rng = randomBytes2) {
      validateObject(secret, {
        identifier: "string",
        signingShare: "object"
      }, {}, "secret");
      abytes2(secret.signingShare, Fn2.BYTES, "secret.signingShare");
      if (typeof rng !== "function") throw new TypeError('"rng" expected function, got type=' + typeof rng);
      const secretScalar = Fn2.fromBytes(secret.signingShare);
      const hiding = generateNonce(secretScalar, rng);
      const binding = generateNonce(secretScalar, rng);
      const nonces = {
        hiding: Fn2.toBytes(hiding),
        binding: Fn2.toBytes(binding)
      };
      return {
        nonces,
        commitments: nonceCommitments(secret.identifier, nonces)
      };
    },
    // Round2: sign. Each participant creates a signature share from the secret
    // and the selected nonce commitments.
    signShare(secret, pub, nonces, commitmentList, msg) {
      validateObject(secret, {
        identifier: "string",
        signingShare: "object"
      }, {}, "secret");
      abytes2(secret.signingShare, Fn2.BYTES, "secret.signingShare");
      validateObject(pub, {
        signers: "object",
        commitments: "object",
        verifyingShares: "object"
      }, {}, "pub");
      validateSigners(pub.signers, "pub.signers");
      aarray(pub.commitments, "pub.commitments");
      validateObject(nonces, {
        hiding: "object",
        binding: "object"
      }, {}, "nonces");
      abytes2(nonces.hiding, Fn2.BYTES, "nonces.hiding");
      abytes2(nonces.binding, Fn2.BYTES, "nonces.binding");
      aarray(commitmentList, "commitmentList");
      abytes2(msg, void 0, "msg");
      validateCommitmentsNum(pub.signers, commitmentList.length);
      const hidingNonce0 = Fn2.fromBytes(nonces.hiding);
      const bindingNonce0 = Fn2.fromBytes(nonces.binding);
      if (Fn2.is0(hidingNonce0) || Fn2.is0(bindingNonce0)) throw new Error("signing nonces already used");
      const expectedCommitment = {
        identifier: secret.identifier,
        hiding: serializePoint(Point.BASE.multiply(hidingNonce0)),
        binding: serializePoint(Point.BASE.multiply(bindingNonce0))
      };
      const commitment = commitmentList.find((i) => i.identifier === secret.identifier);
      if (!commitment) throw new Error("missing signer commitment");
      if (bytesToHex2(commitment.hiding) !== bytesToHex2(expectedCommitment.hiding) || bytesToHex2(commitment.binding) !== bytesToHex2(expectedCommitment.binding)) throw new Error("incorrect signer commitment");
      if (adjustSecret) secret = adjustSecret(secret, pub);
      if (adjustPublic) pub = adjustPublic(pub);
      const SK = Fn2.fromBytes(secret.signingShare);
      const { lambda, challenge: challenge3, bindingFactor, groupCommitment } = prepareShare(pub.commitments[0], commitmentList, msg, secret.identifier);
      const N2 = adjustNonces ? adjustNonces(groupCommitment, nonces) : nonces;
      const hidingNonce = adjustNonces ? Fn2.fromBytes(N2.hiding) : hidingNonce0;
      const bindingNonce = adjustNonces ? Fn2.fromBytes(N2.binding) : bindingNonce0;
      const t = Fn2.mul(Fn2.mul(lambda, SK), challenge3);
      const t2 = Fn2.mul(bindingNonce, bindingFactor);
      const r = Fn2.toBytes(Fn2.add(Fn2.add(hidingNonce, t2), t));
      nonces.hiding.fill(0);
      nonces.binding.fill(0);
      return r;
    },
    // Each participant (or coordinator) can verify signatures from other participants
    verifyShare(pub, commitmentList, msg, identifier, sigShare) {
      validateObject(pub, {
        signers: "object",
        commitments: "object",
        verifyingShares: "object"
      }, {}, "pub");
      validateSigners(pub.signers, "pub.signers");
      aarray(pub.commitments, "pub.commitments");
      aarray(commitmentList, "commitmentList");
      abytes2(msg, void 0, "msg");
      parseIdentifier(identifier);
      abytes2(sigShare, Fn2.BYTES, "sigShare");
      if (adjustPublic) pub = adjustPublic(pub);
      const comm = commitmentList.find((i) => i.identifier === identifier);
      if (!comm) throw new Error("cannot find identifier commitment");
      const PK = parsePoint(pub.verifyingShares[identifier]);
      const hidingNonceCommitment = parsePoint(comm.hiding);
      const bindingNonceCommitment = parsePoint(comm.binding);
      const { lambda, challenge: challenge3, bindingFactor, groupCommitment } = prepareShare(pub.commitments[0], commitmentList, msg, identifier);
      let commShare = hidingNonceCommitment.add(bindingNonceCommitment.multiplyUnsafe(bindingFactor));
      if (adjustGroupCommitmentShare) commShare = adjustGroupCommitmentShare(groupCommitment, commShare);
      const l = Point.BASE.multiplyUnsafe(Fn2.fromBytes(sigShare));
      const r = commShare.add(PK.multiplyUnsafe(Fn2.mul(challenge3, lambda)));
      return l.equals(r);
    },
    // Aggregate multiple signature shares into groupSignature
    aggregate(pub, commitmentList, msg, sigShares) {
      validateObject(pub, {
        signers: "object",
        commitments: "object",
        verifyingShares: "object"
      }, {}, "pub");
      validateSigners(pub.signers, "pub.signers");
      aarray(pub.commitments, "pub.commitments");
      aarray(commitmentList, "commitmentList");
      abytes2(msg, void 0, "msg");
      validateObject(sigShares, {}, {}, "sigShares");
      const rawPub = pub;
      if (adjustPublic) pub = adjustPublic(pub);
      try {
        validateCommitmentsNum(pub.signers, commitmentList.length);
      } catch {
        throw new AggErr("aggregation failed", []);
      }
      const ids = commitmentList.map((i) => i.identifier);
      const seen = /* @__PURE__ */ new Set();
      for (const id2 of ids) {
        if (seen.has(id2)) throw new AggErr("aggregation failed", []);
        seen.add(id2);
      }
      if (ids.length !== Object.keys(sigShares).length) throw new AggErr("aggregation failed", []);
      for (const id2 of ids) {
        if (!(id2 in sigShares) || !(id2 in pub.verifyingShares)) throw new AggErr("aggregation failed", []);
      }
      const GPK = parsePoint(pub.commitments[0]);
      const { groupCommitment } = getGroupCommitment(GPK, commitmentList, msg);
      let z = Fn2.ZERO;
      for (const id2 of ids) z = Fn2.add(z, Fn2.fromBytes(sigShares[id2]));
      if (!Basic.verify(msg, groupCommitment, z, GPK)) {
        const cheaters = [];
        for (const id2 of ids) {
          if (!this.verifyShare(rawPub, commitmentList, msg, id2, sigShares[id2])) cheaters.push(id2);
        }
        throw new AggErr("aggregation failed", cheaters);
      }
      return Signature.encode(groupCommitment, z);
    },
    // Basic sign/verify using single key
    sign(msg, secretKey) {
      let sk = Fn2.fromBytes(secretKey);
      if (adjustScalar) sk = adjustScalar(sk);
      const [R, z] = Basic.sign(msg, sk);
      return Signature.encode(R, z);
    },
    verify(sig, msg, publicKey) {
      const PK = parsePublicKey ? validatePublicPoint(parsePublicKey(publicKey)) : parsePoint(publicKey);
      const { R, z } = Signature.decode(sig);
      return Basic.verify(msg, R, z, PK);
    },
    // Combine multiple secret shares to restore secret
    combineSecret(shares, signers) {
      aarray(shares, "shares");
      validateSigners(signers);
      if (shares.length < signers.min || shares.length > signers.max) throw new Error("wrong secret shares array");
      const points = [];
      const seen = {};
      for (const s of shares) {
        const idNum = parseIdentifier(s.identifier);
        const id2 = serializeIdentifier(idNum);
        if (seen[id2]) throw new Error("duplicated id=" + id2);
        seen[id2] = true;
        points.push([
          idNum,
          Fn2.fromBytes(s.signingShare)
        ]);
      }
      const xCoords = points.map(([x]) => x);
      let res = Fn2.ZERO;
      for (const [x, y] of points) res = Fn2.add(res, Fn2.mul(y, deriveInterpolatingValue(xCoords, x)));
      return Fn2.toBytes(res);
    },
    // Utils
    utils: Object.freeze({
      Fn: Fn2,
      // Test RNG overrides still go through noble's non-zero scalar derivation; this is not a raw
      // "bytes become scalar" escape hatch.
      randomScalar: (rng = randomBytes2) => Fn2.toBytes(genPointScalarPair(rng).scalar),
      generateSecretPolynomial: (signers, secret, coeffs, rng) => {
        const res = generateSecretPolynomial(signers, secret, coeffs, rng);
        return {
          ...res,
          commitment: res.commitment.map(serializePoint)
        };
      }
    })
  };
  return Object.freeze(frost);
}
var validateSigners, validateCommitmentsNum, AggErr;
var init_frost = __esm({
  "npm:@noble/curves@2.4.0/abstract/frost.js"() {
    init_utils();
    init_utils2();
    init_curve();
    init_fft();
    init_modular();
    validateSigners = (signers, title = "signers") => {
      validateObject(signers, {
        min: "number",
        max: "number"
      }, {}, title);
      asafenumber(signers.min, title + ".min");
      asafenumber(signers.max, title + ".max");
      if (signers.min < 2 || signers.max < 2 || signers.min > signers.max) throw new Error("Wrong signers info: min=" + signers.min + " max=" + signers.max);
    };
    validateCommitmentsNum = (signers, len) => {
      if (len < signers.min || len > signers.max) throw new Error("Wrong number of commitments=" + len);
    };
    AggErr = class extends Error {
      // Empty means aggregation failed before per-share verification could attribute a signer.
      cheaters;
      constructor(msg, cheaters) {
        super(msg);
        this.cheaters = cheaters;
      }
    };
  }
});

// npm:@noble/hashes@2.4.0/hmac.js
var _HMAC, hmac;
var init_hmac = __esm({
  "npm:@noble/hashes@2.4.0/hmac.js"() {
    init_utils();
    _HMAC = class {
      oHash;
      iHash;
      blockLen;
      outputLen;
      canXOF = false;
      finished = false;
      destroyed = false;
      constructor(hash, key) {
        ahash(hash);
        abytes(key, void 0, "key");
        this.iHash = hash.create();
        if (typeof this.iHash.update !== "function") throw new Error("expected Hash instance");
        this.blockLen = this.iHash.blockLen;
        this.outputLen = this.iHash.outputLen;
        const blockLen = this.blockLen;
        const pad = new Uint8Array(blockLen);
        pad.set(key.length > blockLen ? hash.create().update(key).digest() : key);
        for (let i = 0; i < pad.length; i++) pad[i] ^= 54;
        this.iHash.update(pad);
        this.oHash = hash.create();
        for (let i = 0; i < pad.length; i++) pad[i] ^= 54 ^ 92;
        this.oHash.update(pad);
        clean(pad);
      }
      update(buf) {
        aexists(this);
        this.iHash.update(buf);
        return this;
      }
      digestInto(out) {
        aexists(this);
        aoutput(out, this);
        this.finished = true;
        const buf = out.subarray(0, this.outputLen);
        this.iHash.digestInto(buf);
        this.oHash.update(buf);
        this.oHash.digestInto(buf);
        this.destroy();
      }
      digest() {
        const out = new Uint8Array(this.oHash.outputLen);
        this.digestInto(out);
        return out;
      }
      _cloneInto(to) {
        to ||= Object.create(Object.getPrototypeOf(this), {});
        const { oHash, iHash, finished, destroyed, blockLen, outputLen, canXOF } = this;
        to = to;
        to.finished = finished;
        to.destroyed = destroyed;
        to.blockLen = blockLen;
        to.outputLen = outputLen;
        to.canXOF = canXOF;
        to.oHash = oHash._cloneInto(to.oHash);
        to.iHash = iHash._cloneInto(to.iHash);
        return to;
      }
      clone() {
        return this._cloneInto();
      }
      destroy() {
        this.destroyed = true;
        this.oHash.destroy();
        this.iHash.destroy();
      }
    };
    hmac = /* @__PURE__ */ (() => {
      const hmac_ = (hash, key, message) => new _HMAC(hash, key).update(message).digest();
      hmac_.create = (hash, key) => new _HMAC(hash, key);
      return hmac_;
    })();
  }
});

// npm:@noble/curves@2.4.0/abstract/der.js
var _0n5, DERErr, _DER, DER;
var init_der = __esm({
  "npm:@noble/curves@2.4.0/abstract/der.js"() {
    init_utils2();
    _0n5 = /* @__PURE__ */ BigInt(0);
    DERErr = class extends Error {
      constructor(m = "") {
        super(m);
      }
    };
    _DER = {
      // asn.1 DER encoding utils
      Err: DERErr,
      // Basic building block is TLV (Tag-Length-Value)
      _tlv: {
        encode: (tag, data) => {
          const { Err: E } = _DER;
          asafenumber(tag, "tag");
          if (tag < 0 || tag > 255) throw new E("tlv.encode: wrong tag");
          astring(data, "data");
          if (data.length & 1) throw new E("tlv.encode: unpadded data");
          const dataLen = data.length / 2;
          const len = numberToHexUnpadded(dataLen);
          if (len.length / 2 & 128) throw new E("tlv.encode: long form length too big");
          const lenLen = dataLen > 127 ? numberToHexUnpadded(len.length / 2 | 128) : "";
          const t = numberToHexUnpadded(tag);
          return t + lenLen + len + data;
        },
        // v - value, l - left bytes (unparsed)
        decode(tag, data) {
          const { Err: E } = _DER;
          data = abytes2(data, void 0, "DER data");
          let pos = 0;
          if (tag < 0 || tag > 255) throw new E("tlv.decode: wrong tag");
          if (data.length < 2 || data[pos++] !== tag) throw new E("tlv.decode: wrong tlv");
          const first = data[pos++];
          const isLong = !!(first & 128);
          let length = 0;
          if (!isLong) length = first;
          else {
            const lenLen = first & 127;
            if (!lenLen) throw new E("tlv.decode(long): indefinite length not supported");
            if (lenLen > 4) throw new E("tlv.decode(long): byte length is too big");
            const lengthBytes = data.subarray(pos, pos + lenLen);
            if (lengthBytes.length !== lenLen) throw new E("tlv.decode: length bytes not complete");
            if (lengthBytes[0] === 0) throw new E("tlv.decode(long): zero leftmost byte");
            for (const b of lengthBytes) length = length << 8 | b;
            pos += lenLen;
            if (length < 128) throw new E("tlv.decode(long): not minimal encoding");
          }
          const v = data.subarray(pos, pos + length);
          if (v.length !== length) throw new E("tlv.decode: wrong value length");
          return {
            v,
            l: data.subarray(pos + length)
          };
        }
      },
      // https://crypto.stackexchange.com/a/57734 Leftmost bit of first byte is 'negative' flag,
      // since we always use positive integers here. It must always be empty:
      // - add zero byte if exists
      // - if next byte doesn't have a flag, leading zero is not allowed (minimal encoding)
      _int: {
        encode(num2) {
          const { Err: E } = _DER;
          abignumber(num2);
          if (num2 < _0n5) throw new E("integer: negative integers are not allowed");
          let hex = numberToHexUnpadded(num2);
          if (Number.parseInt(hex[0], 16) & 8) hex = "00" + hex;
          if (hex.length & 1) throw new E("unexpected DER parsing assertion: unpadded hex");
          return hex;
        },
        decode(data) {
          const { Err: E } = _DER;
          if (data.length < 1) throw new E("invalid signature integer: empty");
          if (data[0] & 128) throw new E("invalid signature integer: negative");
          if (data.length > 1 && data[0] === 0 && !(data[1] & 128)) throw new E("invalid signature integer: unnecessary leading zero");
          return bytesToNumberBE(data);
        }
      },
      toSig(bytes, maxScalarBytes) {
        const { Err: E, _int: int, _tlv: tlv } = _DER;
        if (maxScalarBytes !== void 0) {
          asafenumber(maxScalarBytes, "maxScalarBytes");
          if (maxScalarBytes < 1) throw new E("invalid signature: maxScalarBytes must be positive");
        }
        const data = abytes2(bytes, void 0, "signature");
        const { v: seqBytes, l: seqLeftBytes } = tlv.decode(48, data);
        if (seqLeftBytes.length) throw new E("invalid signature: left bytes after parsing");
        const { v: rBytes, l: rLeftBytes } = tlv.decode(2, seqBytes);
        const { v: sBytes, l: sLeftBytes } = tlv.decode(2, rLeftBytes);
        if (sLeftBytes.length) throw new E("invalid signature: left bytes after parsing");
        if (maxScalarBytes !== void 0 && (rBytes.length > maxScalarBytes || sBytes.length > maxScalarBytes)) throw new E("invalid signature: integer too large");
        return {
          r: int.decode(rBytes),
          s: int.decode(sBytes)
        };
      },
      hexFromSig(sig) {
        const { _tlv: tlv, _int: int } = _DER;
        validateObject(sig, {
          r: "bigint",
          s: "bigint"
        }, {}, "sig");
        const rs = tlv.encode(2, int.encode(sig.r));
        const ss = tlv.encode(2, int.encode(sig.s));
        const seq = rs + ss;
        return tlv.encode(48, seq);
      }
    };
    DER = /* @__PURE__ */ (() => {
      Object.freeze(_DER._tlv);
      Object.freeze(_DER._int);
      return Object.freeze(_DER);
    })();
  }
});

// npm:@noble/curves@2.4.0/abstract/weierstrass.js
function _splitEndoScalar(k, basis, n) {
  aInRange("scalar", k, _0n6, n);
  const [[a1, b1], [a2, b2]] = basis;
  const c1 = divNearest(b2 * k, n);
  const c2 = divNearest(-b1 * k, n);
  let k1 = k - c1 * a1 - c2 * a2;
  let k2 = -c1 * b1 - c2 * b2;
  const k1neg = k1 < _0n6;
  const k2neg = k2 < _0n6;
  if (k1neg) k1 = -k1;
  if (k2neg) k2 = -k2;
  const MAX_NUM = bitMask(Math.ceil(bitLen(n) / 2)) + _1n5;
  if (k1 < _0n6 || k1 >= MAX_NUM || k2 < _0n6 || k2 >= MAX_NUM) {
    throw new Error("splitScalar (endomorphism): failed for k");
  }
  return {
    k1neg,
    k1,
    k2neg,
    k2
  };
}
function validateSigFormat(format) {
  if (![
    "compact",
    "recovered",
    "der"
  ].includes(format)) throw new Error('Signature format must be "compact", "recovered", or "der"');
  return format;
}
function validateSigOpts(opts, def) {
  validateObject(opts);
  const optsn = {};
  for (let optName of Object.keys(def)) {
    optsn[optName] = opts[optName] === void 0 ? def[optName] : opts[optName];
  }
  abool2(optsn.lowS, "lowS");
  abool2(optsn.prehash, "prehash");
  if (optsn.format !== void 0) validateSigFormat(optsn.format);
  return optsn;
}
function weierstrass(params, extraOpts = {}) {
  const validated = createCurveFields("weierstrass", params, extraOpts);
  const Fp2 = validated.Fp;
  const Fn2 = validated.Fn;
  let CURVE = validated.CURVE;
  const { h: cofactor, n: CURVE_ORDER } = CURVE;
  validateObject(extraOpts, {}, {
    allowInfinityPoint: "boolean",
    clearCofactor: "function",
    isTorsionFree: "function",
    fromBytes: "function",
    toBytes: "function",
    endo: "object",
    randomBytes: "function"
  });
  const { endo: endoOpts, allowInfinityPoint, clearCofactor, isTorsionFree, fromBytes, toBytes } = extraOpts;
  const randomBytes4 = extraOpts.randomBytes === void 0 ? randomBytes2 : extraOpts.randomBytes;
  if (endoOpts) {
    if (!Fp2.is0(CURVE.a) || typeof endoOpts.beta !== "bigint" || !Array.isArray(endoOpts.basises)) {
      throw new Error('invalid endo: expected "beta": bigint and "basises": array');
    }
  }
  const endo = endoOpts ? {
    beta: endoOpts.beta,
    basises: endoOpts.basises.map((basis) => [
      ...basis
    ])
  } : void 0;
  const lengths = getWLengths(Fp2, Fn2);
  function assertCompressionIsSupported() {
    if (!Fp2.isOdd) throw new Error("compression is not supported: Field does not have .isOdd()");
  }
  function pointToBytes2(_c, point, isCompressed) {
    if (point.is0()) {
      if (!allowInfinityPoint) throw new Error("bad point: ZERO");
      return Uint8Array.of(0);
    }
    const { x, y } = point.toAffine();
    const bx = Fp2.toBytes(x);
    abool2(isCompressed, "isCompressed");
    if (isCompressed) {
      assertCompressionIsSupported();
      const hasEvenY = !Fp2.isOdd(y);
      return concatBytes2(pprefix(hasEvenY), bx);
    } else {
      return concatBytes2(Uint8Array.of(4), bx, Fp2.toBytes(y));
    }
  }
  function pointFromBytes(bytes) {
    abytes2(bytes, void 0, "Point");
    const { publicKey: comp, publicKeyUncompressed: uncomp } = lengths;
    const length = bytes.length;
    const head = bytes[0];
    const tail = bytes.subarray(1);
    if (allowInfinityPoint && length === 1 && head === 0) return {
      x: Fp2.ZERO,
      y: Fp2.ZERO
    };
    if (length === comp && (head === 2 || head === 3)) {
      const x = Fp2.fromBytes(tail);
      if (!Fp2.isValid(x)) throw new Error("bad point: is not on curve, wrong x");
      const y2 = weierstrassEquation(x);
      let y;
      try {
        y = Fp2.sqrt(y2);
      } catch (sqrtError) {
        const err = sqrtError instanceof Error ? ": " + sqrtError.message : "";
        throw new Error("bad point: is not on curve, sqrt error" + err);
      }
      assertCompressionIsSupported();
      const evenY = Fp2.isOdd(y);
      const evenH = (head & 1) === 1;
      if (evenH !== evenY) y = Fp2.neg(y);
      return {
        x,
        y
      };
    } else if (length === uncomp && head === 4) {
      const L = Fp2.BYTES;
      const x = Fp2.fromBytes(tail.subarray(0, L));
      const y = Fp2.fromBytes(tail.subarray(L, L * 2));
      if (!isValidXY(x, y)) throw new Error("bad point: is not on curve");
      return {
        x,
        y
      };
    } else {
      throw new Error(`bad point: got length ${length}, expected compressed=${comp} or uncompressed=${uncomp}`);
    }
  }
  const encodePoint = toBytes === void 0 ? pointToBytes2 : toBytes;
  const decodePoint = fromBytes === void 0 ? pointFromBytes : fromBytes;
  const b3 = Fp2.mul(CURVE.b, _3n3);
  const mulA = Fp2.is0(CURVE.a) ? (_) => Fp2.ZERO : (x) => Fp2.mul(CURVE.a, x);
  function weierstrassEquation(x) {
    const x2 = Fp2.sqr(x);
    const x3 = Fp2.mul(x2, x);
    return Fp2.add(Fp2.add(x3, Fp2.mul(x, CURVE.a)), CURVE.b);
  }
  function isValidXY(x, y) {
    const left = Fp2.sqr(y);
    const right = weierstrassEquation(x);
    return Fp2.eql(left, right);
  }
  if (!isValidXY(CURVE.Gx, CURVE.Gy)) throw new Error("bad curve params: generator point");
  const _4a3 = Fp2.mul(Fp2.pow(CURVE.a, _3n3), _4n4);
  const _27b2 = Fp2.mul(Fp2.sqr(CURVE.b), BigInt(27));
  if (Fp2.is0(Fp2.add(_4a3, _27b2))) throw new Error("bad curve params: a or b");
  function acoord(title, n, banZero = false) {
    if (!Fp2.isValid(n) || banZero && Fp2.is0(n)) throw new Error(`bad point coordinate ${title}`);
    return typeof n === "object" && n !== null ? Fp2.create(n) : n;
  }
  function aprjpoint(other) {
    if (!(other instanceof Point)) throw new Error("Weierstrass Point expected");
  }
  function splitEndoScalarN(k) {
    if (!endo || !endo.basises) throw new Error("no endo");
    return _splitEndoScalar(k, endo.basises, Fn2.ORDER);
  }
  function pushWnafPair(points, scalars, p, k) {
    if (!Fn2.isValid(k)) throw new RangeError("invalid scalar: out of range");
    if (endo) {
      const { k1neg, k1, k2neg, k2 } = splitEndoScalarN(k);
      const psi = new Point(Fp2.mul(p.X, endo.beta), p.Y, p.Z);
      points.push(k1neg ? p.negate() : p, k2neg ? psi.negate() : psi);
      scalars.push(k1, k2);
    } else {
      points.push(p);
      scalars.push(k);
    }
  }
  const validityCache = /* @__PURE__ */ new WeakSet();
  class Point {
    static BASE = new Point(CURVE.Gx, CURVE.Gy, Fp2.ONE);
    static ZERO = new Point(Fp2.ZERO, Fp2.ONE, Fp2.ZERO);
    static Fp = Fp2;
    static Fn = Fn2;
    X;
    Y;
    Z;
    /** Does NOT validate if the point is valid. Use `.assertValidity()`. */
    constructor(X, Y, Z) {
      this.X = acoord("x", X);
      this.Y = acoord("y", Y, true);
      this.Z = acoord("z", Z);
      Object.freeze(this);
    }
    static CURVE() {
      return CURVE;
    }
    /** Does NOT validate if the point is valid. Use `.assertValidity()`. */
    static fromAffine(p) {
      const { x, y } = p || {};
      if (!p || !Fp2.isValid(x) || !Fp2.isValid(y)) throw new Error("invalid affine point");
      if (p instanceof Point) throw new Error("projective point not allowed");
      if (Fp2.is0(x) && Fp2.is0(y)) return Point.ZERO;
      return new Point(x, y, Fp2.ONE);
    }
    static fromBytes(bytes) {
      const P = Point.fromAffine(decodePoint(abytes2(bytes, void 0, "point")));
      P.assertValidity();
      return P;
    }
    static fromHex(hex) {
      return Point.fromBytes(hexToBytes2(hex));
    }
    get x() {
      return this.toAffine().x;
    }
    get y() {
      return this.toAffine().y;
    }
    /**
         * @param isLazy - true will defer table computation until the first multiplication
         */
    precompute(windowSize = 6, isLazy = true) {
      wnaf.setWindowSize(this, windowSize);
      if (!isLazy) this.multiply(_3n3);
      return this;
    }
    // TODO: return `this`
    /** A point on curve is valid if it conforms to equation. */
    assertValidity() {
      const p = this;
      if (p.is0()) {
        if (allowInfinityPoint && Fp2.is0(p.X) && Fp2.eql(p.Y, Fp2.ONE) && Fp2.is0(p.Z)) return;
        throw new Error("bad point: ZERO");
      }
      if (validityCache.has(p)) return;
      const { x, y } = p.toAffine();
      if (!Fp2.isValid(x) || !Fp2.isValid(y)) throw new Error("bad point: x or y not field elements");
      if (!isValidXY(x, y)) throw new Error("bad point: equation left != right");
      if (!p.isTorsionFree()) throw new Error("bad point: not in prime-order subgroup");
      validityCache.add(p);
    }
    hasEvenY() {
      const { y } = this.toAffine();
      if (!Fp2.isOdd) throw new Error("Field doesn't support isOdd");
      return !Fp2.isOdd(y);
    }
    /** Compare one point to another. */
    equals(other) {
      aprjpoint(other);
      const { X: X1, Y: Y1, Z: Z1 } = this;
      const { X: X2, Y: Y2, Z: Z2 } = other;
      const U1 = Fp2.eql(Fp2.mul(X1, Z2), Fp2.mul(X2, Z1));
      const U2 = Fp2.eql(Fp2.mul(Y1, Z2), Fp2.mul(Y2, Z1));
      return U1 && U2;
    }
    /** Flips point to one corresponding to (x, -y) in Affine coordinates. */
    negate() {
      return new Point(this.X, Fp2.neg(this.Y), this.Z);
    }
    // Renes-Costello-Batina exception-free doubling formula.
    // There is 30% faster Jacobian formula, but it is not complete.
    // https://eprint.iacr.org/2015/1060, algorithm 3
    // Cost: 8M + 3S + 3*a + 2*b3 + 15add.
    double() {
      const { X: X1, Y: Y1, Z: Z1 } = this;
      let X3 = Fp2.ZERO, Y3 = Fp2.ZERO, Z3 = Fp2.ZERO;
      let t0 = Fp2.mul(X1, X1);
      let t1 = Fp2.mul(Y1, Y1);
      let t2 = Fp2.mul(Z1, Z1);
      let t3 = Fp2.mul(X1, Y1);
      t3 = Fp2.add(t3, t3);
      Z3 = Fp2.mul(X1, Z1);
      Z3 = Fp2.add(Z3, Z3);
      X3 = mulA(Z3);
      Y3 = Fp2.mul(b3, t2);
      Y3 = Fp2.add(X3, Y3);
      X3 = Fp2.sub(t1, Y3);
      Y3 = Fp2.add(t1, Y3);
      Y3 = Fp2.mul(X3, Y3);
      X3 = Fp2.mul(t3, X3);
      Z3 = Fp2.mul(b3, Z3);
      t2 = mulA(t2);
      t3 = Fp2.sub(t0, t2);
      t3 = mulA(t3);
      t3 = Fp2.add(t3, Z3);
      Z3 = Fp2.add(t0, t0);
      t0 = Fp2.add(Z3, t0);
      t0 = Fp2.add(t0, t2);
      t0 = Fp2.mul(t0, t3);
      Y3 = Fp2.add(Y3, t0);
      t2 = Fp2.mul(Y1, Z1);
      t2 = Fp2.add(t2, t2);
      t0 = Fp2.mul(t2, t3);
      X3 = Fp2.sub(X3, t0);
      Z3 = Fp2.mul(t2, t1);
      Z3 = Fp2.add(Z3, Z3);
      Z3 = Fp2.add(Z3, Z3);
      return new Point(X3, Y3, Z3);
    }
    // Renes-Costello-Batina exception-free addition formula.
    // There is 30% faster Jacobian formula, but it is not complete.
    // https://eprint.iacr.org/2015/1060, algorithm 1
    // Cost: 12M + 0S + 3*a + 3*b3 + 23add.
    add(other) {
      aprjpoint(other);
      const { X: X1, Y: Y1, Z: Z1 } = this;
      const { X: X2, Y: Y2, Z: Z2 } = other;
      let X3 = Fp2.ZERO, Y3 = Fp2.ZERO, Z3 = Fp2.ZERO;
      let t0 = Fp2.mul(X1, X2);
      let t1 = Fp2.mul(Y1, Y2);
      let t2 = Fp2.mul(Z1, Z2);
      let t3 = Fp2.add(X1, Y1);
      let t4 = Fp2.add(X2, Y2);
      t3 = Fp2.mul(t3, t4);
      t4 = Fp2.add(t0, t1);
      t3 = Fp2.sub(t3, t4);
      t4 = Fp2.add(X1, Z1);
      let t5 = Fp2.add(X2, Z2);
      t4 = Fp2.mul(t4, t5);
      t5 = Fp2.add(t0, t2);
      t4 = Fp2.sub(t4, t5);
      t5 = Fp2.add(Y1, Z1);
      X3 = Fp2.add(Y2, Z2);
      t5 = Fp2.mul(t5, X3);
      X3 = Fp2.add(t1, t2);
      t5 = Fp2.sub(t5, X3);
      Z3 = mulA(t4);
      X3 = Fp2.mul(b3, t2);
      Z3 = Fp2.add(X3, Z3);
      X3 = Fp2.sub(t1, Z3);
      Z3 = Fp2.add(t1, Z3);
      Y3 = Fp2.mul(X3, Z3);
      t1 = Fp2.add(t0, t0);
      t1 = Fp2.add(t1, t0);
      t2 = mulA(t2);
      t4 = Fp2.mul(b3, t4);
      t1 = Fp2.add(t1, t2);
      t2 = Fp2.sub(t0, t2);
      t2 = mulA(t2);
      t4 = Fp2.add(t4, t2);
      t0 = Fp2.mul(t1, t4);
      Y3 = Fp2.add(Y3, t0);
      t0 = Fp2.mul(t5, t4);
      X3 = Fp2.mul(t3, X3);
      X3 = Fp2.sub(X3, t0);
      t0 = Fp2.mul(t3, t1);
      Z3 = Fp2.mul(t5, Z3);
      Z3 = Fp2.add(Z3, t0);
      return new Point(X3, Y3, Z3);
    }
    subtract(other) {
      aprjpoint(other);
      return this.add(other.negate());
    }
    is0() {
      return this.equals(Point.ZERO);
    }
    /**
         * Constant time multiplication.
         * Uses precomputed tables (signed fixed-window wNAF) when available.
         * Uses scalar blinding and avoids endomorphism splitting in the secret-scalar path.
         * @param scalar - by which the point would be multiplied
         * @returns New point
         */
    multiply(scalar) {
      if (!Fn2.isValidNot0(scalar)) throw new RangeError("invalid scalar: out of range");
      const { p, f } = wnaf.mulSecret(this, scalar, cofactor, normalize);
      return normalize([
        p,
        f
      ])[0];
    }
    /**
         * Non-constant-time multiplication. Uses width-4 wNAF with GLV endomorphism splitting
         * when available (two half-width scalars sharing one halved doubling chain).
         * It's faster, but should only be used when you don't care about
         * an exposed secret key e.g. sig verification, which works over *public* keys.
         */
    multiplyUnsafe(scalar) {
      const p = this;
      const sc = scalar;
      if (!Fn2.isValid(sc)) throw new RangeError("invalid scalar: out of range");
      if (sc === _0n6 || p.is0()) return Point.ZERO;
      if (sc === _1n5) return p;
      if (wnaf.hasWindowSize(this)) return wnaf.mulUnsafe(p, sc, normalize);
      const points = [];
      const scalars = [];
      pushWnafPair(points, scalars, p, sc);
      return mulAddUnsafe(Point, points, scalars);
    }
    /**
         * Non-constant-time double-scalar multiplication `a⋅this + b⋅other` (Strauss–Shamir).
         * Both walks share one doubling chain via {@link mulAddUnsafe}, and GLV endomorphism
         * (when available) halves the chain again by splitting each scalar into two half-width
         * parts. Used by ECDSA verification and public-key recovery for `R = u1⋅G + u2⋅P`.
         * Only for public scalars.
         */
    mulAddUnsafe(a, other, b) {
      aprjpoint(other);
      const points = [];
      const scalars = [];
      pushWnafPair(points, scalars, this, a);
      pushWnafPair(points, scalars, other, b);
      return mulAddUnsafe(Point, points, scalars);
    }
    /**
         * Converts Projective point to affine (x, y) coordinates.
         * (X, Y, Z) ∋ (x=X/Z, y=Y/Z).
         * @param invertedZ - Z^-1 (inverted zero) - optional, precomputation is useful for invertBatch
         */
    toAffine(invertedZ) {
      const p = this;
      let iz = invertedZ;
      if (iz != null && !Fp2.isValid(iz)) throw new RangeError('"invertedZ" expected valid field element');
      const { X, Y, Z } = p;
      if (Fp2.eql(Z, Fp2.ONE)) return {
        x: X,
        y: Y
      };
      const is0 = p.is0();
      if (iz == null) iz = is0 ? Fp2.ONE : Fp2.inv(Z);
      const x = Fp2.mul(X, iz);
      const y = Fp2.mul(Y, iz);
      const zz = Fp2.mul(Z, iz);
      if (is0) return {
        x: Fp2.ZERO,
        y: Fp2.ZERO
      };
      if (!Fp2.eql(zz, Fp2.ONE)) throw new Error("invZ was invalid");
      return {
        x,
        y
      };
    }
    /**
         * Checks whether Point is free of torsion elements (is in prime subgroup).
         * Always torsion-free for cofactor=1 curves.
         */
    isTorsionFree() {
      if (cofactor === _1n5) return true;
      if (isTorsionFree) return isTorsionFree(Point, this);
      return wnaf.mulUnsafe(this, CURVE_ORDER).is0();
    }
    clearCofactor() {
      if (cofactor === _1n5) return this;
      if (clearCofactor) return clearCofactor(Point, this);
      return this.multiplyUnsafe(cofactor);
    }
    isSmallOrder() {
      if (cofactor === _1n5) return this.is0();
      return this.clearCofactor().is0();
    }
    toBytes(isCompressed = true) {
      abool2(isCompressed, "isCompressed");
      this.assertValidity();
      return encodePoint(Point, this, isCompressed);
    }
    toHex(isCompressed = true) {
      return bytesToHex2(this.toBytes(isCompressed));
    }
    toString() {
      return `<Point ${this.is0() ? "ZERO" : this.toHex()}>`;
    }
  }
  const normalize = (points) => normalizeZ(Point, points);
  const wnaf = new ScalarMultiplier(Point, randomBytes4);
  if (wnaf.bits >= 6) Point.BASE.precompute(6);
  Object.freeze(Point.prototype);
  Object.freeze(Point);
  return Point;
}
function pprefix(hasEvenY) {
  return Uint8Array.of(hasEvenY ? 2 : 3);
}
function getWLengths(Fp2, Fn2) {
  return {
    secretKey: Fn2.BYTES,
    publicKey: 1 + Fp2.BYTES,
    publicKeyUncompressed: 1 + 2 * Fp2.BYTES,
    publicKeyHasPrefix: true,
    // Raw compact `(r || s)` signature width; DER and recovered signatures use
    // different lengths outside this helper.
    signature: 2 * Fn2.BYTES
  };
}
function ecdh(Point, ecdhOpts = {}) {
  validatePointCons(Point);
  const { Fn: Fn2 } = Point;
  const randomBytes_ = ecdhOpts.randomBytes === void 0 ? randomBytes2 : ecdhOpts.randomBytes;
  const lengths = Object.assign(getWLengths(Point.Fp, Fn2), {
    seed: Math.max(getMinHashLength(Fn2.ORDER), 16)
  });
  function isValidSecretKey(secretKey) {
    try {
      const num2 = Fn2.fromBytes(secretKey);
      return Fn2.isValidNot0(num2);
    } catch (error) {
      return false;
    }
  }
  function isValidPublicKey(publicKey, isCompressed) {
    const { publicKey: comp, publicKeyUncompressed } = lengths;
    try {
      const l = publicKey.length;
      if (isCompressed === true && l !== comp) return false;
      if (isCompressed === false && l !== publicKeyUncompressed) return false;
      return !Point.fromBytes(publicKey).is0();
    } catch (error) {
      return false;
    }
  }
  function randomSecretKey(seed) {
    seed = seed === void 0 ? randomBytes_(lengths.seed) : seed;
    return mapHashToField(abytes2(seed, lengths.seed, "seed"), Fn2.ORDER);
  }
  function getPublicKey(secretKey, isCompressed = true) {
    return Point.BASE.multiply(Fn2.fromBytes(secretKey)).toBytes(isCompressed);
  }
  function isProbPub(item) {
    const { secretKey, publicKey, publicKeyUncompressed } = lengths;
    const allowedLengths = Fn2._lengths;
    if (!isBytes2(item)) return void 0;
    const l = abytes2(item, void 0, "key").length;
    const isPub = l === publicKey || l === publicKeyUncompressed;
    const isSec = l === secretKey || !!allowedLengths?.includes(l);
    if (isPub && isSec) return void 0;
    return isPub;
  }
  function getSharedSecret(secretKeyA, publicKeyB, isCompressed = true) {
    if (isProbPub(secretKeyA) === true) throw new Error("first arg must be private key");
    if (isProbPub(publicKeyB) === false) throw new Error("second arg must be public key");
    const s = Fn2.fromBytes(secretKeyA);
    const b = Point.fromBytes(publicKeyB);
    if (b.is0()) throw new Error("invalid public key: point at infinity");
    return b.multiply(s).toBytes(isCompressed);
  }
  const utils = {
    isValidSecretKey,
    isValidPublicKey,
    randomSecretKey
  };
  const keygen = createKeygen(randomSecretKey, getPublicKey);
  Object.freeze(utils);
  Object.freeze(lengths);
  return Object.freeze({
    getPublicKey,
    getSharedSecret,
    keygen,
    Point,
    utils,
    lengths
  });
}
function ecdsa(Point, hash, ecdsaOpts = {}) {
  validatePointCons(Point);
  const hash_ = hash;
  ahash(hash_);
  validateObject(ecdsaOpts, {}, {
    hmac: "function",
    lowS: "boolean",
    randomBytes: "function",
    bits2int: "function",
    bits2int_modN: "function"
  });
  const opts = Object.assign({}, ecdsaOpts);
  const randomBytes4 = opts.randomBytes === void 0 ? randomBytes2 : opts.randomBytes;
  const hmac2 = opts.hmac === void 0 ? (key, msg) => hmac(hash_, key, msg) : opts.hmac;
  const { Fp: Fp2, Fn: Fn2 } = Point;
  const { ORDER: CURVE_ORDER, BITS: fnBits } = Fn2;
  const blindLength = getMinHashLength(CURVE_ORDER);
  const csprng = probeRandomBytes(randomBytes4, blindLength);
  const { keygen, getPublicKey, getSharedSecret, utils, lengths } = ecdh(Point, opts);
  const defaultSigOpts = {
    prehash: true,
    lowS: typeof opts.lowS === "boolean" ? opts.lowS : true,
    format: "compact",
    extraEntropy: false
  };
  const hasLargeRecoveryLifts = CURVE_ORDER * _2n3 + _1n5 < Fp2.ORDER;
  function isBiggerThanHalfOrder(number) {
    const HALF = CURVE_ORDER >> _1n5;
    return number > HALF;
  }
  function validateRS(title, num2) {
    if (!Fn2.isValidNot0(num2)) throw new Error(`invalid signature ${title}: out of range 1..Point.Fn.ORDER`);
    return num2;
  }
  function assertFieldSignIsSupported() {
    if (!Fp2.isOdd) throw new Error("Field doesn't support isOdd");
  }
  function getRecoveryBit(x, y, r) {
    assertFieldSignIsSupported();
    return (x === r ? 0 : 2) | Number(Fp2.isOdd(y));
  }
  function assertRecoverableCurve() {
    if (hasLargeRecoveryLifts) throw new Error('"recovered" sig type is not supported for cofactor >2 curves');
  }
  function validateSigLength(bytes, format) {
    validateSigFormat(format);
    const size = lengths.signature;
    const sizer = format === "compact" ? size : format === "recovered" ? size + 1 : void 0;
    return abytes2(bytes, sizer);
  }
  class Signature {
    r;
    s;
    recovery;
    constructor(r, s, recovery) {
      this.r = validateRS("r", r);
      this.s = validateRS("s", s);
      if (recovery != null) {
        assertRecoverableCurve();
        if (![
          0,
          1,
          2,
          3
        ].includes(recovery)) throw new Error("invalid recovery id");
        this.recovery = recovery;
      }
      Object.freeze(this);
    }
    static fromBytes(bytes, format = defaultSigOpts.format) {
      validateSigLength(bytes, format);
      let recid;
      if (format === "der") {
        if (bytes.length > 2 * Fn2.BYTES + 16) throw new DER.Err("invalid signature: DER signature too long");
        const { r: r2, s: s2 } = DER.toSig(abytes2(bytes), Fn2.BYTES + 1);
        return new Signature(r2, s2);
      }
      if (format === "recovered") {
        recid = bytes[0];
        format = "compact";
        bytes = bytes.subarray(1);
      }
      const L = lengths.signature / 2;
      const r = bytes.subarray(0, L);
      const s = bytes.subarray(L, L * 2);
      return new Signature(Fn2.fromBytes(r), Fn2.fromBytes(s), recid);
    }
    static fromHex(hex, format) {
      return this.fromBytes(hexToBytes2(hex), format);
    }
    assertRecovery() {
      const { recovery } = this;
      if (recovery == null) throw new Error("invalid recovery id: must be present");
      return recovery;
    }
    addRecoveryBit(recovery) {
      return new Signature(this.r, this.s, recovery);
    }
    // Unlike the top-level helper below, this method expects a digest that has
    // already been hashed to the curve's message representative.
    recoverPublicKey(messageHash) {
      const { r, s } = this;
      const recovery = this.assertRecovery();
      const radj = recovery === 2 || recovery === 3 ? r + CURVE_ORDER : r;
      if (!Fp2.isValid(radj)) throw new Error("invalid recovery id: sig.r+curve.n != R.x");
      const x = Fp2.toBytes(radj);
      const R = Point.fromBytes(concatBytes2(pprefix((recovery & 1) === 0), x));
      const ir = Fn2.inv(radj);
      const h = bits2int_modN(abytes2(messageHash, void 0, "msgHash"));
      const u1 = Fn2.create(-h * ir);
      const u2 = Fn2.create(s * ir);
      const Q2 = Point.BASE.mulAddUnsafe(u1, R, u2);
      if (Q2.is0()) throw new Error("invalid recovery: point at infinify");
      Q2.assertValidity();
      return Q2;
    }
    // Signatures should be low-s, to prevent malleability.
    hasHighS() {
      return isBiggerThanHalfOrder(this.s);
    }
    toBytes(format = defaultSigOpts.format) {
      validateSigFormat(format);
      if (format === "der") return hexToBytes2(DER.hexFromSig(this));
      const { r, s } = this;
      const rb = Fn2.toBytes(r);
      const sb = Fn2.toBytes(s);
      if (format === "recovered") {
        assertRecoverableCurve();
        return concatBytes2(Uint8Array.of(this.assertRecovery()), rb, sb);
      }
      return concatBytes2(rb, sb);
    }
    toHex(format) {
      return bytesToHex2(this.toBytes(format));
    }
  }
  Object.freeze(Signature.prototype);
  Object.freeze(Signature);
  const bits2int = opts.bits2int === void 0 ? function bits2int_def(bytes) {
    if (bytes.length > 8192) throw new Error("input is too large");
    const num2 = bytesToNumberBE(bytes);
    const delta = bytes.length * 8 - fnBits;
    return delta > 0 ? num2 >> BigInt(delta) : num2;
  } : opts.bits2int;
  const bits2int_modN = opts.bits2int_modN === void 0 ? function bits2int_modN_def(bytes) {
    return Fn2.create(bits2int(bytes));
  } : opts.bits2int_modN;
  const ORDER_MASK = bitMask(fnBits);
  function int2octets(num2) {
    aInRange("num < 2^" + fnBits, num2, _0n6, ORDER_MASK);
    return Fn2.toBytes(num2);
  }
  function validateMsgAndHash(message, prehash) {
    abytes2(message, void 0, "message");
    return prehash ? abytes2(hash_(message), void 0, "prehashed message") : message;
  }
  function prepSig(message, secretKey, opts2) {
    const { lowS, prehash, extraEntropy } = validateSigOpts(opts2, defaultSigOpts);
    message = validateMsgAndHash(message, prehash);
    const h1int = bits2int_modN(message);
    const d = Fn2.fromBytes(secretKey);
    if (!Fn2.isValidNot0(d)) throw new Error("invalid private key");
    const seedArgs = [
      int2octets(d),
      int2octets(h1int)
    ];
    if (extraEntropy != null && extraEntropy !== false) {
      const e = extraEntropy === true ? randomBytes4(lengths.secretKey) : extraEntropy;
      seedArgs.push(abytes2(e, void 0, "extraEntropy"));
    }
    const seed = concatBytes2(...seedArgs);
    const m = h1int;
    function k2sig(kBytes) {
      const k = bits2int(kBytes);
      if (!Fn2.isValidNot0(k)) return;
      const q = Point.BASE.multiply(k).toAffine();
      const r = Fn2.create(q.x);
      if (r === _0n6) return;
      let s;
      if (csprng !== void 0) {
        const b = bytesToNumberBE(mapHashToField(csprng(blindLength), CURVE_ORDER));
        const ibk = Fn2.inv(Fn2.mul(b, k));
        const bm = Fn2.mul(b, m);
        const bd = Fn2.mul(b, d);
        s = Fn2.create(ibk * Fn2.create(bm + bd * r));
      } else {
        const ik = invertCt(k, CURVE_ORDER);
        s = Fn2.create(ik * Fn2.create(m + r * d));
      }
      if (s === _0n6) return;
      let recovery = getRecoveryBit(q.x, q.y, r);
      let normS = s;
      if (lowS && isBiggerThanHalfOrder(s)) {
        normS = Fn2.neg(s);
        recovery ^= 1;
      }
      return new Signature(r, normS, hasLargeRecoveryLifts ? void 0 : recovery);
    }
    return {
      seed,
      k2sig
    };
  }
  function sign(message, secretKey, opts2 = {}) {
    const { seed, k2sig } = prepSig(message, secretKey, opts2);
    const drbg = createHmacDrbg(hash_.outputLen, Fn2.BYTES, hmac2);
    const sig = drbg(seed, k2sig);
    return sig.toBytes(opts2.format);
  }
  function verify(signature, message, publicKey, opts2 = {}) {
    const { lowS, prehash, format } = validateSigOpts(opts2, defaultSigOpts);
    publicKey = abytes2(publicKey, void 0, "publicKey");
    message = validateMsgAndHash(message, prehash);
    if (!isBytes2(signature)) {
      const end = signature instanceof Signature ? ", use sig.toBytes()" : "";
      throw new Error("verify expects Uint8Array signature" + end);
    }
    validateSigLength(signature, format);
    try {
      const sig = Signature.fromBytes(signature, format);
      const P = Point.fromBytes(publicKey);
      if (P.is0()) return false;
      if (lowS && sig.hasHighS()) return false;
      const { r, s } = sig;
      const h = bits2int_modN(message);
      const is = Fn2.inv(s);
      const u1 = Fn2.create(h * is);
      const u2 = Fn2.create(r * is);
      const R = Point.BASE.mulAddUnsafe(u1, P, u2);
      if (R.is0()) return false;
      const q = R.toAffine();
      const v = Fn2.create(q.x);
      if (v !== r) return false;
      if (format === "recovered" && sig.recovery !== getRecoveryBit(q.x, q.y, r)) return false;
      return true;
    } catch (e) {
      return false;
    }
  }
  function recoverPublicKey(signature, message, opts2 = {}) {
    const { prehash } = validateSigOpts(opts2, defaultSigOpts);
    message = validateMsgAndHash(message, prehash);
    return Signature.fromBytes(signature, "recovered").recoverPublicKey(message).toBytes();
  }
  return Object.freeze({
    keygen,
    getPublicKey,
    getSharedSecret,
    utils,
    lengths,
    Point,
    sign,
    verify,
    recoverPublicKey,
    Signature,
    hash: hash_
  });
}
var divNearest, _0n6, _1n5, _2n3, _3n3, _4n4;
var init_weierstrass = __esm({
  "npm:@noble/curves@2.4.0/abstract/weierstrass.js"() {
    init_hmac();
    init_utils();
    init_utils2();
    init_curve();
    init_der();
    init_modular();
    divNearest = (num2, den) => (num2 + (num2 >= 0 ? den : -den) / _2n3) / den;
    _0n6 = /* @__PURE__ */ BigInt(0);
    _1n5 = /* @__PURE__ */ BigInt(1);
    _2n3 = /* @__PURE__ */ BigInt(2);
    _3n3 = /* @__PURE__ */ BigInt(3);
    _4n4 = /* @__PURE__ */ BigInt(4);
  }
});

// npm:@noble/curves@2.4.0/secp256k1.js
var secp256k1_exports = {};
__export(secp256k1_exports, {
  __TEST: () => __TEST,
  schnorr: () => schnorr,
  schnorr_FROST: () => schnorr_FROST,
  secp256k1: () => secp256k1,
  secp256k1_FROST: () => secp256k1_FROST,
  secp256k1_hasher: () => secp256k1_hasher
});
function sqrtMod(y) {
  const P = secp256k1_CURVE.p;
  const _3n5 = BigInt(3), _6n = BigInt(6), _11n2 = BigInt(11), _22n2 = BigInt(22);
  const _23n = BigInt(23), _44n2 = BigInt(44), _88n2 = BigInt(88);
  const b2 = y * y * y % P;
  const b3 = b2 * b2 * y % P;
  const b6 = pow2(b3, _3n5, P) * b3 % P;
  const b9 = pow2(b6, _3n5, P) * b3 % P;
  const b11 = pow2(b9, _2n4, P) * b2 % P;
  const b22 = pow2(b11, _11n2, P) * b11 % P;
  const b44 = pow2(b22, _22n2, P) * b22 % P;
  const b88 = pow2(b44, _44n2, P) * b44 % P;
  const b176 = pow2(b88, _88n2, P) * b88 % P;
  const b220 = pow2(b176, _44n2, P) * b44 % P;
  const b223 = pow2(b220, _3n5, P) * b3 % P;
  const t1 = pow2(b223, _23n, P) * b22 % P;
  const t2 = pow2(t1, _6n, P) * b2 % P;
  const root = pow2(t2, _2n4, P);
  if (!Fpk1.eql(Fpk1.sqr(root), y)) throw new Error("Cannot find square root");
  return root;
}
function taggedHash(tag, ...messages) {
  let tagP = TAGGED_HASH_PREFIXES[tag];
  if (tagP === void 0) {
    const tagH = sha256(asciiToBytes(tag));
    tagP = concatBytes2(tagH, tagH);
    TAGGED_HASH_PREFIXES[tag] = tagP;
  }
  return sha256(concatBytes2(tagP, ...messages));
}
function schnorrGetExtPubKey(priv) {
  const { Fn: Fn2, BASE } = Pointk1;
  const d_ = Fn2.fromBytes(abytes2(priv, 32, "secretKey"));
  const p = BASE.multiply(d_);
  const affine = p.toAffine();
  const scalar = hasEven(affine.y) ? d_ : Fn2.neg(d_);
  return {
    scalar,
    bytes: affineXToBytes(affine)
  };
}
function lift_x(x) {
  const Fp2 = Fpk1;
  if (!Fp2.isValidNot0(x)) throw new Error("invalid x: Fail if x \u2265 p");
  const xx = Fp2.sqr(x);
  const c = Fp2.add(Fp2.mulN(xx, x), BigInt(7));
  let y = Fp2.sqrt(c);
  if (!hasEven(y)) y = Fp2.neg(y);
  const p = Pointk1.fromAffine({
    x,
    y
  });
  p.assertValidity();
  return p;
}
function challenge(...args) {
  return Pointk1.Fn.create(num(taggedHash("BIP0340/challenge", ...args)));
}
function schnorrGetPublicKey(secretKey) {
  return schnorrGetExtPubKey(secretKey).bytes;
}
function schnorrSign(message, secretKey, auxRand = randomBytes(32)) {
  const { Fn: Fn2, BASE } = Pointk1;
  const m = copyBytes(abytes2(message, void 0, "message"));
  const { bytes: px, scalar: d } = schnorrGetExtPubKey(secretKey);
  const a = abytes2(auxRand, 32, "auxRand");
  const t = Fn2.toBytes(d ^ num(taggedHash("BIP0340/aux", a)));
  const rand = taggedHash("BIP0340/nonce", t, px, m);
  const k_ = Fn2.create(num(rand));
  if (k_ === _0n7) throw new Error("sign failed: k is zero");
  const p = BASE.multiply(k_);
  const affine = p.toAffine();
  const k = hasEven(affine.y) ? k_ : Fn2.neg(k_);
  const rx = affineXToBytes(affine);
  const e = challenge(rx, px, m);
  const sig = new Uint8Array(64);
  sig.set(rx, 0);
  sig.set(Fn2.toBytes(Fn2.create(k + e * d)), 32);
  if (!schnorrVerify(sig, m, px)) throw new Error("sign: Invalid signature produced");
  return sig;
}
function schnorrVerify(signature, message, publicKey) {
  const { Fp: Fp2, Fn: Fn2, BASE } = Pointk1;
  const sig = abytes2(signature, 64, "signature");
  const m = abytes2(message, void 0, "message");
  const pub = abytes2(publicKey, 32, "publicKey");
  try {
    const P = lift_x(num(pub));
    const rBytes = sig.subarray(0, 32);
    const r = num(rBytes);
    if (!Fp2.isValidNot0(r)) return false;
    const s = num(sig.subarray(32, 64));
    if (!Fn2.isValidNot0(s)) return false;
    const e = challenge(rBytes, pointToBytes(P), m);
    const R = BASE.mulAddUnsafe(s, P, Fn2.neg(e));
    const { x, y } = R.toAffine();
    if (R.is0() || !hasEven(y) || !Fp2.eql(x, r)) return false;
    return true;
  } catch (error) {
    return false;
  }
}
function tweak(point, merkleRoot) {
  if (merkleRoot === void 0) return _0n7;
  const x = pointToBytes(point);
  const t = bytesToNumberBE(taggedHash("TapTweak", x, merkleRoot));
  if (!Pointk1.Fn.isValid(t)) throw new Error("invalid TapTweak hash");
  return t;
}
function frostPubToEvenY(pub) {
  const VK = Pointk1.fromBytes(pub.commitments[0]);
  if (hasEven(VK.y)) return pub;
  return {
    signers: {
      min: pub.signers.min,
      max: pub.signers.max
    },
    commitments: pub.commitments.map((i) => Pointk1.fromBytes(i).negate().toBytes()),
    verifyingShares: Object.fromEntries(Object.entries(pub.verifyingShares).map(([k, v]) => [
      k,
      Pointk1.fromBytes(v).negate().toBytes()
    ]))
  };
}
function frostSecretToEvenY(s, pub) {
  const VK = Pointk1.fromBytes(pub.commitments[0]);
  if (hasEven(VK.y)) return s;
  const Fn2 = Pointk1.Fn;
  return {
    ...s,
    signingShare: Fn2.toBytes(Fn2.neg(Fn2.fromBytes(s.signingShare)))
  };
}
function frostNoncesToEvenY(groupCommitment, nonces) {
  if (hasEven(groupCommitment.y)) return nonces;
  const Fn2 = Pointk1.Fn;
  return {
    binding: Fn2.toBytes(Fn2.neg(Fn2.fromBytes(nonces.binding))),
    hiding: Fn2.toBytes(Fn2.neg(Fn2.fromBytes(nonces.hiding)))
  };
}
function frostTweakSecret(s, pub, merkleRoot) {
  const Fn2 = Pointk1.Fn;
  const keyPackage = frostSecretToEvenY(s, pub);
  const evenPub = frostPubToEvenY(pub);
  const t = tweak(Pointk1.fromBytes(evenPub.commitments[0]), merkleRoot);
  const signingShare = Fn2.toBytes(Fn2.add(Fn2.fromBytes(keyPackage.signingShare), t));
  return {
    identifier: keyPackage.identifier,
    signingShare
  };
}
function frostTweakPublic(pub, merkleRoot) {
  const PKPackage = frostPubToEvenY(pub);
  const t = tweak(Pointk1.fromBytes(PKPackage.commitments[0]), merkleRoot);
  if (t === _0n7) return PKPackage;
  const tp = Pointk1.BASE.multiply(t);
  const commitments = PKPackage.commitments.map((c, i) => (i === 0 ? Pointk1.fromBytes(c).add(tp) : Pointk1.fromBytes(c)).toBytes());
  const verifyingShares = {};
  for (const k in PKPackage.verifyingShares) {
    verifyingShares[k] = Pointk1.fromBytes(PKPackage.verifyingShares[k]).add(tp).toBytes();
  }
  return {
    signers: {
      min: PKPackage.signers.min,
      max: PKPackage.signers.max
    },
    commitments,
    verifyingShares
  };
}
var secp256k1_CURVE, secp256k1_ENDO, _0n7, _2n4, Fpk1, Pointk1, secp256k1, TAGGED_HASH_PREFIXES, pointToBytes, affineXToBytes, hasEven, num, __TEST, schnorr, isoMap, mapSWU, getMapSWU, secp256k1_hasher, secp256k1_FROST, schnorr_FROST;
var init_secp256k1 = __esm({
  "npm:@noble/curves@2.4.0/secp256k1.js"() {
    init_sha2();
    init_utils();
    init_curve();
    init_frost();
    init_hash_to_curve();
    init_modular();
    init_weierstrass();
    init_utils2();
    secp256k1_CURVE = {
      p: BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f"),
      n: BigInt("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"),
      h: BigInt(1),
      a: BigInt(0),
      b: BigInt(7),
      Gx: BigInt("0x79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"),
      Gy: BigInt("0x483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8")
    };
    secp256k1_ENDO = {
      beta: BigInt("0x7ae96a2b657c07106e64479eac3434e99cf0497512f58995c1396c28719501ee"),
      basises: [
        [
          BigInt("0x3086d221a7d46bcde86c90e49284eb15"),
          -BigInt("0xe4437ed6010e88286f547fa90abfe4c3")
        ],
        [
          BigInt("0x114ca50f7a8e2f3f657c1108d9d44cfd8"),
          BigInt("0x3086d221a7d46bcde86c90e49284eb15")
        ]
      ]
    };
    _0n7 = /* @__PURE__ */ BigInt(0);
    _2n4 = /* @__PURE__ */ BigInt(2);
    Fpk1 = /* @__PURE__ */ Field(secp256k1_CURVE.p, {
      sqrt: sqrtMod
    });
    Pointk1 = /* @__PURE__ */ weierstrass(secp256k1_CURVE, {
      Fp: Fpk1,
      endo: secp256k1_ENDO
    });
    secp256k1 = /* @__PURE__ */ ecdsa(Pointk1, sha256);
    TAGGED_HASH_PREFIXES = /* @__PURE__ */ Object.create(null);
    pointToBytes = (point) => point.toBytes(true).slice(1);
    affineXToBytes = ({ x }) => Fpk1.toBytes(x);
    hasEven = (y) => !Fpk1.isOdd(y);
    num = bytesToNumberBE;
    __TEST = /* @__PURE__ */ Object.freeze({
      lift_x,
      frostTweakPublic,
      frostTweakSecret
    });
    schnorr = /* @__PURE__ */ (() => {
      const size = 32;
      const seedLength = 48;
      const randomSecretKey = (seed) => {
        seed = seed === void 0 ? randomBytes(seedLength) : seed;
        return mapHashToField(abytes2(seed, seedLength, "seed"), secp256k1_CURVE.n);
      };
      return Object.freeze({
        keygen: createKeygen(randomSecretKey, schnorrGetPublicKey),
        getPublicKey: schnorrGetPublicKey,
        sign: schnorrSign,
        verify: schnorrVerify,
        Point: Pointk1,
        utils: Object.freeze({
          randomSecretKey,
          taggedHash,
          lift_x,
          pointToBytes
        }),
        lengths: Object.freeze({
          secretKey: size,
          publicKey: size,
          publicKeyHasPrefix: false,
          signature: size * 2,
          seed: seedLength
        })
      });
    })();
    isoMap = /* @__PURE__ */ (() => isogenyMap(Fpk1, [
      // xNum
      [
        "0x8e38e38e38e38e38e38e38e38e38e38e38e38e38e38e38e38e38e38daaaaa8c7",
        "0x7d3d4c80bc321d5b9f315cea7fd44c5d595d2fc0bf63b92dfff1044f17c6581",
        "0x534c328d23f234e6e2a413deca25caece4506144037c40314ecbd0b53d9dd262",
        "0x8e38e38e38e38e38e38e38e38e38e38e38e38e38e38e38e38e38e38daaaaa88c"
      ],
      // xDen
      [
        "0xd35771193d94918a9ca34ccbb7b640dd86cd409542f8487d9fe6b745781eb49b",
        "0xedadc6f64383dc1df7c4b2d51b54225406d36b641f5e41bbc52a56612a8c6d14",
        "0x0000000000000000000000000000000000000000000000000000000000000001"
      ],
      // yNum
      [
        "0x4bda12f684bda12f684bda12f684bda12f684bda12f684bda12f684b8e38e23c",
        "0xc75e0c32d5cb7c0fa9d0a54b12a0a6d5647ab046d686da6fdffc90fc201d71a3",
        "0x29a6194691f91a73715209ef6512e576722830a201be2018a765e85a9ecee931",
        "0x2f684bda12f684bda12f684bda12f684bda12f684bda12f684bda12f38e38d84"
      ],
      // yDen
      [
        "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffefffff93b",
        "0x7a06534bb8bdb49fd5e9e6632722c2989467c1bfc8e8d978dfb425d2685c2573",
        "0x6484aa716545ca2cf3a70c3fa8fe337e0a3d21162f0d6299a7bf8192bfd2a76f",
        "0x0000000000000000000000000000000000000000000000000000000000000001"
      ]
    ].map((i) => i.map((j) => BigInt(j)))))();
    getMapSWU = () => mapSWU || (mapSWU = mapToCurveSimpleSWU(Fpk1, {
      // Building the SWU sqrt-ratio helper eagerly adds noticeable `secp256k1.js` import cost, so
      // defer it to first use; after that the cached mapper is reused directly.
      A: BigInt("0x3f8731abdd661adca08a5558f0f5d272e953d363cb6f0e5d405447c01a444533"),
      B: BigInt("1771"),
      Z: Fpk1.create(BigInt("-11"))
    }));
    secp256k1_hasher = /* @__PURE__ */ (() => createHasher2(Pointk1, (scalars) => {
      const { x, y } = getMapSWU()(Fpk1.create(scalars[0]));
      return isoMap(x, y);
    }, {
      DST: "secp256k1_XMD:SHA-256_SSWU_RO_",
      encodeDST: "secp256k1_XMD:SHA-256_SSWU_NU_",
      p: Fpk1.ORDER,
      m: 1,
      k: 128,
      expand: "xmd",
      hash: sha256
    }))();
    secp256k1_FROST = /* @__PURE__ */ (() => createFROST({
      name: "FROST-secp256k1-SHA256-v1",
      Point: Pointk1,
      hashToScalar: secp256k1_hasher.hashToScalar,
      hash: sha256
    }))();
    schnorr_FROST = /* @__PURE__ */ (() => createFROST({
      name: "FROST-secp256k1-SHA256-TR-v1",
      Point: Pointk1,
      hashToScalar: secp256k1_hasher.hashToScalar,
      hash: sha256,
      // Taproot related hacks
      parsePublicKey(publicKey) {
        if (publicKey.length === 32) return lift_x(bytesToNumberBE(publicKey));
        if (publicKey.length === 33) return Pointk1.fromBytes(publicKey);
        throw new Error(`expected x-only or compressed public key, got length=${publicKey.length}`);
      },
      adjustScalar(n) {
        const PK = Pointk1.BASE.multiply(n);
        return hasEven(PK.y) ? n : Pointk1.Fn.neg(n);
      },
      adjustPoint: (p) => hasEven(p.y) ? p : p.negate(),
      challenge(R, PK, msg) {
        return challenge(pointToBytes(R), pointToBytes(PK), msg);
      },
      adjustNonces: frostNoncesToEvenY,
      adjustGroupCommitmentShare: (GC, GCShare) => !hasEven(GC.y) ? GCShare.negate() : GCShare,
      adjustPublic: frostPubToEvenY,
      adjustSecret: frostSecretToEvenY,
      adjustTx: {
        // Compat with official implementation
        encode: (tx) => tx.subarray(1),
        decode: (tx) => concatBytes2(Uint8Array.of(2), tx)
      },
      adjustDKG: (k) => {
        const merkleRoot = new Uint8Array(0);
        return {
          public: frostTweakPublic(k.public, merkleRoot),
          secret: frostTweakSecret(k.secret, k.public, merkleRoot)
        };
      }
    }))();
  }
});

// npm:@noble/hashes@2.4.0/sha3.js
function keccakP(s, rounds = 24) {
  if (!(s instanceof Uint32Array)) throw new TypeError('"s" expected Uint32Array(50), got type=' + typeof s);
  if (s.length !== 50) throw new RangeError('"s" expected Uint32Array(50), got length=' + s.length);
  anumber(rounds, "rounds");
  if (rounds < 1 || rounds > 24) throw new Error('"rounds" expected integer 1..24');
  for (let round = 24 - rounds; round < 24; round++) {
    for (let x = 0; x < 10; x++) B[x] = s[x] ^ s[x + 10] ^ s[x + 20] ^ s[x + 30] ^ s[x + 40];
    for (let x = 0; x < 10; x += 2) {
      const idx1 = (x + 8) % 10;
      const idx0 = (x + 2) % 10;
      const B0 = B[idx0];
      const B1 = B[idx0 + 1];
      const Th = rotlH(B0, B1, 1) ^ B[idx1];
      const Tl = rotlL(B0, B1, 1) ^ B[idx1 + 1];
      for (let y = 0; y < 50; y += 10) {
        s[x + y] ^= Th;
        s[x + y + 1] ^= Tl;
      }
    }
    let curH = s[2];
    let curL = s[3];
    for (let t = 0; t < 24; t++) {
      const shift = SHA3_ROTL[t];
      const Th = rotlH(curH, curL, shift);
      const Tl = rotlL(curH, curL, shift);
      const PI = SHA3_PI[t];
      curH = s[PI];
      curL = s[PI + 1];
      s[PI] = Th;
      s[PI + 1] = Tl;
    }
    for (let y = 0; y < 50; y += 10) {
      const b0 = s[y], b1 = s[y + 1], b2 = s[y + 2], b3 = s[y + 3];
      s[y] ^= ~s[y + 2] & s[y + 4];
      s[y + 1] ^= ~s[y + 3] & s[y + 5];
      s[y + 2] ^= ~s[y + 4] & s[y + 6];
      s[y + 3] ^= ~s[y + 5] & s[y + 7];
      s[y + 4] ^= ~s[y + 6] & s[y + 8];
      s[y + 5] ^= ~s[y + 7] & s[y + 9];
      s[y + 6] ^= ~s[y + 8] & b0;
      s[y + 7] ^= ~s[y + 9] & b1;
      s[y + 8] ^= ~b0 & b2;
      s[y + 9] ^= ~b1 & b3;
    }
    s[0] ^= SHA3_IOTA_H[round];
    s[1] ^= SHA3_IOTA_L[round];
  }
  clean(B);
}
var _0n8, _1n6, _2n5, _7n2, _256n, _0x71n, SHA3_PI, SHA3_ROTL, _SHA3_IOTA, IOTAS, SHA3_IOTA_H, SHA3_IOTA_L, rotlSH, rotlSL, rotlBH, rotlBL, rotlH, rotlL, B, Keccak, genShake, shake128, shake256;
var init_sha3 = __esm({
  "npm:@noble/hashes@2.4.0/sha3.js"() {
    init_u64();
    init_utils();
    _0n8 = BigInt(0);
    _1n6 = BigInt(1);
    _2n5 = BigInt(2);
    _7n2 = BigInt(7);
    _256n = BigInt(256);
    _0x71n = BigInt(113);
    SHA3_PI = [];
    SHA3_ROTL = [];
    _SHA3_IOTA = [];
    for (let round = 0, R = _1n6, x = 1, y = 0; round < 24; round++) {
      [x, y] = [
        y,
        (2 * x + 3 * y) % 5
      ];
      SHA3_PI.push(2 * (5 * y + x));
      SHA3_ROTL.push((round + 1) * (round + 2) / 2 % 64);
      let t = _0n8;
      for (let j = 0; j < 7; j++) {
        R = (R << _1n6 ^ (R >> _7n2) * _0x71n) % _256n;
        if (R & _2n5) t ^= _1n6 << (_1n6 << BigInt(j)) - _1n6;
      }
      _SHA3_IOTA.push(t);
    }
    IOTAS = split(_SHA3_IOTA, true);
    SHA3_IOTA_H = IOTAS[0];
    SHA3_IOTA_L = IOTAS[1];
    rotlSH = (h, l, s) => h << s | l >>> 32 - s;
    rotlSL = (h, l, s) => l << s | h >>> 32 - s;
    rotlBH = (h, l, s) => l << s - 32 | h >>> 64 - s;
    rotlBL = (h, l, s) => h << s - 32 | l >>> 64 - s;
    rotlH = (h, l, s) => s > 32 ? rotlBH(h, l, s) : rotlSH(h, l, s);
    rotlL = (h, l, s) => s > 32 ? rotlBL(h, l, s) : rotlSL(h, l, s);
    B = new Uint32Array(5 * 2);
    Keccak = class _Keccak {
      state;
      pos = 0;
      posOut = 0;
      finished = false;
      state32;
      destroyed = false;
      blockLen;
      suffix;
      outputLen;
      canXOF;
      enableXOF = false;
      rounds;
      // NOTE: we accept arguments in bytes instead of bits here.
      constructor(blockLen, suffix, outputLen, enableXOF = false, rounds = 24) {
        anumber(blockLen, "blockLen");
        anumber(suffix, "suffix");
        anumber(rounds, "rounds");
        abool(enableXOF, "enableXOF");
        this.blockLen = blockLen;
        this.suffix = suffix;
        this.outputLen = outputLen;
        this.enableXOF = enableXOF;
        this.canXOF = enableXOF;
        this.rounds = rounds;
        anumber(outputLen, "outputLen");
        if (!(0 < blockLen && blockLen < 200)) throw new Error('"blockLen" must be 1..199');
        this.state = new Uint8Array(200);
        this.state32 = u32(this.state);
      }
      clone() {
        return this._cloneInto();
      }
      keccak() {
        swap32IfBE(this.state32);
        keccakP(this.state32, this.rounds);
        swap32IfBE(this.state32);
        this.posOut = 0;
        this.pos = 0;
      }
      update(data) {
        aexists(this);
        abytes(data);
        const { blockLen, state, state32 } = this;
        const len = data.length;
        const canUseU32 = blockLen % 4 === 0 && data.byteOffset % 4 === 0;
        const blockLen32 = blockLen / 4;
        const data32 = canUseU32 && len >= blockLen ? u32(data) : void 0;
        for (let pos = 0; pos < len; ) {
          if (data32 !== void 0 && this.pos === 0 && pos % 4 === 0 && len - pos >= blockLen) {
            for (let i = 0, o = pos / 4; i < blockLen32; i++) state32[i] ^= data32[o + i];
            pos += blockLen;
            this.pos = blockLen;
            this.keccak();
            continue;
          }
          const take = Math.min(blockLen - this.pos, len - pos);
          for (let i = 0; i < take; i++) state[this.pos++] ^= data[pos++];
          if (this.pos === blockLen) this.keccak();
        }
        return this;
      }
      finish() {
        if (this.finished) return;
        this.finished = true;
        const { state, suffix, pos, blockLen } = this;
        state[pos] ^= suffix;
        if ((suffix & 128) !== 0 && pos === blockLen - 1) this.keccak();
        state[blockLen - 1] ^= 128;
        this.keccak();
      }
      writeInto(out) {
        aexists(this, false);
        abytes(out);
        this.finish();
        const bufferOut = this.state;
        const { blockLen } = this;
        for (let pos = 0, len = out.length; pos < len; ) {
          if (this.posOut >= blockLen) this.keccak();
          const take = Math.min(blockLen - this.posOut, len - pos);
          out.set(bufferOut.subarray(this.posOut, this.posOut + take), pos);
          this.posOut += take;
          pos += take;
        }
        return out;
      }
      xofInto(out) {
        if (!this.enableXOF) throw new Error("XOF is not enabled");
        return this.writeInto(out);
      }
      xof(bytes) {
        anumber(bytes);
        return this.xofInto(new Uint8Array(bytes));
      }
      digestInto(out) {
        aoutput(out, this);
        if (this.finished) throw new Error("digest() was already called");
        this.writeInto(out.length === this.outputLen ? out : out.subarray(0, this.outputLen));
        this.destroy();
      }
      digest() {
        const out = new Uint8Array(this.outputLen);
        this.digestInto(out);
        return out;
      }
      destroy() {
        this.destroyed = true;
        clean(this.state);
      }
      _cloneInto(to) {
        const { blockLen, suffix, outputLen, rounds, enableXOF } = this;
        to ||= new _Keccak(blockLen, suffix, outputLen, enableXOF, rounds);
        to.blockLen = blockLen;
        to.state32.set(this.state32);
        to.pos = this.pos;
        to.posOut = this.posOut;
        to.finished = this.finished;
        to.rounds = rounds;
        to.suffix = suffix;
        to.outputLen = outputLen;
        to.enableXOF = enableXOF;
        to.canXOF = this.canXOF;
        to.destroyed = this.destroyed;
        return to;
      }
    };
    genShake = (suffix, blockLen, outputLen, info = {}) => createHasher((opts = {}) => {
      opts = checkOpts({}, opts);
      return new Keccak(blockLen, suffix, opts.dkLen === void 0 ? outputLen : opts.dkLen, true);
    }, info);
    shake128 = /* @__PURE__ */ genShake(31, 168, 16, /* @__PURE__ */ oidNist(11));
    shake256 = /* @__PURE__ */ genShake(31, 136, 32, /* @__PURE__ */ oidNist(12));
  }
});

// npm:@noble/curves@2.4.0/abstract/edwards.js
function isEdValidXY(Fp2, CURVE, x, y) {
  const x2 = Fp2.sqr(x);
  const y2 = Fp2.sqr(y);
  const left = Fp2.add(Fp2.mul(CURVE.a, x2), y2);
  const right = Fp2.add(Fp2.ONE, Fp2.mul(CURVE.d, Fp2.mul(x2, y2)));
  return Fp2.eql(left, right);
}
function edwards(params, extraOpts = {}) {
  validateObject(extraOpts, {}, {}, "extraOpts");
  const opts = extraOpts;
  const validated = createCurveFields("edwards", params, opts, opts.FpFnLE);
  const { Fp: Fp2, Fn: Fn2 } = validated;
  let CURVE = validated.CURVE;
  const { h: cofactor } = CURVE;
  if (FpLegendre(Fp2, CURVE.a) !== 1) throw new Error("edwards: CURVE.a must be a square in Fp for complete addition formulas");
  if (FpLegendre(Fp2, CURVE.d) !== -1) throw new Error("edwards: CURVE.d must be a non-square in Fp for complete addition formulas");
  validateObject(opts, {}, {
    uvRatio: "function",
    randomBytes: "function"
  });
  const randomBytes4 = opts.randomBytes === void 0 ? randomBytes2 : opts.randomBytes;
  const MASK = _2n6 << BigInt(Fp2.BYTES * 8) - _1n7;
  function isOdd(n) {
    if (!Fp2.isOdd) throw new Error("Field does not have .isOdd()");
    return Fp2.isOdd(n);
  }
  const uvRatio2 = opts.uvRatio === void 0 ? (u, v) => {
    try {
      return {
        isValid: true,
        value: Fp2.sqrt(Fp2.div(u, v))
      };
    } catch (e) {
      return {
        isValid: false,
        value: _0n9
      };
    }
  } : opts.uvRatio;
  if (!isEdValidXY(Fp2, CURVE, CURVE.Gx, CURVE.Gy)) throw new Error("bad curve params: generator point");
  const mulA = Fp2.eql(CURVE.a, Fp2.neg(Fp2.ONE)) ? (x) => Fp2.neg(x) : Fp2.eql(CURVE.a, Fp2.ONE) ? (x) => x : (x) => Fp2.mul(CURVE.a, x);
  function acoord(title, n, banZero = false) {
    const min = banZero ? _1n7 : _0n9;
    aInRange("coordinate " + title, n, min, MASK);
    return n;
  }
  function aedpoint(other) {
    if (!(other instanceof Point)) throw new Error("EdwardsPoint expected");
  }
  class Point {
    static BASE = new Point(CURVE.Gx, CURVE.Gy, Fp2.ONE, Fp2.mul(CURVE.Gx, CURVE.Gy));
    static ZERO = new Point(Fp2.ZERO, Fp2.ONE, Fp2.ONE, Fp2.ZERO);
    static Fp = Fp2;
    static Fn = Fn2;
    X;
    Y;
    Z;
    T;
    constructor(X, Y, Z, T) {
      this.X = acoord("x", X);
      this.Y = acoord("y", Y);
      this.Z = acoord("z", Z, true);
      this.T = acoord("t", T);
      Object.freeze(this);
    }
    static CURVE() {
      return CURVE;
    }
    /**
         * Create one extended Edwards point from affine coordinates.
         * Does NOT validate that the point is on-curve or torsion-free.
         * Use `.assertValidity()` on adversarial inputs.
         */
    static fromAffine(p) {
      if (p instanceof Point) throw new Error("extended point not allowed");
      const { x, y } = p || {};
      acoord("x", x);
      acoord("y", y);
      return new Point(x, y, Fp2.ONE, Fp2.mul(x, y));
    }
    // Uses algo from RFC8032 5.1.3.
    static fromBytes(bytes, zip215 = false) {
      const len = Fp2.BYTES;
      const { a, d } = CURVE;
      bytes = copyBytes(abytes2(bytes, len, "point"));
      abool2(zip215, "zip215");
      const normed = copyBytes(bytes);
      const lastByte = bytes[len - 1];
      normed[len - 1] = lastByte & ~128;
      const y = bytesToNumberLE(normed);
      const max = zip215 ? MASK : Fp2.ORDER;
      aInRange("point.y", y, _0n9, max);
      const y2 = Fp2.sqr(y);
      const u = Fp2.sub(y2, Fp2.ONE);
      const v = Fp2.sub(Fp2.mulN(d, y2), a);
      let { isValid, value: x } = uvRatio2(u, v);
      if (!isValid) throw new Error("bad point: invalid y coordinate");
      const isXOdd = isOdd(x);
      const isLastByteOdd = (lastByte & 128) !== 0;
      if (!zip215 && Fp2.is0(x) && isLastByteOdd)
        throw new Error("bad point: x=0 and x_0=1");
      if (isLastByteOdd !== isXOdd) x = Fp2.neg(x);
      return Point.fromAffine({
        x,
        y
      });
    }
    static fromHex(hex, zip215 = false) {
      return Point.fromBytes(hexToBytes2(hex), zip215);
    }
    get x() {
      return this.toAffine().x;
    }
    get y() {
      return this.toAffine().y;
    }
    precompute(windowSize = 6, isLazy = true) {
      wnaf.setWindowSize(this, windowSize);
      if (!isLazy) this.multiply(_2n6);
      return this;
    }
    // Useful in fromAffine() - not for fromBytes(), which always created valid points.
    assertValidity() {
      const p = this;
      const { a, d } = CURVE;
      if (p.is0()) throw new Error("bad point: ZERO");
      const { X, Y, Z, T } = p;
      const X2 = Fp2.sqr(X);
      const Y2 = Fp2.sqr(Y);
      const Z2 = Fp2.sqr(Z);
      const Z4 = Fp2.sqr(Z2);
      const aX2 = Fp2.mul(X2, a);
      const left = Fp2.mul(Fp2.add(aX2, Y2), Z2);
      const right = Fp2.add(Z4, Fp2.mul(d, Fp2.mul(X2, Y2)));
      if (!Fp2.eql(left, right)) throw new Error("bad point: equation left != right (1)");
      const XY = Fp2.mul(X, Y);
      const ZT = Fp2.mul(Z, T);
      if (!Fp2.eql(XY, ZT)) throw new Error("bad point: equation left != right (2)");
    }
    // Compare one point to another.
    equals(other) {
      aedpoint(other);
      const { X: X1, Y: Y1, Z: Z1 } = this;
      const { X: X2, Y: Y2, Z: Z2 } = other;
      const X1Z2 = Fp2.mul(X1, Z2);
      const X2Z1 = Fp2.mul(X2, Z1);
      const Y1Z2 = Fp2.mul(Y1, Z2);
      const Y2Z1 = Fp2.mul(Y2, Z1);
      return Fp2.eql(X1Z2, X2Z1) && Fp2.eql(Y1Z2, Y2Z1);
    }
    is0() {
      return this.equals(Point.ZERO);
    }
    negate() {
      return new Point(Fp2.neg(this.X), this.Y, this.Z, Fp2.neg(this.T));
    }
    // Fast algo for doubling Extended Point.
    // https://hyperelliptic.org/EFD/g1p/auto-twisted-extended.html#doubling-dbl-2008-hwcd
    // Cost: 4M + 4S + 1*a + 6add + 1*2.
    double() {
      const { X: X1, Y: Y1, Z: Z1 } = this;
      const A = Fp2.sqr(X1);
      const B2 = Fp2.sqr(Y1);
      const C = Fp2.mul(Fp2.sqr(Z1), _2n6);
      const D2 = mulA(A);
      const x1y1 = Fp2.addN(X1, Y1);
      const E = Fp2.sub(Fp2.subN(Fp2.sqr(x1y1), A), B2);
      const G = Fp2.addN(D2, B2);
      const F2 = Fp2.subN(G, C);
      const H = Fp2.subN(D2, B2);
      const X3 = Fp2.mul(E, F2);
      const Y3 = Fp2.mul(G, H);
      const T3 = Fp2.mul(E, H);
      const Z3 = Fp2.mul(F2, G);
      return new Point(X3, Y3, Z3, T3);
    }
    // Fast algo for adding 2 Extended Points.
    // https://hyperelliptic.org/EFD/g1p/auto-twisted-extended.html#addition-add-2008-hwcd
    // Cost: 9M + 1*a + 1*d + 7add.
    add(other) {
      aedpoint(other);
      const { d } = CURVE;
      const { X: X1, Y: Y1, Z: Z1, T: T1 } = this;
      const { X: X2, Y: Y2, Z: Z2, T: T2 } = other;
      const A = Fp2.mul(X1, X2);
      const B2 = Fp2.mul(Y1, Y2);
      const C = Fp2.mul(Fp2.mulN(T1, d), T2);
      const D2 = Fp2.mul(Z1, Z2);
      const E = Fp2.sub(Fp2.subN(Fp2.mulN(Fp2.addN(X1, Y1), Fp2.addN(X2, Y2)), A), B2);
      const F2 = Fp2.subN(D2, C);
      const G = Fp2.addN(D2, C);
      const H = Fp2.sub(B2, mulA(A));
      const X3 = Fp2.mul(E, F2);
      const Y3 = Fp2.mul(G, H);
      const T3 = Fp2.mul(E, H);
      const Z3 = Fp2.mul(F2, G);
      return new Point(X3, Y3, Z3, T3);
    }
    subtract(other) {
      aedpoint(other);
      return this.add(other.negate());
    }
    // Constant-time multiplication.
    multiply(scalar) {
      if (!Fn2.isValidNot0(scalar)) throw new RangeError("invalid scalar: expected 1 <= sc < curve.n");
      const { p, f } = wnaf.mulSecret(this, scalar, cofactor, normalize);
      return normalize([
        p,
        f
      ])[0];
    }
    // Non-constant-time multiplication. Uses double-and-add algorithm.
    // It's faster, but should only be used when you don't care about
    // an exposed private key e.g. sig verification.
    // Keeps the same subgroup-scalar contract: 0 is allowed for public-scalar callers, but
    // n and larger values are rejected instead of being reduced mod n to the identity point.
    multiplyUnsafe(scalar) {
      if (!Fn2.isValid(scalar)) throw new RangeError("invalid scalar: expected 0 <= sc < curve.n");
      if (scalar === _0n9) return Point.ZERO;
      if (this.is0() || scalar === _1n7) return this;
      return wnaf.mulUnsafe(this, scalar, normalize);
    }
    // Checks if point is of small order.
    // If you add something to small order point, you will have "dirty"
    // point with torsion component.
    // Clears cofactor and checks if the result is 0.
    isSmallOrder() {
      return this.clearCofactor().is0();
    }
    // Multiplies point by curve order and checks if the result is 0.
    // Returns `false` is the point is dirty.
    isTorsionFree() {
      return wnaf.mulUnsafe(this, CURVE.n).is0();
    }
    // Converts Extended point to default (x, y) coordinates.
    // Can accept precomputed Z^-1 - for example, from invertBatch.
    toAffine(invertedZ) {
      const p = this;
      let iz = invertedZ;
      if (iz != null && typeof iz !== "bigint") throw new TypeError('"invertedZ" expected bigint, got type=' + typeof iz);
      const { X, Y, Z } = p;
      const is0 = p.is0();
      if (iz == null) iz = is0 ? Fp2.create(_8n2) : Fp2.inv(Z);
      const x = Fp2.mul(X, iz);
      const y = Fp2.mul(Y, iz);
      const zz = Fp2.mul(Z, iz);
      if (is0) return {
        x: Fp2.ZERO,
        y: Fp2.ONE
      };
      if (!Fp2.eql(zz, Fp2.ONE)) throw new Error("invZ was invalid");
      return {
        x,
        y
      };
    }
    clearCofactor() {
      if (cofactor === _1n7) return this;
      if (cofactor === _2n6) return this.double();
      if (cofactor === _4n5) return this.double().double();
      if (cofactor === _8n2) return this.double().double().double();
      return this.multiplyUnsafe(cofactor);
    }
    toBytes() {
      const { x, y } = this.toAffine();
      const bytes = Fp2.toBytes(y);
      bytes[bytes.length - 1] |= isOdd(x) ? 128 : 0;
      return bytes;
    }
    toHex() {
      return bytesToHex2(this.toBytes());
    }
    toString() {
      return `<Point ${this.is0() ? "ZERO" : this.toHex()}>`;
    }
  }
  const normalize = (points) => normalizeZ(Point, points);
  const wnaf = new ScalarMultiplier(Point, randomBytes4);
  if (wnaf.bits >= 6) Point.BASE.precompute(6);
  Object.freeze(Point.prototype);
  Object.freeze(Point);
  return Point;
}
function eddsa(Point, cHash, eddsaOpts = {}) {
  validatePointCons(Point);
  if (typeof cHash !== "function") throw new Error('"hash" function param is required');
  const hash = cHash;
  const opts = eddsaOpts;
  validateObject(opts, {}, {
    adjustScalarBytes: "function",
    randomBytes: "function",
    domain: "function",
    prehash: "function",
    zip215: "boolean",
    mapToCurve: "function",
    toMontgomery: "function",
    toMontgomerySecret: "function"
  });
  const { prehash } = opts;
  const { BASE, Fp: Fp2, Fn: Fn2 } = Point;
  const outputLen = hash.outputLen;
  const expectedLen = 2 * Fp2.BYTES;
  if (outputLen !== void 0) {
    asafenumber(outputLen, "hash.outputLen");
    if (outputLen !== expectedLen) throw new Error(`hash.outputLen must be ${expectedLen}, got ${outputLen}`);
  }
  const randomBytes4 = opts.randomBytes === void 0 ? randomBytes2 : opts.randomBytes;
  const toMontgomery2 = opts.toMontgomery;
  const toMontgomerySecret2 = opts.toMontgomerySecret;
  const adjustScalarBytes2 = opts.adjustScalarBytes === void 0 ? (bytes) => bytes : opts.adjustScalarBytes;
  const domain = opts.domain === void 0 ? (data, ctx, phflag) => {
    abool2(phflag, "phflag");
    if (ctx.length || phflag) throw new Error("Contexts/pre-hash are not supported");
    return data;
  } : opts.domain;
  function modN_LE(hash2) {
    return Fn2.create(bytesToNumberLE(hash2));
  }
  function getPrivateScalar(key) {
    const len = lengths.secretKey;
    abytes2(key, lengths.secretKey, "secretKey");
    const hashed = abytes2(hash(key), 2 * len, "hashedSecretKey");
    const head = adjustScalarBytes2(hashed.slice(0, len));
    const prefix = hashed.slice(len, 2 * len);
    const scalar = modN_LE(head);
    return {
      head,
      prefix,
      scalar
    };
  }
  function getExtendedPublicKey(secretKey) {
    const { head, prefix, scalar } = getPrivateScalar(secretKey);
    const point = BASE.multiply(scalar);
    const pointBytes = point.toBytes();
    return {
      head,
      prefix,
      scalar,
      point,
      pointBytes
    };
  }
  function getPublicKey(secretKey) {
    return getExtendedPublicKey(secretKey).pointBytes;
  }
  function hashDomainToScalar(context = Uint8Array.of(), ...msgs) {
    const msg = concatBytes2(...msgs);
    return modN_LE(hash(domain(msg, abytes2(context, void 0, "context"), !!prehash)));
  }
  function sign(msg, secretKey, options = {}) {
    validateObject(options, {}, {}, "options");
    msg = copyBytes(abytes2(msg, void 0, "message"));
    if (prehash) msg = prehash(msg);
    const { prefix, scalar, pointBytes } = getExtendedPublicKey(secretKey);
    const r = hashDomainToScalar(options.context, prefix, msg);
    const R = BASE.multiply(r).toBytes();
    const k = hashDomainToScalar(options.context, R, pointBytes, msg);
    const s = Fn2.create(r + k * scalar);
    if (!Fn2.isValid(s)) throw new Error("sign failed: invalid s");
    const rs = concatBytes2(R, Fn2.toBytes(s));
    return abytes2(rs, lengths.signature, "result");
  }
  const verifyOpts = {
    zip215: opts.zip215
  };
  function verify(sig, msg, publicKey, options = verifyOpts) {
    validateObject(options);
    const { context } = options;
    const zip215 = options.zip215 === void 0 ? !!verifyOpts.zip215 : options.zip215;
    const len = lengths.signature;
    sig = abytes2(sig, len, "signature");
    msg = abytes2(msg, void 0, "message");
    publicKey = abytes2(publicKey, lengths.publicKey, "publicKey");
    if (zip215 !== void 0) abool2(zip215, "zip215");
    if (prehash) msg = prehash(msg);
    const mid = len / 2;
    const r = sig.subarray(0, mid);
    const s = bytesToNumberLE(sig.subarray(mid, len));
    let A, R, SB;
    try {
      A = Point.fromBytes(publicKey, zip215);
      R = Point.fromBytes(r, zip215);
      SB = BASE.multiplyUnsafe(s);
    } catch (error) {
      return false;
    }
    if (!zip215 && A.isSmallOrder()) return false;
    const k = hashDomainToScalar(context, r, publicKey, msg);
    const RkA = R.add(A.multiplyUnsafe(k));
    return RkA.subtract(SB).clearCofactor().is0();
  }
  const _size = Fp2.BYTES;
  const lengths = {
    secretKey: _size,
    publicKey: _size,
    signature: 2 * _size,
    seed: _size
  };
  function randomSecretKey(seed) {
    seed = seed === void 0 ? randomBytes4(lengths.seed) : seed;
    return abytes2(seed, lengths.seed, "seed");
  }
  function isValidSecretKey(key) {
    return isBytes2(key) && key.length === lengths.secretKey;
  }
  function isValidPublicKey(key, zip215) {
    try {
      return !!Point.fromBytes(key, zip215 === void 0 ? verifyOpts.zip215 : zip215);
    } catch (error) {
      return false;
    }
  }
  const utils = {
    getExtendedPublicKey,
    randomSecretKey,
    isValidSecretKey,
    isValidPublicKey,
    /** Converts an Edwards public key to a companion Montgomery public key. */
    toMontgomery(publicKey) {
      if (toMontgomery2 === void 0) throw new Error("Montgomery conversion is not supported for this curve");
      return toMontgomery2(Point.fromBytes(publicKey));
    },
    toMontgomerySecret(secretKey) {
      if (toMontgomerySecret2 === void 0) throw new Error("Montgomery conversion is not supported for this curve");
      return toMontgomerySecret2(secretKey);
    }
  };
  Object.freeze(lengths);
  Object.freeze(utils);
  return Object.freeze({
    keygen: createKeygen(randomSecretKey, getPublicKey),
    getPublicKey,
    sign,
    verify,
    utils,
    Point,
    lengths
  });
}
var _0n9, _1n7, _2n6, _4n5, _8n2, PrimeEdwardsPoint;
var init_edwards = __esm({
  "npm:@noble/curves@2.4.0/abstract/edwards.js"() {
    init_utils2();
    init_curve();
    init_modular();
    _0n9 = /* @__PURE__ */ BigInt(0);
    _1n7 = /* @__PURE__ */ BigInt(1);
    _2n6 = /* @__PURE__ */ BigInt(2);
    _4n5 = /* @__PURE__ */ BigInt(4);
    _8n2 = /* @__PURE__ */ BigInt(8);
    PrimeEdwardsPoint = class {
      static BASE;
      static ZERO;
      static Fp;
      static Fn;
      ep;
      /**
         * Wrap one internal Edwards representative directly.
         * This is not a canonical encoding boundary: alternate Edwards
         * representatives may still describe the same abstract wrapper element.
         */
      constructor(ep) {
        this.ep = ep;
      }
      // Static methods that must be implemented by subclasses
      static fromBytes(_bytes) {
        notImplemented();
      }
      static fromHex(_hex) {
        notImplemented();
      }
      get x() {
        return this.toAffine().x;
      }
      get y() {
        return this.toAffine().y;
      }
      // Common implementations
      clearCofactor() {
        return this;
      }
      assertValidity() {
        this.ep.assertValidity();
      }
      /**
         * Return affine coordinates of the current internal Edwards representative.
         * This is a convenience helper, not a canonical Ristretto/Decaf encoding.
         * Equal abstract elements may expose different `x` / `y`; use
         * `toBytes()` / `fromBytes()` for canonical roundtrips.
         */
      toAffine(invertedZ) {
        return this.ep.toAffine(invertedZ);
      }
      toHex() {
        return bytesToHex2(this.toBytes());
      }
      toString() {
        return this.toHex();
      }
      isTorsionFree() {
        return true;
      }
      isSmallOrder() {
        return false;
      }
      add(other) {
        this.assertSame(other);
        return this.init(this.ep.add(other.ep));
      }
      subtract(other) {
        this.assertSame(other);
        return this.init(this.ep.subtract(other.ep));
      }
      multiply(scalar) {
        return this.init(this.ep.multiply(scalar));
      }
      multiplyUnsafe(scalar) {
        return this.init(this.ep.multiplyUnsafe(scalar));
      }
      double() {
        return this.init(this.ep.double());
      }
      negate() {
        return this.init(this.ep.negate());
      }
      precompute(windowSize, isLazy) {
        this.ep.precompute(windowSize, isLazy);
        return this;
      }
    };
  }
});

// npm:@noble/curves@2.4.0/abstract/montgomery.js
function cmask(P, swap) {
  return P + swap - (swap >> _1n8 << _1n8);
}
function cswap(P) {
  const offset = BigInt(6) * P;
  return (mask, x_2, x_3) => {
    const sum = x_2 + x_3;
    const d = offset + x_3 - x_2;
    const a = (d * mask + x_2) % P;
    return {
      x_2: a,
      x_3: sum - a
    };
  };
}
function validateOpts(curve) {
  validateObject(curve, {
    P: "bigint",
    type: "string",
    adjustScalarBytes: "function",
    powPminus2: "function"
  }, {
    randomBytes: "function",
    scalarMultBase: "function"
  });
  return Object.freeze({
    ...curve
  });
}
function montgomery(curveDef) {
  const CURVE = validateOpts(curveDef);
  const { P, type, adjustScalarBytes: adjustScalarBytes2, powPminus2, randomBytes: rand } = CURVE;
  const mulBaseHook = CURVE.scalarMultBase;
  const is25519 = type === "x25519";
  if (!is25519 && type !== "x448") throw new Error("invalid type");
  const randomBytes_ = rand === void 0 ? randomBytes2 : rand;
  const montgomeryBits = is25519 ? 255 : 448;
  const swap = cswap(P);
  const fieldLen = is25519 ? 32 : 56;
  const Gu = is25519 ? BigInt(9) : BigInt(5);
  const a24 = is25519 ? BigInt(121665) : BigInt(39081);
  const minScalar = is25519 ? _2n7 ** BigInt(254) : _2n7 ** BigInt(447);
  const maxAdded = is25519 ? BigInt(8) * (_2n7 ** BigInt(251) - _1n8) : BigInt(4) * (_2n7 ** BigInt(445) - _1n8);
  const maxScalar = minScalar + maxAdded + _1n8;
  const modP = (n) => mod(n, P);
  const GuBytes = encodeU(Gu);
  function encodeU(u) {
    return numberToBytesLE(modP(u), fieldLen);
  }
  function decodeU(u) {
    const _u = copyBytes(abytes2(u, fieldLen, "uCoordinate"));
    if (is25519) _u[31] &= 127;
    return modP(bytesToNumberLE(_u));
  }
  function decodeScalar(scalar) {
    return bytesToNumberLE(adjustScalarBytes2(copyBytes(abytes2(scalar, fieldLen, "scalar"))));
  }
  const lowOrderU = new Set(is25519 ? [
    _0n10,
    _1n8,
    P - _1n8,
    BigInt("325606250916557431795983626356110631294008115727848805560023387167927233504"),
    BigInt("39382357235489614581723060781553021112529911719440698176882885853963445705823")
  ] : [
    _0n10,
    _1n8,
    P - _1n8
  ]);
  function scalarMult(scalar, u) {
    const pointU = decodeU(u);
    if (lowOrderU.has(pointU)) throw new Error("invalid private or public key received");
    const pu = montgomeryLadder(pointU, decodeScalar(scalar));
    if (pu === _0n10) throw new Error("invalid private or public key received");
    return encodeU(pu);
  }
  function scalarMultBase(scalar) {
    if (mulBaseHook === void 0) return scalarMult(scalar, GuBytes);
    const k = decodeScalar(scalar);
    aInRange("scalar", k, minScalar, maxScalar);
    const pu = modP(mulBaseHook(k));
    if (pu === _0n10) throw new Error("invalid private or public key received");
    return encodeU(pu);
  }
  const getPublicKey = scalarMultBase;
  const getSharedSecret = scalarMult;
  function montgomeryLadder(u, scalar) {
    aInRange("u", u, _0n10, P);
    aInRange("scalar", scalar, minScalar, maxScalar);
    const k = scalar;
    const x_1 = u;
    let x_2 = _1n8;
    let z_2 = _0n10;
    let x_3 = u;
    let z_3 = _1n8;
    const kx = k ^ k >> _1n8;
    for (let t = BigInt(montgomeryBits - 1); t >= _0n10; t--) {
      const mask2 = cmask(P, kx >> t);
      ({ x_2, x_3 } = swap(mask2, x_2, x_3));
      ({ x_2: z_2, x_3: z_3 } = swap(mask2, z_2, z_3));
      const A = x_2 + z_2;
      const AA = modP(A * A);
      const B2 = x_2 - z_2;
      const BB = modP(B2 * B2);
      const E = AA - BB;
      const C = x_3 + z_3;
      const D2 = x_3 - z_3;
      const DA = modP(D2 * A);
      const CB = modP(C * B2);
      const dacb = DA + CB;
      const da_cb = DA - CB;
      x_3 = modP(dacb * dacb);
      z_3 = modP(x_1 * modP(da_cb * da_cb));
      x_2 = modP(AA * BB);
      z_2 = modP(E * (AA + modP(a24 * E)));
    }
    const mask = cmask(P, k);
    ({ x_2, x_3 } = swap(mask, x_2, x_3));
    ({ x_2: z_2, x_3: z_3 } = swap(mask, z_2, z_3));
    const z2 = powPminus2(z_2);
    return modP(x_2 * z2);
  }
  const lengths = {
    secretKey: fieldLen,
    publicKey: fieldLen,
    seed: fieldLen
  };
  const randomSecretKey = (seed) => {
    seed = seed === void 0 ? randomBytes_(fieldLen) : seed;
    abytes2(seed, lengths.seed, "seed");
    return seed;
  };
  const utils = {
    randomSecretKey
  };
  Object.freeze(lengths);
  Object.freeze(utils);
  return Object.freeze({
    keygen: createKeygen(randomSecretKey, getPublicKey),
    getSharedSecret,
    getPublicKey,
    scalarMult,
    scalarMultBase,
    utils,
    GuBytes: GuBytes.slice(),
    lengths
  });
}
var _0n10, _1n8, _2n7;
var init_montgomery = __esm({
  "npm:@noble/curves@2.4.0/abstract/montgomery.js"() {
    init_utils2();
    init_curve();
    init_modular();
    _0n10 = /* @__PURE__ */ BigInt(0);
    _1n8 = /* @__PURE__ */ BigInt(1);
    _2n7 = /* @__PURE__ */ BigInt(2);
  }
});

// npm:@noble/curves@2.4.0/abstract/oprf.js
function createOPRF(opts) {
  validateObject(opts, {
    name: "string",
    hash: "function",
    hashToScalar: "function",
    hashToGroup: "function"
  });
  validatePointCons(opts.Point);
  const { name, Point, hash, hashToGroup: hashToGroupHook, hashToScalar } = opts;
  const { Fn: Fn2 } = Point;
  const invertSecret = (value) => invertCt(value, Fn2.ORDER);
  const hashToGroup = (msg, ctx) => hashToGroupHook(msg, {
    DST: concatBytes2(asciiToBytes("HashToGroup-"), ctx)
  });
  const hashToScalarPrefixed = (msg, ctx) => hashToScalar(msg, {
    DST: concatBytes2(_DST_scalarBytes, ctx)
  });
  const randomScalar = (rng = randomBytes2) => {
    if (typeof rng !== "function") throw new TypeError('"rng" expected function, got type=' + typeof rng);
    const t = mapHashToField(rng(getMinHashLength(Fn2.ORDER)), Fn2.ORDER, Fn2.isLE);
    return Fn2.isLE ? bytesToNumberLE(t) : bytesToNumberBE(t);
  };
  const msm = (points, scalars) => mulAddUnsafe(Point, points, scalars);
  const getCtx = (mode) => concatBytes2(asciiToBytes("OPRFV1-"), new Uint8Array([
    mode
  ]), asciiToBytes("-" + name));
  const ctxOPRF = getCtx(0);
  const ctxVOPRF = getCtx(1);
  const ctxPOPRF = getCtx(2);
  function encode2(...args) {
    const res2 = [];
    for (const a of args) {
      if (typeof a === "number") res2.push(numberToBytesBE(a, 2));
      else if (typeof a === "string") res2.push(asciiToBytes(a));
      else {
        abytes2(a);
        res2.push(numberToBytesBE(a.length, 2), a);
      }
    }
    return concatBytes2(...res2);
  }
  const inputBytes = (title, bytes) => {
    abytes2(bytes, void 0, title);
    if (bytes.length > 65535) throw new Error(`"${title}" expected Uint8Array of length <= 65535, got length=${bytes.length}`);
    return bytes;
  };
  const hashInput = (...bytes) => hash(encode2(...bytes, "Finalize"));
  function getTranscripts(B2, C, D2, ctx) {
    const Bm = B2.toBytes();
    const seed = hash(encode2(Bm, concatBytes2(asciiToBytes("Seed-"), ctx)));
    const res2 = [];
    for (let i = 0; i < C.length; i++) {
      const Ci = C[i].toBytes();
      const Di = D2[i].toBytes();
      const di = hashToScalarPrefixed(encode2(seed, i, Ci, Di, "Composite"), ctx);
      res2.push(di);
    }
    return res2;
  }
  function computeComposites(B2, C, D2, ctx) {
    const T = getTranscripts(B2, C, D2, ctx);
    const M = msm(C, T);
    const Z = msm(D2, T);
    return {
      M,
      Z
    };
  }
  function computeCompositesFast(k, B2, C, D2, ctx) {
    const T = getTranscripts(B2, C, D2, ctx);
    const M = msm(C, T);
    const Z = M.multiply(k);
    return {
      M,
      Z
    };
  }
  function challengeTranscript(B2, M, Z, t2, t3, ctx) {
    const [Bm, a0, a1, a2, a3] = [
      B2,
      M,
      Z,
      t2,
      t3
    ].map((i) => i.toBytes());
    return hashToScalarPrefixed(encode2(Bm, a0, a1, a2, a3, "Challenge"), ctx);
  }
  function generateProof(ctx, k, B2, C, D2, rng) {
    const { M, Z } = computeCompositesFast(k, B2, C, D2, ctx);
    const r = randomScalar(rng);
    const t2 = Point.BASE.multiply(r);
    const t3 = M.multiply(r);
    const c = challengeTranscript(B2, M, Z, t2, t3, ctx);
    const s = Fn2.sub(r, Fn2.mul(c, k));
    return concatBytes2(...[
      c,
      s
    ].map((i) => Fn2.toBytes(i)));
  }
  function verifyProof(ctx, B2, C, D2, proof) {
    abytes2(proof, 2 * Fn2.BYTES);
    const { M, Z } = computeComposites(B2, C, D2, ctx);
    const [c, s] = [
      proof.subarray(0, Fn2.BYTES),
      proof.subarray(Fn2.BYTES)
    ].map((f) => Fn2.fromBytes(f));
    const t2 = msm([
      Point.BASE,
      B2
    ], [
      s,
      c
    ]);
    const t3 = msm([
      M,
      Z
    ], [
      s,
      c
    ]);
    const expectedC = challengeTranscript(B2, M, Z, t2, t3, ctx);
    if (!Fn2.eql(c, expectedC)) throw new Error("proof verification failed");
  }
  function generateKeyPair() {
    const skS = randomScalar();
    const pkS = Point.BASE.multiply(skS);
    return {
      secretKey: Fn2.toBytes(skS),
      publicKey: pkS.toBytes()
    };
  }
  function deriveKeyPair(ctx, seed, info) {
    abytes2(seed, 32, "seed");
    info = inputBytes("keyInfo", info);
    const dst = concatBytes2(asciiToBytes("DeriveKeyPair"), ctx);
    const msg = concatBytes2(seed, encode2(info), Uint8Array.of(0));
    for (let counter = 0; counter <= 255; counter++) {
      msg[msg.length - 1] = counter;
      const skS = hashToScalar(msg, {
        DST: dst
      });
      if (Fn2.is0(skS)) continue;
      return {
        secretKey: Fn2.toBytes(skS),
        publicKey: Point.BASE.multiply(skS).toBytes()
      };
    }
    throw new Error("Cannot derive key");
  }
  const wirePoint = (label, bytes) => {
    const point = Point.fromBytes(bytes);
    if (point.equals(Point.ZERO)) throw new Error(label + " point at infinity");
    return point;
  };
  function blind(ctx, input, rng = randomBytes2) {
    input = inputBytes("input", input);
    const blind2 = randomScalar(rng);
    const inputPoint = hashToGroup(input, ctx);
    if (inputPoint.equals(Point.ZERO)) throw new Error("Input point at infinity");
    const blinded = inputPoint.multiply(blind2);
    return {
      blind: Fn2.toBytes(blind2),
      blinded: blinded.toBytes()
    };
  }
  function evaluate(ctx, secretKey, input) {
    input = inputBytes("input", input);
    const skS = Fn2.fromBytes(secretKey);
    const inputPoint = hashToGroup(input, ctx);
    if (inputPoint.equals(Point.ZERO)) throw new Error("Input point at infinity");
    const unblinded = inputPoint.multiply(skS).toBytes();
    return hashInput(input, unblinded);
  }
  const oprf = Object.freeze({
    generateKeyPair,
    deriveKeyPair: (seed, keyInfo) => deriveKeyPair(ctxOPRF, seed, keyInfo),
    blind: (input, rng = randomBytes2) => blind(ctxOPRF, input, rng),
    blindEvaluate(secretKey, blindedPoint) {
      const skS = Fn2.fromBytes(secretKey);
      const elm = wirePoint("blinded", blindedPoint);
      return elm.multiply(skS).toBytes();
    },
    finalize(input, blindBytes, evaluatedBytes) {
      input = inputBytes("input", input);
      const blind2 = Fn2.fromBytes(blindBytes);
      const evalPoint = wirePoint("evaluated", evaluatedBytes);
      const unblinded = evalPoint.multiply(Fn2.inv(blind2)).toBytes();
      return hashInput(input, unblinded);
    },
    evaluate: (secretKey, input) => evaluate(ctxOPRF, secretKey, input)
  });
  const voprf = Object.freeze({
    generateKeyPair,
    deriveKeyPair: (seed, keyInfo) => deriveKeyPair(ctxVOPRF, seed, keyInfo),
    blind: (input, rng = randomBytes2) => blind(ctxVOPRF, input, rng),
    blindEvaluateBatch(secretKey, publicKey, blinded, rng = randomBytes2) {
      if (!Array.isArray(blinded)) throw new Error("expected array");
      const skS = Fn2.fromBytes(secretKey);
      const pkS = wirePoint("public key", publicKey);
      const blindedPoints = blinded.map((i) => wirePoint("blinded", i));
      const evaluated = blindedPoints.map((i) => i.multiply(skS));
      const proof = generateProof(ctxVOPRF, skS, pkS, blindedPoints, evaluated, rng);
      return {
        evaluated: evaluated.map((i) => i.toBytes()),
        proof
      };
    },
    blindEvaluate(secretKey, publicKey, blinded, rng = randomBytes2) {
      const res2 = this.blindEvaluateBatch(secretKey, publicKey, [
        blinded
      ], rng);
      return {
        evaluated: res2.evaluated[0],
        proof: res2.proof
      };
    },
    finalizeBatch(items, publicKey, proof) {
      if (!Array.isArray(items)) throw new Error("expected array");
      const pkS = wirePoint("public key", publicKey);
      const blindedPoints = items.map((i) => wirePoint("blinded", i.blinded));
      const evalPoints = items.map((i) => wirePoint("evaluated", i.evaluated));
      verifyProof(ctxVOPRF, pkS, blindedPoints, evalPoints, proof);
      return items.map((i, j) => {
        const input = inputBytes("input", i.input);
        const blind2 = Fn2.fromBytes(i.blind);
        const unblinded = evalPoints[j].multiply(Fn2.inv(blind2)).toBytes();
        return hashInput(input, unblinded);
      });
    },
    finalize(input, blind2, evaluated, blinded, publicKey, proof) {
      return this.finalizeBatch([
        {
          input,
          blind: blind2,
          evaluated,
          blinded
        }
      ], publicKey, proof)[0];
    },
    evaluate: (secretKey, input) => evaluate(ctxVOPRF, secretKey, input)
  });
  const poprf = (info) => {
    info = copyBytes(inputBytes("info", info));
    const m = hashToScalarPrefixed(encode2("Info", info), ctxPOPRF);
    const T = Point.BASE.multiply(m);
    return Object.freeze({
      generateKeyPair,
      deriveKeyPair: (seed, keyInfo) => deriveKeyPair(ctxPOPRF, seed, keyInfo),
      blind(input, publicKey, rng = randomBytes2) {
        input = inputBytes("input", input);
        const pkS = wirePoint("public key", publicKey);
        const tweakedKey = T.add(pkS);
        if (tweakedKey.equals(Point.ZERO)) throw new Error("tweakedKey point at infinity");
        const blind2 = randomScalar(rng);
        const inputPoint = hashToGroup(input, ctxPOPRF);
        if (inputPoint.equals(Point.ZERO)) throw new Error("Input point at infinity");
        const blindedPoint = inputPoint.multiply(blind2);
        return {
          blind: Fn2.toBytes(blind2),
          blinded: blindedPoint.toBytes(),
          tweakedKey: tweakedKey.toBytes()
        };
      },
      blindEvaluateBatch(secretKey, blinded, rng = randomBytes2) {
        if (!Array.isArray(blinded)) throw new Error("expected array");
        const skS = Fn2.fromBytes(secretKey);
        const t = Fn2.add(skS, m);
        const invT = invertSecret(t);
        const blindedPoints = blinded.map((i) => wirePoint("blinded", i));
        const evalPoints = blindedPoints.map((i) => i.multiply(invT));
        const tweakedKey = Point.BASE.multiply(t);
        const proof = generateProof(ctxPOPRF, t, tweakedKey, evalPoints, blindedPoints, rng);
        return {
          evaluated: evalPoints.map((i) => i.toBytes()),
          proof
        };
      },
      blindEvaluate(secretKey, blinded, rng = randomBytes2) {
        const res2 = this.blindEvaluateBatch(secretKey, [
          blinded
        ], rng);
        return {
          evaluated: res2.evaluated[0],
          proof: res2.proof
        };
      },
      finalizeBatch(items, proof, tweakedKey) {
        if (!Array.isArray(items)) throw new Error("expected array");
        const inputs = items.map((i) => inputBytes("input", i.input));
        const evalPoints = items.map((i) => wirePoint("evaluated", i.evaluated));
        verifyProof(ctxPOPRF, wirePoint("tweakedKey", tweakedKey), evalPoints, items.map((i) => wirePoint("blinded", i.blinded)), proof);
        return items.map((i, j) => {
          const blind2 = Fn2.fromBytes(i.blind);
          const point = evalPoints[j].multiply(Fn2.inv(blind2)).toBytes();
          return hashInput(inputs[j], info, point);
        });
      },
      finalize(input, blind2, evaluated, blinded, proof, tweakedKey) {
        return this.finalizeBatch([
          {
            input,
            blind: blind2,
            evaluated,
            blinded
          }
        ], proof, tweakedKey)[0];
      },
      evaluate(secretKey, input) {
        input = inputBytes("input", input);
        const skS = Fn2.fromBytes(secretKey);
        const inputPoint = hashToGroup(input, ctxPOPRF);
        if (inputPoint.equals(Point.ZERO)) throw new Error("Input point at infinity");
        const t = Fn2.add(skS, m);
        const invT = invertSecret(t);
        const unblinded = inputPoint.multiply(invT).toBytes();
        return hashInput(input, info, unblinded);
      }
    });
  };
  const res = {
    name,
    oprf,
    voprf,
    poprf,
    __tests: Object.freeze({
      Fn: Fn2,
      invertSecret
    })
  };
  return Object.freeze(res);
}
var _DST_scalarBytes;
var init_oprf = __esm({
  "npm:@noble/curves@2.4.0/abstract/oprf.js"() {
    init_utils2();
    init_curve();
    init_hash_to_curve();
    init_modular();
    _DST_scalarBytes = /* @__PURE__ */ asciiToBytes(_DST_scalar);
  }
});

// npm:@noble/curves@2.4.0/ed448.js
var ed448_exports = {};
__export(ed448_exports, {
  E448: () => E448,
  ED448_TORSION_SUBGROUP: () => ED448_TORSION_SUBGROUP,
  decaf448: () => decaf448,
  decaf448_hasher: () => decaf448_hasher,
  decaf448_oprf: () => decaf448_oprf,
  ed448: () => ed448,
  ed448_FROST: () => ed448_FROST,
  ed448_hasher: () => ed448_hasher,
  ed448ph: () => ed448ph,
  x448: () => x448
});
function ed448_pow_Pminus3div4(x) {
  const P = ed448_CURVE_p;
  const b2 = x * x * x % P;
  const b3 = b2 * b2 * x % P;
  const b6 = pow2(b3, _3n4, P) * b3 % P;
  const b9 = pow2(b6, _3n4, P) * b3 % P;
  const b11 = pow2(b9, _2n8, P) * b2 % P;
  const b22 = pow2(b11, _11n, P) * b11 % P;
  const b44 = pow2(b22, _22n, P) * b22 % P;
  const b88 = pow2(b44, _44n, P) * b44 % P;
  const b176 = pow2(b88, _88n, P) * b88 % P;
  const b220 = pow2(b176, _44n, P) * b44 % P;
  const b222 = pow2(b220, _2n8, P) * b2 % P;
  const b223 = pow2(b222, _1n9, P) * x % P;
  return pow2(b223, _223n, P) * b222 % P;
}
function adjustScalarBytes(bytes) {
  bytes[0] &= 252;
  bytes[55] |= 128;
  bytes[56] = 0;
  return bytes;
}
function uvRatio(u, v) {
  const P = ed448_CURVE_p;
  const u2v = mod(u * u * v, P);
  const u3v = mod(u2v * u, P);
  const u5v3 = mod(u3v * u2v * v, P);
  const root = ed448_pow_Pminus3div4(u5v3);
  const x = mod(u3v * root, P);
  const x2 = mod(x * x, P);
  return {
    isValid: mod(x2 * v, P) === u,
    value: x
  };
}
function toMontgomery(point) {
  const u = Fp.div(Fp.mul(point.Y, point.Y), Fp.mul(point.X, point.X));
  return Fp448.toBytes(u);
}
function toMontgomerySecret(secretKey) {
  const size = ed448_Point.Fp.BYTES;
  abytes2(secretKey, size);
  return adjustScalarBytes(shake256_114(secretKey.subarray(0, size))).subarray(0, 56);
}
function dom4(data, ctx, phflag) {
  if (ctx.length > 255) throw new Error("context must be smaller than 255, got: " + ctx.length);
  return concatBytes(asciiToBytes("SigEd448"), new Uint8Array([
    phflag ? 1 : 0,
    ctx.length
  ]), ctx, data);
}
function ed4(opts) {
  return eddsa(ed448_Point, shake256_114, Object.assign({
    adjustScalarBytes,
    domain: dom4,
    toMontgomery,
    toMontgomerySecret
  }, opts));
}
function map_to_curve_elligator2_curve448(u) {
  let tv1 = Fp.sqr(u);
  let e1 = Fp.eql(tv1, Fp.ONE);
  tv1 = Fp.cmov(tv1, Fp.ZERO, e1);
  let xd = Fp.sub(Fp.ONE, tv1);
  let x1n = Fp.neg(ELL2_J);
  let tv2 = Fp.sqr(xd);
  let gxd = Fp.mul(tv2, xd);
  let gx1 = Fp.mul(tv1, Fp.neg(ELL2_J));
  gx1 = Fp.mul(gx1, x1n);
  gx1 = Fp.add(gx1, tv2);
  gx1 = Fp.mul(gx1, x1n);
  let tv3 = Fp.sqr(gxd);
  tv2 = Fp.mul(gx1, gxd);
  tv3 = Fp.mul(tv3, tv2);
  let y1 = ed448_pow_Pminus3div4(tv3);
  y1 = Fp.mul(y1, tv2);
  let x2n = Fp.mul(x1n, Fp.neg(tv1));
  let y2 = Fp.mul(y1, u);
  y2 = Fp.cmov(y2, Fp.ZERO, e1);
  tv2 = Fp.sqr(y1);
  tv2 = Fp.mul(tv2, gxd);
  let e2 = Fp.eql(tv2, gx1);
  let xn = Fp.cmov(x2n, x1n, e2);
  let y = Fp.cmov(y2, y1, e2);
  let e3 = Fp.isOdd(y);
  y = Fp.cmov(y, Fp.neg(y), e2 !== e3);
  return {
    xn,
    xd,
    yn: y,
    yd: Fp.ONE
  };
}
function map_to_curve_elligator2_edwards448(u) {
  let { xn, xd, yn, yd } = map_to_curve_elligator2_curve448(u);
  let xn2 = Fp.sqr(xn);
  let xd2 = Fp.sqr(xd);
  let xd4 = Fp.sqr(xd2);
  let yn2 = Fp.sqr(yn);
  let yd2 = Fp.sqr(yd);
  let xEn = Fp.sub(xn2, xd2);
  let tv2 = Fp.sub(xEn, xd2);
  xEn = Fp.mul(xEn, xd2);
  xEn = Fp.mul(xEn, yd);
  xEn = Fp.mul(xEn, yn);
  xEn = Fp.mul(xEn, _4n6);
  tv2 = Fp.mul(tv2, xn2);
  tv2 = Fp.mul(tv2, yd2);
  let tv3 = Fp.mul(yn2, _4n6);
  let tv1 = Fp.add(tv3, yd2);
  tv1 = Fp.mul(tv1, xd4);
  let xEd = Fp.add(tv1, tv2);
  tv2 = Fp.mul(tv2, xn);
  let tv4 = Fp.mul(xn, xd4);
  let yEn = Fp.sub(tv3, yd2);
  yEn = Fp.mul(yEn, tv4);
  yEn = Fp.sub(yEn, tv2);
  tv1 = Fp.add(xn2, xd2);
  tv1 = Fp.mul(tv1, xd2);
  tv1 = Fp.mul(tv1, xd);
  tv1 = Fp.mul(tv1, yn2);
  tv1 = Fp.mul(tv1, BigInt(-2));
  let yEd = Fp.add(tv2, tv1);
  tv4 = Fp.mul(tv4, yd2);
  yEd = Fp.add(yEd, tv4);
  tv1 = Fp.mul(xEd, yEd);
  let e = Fp.eql(tv1, Fp.ZERO);
  xEn = Fp.cmov(xEn, Fp.ZERO, e);
  xEd = Fp.cmov(xEd, Fp.ONE, e);
  yEn = Fp.cmov(yEn, Fp.ONE, e);
  yEd = Fp.cmov(yEd, Fp.ONE, e);
  const inv = FpInvertBatch(Fp, [
    xEd,
    yEd
  ], true);
  return {
    x: Fp.mul(xEn, inv[0]),
    y: Fp.mul(yEn, inv[1])
  };
}
function calcElligatorDecafMap(r0) {
  const { d } = ed448_CURVE;
  const r = Fp448.create(-Fp448.sqrN(r0));
  const u0 = Fp448.mul(d, Fp448.subN(r, _1n9));
  const u1 = Fp448.mul(Fp448.addN(u0, _1n9), Fp448.subN(u0, r));
  const { isValid: was_square, value: v } = sqrtRatioM1(ONE_MINUS_TWO_D, Fp448.mul(Fp448.addN(r, _1n9), u1));
  let v_prime = v;
  if (!was_square) v_prime = Fp448.mul(r0, v);
  let sgn = _1n9;
  if (!was_square) sgn = Fp448.neg(Fp448.ONE);
  const s = Fp448.mul(v_prime, Fp448.addN(r, _1n9));
  let s_abs = s;
  if (Fp448.isOdd(s)) s_abs = Fp448.neg(s);
  const s2 = Fp448.sqrN(s);
  const W0 = Fp448.mul(s_abs, _2n8);
  const W1 = Fp448.add(s2, _1n9);
  const W2 = Fp448.sub(s2, _1n9);
  const W3 = Fp448.add(Fp448.mulN(Fp448.mulN(Fp448.mulN(v_prime, s), Fp448.subN(r, _1n9)), ONE_MINUS_TWO_D), sgn);
  return new ed448_Point(Fp448.mul(W0, W3), Fp448.mul(W2, W1), Fp448.mul(W1, W3), Fp448.mul(W0, W2));
}
var ed448_CURVE_p, ed448_CURVE, E448_CURVE, shake256_114, shake256_64, _0n11, _1n9, _2n8, _3n4, _4n6, _11n, _22n, _44n, _88n, _223n, Fp, Fn, Fp448, Fn448, ed448_Point, ed448, ed448ph, E448, x448, ELL2_J, ed448_hasher, ed448_FROST, ONE_MINUS_D, ONE_MINUS_TWO_D, SQRT_MINUS_D, INVSQRT_MINUS_D, sqrtRatioM1, invertSqrt, DECAF_BASE_X, DECAF_BASE_Y, DECAF_BASE_T, _DecafPoint, decaf448, decaf448_hasher, decaf448_oprf, ED448_TORSION_SUBGROUP;
var init_ed448 = __esm({
  "npm:@noble/curves@2.4.0/ed448.js"() {
    init_sha3();
    init_utils();
    init_edwards();
    init_frost();
    init_hash_to_curve();
    init_modular();
    init_montgomery();
    init_oprf();
    init_utils2();
    ed448_CURVE_p = /* @__PURE__ */ BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffffffffffffffffffffffffffffffffffffffffffffffffffff");
    ed448_CURVE = /* @__PURE__ */ (() => ({
      p: ed448_CURVE_p,
      n: BigInt("0x3fffffffffffffffffffffffffffffffffffffffffffffffffffffff7cca23e9c44edb49aed63690216cc2728dc58f552378c292ab5844f3"),
      h: BigInt(4),
      a: BigInt(1),
      d: BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffffffffffffffffffffffffffffffffffffffffffffffff6756"),
      Gx: BigInt("0x4f1970c66bed0ded221d15a622bf36da9e146570470f1767ea6de324a3d3a46412ae1af72ab66511433b80e18b00938e2626a82bc70cc05e"),
      Gy: BigInt("0x693f46716eb6bc248876203756c9c7624bea73736ca3984087789c1e05a0c2d73ad3ff1ce67c39c4fdbd132c4ed7c8ad9808795bf230fa14")
    }))();
    E448_CURVE = /* @__PURE__ */ (() => Object.assign({}, ed448_CURVE, {
      d: BigInt("0xd78b4bdc7f0daf19f24f38c29373a2ccad46157242a50f37809b1da3412a12e79ccc9c81264cfe9ad080997058fb61c4243cc32dbaa156b9"),
      Gx: BigInt("0x79a70b2b70400553ae7c9df416c792c61128751ac92969240c25a07d728bdc93e21f7787ed6972249de732f38496cd11698713093e9c04fc"),
      Gy: BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffff80000000000000000000000000000000000000000000000000000001")
    }))();
    shake256_114 = /* @__PURE__ */ createHasher(() => shake256.create({
      dkLen: 114
    }));
    shake256_64 = /* @__PURE__ */ createHasher(() => shake256.create({
      dkLen: 64
    }));
    _0n11 = /* @__PURE__ */ BigInt(0);
    _1n9 = /* @__PURE__ */ BigInt(1);
    _2n8 = /* @__PURE__ */ BigInt(2);
    _3n4 = /* @__PURE__ */ BigInt(3);
    _4n6 = /* @__PURE__ */ BigInt(4);
    _11n = /* @__PURE__ */ BigInt(11);
    _22n = /* @__PURE__ */ BigInt(22);
    _44n = /* @__PURE__ */ BigInt(44);
    _88n = /* @__PURE__ */ BigInt(88);
    _223n = /* @__PURE__ */ BigInt(223);
    Fp = /* @__PURE__ */ (() => Field(ed448_CURVE_p, {
      BITS: 456,
      isLE: true
    }))();
    Fn = /* @__PURE__ */ (() => Field(ed448_CURVE.n, {
      BITS: 456,
      isLE: true
    }))();
    Fp448 = /* @__PURE__ */ (() => Field(ed448_CURVE_p, {
      BITS: 448,
      isLE: true
    }))();
    Fn448 = /* @__PURE__ */ (() => Field(ed448_CURVE.n, {
      BITS: 448,
      isLE: true
    }))();
    ed448_Point = /* @__PURE__ */ edwards(ed448_CURVE, {
      Fp,
      Fn,
      uvRatio
    });
    ed448 = /* @__PURE__ */ ed4({});
    ed448ph = /* @__PURE__ */ ed4({
      prehash: shake256_64
    });
    E448 = /* @__PURE__ */ edwards(E448_CURVE, {
      Fp,
      Fn
    });
    x448 = /* @__PURE__ */ (() => {
      const P = ed448_CURVE_p;
      const powPminus2 = (x) => {
        const Pminus3div4 = ed448_pow_Pminus3div4(x);
        const Pminus3 = pow2(Pminus3div4, _2n8, P);
        return mod(Pminus3 * x, P);
      };
      return montgomery({
        P,
        type: "x448",
        powPminus2,
        adjustScalarBytes,
        // ~3x faster fixed-base: [k]B on Ed448-Goldilocks using cached base tables, mapped back
        // through the 4-isogeny to curve448: u = y²/x² = Y²/X² (the isogeny is a homomorphism and
        // sends the Ed448 base point to u=5, so no scalar correction factor is needed).
        scalarMultBase: (k) => {
          const kn = mod(k, ed448_Point.Fn.ORDER);
          if (kn === _0n11) return _0n11;
          const p = ed448_Point.BASE.multiply(kn);
          return mod(p.Y * p.Y * powPminus2(mod(p.X * p.X, P)), P);
        }
      });
    })();
    ELL2_J = /* @__PURE__ */ BigInt(156326);
    ed448_hasher = /* @__PURE__ */ (() => createHasher2(ed448_Point, (scalars) => map_to_curve_elligator2_edwards448(scalars[0]), {
      DST: "edwards448_XOF:SHAKE256_ELL2_RO_",
      encodeDST: "edwards448_XOF:SHAKE256_ELL2_NU_",
      p: ed448_CURVE_p,
      m: 1,
      k: 224,
      expand: "xof",
      hash: shake256
    }))();
    ed448_FROST = /* @__PURE__ */ (() => createFROST({
      name: "FROST-ED448-SHAKE256-v1",
      Point: ed448_Point,
      // createFROST() already rejects the identity and non-prime-order elements per RFC 9591
      // Section 3.1; this hook only adds the on-curve check.
      validatePoint: (p) => {
        p.assertValidity();
      },
      // Group:  edwards448 [RFC8032], where Ne = 57 and Ns = 57.
      // Fn is 57 bytes, Fp is 57 bytes too
      Fn,
      hash: shake256_114,
      H2: "SigEd448\0\0"
    }))();
    ONE_MINUS_D = /* @__PURE__ */ BigInt("39082");
    ONE_MINUS_TWO_D = /* @__PURE__ */ BigInt("78163");
    SQRT_MINUS_D = /* @__PURE__ */ BigInt("98944233647732219769177004876929019128417576295529901074099889598043702116001257856802131563896515373927712232092845883226922417596214");
    INVSQRT_MINUS_D = /* @__PURE__ */ BigInt("315019913931389607337177038330951043522456072897266928557328499619017160722351061360252776265186336876723201881398623946864393857820716");
    sqrtRatioM1 = (u, v) => {
      const { isValid, value } = uvRatio(u, v);
      return {
        isValid,
        value: Fp448.isOdd(value) ? Fp448.neg(value) : value
      };
    };
    invertSqrt = (number) => sqrtRatioM1(_1n9, number);
    DECAF_BASE_X = /* @__PURE__ */ BigInt("0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa955555555555555555555555555555555555555555555555555555555");
    DECAF_BASE_Y = /* @__PURE__ */ BigInt("0xae05e9634ad7048db359d6205086c2b0036ed7a035884dd7b7e36d728ad8c4b80d6565833a2a3098bbbcb2bed1cda06bdaeafbcdea9386ed");
    DECAF_BASE_T = /* @__PURE__ */ BigInt("0x696d84643374bace9d70983a12aa9d461da74d2d5c35e8d97ba72c3aba4450a5d29274229bd22c1d5e3a6474ee4ffb0e7a9e200a28eee402");
    _DecafPoint = class __DecafPoint extends PrimeEdwardsPoint {
      // The following gymnastics is done because typescript strips comments otherwise
      // prettier-ignore
      static BASE = /* @__PURE__ */ (() => new __DecafPoint(new ed448_Point(DECAF_BASE_X, DECAF_BASE_Y, _1n9, DECAF_BASE_T)))();
      // prettier-ignore
      static ZERO = /* @__PURE__ */ (() => new __DecafPoint(ed448_Point.ZERO))();
      // prettier-ignore
      static Fp = /* @__PURE__ */ (() => Fp448)();
      // prettier-ignore
      static Fn = /* @__PURE__ */ (() => Fn448)();
      constructor(ep) {
        super(ep);
      }
      /**
         * Create one Decaf448 point from affine Edwards coordinates.
         * This wraps the internal Edwards representative directly and is not a
         * canonical decaf448 decoding path.
         * Use `toBytes()` / `fromBytes()` if canonical decaf448 bytes matter.
         */
      static fromAffine(ap) {
        return new __DecafPoint(ed448_Point.fromAffine(ap));
      }
      assertSame(other) {
        if (!(other instanceof __DecafPoint)) throw new Error("DecafPoint expected");
      }
      init(ep) {
        return new __DecafPoint(ep);
      }
      static fromBytes(bytes) {
        abytes2(bytes, 56);
        const { d } = ed448_CURVE;
        const s = Fp448.fromBytes(bytes);
        if (!equalBytes(Fp448.toBytes(s), bytes) || Fp448.isOdd(s)) throw new Error("invalid decaf448 encoding 1");
        const s2 = Fp448.sqr(s);
        const u1 = Fp448.add(Fp448.ONE, s2);
        const u1sq = Fp448.sqr(u1);
        const u2 = Fp448.sub(u1sq, Fp448.mulN(Fp448.mulN(_4n6, d), s2));
        const { isValid, value: invsqrt } = invertSqrt(Fp448.mul(u2, u1sq));
        let u3 = Fp448.mul(Fp448.mulN(Fp448.mulN(Fp448.addN(s, s), invsqrt), u1), SQRT_MINUS_D);
        if (Fp448.isOdd(u3)) u3 = Fp448.neg(u3);
        const x = Fp448.mul(Fp448.mulN(Fp448.mulN(u3, invsqrt), u2), INVSQRT_MINUS_D);
        const y = Fp448.mul(Fp448.mulN(Fp448.subN(_1n9, s2), invsqrt), u1);
        const t = Fp448.mul(x, y);
        if (!isValid) throw new Error("invalid decaf448 encoding 2");
        return new __DecafPoint(new ed448_Point(x, y, Fp448.ONE, t));
      }
      /**
         * Converts decaf-encoded string to decaf point.
         * Described in [RFC9496](https://www.rfc-editor.org/rfc/rfc9496#name-decode-2).
         * @param hex - Decaf-encoded 56 bytes. Not every 56-byte string is valid decaf encoding
         */
      static fromHex(hex) {
        return __DecafPoint.fromBytes(hexToBytes(hex));
      }
      /**
         * Encodes decaf point to Uint8Array.
         * Described in [RFC9496](https://www.rfc-editor.org/rfc/rfc9496#name-encode-2).
         */
      toBytes() {
        const { X, Z, T } = this.ep;
        const u1 = Fp448.mul(Fp448.add(X, T), Fp448.sub(X, T));
        const x2 = Fp448.sqr(X);
        const { value: invsqrt } = invertSqrt(Fp448.mul(Fp448.mulN(u1, ONE_MINUS_D), x2));
        let ratio = Fp448.mul(Fp448.mulN(invsqrt, u1), SQRT_MINUS_D);
        if (Fp448.isOdd(ratio)) ratio = Fp448.neg(ratio);
        const u2 = Fp448.sub(Fp448.mulN(Fp448.mulN(INVSQRT_MINUS_D, ratio), Z), T);
        let s = Fp448.mul(Fp448.mulN(Fp448.mulN(ONE_MINUS_D, invsqrt), X), u2);
        if (Fp448.isOdd(s)) s = Fp448.neg(s);
        return Fp448.toBytes(s);
      }
      /**
         * Compare one point to another.
         * Described in [RFC9496](https://www.rfc-editor.org/rfc/rfc9496#name-equals-2).
         */
      equals(other) {
        this.assertSame(other);
        const { X: X1, Y: Y1 } = this.ep;
        const { X: X2, Y: Y2 } = other.ep;
        return Fp448.eql(Fp448.mul(X1, Y2), Fp448.mul(Y1, X2));
      }
      is0() {
        return this.equals(__DecafPoint.ZERO);
      }
    };
    decaf448 = /* @__PURE__ */ (() => {
      Object.freeze(_DecafPoint.BASE);
      Object.freeze(_DecafPoint.ZERO);
      Object.freeze(_DecafPoint.prototype);
      Object.freeze(_DecafPoint);
      return Object.freeze({
        Point: _DecafPoint
      });
    })();
    decaf448_hasher = /* @__PURE__ */ Object.freeze({
      Point: _DecafPoint,
      hashToCurve(msg, options) {
        const DST = options?.DST === void 0 ? "decaf448_XOF:SHAKE256_D448MAP_RO_" : options.DST;
        return decaf448_hasher.deriveToCurve(expand_message_xof(msg, DST, 112, 224, shake256));
      },
      /**
         * Warning: has big modulo bias of 2^-64.
         * RFC is invalid. RFC says "use 64-byte xof", while for 2^-112 bias
         * it must use 84-byte xof (56+56/2), not 64.
         */
      hashToScalar(msg, options) {
        const DST = options?.DST === void 0 ? _DST_scalar : options.DST;
        const xof = expand_message_xof(msg, DST, 64, 256, shake256);
        return Fn448.create(bytesToNumberLE(xof));
      },
      /**
         * HashToCurve-like construction based on RFC 9496 (Element Derivation).
         * Converts 112 uniform random bytes into a curve point.
         *
         * WARNING: This represents an older hash-to-curve construction from before
         * RFC 9380 was finalized.
         * It was later reused as a component in the newer
         * `hash_to_decaf448` function defined in RFC 9380.
         */
      deriveToCurve(bytes) {
        abytes2(bytes, 112);
        const skipValidation = true;
        const r1 = Fp448.create(Fp448.fromBytes(bytes.subarray(0, 56), skipValidation));
        const R1 = calcElligatorDecafMap(r1);
        const r2 = Fp448.create(Fp448.fromBytes(bytes.subarray(56, 112), skipValidation));
        const R2 = calcElligatorDecafMap(r2);
        return new _DecafPoint(R1.add(R2));
      }
    });
    decaf448_oprf = /* @__PURE__ */ (() => createOPRF({
      name: "decaf448-SHAKE256",
      Point: _DecafPoint,
      hash: (msg) => shake256(msg, {
        dkLen: 64
      }),
      hashToGroup: decaf448_hasher.hashToCurve,
      hashToScalar: decaf448_hasher.hashToScalar
    }))();
    ED448_TORSION_SUBGROUP = /* @__PURE__ */ Object.freeze([
      "010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      "fefffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffffffffffffffffffffffffffffffffffffffffffffffffff00",
      "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000080"
    ]);
  }
});

// npm:@noble/post-quantum@0.7.1/utils.js
function aarray2(item, title, inner = () => {
}) {
  if (!Array.isArray(item)) throw new TypeError(`"${title}" expected array, got type=${typeof item}`);
  for (let i = 0; i < item.length; i++) inner(item[i], `${title}[${i}]`);
  return item;
}
function aobject3(value, title = "object") {
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new TypeError(title === "object" ? "expected valid options object" : `"${title}" expected object, got type=${typeof value}`);
  return value;
}
function equalBytes2(a, b) {
  a = abytes(a);
  b = abytes(b);
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}
function validateOpts2(opts) {
  if (isBytes(opts)) throw new TypeError('"opts" expected object, got Uint8Array');
  aobject3(opts, "opts");
  const proto = Object.getPrototypeOf(opts);
  if (proto !== null && proto !== Object.prototype) throw new TypeError('"opts" expected a plain object');
}
function checkOptKeys(opts, allowed) {
  validateOpts2(opts);
  const normalized = Object.assign(/* @__PURE__ */ Object.create(null), opts);
  for (const [k, v] of Object.entries(normalized)) {
    if (v === void 0) continue;
    if (!allowed.includes(k)) throw new TypeError('unexpected option "' + String(k) + '"; expected one of: ' + allowed.join(", "));
  }
  return Object.freeze(normalized);
}
function validateVerOpts(opts, allowed = VER_OPT_KEYS) {
  const normalized = checkOptKeys(opts, allowed);
  if (normalized.context !== void 0) abytes(normalized.context, void 0, "opts.context");
  return normalized;
}
function validateSigOpts2(opts, allowed = SIG_OPT_KEYS) {
  const normalized = checkOptKeys(opts, allowed);
  if (normalized.context !== void 0) abytes(normalized.context, void 0, "opts.context");
  if (normalized.extraEntropy !== false && normalized.extraEntropy !== void 0) abytes(normalized.extraEntropy, void 0, "opts.extraEntropy");
  return normalized;
}
function splitCoder(label, ...lengths) {
  const getLength = (c) => typeof c === "number" ? c : c.bytesLen;
  const bytesLen = lengths.reduce((sum, a) => sum + getLength(a), 0);
  return {
    bytesLen,
    encode: (bufs) => {
      const res = new Uint8Array(bytesLen);
      for (let i = 0, pos = 0; i < lengths.length; i++) {
        const c = lengths[i];
        const l = getLength(c);
        const b = typeof c === "number" ? bufs[i] : c.encode(bufs[i]);
        abytes(b, l, label);
        res.set(b, pos);
        if (typeof c !== "number") b.fill(0);
        pos += l;
      }
      return res;
    },
    decode: (buf) => {
      abytes(buf, bytesLen, label);
      const res = [];
      for (const c of lengths) {
        const l = getLength(c);
        const b = buf.subarray(0, l);
        res.push(typeof c === "number" ? b : c.decode(b));
        buf = buf.subarray(l);
      }
      return res;
    }
  };
}
function vecCoder(c, vecLen) {
  const coder = c;
  const bytesLen = vecLen * coder.bytesLen;
  return {
    bytesLen,
    encode: (u) => {
      const uArr = aarray2(u, "u");
      if (uArr.length !== vecLen) throw new RangeError(`vecCoder.encode: wrong length=${uArr.length}. Expected: ${vecLen}`);
      const res = new Uint8Array(bytesLen);
      for (let i = 0, pos = 0; i < uArr.length; i++) {
        const b = coder.encode(uArr[i]);
        res.set(b, pos);
        b.fill(0);
        pos += b.length;
      }
      return res;
    },
    decode: (a) => {
      abytes(a, bytesLen);
      const r = [];
      for (let i = 0; i < a.length; i += coder.bytesLen) r.push(coder.decode(a.subarray(i, i + coder.bytesLen)));
      return r;
    }
  };
}
function cleanBytes(...list) {
  for (const t of list) {
    if (Array.isArray(t)) for (const b of t) b.fill(0);
    else t.fill(0);
  }
}
function getMask(bits) {
  anumber(bits, "bits");
  if (bits > 32) throw new RangeError('"bits" expected <= 32, got ' + bits);
  return bits === 32 ? 4294967295 : ~(-1 << bits) >>> 0;
}
function getMessage(msg, ctx = EMPTY) {
  abytes(msg, void 0, "msg");
  abytes(ctx, void 0, "ctx");
  if (ctx.length > 255) throw new RangeError("context should be 255 bytes or less");
  return concatBytes(new Uint8Array([
    0,
    ctx.length
  ]), ctx, msg);
}
function checkHash2(hash, requiredStrength = 0) {
  if (typeof hash !== "function" || typeof hash.create !== "function") throw new TypeError('"hash" expected hash function, got type=' + typeof hash);
  ahash(hash);
  anumber(requiredStrength, "requiredStrength");
  const oid = hash.oid;
  abytes(oid, void 0, "hash.oid");
  if (!equalBytes2(oid.subarray(0, 10), oidNistP)) throw new Error('"hash.oid" is invalid: expected NIST hash');
  const xofLen = XOF_OID_OUTPUT_LEN[bytesToHex(oid)];
  if (xofLen !== void 0 && hash.outputLen !== xofLen) {
    throw new Error("Pre-hash XOF output length must be " + xofLen + " bytes for this OID, got: " + hash.outputLen);
  }
  const collisionResistance = hash.outputLen * 8 / 2;
  if (requiredStrength > collisionResistance) {
    throw new Error("Pre-hash security strength too low: " + collisionResistance + ", required: " + requiredStrength);
  }
}
function getMessagePrehash(hash, msg, ctx = EMPTY) {
  checkHash2(hash);
  abytes(msg, void 0, "msg");
  abytes(ctx, void 0, "ctx");
  if (ctx.length > 255) throw new RangeError("context should be 255 bytes or less");
  const hashed = hash(msg);
  return concatBytes(new Uint8Array([
    1,
    ctx.length
  ]), ctx, hash.oid, hashed);
}
var abytesDoc, randomBytes3, VER_OPT_KEYS, SIG_OPT_KEYS, EMPTY, oidNistP, XOF_OID_OUTPUT_LEN;
var init_utils3 = __esm({
  "npm:@noble/post-quantum@0.7.1/utils.js"() {
    init_utils();
    abytesDoc = abytes;
    randomBytes3 = randomBytes;
    VER_OPT_KEYS = /* @__PURE__ */ Object.freeze([
      "context"
    ]);
    SIG_OPT_KEYS = /* @__PURE__ */ Object.freeze([
      "context",
      "extraEntropy"
    ]);
    EMPTY = /* @__PURE__ */ Uint8Array.of();
    oidNistP = /* @__PURE__ */ Uint8Array.from([
      6,
      9,
      96,
      134,
      72,
      1,
      101,
      3,
      4,
      2
    ]);
    XOF_OID_OUTPUT_LEN = /* @__PURE__ */ (() => ({
      "060960864801650304020b": 32,
      "060960864801650304020c": 64
    }))();
  }
});

// npm:@noble/post-quantum@0.7.1/_crystals.js
var genCrystals, createXofShake, XOF128, XOF256;
var init_crystals = __esm({
  "npm:@noble/post-quantum@0.7.1/_crystals.js"() {
    init_fft();
    init_sha3();
    init_utils3();
    genCrystals = (opts) => {
      const { newPoly: newPoly2, N: N2, Q: Q2, F: F2, ROOT_OF_UNITY: ROOT_OF_UNITY2, brvBits, isKyber } = opts;
      const mod2 = (a, modulo = Q2) => {
        const result = a % modulo | 0;
        return (result >= 0 ? result | 0 : modulo + result | 0) | 0;
      };
      const smod = (a, modulo = Q2) => {
        const r = mod2(a, modulo) | 0;
        return (r > modulo >> 1 ? r - modulo | 0 : r) | 0;
      };
      function getZettas() {
        const out = newPoly2(N2);
        for (let i = 0; i < N2; i++) {
          const b = reverseBits(i, brvBits);
          const p = BigInt(ROOT_OF_UNITY2) ** BigInt(b) % BigInt(Q2);
          out[i] = Number(p) | 0;
        }
        return out;
      }
      const nttZetas = getZettas();
      const inv = (_a) => {
        throw new Error("not implemented");
      };
      const field = isKyber ? {
        add: (a, b) => {
          const r = a + b | 0;
          return r >= Q2 ? r - Q2 | 0 : r;
        },
        sub: (a, b) => {
          const r = a - b | 0;
          return r < 0 ? r + Q2 | 0 : r;
        },
        mul: (a, b) => mod2((a | 0) * (b | 0)) | 0,
        inv
      } : {
        add: (a, b) => mod2((a | 0) + (b | 0)) | 0,
        sub: (a, b) => mod2((a | 0) - (b | 0)) | 0,
        mul: (a, b) => mod2((a | 0) * (b | 0)) | 0,
        inv
      };
      const nttOpts = {
        N: N2,
        roots: nttZetas,
        invertButterflies: true,
        skipStages: isKyber ? 1 : 0,
        brp: false
      };
      const dif = FFTCore(field, {
        dit: false,
        ...nttOpts
      });
      const dit = FFTCore(field, {
        dit: true,
        ...nttOpts
      });
      const NTT = {
        encode: (r) => {
          return dif(r);
        },
        decode: (r) => {
          dit(r);
          for (let i = 0; i < r.length; i++) r[i] = mod2(F2 * r[i]);
          return r;
        }
      };
      const bitsCoder = (d, c) => {
        for (let i = 0, bufLen = 0; i < N2; i++) {
          bufLen += d;
          if (bufLen > 32) getMask(bufLen);
          bufLen %= 8;
        }
        const mask = getMask(d);
        const bytesLen = d * (N2 / 8);
        return {
          bytesLen,
          encode: (poly_) => {
            const poly2 = poly_;
            const r = new Uint8Array(bytesLen);
            for (let i = 0, buf = 0, bufLen = 0, pos = 0; i < poly2.length; i++) {
              buf |= (c.encode(poly2[i]) & mask) << bufLen;
              bufLen += d;
              for (; bufLen >= 8; bufLen -= 8, buf >>= 8) r[pos++] = buf & 255;
            }
            return r;
          },
          decode: (bytes) => {
            const r = newPoly2(N2);
            for (let i = 0, buf = 0, bufLen = 0, pos = 0; i < bytes.length; i++) {
              buf |= bytes[i] << bufLen;
              bufLen += 8;
              for (; bufLen >= d; bufLen -= d, buf >>= d) r[pos++] = c.decode(buf & mask);
            }
            return r;
          }
        };
      };
      return {
        mod: mod2,
        smod,
        nttZetas,
        NTT: {
          encode: (r) => NTT.encode(r),
          decode: (r) => NTT.decode(r)
        },
        bitsCoder
      };
    };
    createXofShake = (shake) => (seed, blockLen) => {
      if (!blockLen) blockLen = shake.blockLen;
      const _seed = new Uint8Array(seed.length + 2);
      _seed.set(seed);
      const seedLen = seed.length;
      const buf = new Uint8Array(blockLen);
      let h = shake.create({});
      let calls = 0;
      let xofs = 0;
      return {
        stats: () => ({
          calls,
          xofs
        }),
        get: (x, y) => {
          _seed[seedLen + 0] = x;
          _seed[seedLen + 1] = y;
          h.destroy();
          h = shake.create({}).update(_seed);
          calls++;
          return () => {
            xofs++;
            return h.xofInto(buf);
          };
        },
        clean: () => {
          h.destroy();
          cleanBytes(buf, _seed);
        }
      };
    };
    XOF128 = /* @__PURE__ */ createXofShake(shake128);
    XOF256 = /* @__PURE__ */ createXofShake(shake256);
  }
});

// npm:@noble/post-quantum@0.7.1/ml-dsa.js
var ml_dsa_exports = {};
__export(ml_dsa_exports, {
  PARAMS: () => PARAMS,
  ml_dsa44: () => ml_dsa44,
  ml_dsa65: () => ml_dsa65,
  ml_dsa87: () => ml_dsa87
});
function validateInternalOpts(opts, allowed) {
  const normalized = checkOptKeys(opts, allowed);
  if (normalized.externalMu !== void 0) abool2(normalized.externalMu, "opts.externalMu");
  return normalized;
}
function RejNTTPoly(xof_) {
  const xof = xof_;
  const r = newPoly(N);
  for (let j = 0; j < N; ) {
    const b = xof();
    if (b.length % 3) throw new Error("RejNTTPoly: unaligned block");
    for (let i = 0; j < N && i <= b.length - 3; i += 3) {
      const t = (b[i + 0] | b[i + 1] << 8 | b[i + 2] << 16) & 8388607;
      if (t < Q) r[j++] = t;
    }
  }
  return r;
}
function getDilithium(opts_) {
  const opts = opts_;
  const { K, L, GAMMA1, GAMMA2, TAU, ETA, OMEGA } = opts;
  const { CRH_BYTES, TR_BYTES, C_TILDE_BYTES, XOF128: XOF1282, XOF256: XOF2562, securityLevel } = opts;
  if (![
    2,
    4
  ].includes(ETA)) throw new Error("Wrong ETA");
  if (![
    1 << 17,
    1 << 19
  ].includes(GAMMA1)) throw new Error("Wrong GAMMA1");
  if (![
    GAMMA2_1,
    GAMMA2_2
  ].includes(GAMMA2)) throw new Error("Wrong GAMMA2");
  const BETA = TAU * ETA;
  const decompose = (r) => {
    const rPlus = crystals.mod(r);
    const r0 = crystals.smod(rPlus, 2 * GAMMA2) | 0;
    if (rPlus - r0 === Q - 1) return {
      r1: 0 | 0,
      r0: r0 - 1 | 0
    };
    const r1 = Math.floor((rPlus - r0) / (2 * GAMMA2)) | 0;
    return {
      r1,
      r0
    };
  };
  const HighBits = (r) => decompose(r).r1;
  const LowBits = (r) => decompose(r).r0;
  const MakeHint = (z, r) => {
    const res0 = z <= GAMMA2 || z > Q - GAMMA2 || z === Q - GAMMA2 && r === 0 ? 0 : 1;
    return res0;
  };
  const HINT_M = Math.floor((Q - 1) / (2 * GAMMA2));
  const UseHint = (h, r) => {
    const { r1, r0 } = decompose(r);
    if (h === 1) return r0 > 0 ? crystals.mod(r1 + 1, HINT_M) | 0 : crystals.mod(r1 - 1, HINT_M) | 0;
    return r1 | 0;
  };
  const Power2Round = (r) => {
    const rPlus = crystals.mod(r);
    const r0 = crystals.smod(rPlus, 2 ** D) | 0;
    return {
      r1: Math.floor((rPlus - r0) / 2 ** D) | 0,
      r0
    };
  };
  const hintCoder = {
    bytesLen: OMEGA + K,
    encode: (h_) => {
      const h = h_;
      if (h === false) throw new Error("hint.encode: hint is false");
      const res = new Uint8Array(OMEGA + K);
      for (let i = 0, k = 0; i < K; i++) {
        for (let j = 0; j < N; j++) if (h[i][j] !== 0) res[k++] = j;
        res[OMEGA + i] = k;
      }
      return res;
    },
    decode: (buf) => {
      const h = [];
      let k = 0;
      for (let i = 0; i < K; i++) {
        const hi = newPoly(N);
        if (buf[OMEGA + i] < k || buf[OMEGA + i] > OMEGA) return false;
        for (let j = k; j < buf[OMEGA + i]; j++) {
          if (j > k && buf[j] <= buf[j - 1]) return false;
          hi[buf[j]] = 1;
        }
        k = buf[OMEGA + i];
        h.push(hi);
      }
      for (let j = k; j < OMEGA; j++) if (buf[j] !== 0) return false;
      return h;
    }
  };
  const ETACoder = polyCoder(ETA === 2 ? 3 : 4, (i) => ETA - i, (i) => {
    if (!(-ETA <= i && i <= ETA)) throw new Error(`malformed key s1/s3 ${i} outside of ETA range [${-ETA}, ${ETA}]`);
    return i;
  });
  const T0Coder = polyCoder(13, (i) => (1 << D - 1) - i);
  const T1Coder = polyCoder(10);
  const ZCoder = polyCoder(GAMMA1 === 1 << 17 ? 18 : 20, (i) => crystals.smod(GAMMA1 - i));
  const W1Coder = polyCoder(GAMMA2 === GAMMA2_1 ? 6 : 4);
  const W1Vec = vecCoder(W1Coder, K);
  const publicCoder = splitCoder("publicKey", 32, vecCoder(T1Coder, K));
  const secretCoder = splitCoder("secretKey", 32, 32, TR_BYTES, vecCoder(ETACoder, L), vecCoder(ETACoder, K), vecCoder(T0Coder, K));
  const sigCoder = splitCoder("signature", C_TILDE_BYTES, vecCoder(ZCoder, L), hintCoder);
  const CoefFromHalfByte = ETA === 2 ? (n) => n < 15 ? 2 - n % 5 : false : (n) => n < 9 ? 4 - n : false;
  function RejBoundedPoly(xof_) {
    const xof = xof_;
    const r = newPoly(N);
    for (let j = 0; j < N; ) {
      const b = xof();
      for (let i = 0; j < N && i < b.length; i += 1) {
        const d1 = CoefFromHalfByte(b[i] & 15);
        const d2 = CoefFromHalfByte(b[i] >> 4 & 15);
        if (d1 !== false) r[j++] = d1;
        if (j < N && d2 !== false) r[j++] = d2;
      }
    }
    return r;
  }
  const SampleInBall = (seed) => {
    const pre = newPoly(N);
    const s = shake256.create({}).update(seed);
    const buf = new Uint8Array(shake256.blockLen);
    s.xofInto(buf);
    const masks = buf.slice(0, 8);
    for (let i = N - TAU, pos = 8, maskPos = 0, maskBit = 0; i < N; i++) {
      let b = i + 1;
      for (; b > i; ) {
        b = buf[pos++];
        if (pos < shake256.blockLen) continue;
        s.xofInto(buf);
        pos = 0;
      }
      pre[i] = pre[b];
      pre[b] = 1 - ((masks[maskPos] >> maskBit++ & 1) << 1);
      if (maskBit >= 8) {
        maskPos++;
        maskBit = 0;
      }
    }
    return pre;
  };
  const polyPowerRound = (p_) => {
    const p = p_;
    const res0 = newPoly(N);
    const res1 = newPoly(N);
    for (let i = 0; i < p.length; i++) {
      const { r0, r1 } = Power2Round(p[i]);
      res0[i] = r0;
      res1[i] = r1;
    }
    return {
      r0: res0,
      r1: res1
    };
  };
  const polyUseHint = (u_, h_) => {
    const u = u_;
    const h = h_;
    for (let i = 0; i < N; i++) u[i] = UseHint(h[i], u[i]);
    return u;
  };
  const polyMakeHint = (a_, b_) => {
    const a = a_;
    const b = b_;
    const v = newPoly(N);
    let cnt = 0;
    for (let i = 0; i < N; i++) {
      const h = MakeHint(a[i], b[i]);
      v[i] = h;
      cnt += h;
    }
    return {
      v,
      cnt
    };
  };
  const signRandBytes = 32;
  const seedCoder = splitCoder("seed", 32, 64, 32);
  const internal = Object.freeze({
    info: Object.freeze({
      type: "internal-ml-dsa"
    }),
    lengths: Object.freeze({
      secretKey: secretCoder.bytesLen,
      publicKey: publicCoder.bytesLen,
      seed: 32,
      signature: sigCoder.bytesLen,
      signRand: signRandBytes
    }),
    keygen: (seed) => {
      const seedDst = new Uint8Array(32 + 2);
      const randSeed = seed === void 0;
      if (randSeed) seed = randomBytes3(32);
      abytesDoc(seed, 32, "seed");
      seedDst.set(seed);
      if (randSeed) cleanBytes(seed);
      seedDst[32] = K;
      seedDst[33] = L;
      const [rho, rhoPrime, K_] = seedCoder.decode(shake256(seedDst, {
        dkLen: seedCoder.bytesLen
      }));
      const xofPrime = XOF2562(rhoPrime);
      const s1 = [];
      for (let i = 0; i < L; i++) s1.push(RejBoundedPoly(xofPrime.get(i & 255, i >> 8 & 255)));
      const s2 = [];
      for (let i = L; i < L + K; i++) s2.push(RejBoundedPoly(xofPrime.get(i & 255, i >> 8 & 255)));
      const s1Hat = s1.map((i) => crystals.NTT.encode(i.slice()));
      const t0 = [];
      const t1 = [];
      const xof = XOF1282(rho);
      const t = newPoly(N);
      for (let i = 0; i < K; i++) {
        cleanBytes(t);
        for (let j = 0; j < L; j++) {
          const aij = RejNTTPoly(xof.get(j, i));
          polyAdd(t, MultiplyNTTs(aij, s1Hat[j]));
        }
        crystals.NTT.decode(t);
        const { r0, r1 } = polyPowerRound(polyAdd(t, s2[i]));
        t0.push(r0);
        t1.push(r1);
      }
      const publicKey = publicCoder.encode([
        rho,
        t1
      ]);
      const tr = shake256(publicKey, {
        dkLen: TR_BYTES
      });
      const secretKey = secretCoder.encode([
        rho,
        K_,
        tr,
        s1,
        s2,
        t0
      ]);
      xof.clean();
      xofPrime.clean();
      cleanBytes(rho, rhoPrime, K_, s1, s2, s1Hat, t, t0, t1, tr, seedDst);
      return {
        publicKey,
        secretKey
      };
    },
    getPublicKey: (secretKey) => {
      const [rho, _K, _tr, s1, s2, _t0] = secretCoder.decode(secretKey);
      const xof = XOF1282(rho);
      const s1Hat = s1.map((p) => crystals.NTT.encode(p.slice()));
      const t1 = [];
      const tmp = newPoly(N);
      for (let i = 0; i < K; i++) {
        tmp.fill(0);
        for (let j = 0; j < L; j++) {
          const aij = RejNTTPoly(xof.get(j, i));
          polyAdd(tmp, MultiplyNTTs(aij, s1Hat[j]));
        }
        crystals.NTT.decode(tmp);
        polyAdd(tmp, s2[i]);
        const { r1 } = polyPowerRound(tmp);
        t1.push(r1);
      }
      xof.clean();
      cleanBytes(tmp, s1Hat, _t0, s1, s2);
      return publicCoder.encode([
        rho,
        t1
      ]);
    },
    // NOTE: random is optional.
    sign: (msg, secretKey, opts2 = {}) => {
      opts2 = validateSigOpts2(opts2, INTERNAL_SIG_OPT_KEYS);
      opts2 = validateInternalOpts(opts2, INTERNAL_SIG_OPT_KEYS);
      const { extraEntropy: random, externalMu = false } = opts2;
      if (externalMu) abytesDoc(msg, CRH_BYTES, "mu");
      const ownRnd = random === false || random === void 0;
      const rnd = random === false ? new Uint8Array(32) : random === void 0 ? randomBytes3(signRandBytes) : random;
      abytesDoc(rnd, 32, "extraEntropy");
      const decoded = (() => {
        try {
          return secretCoder.decode(secretKey);
        } catch (error) {
          if (ownRnd) cleanBytes(rnd);
          throw error;
        }
      })();
      const [rho, _K, tr, s1, s2, t0] = decoded;
      const A = [];
      const xof = XOF1282(rho);
      for (let i = 0; i < K; i++) {
        const pv = [];
        for (let j = 0; j < L; j++) pv.push(RejNTTPoly(xof.get(j, i)));
        A.push(pv);
      }
      xof.clean();
      for (let i = 0; i < L; i++) crystals.NTT.encode(s1[i]);
      for (let i = 0; i < K; i++) {
        crystals.NTT.encode(s2[i]);
        crystals.NTT.encode(t0[i]);
      }
      const mu = externalMu ? msg : (
        //    ▷ Compute message representative µ
        shake256.create({
          dkLen: CRH_BYTES
        }).update(tr).update(msg).digest()
      );
      const rhoprime = shake256.create({
        dkLen: CRH_BYTES
      }).update(_K).update(rnd).update(mu).digest();
      if (ownRnd) cleanBytes(rnd);
      abytesDoc(rhoprime, CRH_BYTES);
      const x256 = XOF2562(rhoprime, ZCoder.bytesLen);
      main_loop: for (let kappa = 0; ; ) {
        const y = [];
        for (let i = 0; i < L; i++, kappa++) y.push(ZCoder.decode(x256.get(kappa & 255, kappa >> 8)()));
        const z = y.map((i) => crystals.NTT.encode(i.slice()));
        const w = [];
        for (let i = 0; i < K; i++) {
          const wi = newPoly(N);
          for (let j = 0; j < L; j++) polyAdd(wi, MultiplyNTTs(A[i][j], z[j]));
          crystals.NTT.decode(wi);
          w.push(wi);
        }
        const w1 = w.map((j) => j.map(HighBits));
        const cTilde = shake256.create({
          dkLen: C_TILDE_BYTES
        }).update(mu).update(W1Vec.encode(w1)).digest();
        const cHat = crystals.NTT.encode(SampleInBall(cTilde));
        const cs1 = s1.map((i) => MultiplyNTTs(i, cHat));
        for (let i = 0; i < L; i++) {
          polyAdd(crystals.NTT.decode(cs1[i]), y[i]);
          if (polyChknorm(cs1[i], GAMMA1 - BETA)) {
            cleanBytes(cTilde, cs1, cHat, w1, w, z, y);
            continue main_loop;
          }
        }
        let cnt = 0;
        const h = [];
        for (let i = 0; i < K; i++) {
          const cs2 = crystals.NTT.decode(MultiplyNTTs(s2[i], cHat));
          const r0 = polySub(w[i], cs2).map(LowBits);
          if (polyChknorm(r0, GAMMA2 - BETA)) {
            cleanBytes(cTilde, cs1, cHat, w1, w, z, y, h, cs2, r0);
            continue main_loop;
          }
          const ct0 = crystals.NTT.decode(MultiplyNTTs(t0[i], cHat));
          if (polyChknorm(ct0, GAMMA2)) {
            cleanBytes(cTilde, cs1, cHat, w1, w, z, y, h, cs2, r0, ct0);
            continue main_loop;
          }
          polyAdd(r0, ct0);
          const hint = polyMakeHint(r0, w1[i]);
          h.push(hint.v);
          cnt += hint.cnt;
        }
        if (cnt > OMEGA) {
          cleanBytes(cTilde, cs1, cHat, w1, w, z, y, h);
          continue;
        }
        x256.clean();
        const res = sigCoder.encode([
          cTilde,
          cs1,
          h
        ]);
        cleanBytes(cTilde, cs1, h, cHat, w1, w, z, y, rhoprime, s1, s2, t0, ...A);
        if (!externalMu) cleanBytes(mu);
        return res;
      }
      throw new Error("Unreachable code path reached, report this error");
    },
    verify: (sig, msg, publicKey, opts2 = {}) => {
      opts2 = validateInternalOpts(opts2, INTERNAL_VER_OPT_KEYS);
      const { externalMu = false } = opts2;
      if (externalMu) abytesDoc(msg, CRH_BYTES, "mu");
      const [rho, t1] = publicCoder.decode(publicKey);
      const tr = shake256(publicKey, {
        dkLen: TR_BYTES
      });
      if (sig.length !== sigCoder.bytesLen) return false;
      const [cTilde, z, h] = sigCoder.decode(sig);
      if (h === false) return false;
      for (let i = 0; i < L; i++) if (polyChknorm(z[i], GAMMA1 - BETA)) return false;
      const mu = externalMu ? msg : shake256.create({
        dkLen: CRH_BYTES
      }).update(tr).update(msg).digest();
      const c = crystals.NTT.encode(SampleInBall(cTilde));
      const zNtt = z.map((i) => i.slice());
      for (let i = 0; i < L; i++) crystals.NTT.encode(zNtt[i]);
      const wTick1 = [];
      const xof = XOF1282(rho);
      for (let i = 0; i < K; i++) {
        const ct12d = MultiplyNTTs(crystals.NTT.encode(polyShiftl(t1[i])), c);
        const Az = newPoly(N);
        for (let j = 0; j < L; j++) {
          const aij = RejNTTPoly(xof.get(j, i));
          polyAdd(Az, MultiplyNTTs(aij, zNtt[j]));
        }
        const wApprox = crystals.NTT.decode(polySub(Az, ct12d));
        wTick1.push(polyUseHint(wApprox, h[i]));
      }
      xof.clean();
      const c2 = shake256.create({
        dkLen: C_TILDE_BYTES
      }).update(mu).update(W1Vec.encode(wTick1)).digest();
      for (const t of h) {
        const sum = t.reduce((acc, i) => acc + i, 0);
        if (!(sum <= OMEGA)) return false;
      }
      for (const t of z) if (polyChknorm(t, GAMMA1 - BETA)) return false;
      return equalBytes2(cTilde, c2);
    }
  });
  return Object.freeze({
    info: Object.freeze({
      type: "ml-dsa"
    }),
    internal,
    securityLevel,
    keygen: internal.keygen,
    lengths: internal.lengths,
    getPublicKey: internal.getPublicKey,
    sign: (msg, secretKey, opts2 = {}) => {
      opts2 = validateSigOpts2(opts2);
      const M = getMessage(msg, opts2.context);
      const res = internal.sign(M, secretKey, {
        extraEntropy: opts2.extraEntropy,
        externalMu: false
      });
      cleanBytes(M);
      return res;
    },
    verify: (sig, msg, publicKey, opts2 = {}) => {
      opts2 = validateVerOpts(opts2);
      abytesDoc(sig, void 0, "signature");
      return internal.verify(sig, getMessage(msg, opts2.context), publicKey, {
        externalMu: false
      });
    },
    prehash: (hash) => {
      checkHash2(hash, securityLevel);
      const rawHash = hash;
      return Object.freeze({
        info: Object.freeze({
          type: "hashml-dsa"
        }),
        securityLevel,
        lengths: internal.lengths,
        keygen: internal.keygen,
        getPublicKey: internal.getPublicKey,
        sign: (msg, secretKey, opts2 = {}) => {
          opts2 = validateSigOpts2(opts2);
          const M = getMessagePrehash(rawHash, msg, opts2.context);
          const res = internal.sign(M, secretKey, {
            extraEntropy: opts2.extraEntropy,
            externalMu: false
          });
          cleanBytes(M);
          return res;
        },
        verify: (sig, msg, publicKey, opts2 = {}) => {
          opts2 = validateVerOpts(opts2);
          abytesDoc(sig, void 0, "signature");
          return internal.verify(sig, getMessagePrehash(rawHash, msg, opts2.context), publicKey, {
            externalMu: false
          });
        }
      });
    }
  });
}
var INTERNAL_SIG_OPT_KEYS, INTERNAL_VER_OPT_KEYS, N, Q, ROOT_OF_UNITY, F, D, GAMMA2_1, GAMMA2_2, PARAMS, newPoly, crystals, id, polyCoder, polyAdd, polySub, polyShiftl, polyChknorm, MultiplyNTTs, ml_dsa44, ml_dsa65, ml_dsa87;
var init_ml_dsa = __esm({
  "npm:@noble/post-quantum@0.7.1/ml-dsa.js"() {
    init_utils2();
    init_sha3();
    init_crystals();
    init_utils3();
    INTERNAL_SIG_OPT_KEYS = /* @__PURE__ */ Object.freeze([
      "extraEntropy",
      "externalMu"
    ]);
    INTERNAL_VER_OPT_KEYS = /* @__PURE__ */ Object.freeze([
      "externalMu"
    ]);
    N = 256;
    Q = 8380417;
    ROOT_OF_UNITY = 1753;
    F = 8347681;
    D = 13;
    GAMMA2_1 = Math.floor((Q - 1) / 88) | 0;
    GAMMA2_2 = Math.floor((Q - 1) / 32) | 0;
    PARAMS = /* @__PURE__ */ (() => Object.freeze({
      2: Object.freeze({
        K: 4,
        L: 4,
        D,
        GAMMA1: 2 ** 17,
        GAMMA2: GAMMA2_1,
        TAU: 39,
        ETA: 2,
        OMEGA: 80
      }),
      3: Object.freeze({
        K: 6,
        L: 5,
        D,
        GAMMA1: 2 ** 19,
        GAMMA2: GAMMA2_2,
        TAU: 49,
        ETA: 4,
        OMEGA: 55
      }),
      5: Object.freeze({
        K: 8,
        L: 7,
        D,
        GAMMA1: 2 ** 19,
        GAMMA2: GAMMA2_2,
        TAU: 60,
        ETA: 2,
        OMEGA: 75
      })
    }))();
    newPoly = (n) => new Int32Array(n);
    crystals = /* @__PURE__ */ genCrystals({
      N,
      Q,
      F,
      ROOT_OF_UNITY,
      newPoly,
      isKyber: false,
      brvBits: 8
    });
    id = (n) => n;
    polyCoder = (d, compress = id, verify = id) => crystals.bitsCoder(d, {
      encode: (i) => compress(verify(i)),
      decode: (i) => verify(compress(i))
    });
    polyAdd = (a_, b_) => {
      const a = a_;
      const b = b_;
      for (let i = 0; i < a.length; i++) a[i] = crystals.mod(a[i] + b[i]);
      return a;
    };
    polySub = (a_, b_) => {
      const a = a_;
      const b = b_;
      for (let i = 0; i < a.length; i++) a[i] = crystals.mod(a[i] - b[i]);
      return a;
    };
    polyShiftl = (p_) => {
      const p = p_;
      for (let i = 0; i < N; i++) p[i] <<= D;
      return p;
    };
    polyChknorm = (p_, B2) => {
      const p = p_;
      for (let i = 0; i < N; i++) if (Math.abs(crystals.smod(p[i])) >= B2) return true;
      return false;
    };
    MultiplyNTTs = (a_, b_) => {
      const a = a_;
      const b = b_;
      const c = newPoly(N);
      for (let i = 0; i < a.length; i++) c[i] = crystals.mod(a[i] * b[i]);
      return c;
    };
    ml_dsa44 = /* @__PURE__ */ (() => getDilithium({
      ...PARAMS[2],
      CRH_BYTES: 64,
      TR_BYTES: 64,
      C_TILDE_BYTES: 32,
      XOF128,
      XOF256,
      securityLevel: 128
    }))();
    ml_dsa65 = /* @__PURE__ */ (() => getDilithium({
      ...PARAMS[3],
      CRH_BYTES: 64,
      TR_BYTES: 64,
      C_TILDE_BYTES: 48,
      XOF128,
      XOF256,
      securityLevel: 192
    }))();
    ml_dsa87 = /* @__PURE__ */ (() => getDilithium({
      ...PARAMS[5],
      CRH_BYTES: 64,
      TR_BYTES: 64,
      C_TILDE_BYTES: 64,
      XOF128,
      XOF256,
      securityLevel: 256
    }))();
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

// lib/pem/armor.ts
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var B64_INDEX = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_INDEX[B64.charCodeAt(i)] = i;

// lib/base64url.ts
var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
var VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

// lib/shown.ts

// lib/thumbprint.ts
var THUMBPRINT_HASHES = [
  "SHA-256",
  "SHA-384",
  "SHA-512"
];
var REQUIRED = {
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

// lib/x509/oids.ts
var X509_OID = {
  ECDSA_SHA256: "1.2.840.10045.4.3.2",
  ECDSA_SHA384: "1.2.840.10045.4.3.3",
  ECDSA_SHA512: "1.2.840.10045.4.3.4",
  RSA_SHA256: "1.2.840.113549.1.1.11",
  RSA_SHA384: "1.2.840.113549.1.1.12",
  RSA_SHA512: "1.2.840.113549.1.1.13",
  RSASSA_PSS: "1.2.840.113549.1.1.10",
  MGF1: "1.2.840.113549.1.1.8",
  SHA256: "2.16.840.1.101.3.4.2.1",
  SHA384: "2.16.840.1.101.3.4.2.2",
  SHA512: "2.16.840.1.101.3.4.2.3",
  SUBJECT_KEY_ID: "2.5.29.14",
  KEY_USAGE: "2.5.29.15",
  BASIC_CONSTRAINTS: "2.5.29.19",
  AUTHORITY_KEY_ID: "2.5.29.35"
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

// lib/keygen/noble_deps.ts
var secp256k1Module = () => Promise.resolve().then(() => (init_secp256k1(), secp256k1_exports));
var ed448Module = () => Promise.resolve().then(() => (init_ed448(), ed448_exports));
var mlDsaModule = () => Promise.resolve().then(() => (init_ml_dsa(), ml_dsa_exports));

// npm:jose@6.2.17/dist/webapi/lib/buffer_utils.js
var encoder = new TextEncoder();
var decoder = new TextDecoder();
var strictDecoder = new TextDecoder("utf-8", {
  fatal: true
});
var UINT32_RANGE = 2 ** 32;
function encodeBase642(input, url = false) {
  if (Uint8Array.prototype.toBase64) return input.toBase64({
    alphabet: url ? "base64url" : "base64",
    omitPadding: url
  });
  const CHUNK_SIZE = 32768, arr = [];
  for (let i = 0; i < input.length; i += CHUNK_SIZE) arr.push(String.fromCharCode.apply(null, input.subarray(i, i + CHUNK_SIZE)));
  const encoded = btoa(arr.join(""));
  return url ? encoded.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_") : encoded;
}
function decodeBase64(encoded, url = false) {
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(encoded, {
    alphabet: url ? "base64url" : "base64"
  });
  if (url) {
    if (encoded.includes("+") || encoded.includes("/")) throw new TypeError("Invalid base64url");
    encoded = encoded.replace(/-/g, "+").replace(/_/g, "/");
  }
  const binary = atob(encoded), bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// npm:jose@6.2.17/dist/webapi/util/base64url.js
var base64url_exports = {};
__export(base64url_exports, {
  decode: () => decode,
  encode: () => encode
});
var invalid = "The input to be decoded is not correctly encoded.";
function decode(input) {
  try {
    return decodeBase64(typeof input == "string" ? input : decoder.decode(input), true);
  } catch (cause) {
    throw new TypeError(invalid, {
      cause
    });
  }
}
function encode(input) {
  return encodeBase642(typeof input == "string" ? encoder.encode(input) : input, true);
}

// lib/x509/spki.ts
var EC_CURVES = {
  "P-256": OID.P256,
  "P-384": OID.P384,
  "P-521": OID.P521,
  secp256k1: OID.SECP256K1
};
var ML_DSA_OIDS = {
  "ML-DSA-44": OID.ML_DSA_44,
  "ML-DSA-65": OID.ML_DSA_65,
  "ML-DSA-87": OID.ML_DSA_87
};

// lib/x509/extra_signers.ts

// lib/x509/signers.ts
var SIGNERS = {
  ES256: ecdsa2("SHA-256", "P-256", X509_OID.ECDSA_SHA256),
  ES384: ecdsa2("SHA-384", "P-384", X509_OID.ECDSA_SHA384),
  ES512: ecdsa2("SHA-512", "P-521", X509_OID.ECDSA_SHA512),
  RS256: pkcs1("SHA-256", X509_OID.RSA_SHA256),
  RS384: pkcs1("SHA-384", X509_OID.RSA_SHA384),
  RS512: pkcs1("SHA-512", X509_OID.RSA_SHA512),
  PS256: pss("SHA-256", X509_OID.SHA256, 32),
  PS384: pss("SHA-384", X509_OID.SHA384, 48),
  PS512: pss("SHA-512", X509_OID.SHA512, 64),
  Ed25519: webcryptoEdDsa("Ed25519", OID.ED25519),
  ES256K: secp256k1Signer(),
  Ed448: ed448Signer(),
  "ML-DSA-44": mlDsaSigner("ML-DSA-44"),
  "ML-DSA-65": mlDsaSigner("ML-DSA-65"),
  "ML-DSA-87": mlDsaSigner("ML-DSA-87")
};
var EC_SCHEME = {
  "P-256": "ES256",
  "P-384": "ES384",
  "P-521": "ES512",
  secp256k1: "ES256K"
};

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

// lib/x509/self_signed.ts
var CLOCK_SKEW_MS = 5 * 60 * 1e3;

// .tmp/bundle-entries/x509_self_signed.ts
var bundle = (file) => {
  const specifier = "./" + file;
  return loadCode(() => import(specifier));
};
var missing = (name) => Promise.reject(new Error("x509/self_signed.ts was bundled without " + name + ": run deno task build"));
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
  checkSelfSignable,
  selfSignedCertificate
};
/*! noble-curves - MIT License (c) 2022 Paul Miller (paulmillr.com) */
/*! noble-post-quantum - MIT License (c) 2024 Paul Miller (paulmillr.com) */
