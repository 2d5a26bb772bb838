// Generated from lib/cli/create_jwks.ts by scripts/build_cli.ts: do not edit (deno task build).
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
var useLiteralImports = (function useLiteralImports(imports) {
  literal = imports;
});
var loadModule = (function loadModule(name) {
  if (literal) return literal[name]();
  const specifier = `./${name}`;
  return import(specifier);
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
var lockPath = (function lockPath(path) {
  return join(dirname(path), `.${basename(path)}.lock`);
});
var openLockFile = (function openLockFile(lock, target) {
  try {
    if (Deno.lstatSync(lock).isSymlink) {
      throw new CliError(`cannot lock ${target}: ${lock} is a symbolic link`);
    }
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) {
      throw e instanceof CliError ? e : new CliError(`cannot lock ${target}: ${describe(e)}`);
    }
  }
  try {
    return Deno.openSync(lock, {
      read: true,
      write: true,
      create: true,
      mode: 384
    });
  } catch (e) {
    throw new CliError(`cannot lock ${target}: cannot open ${lock}: ${describe(e)}`);
  }
});
var withLock = (async function withLock(path, fn, options = {}) {
  const lock = lockPath(path);
  const file = openLockFile(lock, path);
  try {
    const deadline = performance.now() + (options.timeoutMs ?? LOCK_TIMEOUT_MS);
    let pause = 5;
    for (; ; ) {
      let got;
      try {
        got = file.tryLockSync(true);
      } catch (e) {
        throw new CliError(`cannot lock ${path} (with ${lock}): ${describe(e)}`);
      }
      if (got) break;
      if (performance.now() >= deadline) {
        throw new CliError(`${path} is being changed by another process (it holds ${lock}): try again`);
      }
      await new Promise((r) => setTimeout(r, pause * (0.5 + Math.random())));
      pause = Math.min(pause * 2, 100);
    }
    try {
      return await fn();
    } finally {
      try {
        file.unlockSync();
      } catch {
      }
    }
  } finally {
    file.close();
  }
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
var codeUnreadable = (function codeUnreadable(path) {
  return new CliError(`read access to ${path} is needed: jwk loads each command's code from there when it runs (add it to --allow-read, e.g. --allow-read=${path},FILE)`);
});
var codePath = (function codePath() {
  const lib = bundled ? new URL(".", bundled.url) : new URL("..", import.meta.url);
  if (lib.protocol !== "file:") return void 0;
  const path = decodeURIComponent(lib.pathname).replace(/\/$/, "");
  return Deno.build.os === "windows" ? path.slice(1).replaceAll("/", "\\") : path;
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
var shown = (function shown(value) {
  if (typeof value === "string") {
    return /^[\w.+:-]{1,20}$/.test(value) ? `'${value}'` : `a string of ${value.length} characters`;
  }
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
});
var bigintOf = (function bigintOf(bytes) {
  let hex = "";
  for (const b of bytes) hex += b.toString(16).padStart(2, "0");
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
var member = (function member(jwk, m, what, bytes) {
  const v = jwk[m];
  if (v === void 0) throw bad2(`the ${what} JWK has no '${m}' member`);
  if (typeof v !== "string") throw bad2(`the ${what} JWK's '${m}' member is not a string`);
  const len = b64urlLength(v);
  if (len < 0) throw bad2(`the ${what} JWK's '${m}' member is not base64url`);
  if (len === 0) throw bad2(`the ${what} JWK's '${m}' member is empty`);
  if (bytes !== void 0 && len !== bytes) {
    throw bad2(`the ${what} JWK's '${m}' member must be ${bytes} bytes, not ${len}`);
  }
});
var certDigest = (function certDigest(member2, bytes) {
  const len = b64urlLength(member2);
  if (len === bytes) return decodeBase64Url(member2);
  if (len !== 2 * bytes) return void 0;
  const text = String.fromCharCode(...decodeBase64Url(member2));
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
  for (const [m, bytes] of [
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
    if (v !== void 0 && (typeof v !== "string" || certDigest(v, bytes) === void 0)) {
      throw bad2(`the JWK's '${m}' member is not a base64url ${bytes}-byte digest`);
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
var rsaNumbers = (function rsaNumbers(jwk) {
  const canonical = {};
  const [n, e] = [
    "n",
    "e"
  ].map((m) => {
    const bytes = decodeBase64Url(jwk[m]);
    let i = 0;
    while (i < bytes.length - 1 && bytes[i] === 0) i++;
    if (i > 0) canonical[m] = encodeBase64Url(bytes.subarray(i));
    return bytes.subarray(i);
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
var utf8Text = (function utf8Text(bytes) {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] > 127) return new TextDecoder("utf-8", {
      fatal: true
    }).decode(bytes);
  }
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return text;
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
var badSet = (function badSet(message) {
  return new JwkError("BAD_KEYSET", message);
});
var shown2 = (function shown2(kid) {
  const cut = kid.length > 80 ? `${kid.slice(0, 77)}...` : kid;
  if (cut.search(UNSHOWABLE) < 0) return `'${cut}'`;
  return JSON.stringify(cut).replace(UNSHOWABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
});
var checkKid = (function checkKid(kid, where, code) {
  if (kid === "") throw new JwkError(code, `${where} has an empty kid`);
  if (LINE_BREAKING.test(kid)) {
    throw new JwkError(code, `${where} has a kid with control characters (${shown2(kid)})`);
  }
});
var validateJwkSet = (async function validateJwkSet(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw badSet('the input is not a JWK Set (a JSON object with a "keys" array)');
  }
  const doc = value;
  if (!("keys" in doc)) {
    if (typeof doc.kty === "string" || typeof doc.ciphertext === "string") {
      throw badSet('the input is a single JWK, not a JWK Set: a set is {"keys": [...]} (jwk keyset add makes one)');
    }
    throw badSet('the input is not a JWK Set: it has no "keys" member');
  }
  if (!Array.isArray(doc.keys)) throw badSet(`the JWK Set's "keys" member is not an array`);
  const keys = [];
  for (const [i, key] of doc.keys.entries()) {
    const where = `key #${i + 1} of the JWK Set`;
    if (typeof key !== "object" || key === null || Array.isArray(key)) {
      throw badSet(`${where} is not a JWK (a JSON object)`);
    }
    const kid = key.kid;
    if (kid !== void 0 && typeof kid !== "string") {
      throw badSet(`${where} has a kid that is not a string`);
    }
    try {
      await validateJwk(key);
    } catch (e) {
      if (!(e instanceof JwkError) || e.code !== "UNSUPPORTED") {
        const msg = e instanceof Error ? e.message : String(e);
        throw badSet(`${where}${kid === void 0 ? "" : ` (kid ${shown2(kid)})`}: ${msg}`);
      }
    }
    if (kid !== void 0) checkKid(kid, where, "BAD_KEYSET");
    keys.push(key);
  }
  return {
    ...doc,
    keys
  };
});
var parseJwkSet = (async function parseJwkSet(input) {
  let text;
  try {
    text = typeof input === "string" ? input : utf8Text(input);
  } catch {
    throw badSet("the JWK Set is not UTF-8 text");
  }
  if (text.trim() === "") throw badSet('the JWK Set is empty: a set is {"keys": [...]}');
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw badSet("the JWK Set is not valid JSON");
  }
  checkJsonDepth(value, "the JWK Set", "BAD_KEYSET");
  return await validateJwkSet(value);
});
var addToJwkSet = (async function addToJwkSet(set, jwk, options = {}) {
  const valid = await validateJwk(jwk);
  if (valid.kty === "oct" && !options.private) {
    throw new JwkError("INSECURE", "an oct key is a secret and has no public part: it goes into a JWK Set only when asked (--private), and such a set must not be published");
  }
  if (valid.kty === "RSA") refuseShortRsa(rsaBits(valid.n), options.insecure === true);
  const key = options.private ? orderMembers({
    ...valid
  }) : publicJwk(valid);
  if (key.kid === void 0) {
    if (key.kty === "oct") {
      throw new JwkError("BAD_KEY", "the oct key has no kid, and a thumbprint would be a hash of the secret: give it a kid");
    }
    key.kid = await thumbprint(key);
  }
  const kid = key.kid;
  checkKid(kid, "the key", "BAD_KEY");
  if (set.keys.some((k) => k.kid === kid)) {
    throw new JwkError("DUPLICATE_KID", `the JWK Set already has a key with kid ${shown2(kid)}`);
  }
  const added = orderMembers(key);
  return {
    set: {
      ...set,
      keys: [
        ...set.keys,
        added
      ]
    },
    key: added
  };
});
var stringifyJwkSet = (function stringifyJwkSet(set) {
  return JSON.stringify(set, null, 2) + "\n";
});
var parse = (async function parse(bytes, path) {
  try {
    return await parseJwkSet(bytes);
  } catch (e) {
    if (!(e instanceof JwkError)) throw e;
    const where = path === "-" ? "the JWK Set on standard input" : path;
    throw new CliError(`${where} cannot be used: ${e.message}`);
  } finally {
    bytes.fill(0);
  }
});
var inSet = (function inSet(e, path) {
  if (e instanceof JwkError && (e.code === "UNKNOWN_KID" || e.code === "DUPLICATE_KID")) {
    return new CliError(`${path === "-" ? "standard input" : path}: ${e.message}`);
  }
  return e;
});
var readSetIfAny = (async function readSetIfAny(path) {
  const { inspectOutput: inspectOutput2 } = await loadCli("files.ts");
  if (await inspectOutput2(path) === "absent") return void 0;
  return await parse(await readLimited(path, MAX_KEY_FILE, "JWK Set"), path);
});
var changed = (async function changed(path, change, mustExist) {
  const before = await readSetIfAny(path);
  if (before === void 0 && mustExist) {
    throw new CliError(`cannot read JWK Set ${path}: no such file or folder`);
  }
  let after;
  try {
    after = await change(before ?? {
      keys: []
    });
  } catch (e) {
    throw inSet(e, path);
  }
  let mode = privateCount(after) > 0 ? PRIVATE_SET_MODE : PUBLIC_SET_MODE;
  if (before !== void 0) mode = (await Deno.stat(path)).mode & 511;
  if (privateCount(after) > privateCount(before ?? {
    keys: []
  }) && (mode & 63) !== 0) {
    throw new CliError(`${path} can be read by others (mode 0${mode.toString(8)}): refusing to put a private key in it (chmod 600 ${path} first, if it is not published)`);
  }
  return {
    after,
    mode
  };
});
var updateSetFile = (async function updateSetFile(path, change, options = {}) {
  const mustExist = options.mustExist ?? false;
  await changed(path, change, mustExist);
  const [{ withLock: withLock2 }, { writeFilesAtomic: writeFilesAtomic2 }] = await Promise.all([
    loadCli("lock.ts"),
    loadCli("files.ts")
  ]);
  await withLock2(path, async () => {
    const { after, mode } = await changed(path, change, mustExist);
    const data = new TextEncoder().encode(stringifyJwkSet(after));
    try {
      await writeFilesAtomic2([
        ...options.alsoWrite ?? [],
        {
          path,
          data,
          mode,
          update: true
        }
      ], {
        overwrite: options.overwrite ?? false
      });
    } finally {
      data.fill(0);
    }
  }, {
    timeoutMs: options.timeoutMs
  });
});
var real = (async function real(path) {
  try {
    return resolve(await Deno.realPath(dirname(path)), path.split("/").pop());
  } catch {
    return resolve(path);
  }
});
var checkJwks = (async function checkJwks(jwks, keyFiles, request) {
  for (const f of keyFiles) {
    if (resolve(f) === resolve(jwks) || await real(f) === await real(jwks)) {
      throw new CliError(`--jwks must name a file of its own, not the key file '${f}'`);
    }
  }
  if (request && resolveKeyParams(request).kty === "oct") {
    throw new CliError("--jwks cannot take an oct key: it is all secret and has no public part to publish");
  }
  const set = await readSetIfAny(jwks);
  const kid = request?.kid;
  if (set && kid !== void 0 && set.keys.some((k) => k.kid === kid)) {
    throw new CliError(`${jwks}: the JWK Set already has a key with kid ${JSON.stringify(kid)}`);
  }
});
var writeWithJwks = (async function writeWithJwks(jwks, publicJwk2, files, overwrite) {
  await updateSetFile(jwks, async (set) => {
    try {
      return (await addToJwkSet(set, publicJwk2)).set;
    } catch (e) {
      if (e instanceof JwkError && e.code === "DUPLICATE_KID") throw e;
      throw e instanceof JwkError ? new CliError(`--jwks ${jwks}: ${e.message}`) : e;
    }
  }, {
    alsoWrite: files,
    overwrite
  });
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

// lib/base64url.ts
var ALPHABET, VALUES;
var init_base64url = __esm({
  "lib/base64url.ts": (function() {
    ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    VALUES = new Int8Array(128).fill(-1);
    for (let i = 0; i < 64; i++) VALUES[ALPHABET.charCodeAt(i)] = i;
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
var MAX_PASSWORD_FILE, MAX_KEY_FILE;
var init_inputs = __esm({
  "lib/cli/inputs.ts": (function() {
    init_errors();
    MAX_PASSWORD_FILE = 64 * 1024;
    MAX_KEY_FILE = 1024 * 1024;
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

// lib/cli/lock.ts
var lock_exports = {};
__export(lock_exports, {
  LOCK_TIMEOUT_MS: () => LOCK_TIMEOUT_MS,
  lockPath: () => lockPath,
  withLock: () => withLock
});
var LOCK_TIMEOUT_MS;
var init_lock = __esm({
  "lib/cli/lock.ts": (function() {
    init_errors();
    init_paths();
    LOCK_TIMEOUT_MS = 1e4;
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

// lib/cli/load.ts
init_errors();
var bundled;

// .tmp/bundle-entries/cli_create_jwks.ts
init_lazy();

// lib/algorithms.ts
init_errors2();

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
var ML_DSA_SEED_BYTES = 32;
var RSA_MIN_BITS = 2048;
var RSA_INSECURE_MIN_BITS = 1024;
var RSA_MAX_BITS = 16384;
var OCT_MIN_BITS = 128;
var OCT_MAX_BITS = 8192;

// lib/algorithms.ts
var DEFAULTS = [
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
var fail = (message) => {
  throw new JwkError("INCOMPATIBLE_OPTIONS", message);
};
var invalid = (message) => {
  throw new JwkError("INVALID_OPTION", message);
};
var list = (values) => values.join(", ");

// lib/cli/create_jwks.ts
init_errors2();

// lib/keyset.ts
init_errors2();

// lib/jwk.ts
var ORDER = [
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
var PRIVATE = [
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
var PUBLIC_OP = {
  sign: "verify",
  verify: "verify",
  encrypt: "encrypt",
  decrypt: "encrypt",
  wrapKey: "wrapKey",
  unwrapKey: "wrapKey"
};

// lib/key_input.ts
init_base64url();
init_errors2();

// lib/shown.ts

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

// lib/jwk_alg.ts
init_errors2();
var ECDSA_SIZE = {
  "P-256": "256",
  "P-384": "384",
  "P-521": "521",
  "secp256k1": "256K"
};
var bad = (message) => new JwkError("BAD_KEY", message);

// lib/key_input.ts
init_lazy();
var B64URL = /^[A-Za-z0-9_-]*$/;
var MAX_JSON_DEPTH = 64;

// lib/rsa_weak.ts
init_base64url();
init_errors2();

// lib/thumbprint.ts
init_base64url();
init_errors2();
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

// lib/keyset.ts
var LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
var BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
var UNSHOWABLE = new RegExp(`${LINE_BREAKING.source}|${BIDI_CONTROLS.source}`, "g");

// lib/cli/create_jwks.ts
init_errors();
init_paths();

// lib/cli/set_file.ts
init_errors2();
init_errors();
init_inputs();
var PUBLIC_SET_MODE = 420;
var PRIVATE_SET_MODE = 384;
var privateCount = (set) => set.keys.filter((k) => isPrivateJwk(k)).length;

// lib/cli/create_jwks.ts

// .tmp/bundle-entries/cli_create_jwks.ts
var bundle = (file) => {
  const specifier = "./" + file;
  return loadCode(() => import(specifier));
};
var missing = (name) => Promise.reject(new Error("cli/create_jwks.ts was bundled without " + name + ": run deno task build"));
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
  "format.ts": () => bundle("cli_format.js"),
  "format_help.ts": () => bundle("cli_format_help.js"),
  "help.ts": () => bundle("cli_help.js"),
  "key_flags.ts": () => bundle("cli_key_flags.js"),
  "keyset.ts": () => bundle("cli_keyset.js"),
  "keyset_help.ts": () => bundle("cli_keyset_help.js"),
  "lock.ts": () => Promise.resolve().then(() => (init_lock(), lock_exports)),
  "paths.ts": () => missing("paths.ts"),
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
  checkJwks,
  writeWithJwks
};
