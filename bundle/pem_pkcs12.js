// Generated from lib/pem/pkcs12.ts by scripts/build_cli.ts: do not edit (deno task build).
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
var readOctets = (function readOctets(node, what) {
  return expectNode(node, TAG.OCTET_STRING, what).value;
});
var oidName = (function oidName(oid) {
  return NAMES[oid] ?? `OID ${oid}`;
});
var bmpString = (function bmpString(units) {
  const out = new Uint8Array(2 * units.length + 2);
  for (let i = 0; i < units.length; i++) {
    out[2 * i] = units[i] >> 8;
    out[2 * i + 1] = units[i] & 255;
  }
  return out;
});
var rememberEncoding = (function rememberEncoding(password, bmp) {
  opened.set(password, bmp.slice());
});
var bmpPasswords = (function bmpPasswords(password) {
  const known = opened.get(password);
  if (known) return [
    known.slice()
  ];
  if (password.length === 0) return [
    new Uint8Array(0),
    bmpString([])
  ];
  const bytes = bmpString(password);
  if (password.every((b) => b < 128)) return [
    bytes
  ];
  try {
    const text = new TextDecoder("utf-8", {
      fatal: true
    }).decode(password);
    const units = Array.from({
      length: text.length
    }, (_, i) => text.charCodeAt(i));
    return [
      bytes,
      bmpString(units)
    ];
  } catch {
    return [
      bytes
    ];
  }
});
var digestBytes = (function digestBytes(hash) {
  return SIZES[hash][0];
});
var fill = (function fill(data, v) {
  const out = new Uint8Array(v * Math.ceil(data.length / v));
  for (let i = 0; i < out.length; i++) out[i] = data[i % data.length];
  return out;
});
var pkcs12Kdf = (async function pkcs12Kdf(bmpPassword, salt, iterations, id, length, hash = "SHA-1") {
  const { digestSync } = await loadModule("pem/deps.ts");
  const [u, v] = SIZES[hash];
  const i = new Uint8Array([
    ...fill(salt, v),
    ...fill(bmpPassword, v)
  ]);
  const d = new Uint8Array(v).fill(id);
  const out = new Uint8Array(length);
  for (let done = 0; done < length; done += u) {
    let a = digestSync(hash, new Uint8Array([
      ...d,
      ...i
    ]));
    for (let r = 1; r < iterations; r++) a = digestSync(hash, a);
    out.set(a.subarray(0, Math.min(u, length - done)), done);
    for (let j = 0; j < i.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = i[j + k] + a[k % u] + carry;
        i[j + k] = sum & 255;
        carry = sum >> 8;
      }
    }
  }
  i.fill(0);
  return out;
});
var expandKey = (function expandKey(key, effectiveBits) {
  const t = key.length;
  const t8 = Math.ceil(effectiveBits / 8);
  const tm = 255 >> 8 * t8 - effectiveBits;
  const l = new Uint8Array(128);
  l.set(key);
  for (let i = t; i < 128; i++) l[i] = PITABLE[l[i - 1] + l[i - t] & 255];
  l[128 - t8] = PITABLE[l[128 - t8] & tm];
  for (let i = 127 - t8; i >= 0; i--) l[i] = PITABLE[l[i + 1] ^ l[i + t8]];
  const k = new Uint16Array(64);
  for (let i = 0; i < 64; i++) k[i] = l[2 * i] | l[2 * i + 1] << 8;
  l.fill(0);
  return k;
});
var decryptBlock = (function decryptBlock(k, b, at) {
  const r = [
    0,
    1,
    2,
    3
  ].map((i) => b[at + 2 * i] | b[at + 2 * i + 1] << 8);
  const shifts = [
    1,
    2,
    3,
    5
  ];
  let j = 63;
  const mix = (i) => {
    const s = shifts[i];
    r[i] = (r[i] >>> s | r[i] << 16 - s) & 65535;
    r[i] = r[i] - k[j--] - (r[i + 3 & 3] & r[i + 2 & 3]) - (~r[i + 3 & 3] & r[i + 1 & 3]) & 65535;
  };
  const mash = (i) => {
    r[i] = r[i] - k[r[i + 3 & 3] & 63] & 65535;
  };
  const mixing = () => [
    3,
    2,
    1,
    0
  ].forEach(mix);
  const mashing = () => [
    3,
    2,
    1,
    0
  ].forEach(mash);
  for (let n = 0; n < 5; n++) mixing();
  mashing();
  for (let n = 0; n < 6; n++) mixing();
  mashing();
  for (let n = 0; n < 5; n++) mixing();
  for (let i = 0; i < 4; i++) {
    b[at + 2 * i] = r[i] & 255;
    b[at + 2 * i + 1] = r[i] >> 8;
  }
});
var rc2CbcDecrypt = (function rc2CbcDecrypt(key, effectiveBits, iv, data) {
  if (data.length % 8 !== 0 || iv.length !== 8 || key.length < 1 || key.length > 128) {
    throw new RangeError("RC2-CBC needs whole 8-byte blocks, an 8-byte IV and a 1..128-byte key");
  }
  const k = expandKey(key, effectiveBits);
  const out = data.slice();
  for (let at = out.length - 8; at >= 0; at -= 8) {
    decryptBlock(k, out, at);
    const prev = at === 0 ? iv : data.subarray(at - 8, at);
    for (let i = 0; i < 8; i++) out[at + i] ^= prev[i];
  }
  k.fill(0);
  return out;
});
var wrongPassword = (function wrongPassword() {
  return new JwkError("BAD_PASSWORD", "wrong password or corrupted key");
});
var importAesKey = (async function importAesKey(key, name, usages) {
  try {
    return await crypto.subtle.importKey("raw", key.slice(), name, false, usages);
  } catch (e) {
    const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new JwkError("UNSUPPORTED", `${name} with a ${key.length * 8}-bit key is not available in this runtime's WebCrypto (${why}); convert the key to AES-128 or AES-256 with openssl or ssh-keygen`);
  }
});
var cbcDecrypt = (async function cbcDecrypt(cipher, key, iv, data, padded) {
  const block = cipher === "DES-EDE3-CBC" ? 8 : 16;
  if (data.length === 0 || data.length % block !== 0) throw wrongPassword();
  if (cipher === "DES-EDE3-CBC") {
    const { des3CbcDecryptRaw } = await loadModule("pem/deps.ts");
    const out = des3CbcDecryptRaw(key, iv, data);
    return padded ? unpad(out, 8) : out;
  }
  const k = await importAesKey(key, "AES-CBC", [
    "encrypt",
    "decrypt"
  ]);
  let input = data;
  if (!padded) {
    const last = data.slice(data.length - 16);
    const pad = new Uint8Array(await crypto.subtle.encrypt({
      name: "AES-CBC",
      iv: last
    }, k, new Uint8Array(0)));
    input = new Uint8Array(data.length + 16);
    input.set(data);
    input.set(pad, data.length);
  }
  try {
    return new Uint8Array(await crypto.subtle.decrypt({
      name: "AES-CBC",
      iv: iv.slice()
    }, k, input.slice()));
  } catch {
    throw wrongPassword();
  }
});
var unpad = (function unpad(data, block) {
  const n = data[data.length - 1];
  if (n < 1 || n > block) throw wrongPassword();
  for (let i = data.length - n; i < data.length; i++) if (data[i] !== n) throw wrongPassword();
  return data.subarray(0, data.length - n);
});
var algorithm = (function algorithm(node, what) {
  const parts = children(expectNode(node, TAG.SEQUENCE, what), what);
  if (parts.length < 1 || parts.length > 2) {
    throw new JwkError("BAD_PEM", `${what}: malformed AlgorithmIdentifier`);
  }
  return [
    readOid(parts[0], what),
    parts[1]
  ];
});
var pbkdf2 = (function pbkdf2(params, what) {
  const parts = children(expectNode(params, TAG.SEQUENCE, what), what);
  const salt = readOctets(parts[0], `${what} (PBKDF2 salt)`);
  const iterations = readSmallInt(parts[1], what);
  let i = 2;
  let keyLength;
  if (parts[i]?.tag === TAG.INTEGER) keyLength = readSmallInt(parts[i++], what);
  let hash = "SHA-1";
  if (parts[i]) {
    const [prf, prfParams] = algorithm(parts[i++], what);
    if (prfParams && prfParams.tag !== TAG.NULL) {
      throw new JwkError("BAD_PEM", `${what}: malformed PBKDF2 PRF`);
    }
    const h = PRF_HASH[prf];
    if (!h) {
      throw new JwkError("UNSUPPORTED", `${what}: PBKDF2 with ${oidName(prf)} is not supported; supported: HMAC-SHA1/256/384/512`);
    }
    hash = h;
  }
  if (parts.length !== i) throw new JwkError("BAD_PEM", `${what}: malformed PBKDF2 parameters`);
  if (iterations < 1 || iterations > MAX_PBKDF2_ITERATIONS) {
    throw new JwkError("UNSUPPORTED", `${what}: PBKDF2 iteration count ${iterations} is outside 1..${MAX_PBKDF2_ITERATIONS}`);
  }
  const kdf = async (password, length) => {
    const base = await crypto.subtle.importKey("raw", password.slice(), "PBKDF2", false, [
      "deriveBits"
    ]);
    const bits = await crypto.subtle.deriveBits({
      name: "PBKDF2",
      hash,
      salt: salt.slice(),
      iterations
    }, base, length * 8);
    return new Uint8Array(bits);
  };
  return [
    kdf,
    keyLength
  ];
});
var scryptKdf = (function scryptKdf(params, what) {
  const parts = children(expectNode(params, TAG.SEQUENCE, what), what);
  if (parts.length < 4 || parts.length > 5) {
    throw new JwkError("BAD_PEM", `${what}: malformed scrypt parameters`);
  }
  const salt = readOctets(parts[0], `${what} (scrypt salt)`);
  const [N, r, p] = parts.slice(1, 4).map((x) => readSmallInt(x, what));
  const keyLength = parts[4] ? readSmallInt(parts[4], what) : void 0;
  if (N < 2 || (N & N - 1) !== 0 || N > 2 ** 30 || r < 1 || p < 1 || p * r > 1024) {
    throw new JwkError("BAD_PEM", `${what}: invalid scrypt parameters`);
  }
  if (128 * N * r > MAX_SCRYPT_MEMORY) {
    throw new JwkError("UNSUPPORTED", `${what}: scrypt parameters need more than ${MAX_SCRYPT_MEMORY >> 20} MiB of memory`);
  }
  if (N * r * p > MAX_SCRYPT_WORK) {
    throw new JwkError("UNSUPPORTED", `${what}: scrypt parameters (N=${N}, r=${r}, p=${p}) ask for more work than ${MAX_SCRYPT_WORK} (N\xB7r\xB7p)`);
  }
  const kdf = async (password, dkLen) => (await loadModule("pem/deps.ts")).scryptAsync(password, salt, {
    N,
    r,
    p,
    dkLen,
    maxmem: MAX_SCRYPT_MEMORY * 2
  });
  return [
    kdf,
    keyLength
  ];
});
var pkcs12Decrypt = (async function pkcs12Decrypt(scheme, params, data, what, password) {
  const parts = children(expectNode(params, TAG.SEQUENCE, what), what);
  if (parts.length !== 2) {
    throw new JwkError("BAD_PEM", `${what}: malformed PKCS#12 PBE parameters`);
  }
  const salt = readOctets(parts[0], `${what} (salt)`);
  const iterations = readSmallInt(parts[1], what);
  if (iterations < 1 || iterations > MAX_PKCS12_ITERATIONS) {
    throw new JwkError("UNSUPPORTED", `${what}: PKCS#12 PBE iteration count ${iterations} is outside 1..${MAX_PKCS12_ITERATIONS}`);
  }
  if (data.length === 0 || data.length % 8 !== 0) throw wrongPassword();
  const candidates = bmpPasswords(await password(what));
  for (const pw of candidates) {
    const k = await pkcs12Kdf(pw, salt, iterations, 1, scheme.keyLength);
    const iv = await pkcs12Kdf(pw, salt, iterations, 2, 8);
    pw.fill(0);
    const key = scheme.keyLength === 16 && scheme.cipher === "3DES" ? new Uint8Array([
      ...k,
      ...k.subarray(0, 8)
    ]) : k;
    try {
      const plain = scheme.cipher === "RC2" ? unpad(rc2CbcDecrypt(key, scheme.bits, iv, data), 8) : await cbcDecrypt("DES-EDE3-CBC", key, iv, data, true);
      decodeDer(plain, what);
      return plain;
    } catch {
    } finally {
      key.fill(0);
      k.fill(0);
    }
  }
  throw wrongPassword();
});
var decryptPkcs8 = (async function decryptPkcs8(der, what, password) {
  const top = children(decodeDer(der, what), what, TAG.SEQUENCE);
  if (top.length !== 2) throw new JwkError("BAD_PEM", `${what}: expected 2 elements`);
  return await decryptContent(top[0], readOctets(top[1], what), what, password);
});
var decryptContent = (async function decryptContent(alg, data, what, password) {
  const [scheme, schemeParams] = algorithm(alg, what);
  if (PKCS12_PBE[scheme]) {
    return await pkcs12Decrypt(PKCS12_PBE[scheme], schemeParams, data, what, password);
  }
  if (scheme !== OID.PBES2) {
    throw new JwkError("UNSUPPORTED", `${what}: ${oidName(scheme)} encryption is not supported; supported: PBES2 with PBKDF2 or scrypt (openssl pkcs8 -topk8 -v2 aes-256-cbc), PKCS#12 PBE with SHA1 and triple DES or RC2`);
  }
  const pbes2 = children(expectNode(schemeParams, TAG.SEQUENCE, what), what);
  if (pbes2.length !== 2) throw new JwkError("BAD_PEM", `${what}: malformed PBES2 parameters`);
  const [kdfOid, kdfParams] = algorithm(pbes2[0], what);
  const [encOid, encParams] = algorithm(pbes2[1], what);
  const cipher = CIPHERS[encOid];
  if (!cipher) {
    throw new JwkError("UNSUPPORTED", `${what}: PBES2 cipher ${oidName(encOid)} is not supported; supported: ${SUPPORTED_CIPHERS}`);
  }
  const iv = readOctets(encParams, `${what} (IV)`);
  if (iv.length !== cipher.ivLength) throw new JwkError("BAD_PEM", `${what}: malformed IV`);
  let kdf;
  let keyLength;
  if (kdfOid === OID.PBKDF2) [kdf, keyLength] = pbkdf2(kdfParams, what);
  else if (kdfOid === OID.SCRYPT) [kdf, keyLength] = scryptKdf(kdfParams, what);
  else {
    throw new JwkError("UNSUPPORTED", `${what}: key derivation ${oidName(kdfOid)} is not supported; supported: PBKDF2, scrypt`);
  }
  if (keyLength !== void 0 && keyLength !== cipher.keyLength) {
    throw new JwkError("BAD_PEM", `${what}: key length does not match ${cipher.name}`);
  }
  const key = await kdf(await password(what), cipher.keyLength);
  return await cbcDecrypt(cipher.name, key, iv, data, true);
});
var secondKey = (function secondKey() {
  return new JwkError("UNSUPPORTED", `the ${WHAT} holds more than one private key; expected one`);
});
var malformed = (function malformed(why) {
  return new JwkError("BAD_PEM", `${WHAT}: malformed (${why})`);
});
var explicit = (function explicit(node, why) {
  if (node?.tag !== TAG.CONTEXT_0) throw malformed(why);
  return decodeDer(node.value, WHAT, node.depth + 1);
});
var dataOctets = (function dataOctets(content) {
  return readOctets(explicit(content, "no data content"), WHAT);
});
var checkMac = (async function checkMac(mac, content, password) {
  const macData = children(mac, WHAT, TAG.SEQUENCE);
  if (macData.length < 2 || macData.length > 3) throw malformed("the MAC has 2 or 3 elements");
  const [digestInfo, saltNode, iterationsNode] = macData;
  const info = children(digestInfo, WHAT, TAG.SEQUENCE);
  if (info.length !== 2) throw malformed("the MAC's digest has 2 elements");
  const [alg, digestNode] = info;
  const oid = readOid(children(alg, WHAT, TAG.SEQUENCE)[0], WHAT);
  if (oid === OID_PBMAC1) {
    throw new JwkError("UNSUPPORTED", `${WHAT}: its PBMAC1 integrity check is not supported`);
  }
  const hash = MAC_HASHES[oid];
  if (!hash) throw new JwkError("UNSUPPORTED", `${WHAT}: MAC digest ${oid} is not supported`);
  const digest = readOctets(digestNode, WHAT);
  const salt = readOctets(saltNode, WHAT);
  const iterations = iterationsNode ? readSmallInt(iterationsNode, WHAT) : 1;
  if (iterations < 1 || iterations > MAX_PKCS12_ITERATIONS) {
    throw new JwkError("UNSUPPORTED", `${WHAT}: MAC iteration count ${iterations} is outside 1..${MAX_PKCS12_ITERATIONS}`);
  }
  for (const pw of bmpPasswords(password)) {
    const key = await pkcs12Kdf(pw, salt, iterations, 3, digestBytes(hash), hash);
    const hmac = await crypto.subtle.importKey("raw", key.slice(), {
      name: "HMAC",
      hash
    }, false, [
      "verify"
    ]);
    key.fill(0);
    if (await crypto.subtle.verify("HMAC", hmac, digest.slice(), content.slice())) {
      rememberEncoding(password, pw);
      return;
    }
  }
  throw wrongPassword();
});
var readSafeContents = (async function readSafeContents(der, password, out, nesting) {
  if (nesting > MAX_NESTING) throw malformed("safe contents nested too deeply");
  for (const bag of children(decodeDer(der, WHAT), WHAT, TAG.SEQUENCE)) {
    const [idNode, valueNode] = children(bag, WHAT, TAG.SEQUENCE);
    const bagId = readOid(idNode, WHAT);
    const value = () => explicit(valueNode, "a bag without its value");
    if (bagId === BAG_KEY || bagId === BAG_SHROUDED_KEY) {
      if (out.key) throw secondKey();
      out.key = bagId === BAG_KEY ? {
        der: value().raw,
        encrypted: false
      } : {
        der: await decryptPkcs8(value().raw, `private key of the ${WHAT}`, password),
        encrypted: true
      };
    } else if (bagId === BAG_CERT) {
      const [certId, certValue] = children(value(), WHAT, TAG.SEQUENCE);
      if (readOid(certId, WHAT) === CERT_X509) out.certs.push(dataOctets(certValue));
    } else if (bagId === BAG_SAFE_CONTENTS) {
      await readSafeContents(value().raw, password, out, nesting + 1);
    }
  }
});
var readPkcs12 = (async function readPkcs12(der, password) {
  const pfx = children(decodeDer(der, WHAT), WHAT, TAG.SEQUENCE);
  if (pfx.length < 2 || pfx.length > 3 || readSmallInt(pfx[0], WHAT) !== 3) {
    throw malformed("expected version 3, content and an optional MAC");
  }
  const [contentType, content] = children(expectNode(pfx[1], TAG.SEQUENCE, WHAT), WHAT);
  const type = readOid(contentType, WHAT);
  if (type === OID_SIGNED_DATA) {
    throw new JwkError("UNSUPPORTED", `${WHAT}: public-key integrity mode (signed) is not supported`);
  }
  if (type !== OID_DATA) throw malformed("its content is not data");
  const authSafe = dataOctets(content);
  if (pfx[2]) await checkMac(pfx[2], authSafe, await password(WHAT));
  const out = {
    certs: []
  };
  const sections = children(decodeDer(authSafe, WHAT), WHAT, TAG.SEQUENCE);
  const encrypted = sections.filter((c) => {
    const [type2] = children(c, WHAT, TAG.SEQUENCE);
    return readOid(type2, WHAT) === OID_ENCRYPTED_DATA;
  });
  if (encrypted.length > MAX_ENCRYPTED_SECTIONS) {
    throw new JwkError("UNSUPPORTED", `the ${WHAT} has ${encrypted.length} encrypted sections; at most ${MAX_ENCRYPTED_SECTIONS} are read`);
  }
  for (const info of sections) {
    const [infoType, infoContent] = children(info, WHAT, TAG.SEQUENCE);
    const kind = readOid(infoType, WHAT);
    if (kind === OID_DATA) {
      await readSafeContents(dataOctets(infoContent), password, out, 0);
    } else if (kind === OID_ENCRYPTED_DATA) {
      const [, encryptedInfo] = children(explicit(infoContent, "no encrypted data"), WHAT);
      const [, alg, octets] = children(expectNode(encryptedInfo, TAG.SEQUENCE, WHAT), WHAT);
      if (octets?.tag !== 128) throw malformed("encrypted content is not one primitive string");
      const plain = await decryptContent(alg, octets.value, `certificates of the ${WHAT}`, password);
      await readSafeContents(plain, password, out, 0);
    } else {
      throw new JwkError("UNSUPPORTED", `${WHAT}: content of type ${kind} is not supported`);
    }
  }
  return out;
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

// lib/pem/pkcs12_kdf.ts
var SIZES = {
  "SHA-1": [
    20,
    64
  ],
  "SHA-256": [
    32,
    64
  ],
  "SHA-384": [
    48,
    128
  ],
  "SHA-512": [
    64,
    128
  ]
};
var opened = /* @__PURE__ */ new WeakMap();

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

// lib/pem/armor.ts
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var B64_INDEX = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_INDEX[B64.charCodeAt(i)] = i;

// lib/pem/decrypt.ts
var MAX_PBKDF2_ITERATIONS = 1e7;
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
var SUPPORTED_CIPHERS = "AES-128/192/256-CBC, DES-EDE3-CBC";
var PRF_HASH = {
  [OID.HMAC_SHA1]: "SHA-1",
  [OID.HMAC_SHA256]: "SHA-256",
  [OID.HMAC_SHA384]: "SHA-384",
  [OID.HMAC_SHA512]: "SHA-512"
};
var MAX_PKCS12_ITERATIONS = 2e5;
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

// lib/pem/pkcs12.ts
var WHAT = "PKCS#12 file";
var OID_DATA = "1.2.840.113549.1.7.1";
var OID_SIGNED_DATA = "1.2.840.113549.1.7.2";
var OID_ENCRYPTED_DATA = "1.2.840.113549.1.7.6";
var OID_PBMAC1 = "1.2.840.113549.1.5.14";
var BAG_KEY = "1.2.840.113549.1.12.10.1.1";
var BAG_SHROUDED_KEY = "1.2.840.113549.1.12.10.1.2";
var BAG_CERT = "1.2.840.113549.1.12.10.1.3";
var BAG_SAFE_CONTENTS = "1.2.840.113549.1.12.10.1.6";
var CERT_X509 = "1.2.840.113549.1.9.22.1";
var MAX_NESTING = 4;
var MAC_HASHES = {
  "1.3.14.3.2.26": "SHA-1",
  "2.16.840.1.101.3.4.2.1": "SHA-256",
  "2.16.840.1.101.3.4.2.2": "SHA-384",
  "2.16.840.1.101.3.4.2.3": "SHA-512"
};
var MAX_ENCRYPTED_SECTIONS = 4;

// .tmp/bundle-entries/pem_pkcs12.ts
var bundle = (file) => {
  const specifier = "./" + file;
  return loadCode(() => import(specifier));
};
var missing = (name) => Promise.reject(new Error("pem/pkcs12.ts was bundled without " + name + ": run deno task build"));
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
  readPkcs12
};
