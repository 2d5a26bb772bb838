/**
 * OpenSSH's own private key format (`-----BEGIN OPENSSH PRIVATE KEY-----`,
 * "openssh-key-v1"): Ed25519, ECDSA nistp256/384/521 and RSA keys, plain or
 * encrypted with bcrypt_pbkdf and AES (CTR, CBC or GCM).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readOpenSsh } from "./openssh.ts";
 * try { await readOpenSsh(new Uint8Array(4), () => Promise.resolve(new Uint8Array())); }
 * catch (e) { assert.ok((e as { code?: string }).code === "BAD_PEM"); }
 * ```
 * @module
 */

import { JwkError } from "../errors.ts";
import { cbcDecrypt, importAesKey, type PasswordSource, wrongPassword } from "./decrypt.ts";
import { type EcCurve, ecJwk, okpJwk, rsaJwk } from "./members.ts";
import { SUPPORTED_KEYS } from "./oids.ts";
import { loadModule } from "../lazy.ts";

const WHAT = "OpenSSH private key";
const MAGIC = "openssh-key-v1\0";

/**
 * Most bcrypt_pbkdf rounds accepted: ssh-keygen uses 16, hardening guides
 * `-a 100`. Each round costs about 22 ms here, so a file cannot make a run
 * (even with a wrong password) take more than about 6 s.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { MAX_BCRYPT_ROUNDS } from "./openssh.ts";
 * assert.ok(MAX_BCRYPT_ROUNDS >= 16);
 * ```
 */
export const MAX_BCRYPT_ROUNDS = 256;

interface SshCipher {
  keyLength: number;
  ivLength: number;
  mode: "ctr" | "cbc" | "gcm";
}

const CIPHERS: Record<string, SshCipher> = {
  "aes128-ctr": { keyLength: 16, ivLength: 16, mode: "ctr" },
  "aes192-ctr": { keyLength: 24, ivLength: 16, mode: "ctr" },
  "aes256-ctr": { keyLength: 32, ivLength: 16, mode: "ctr" },
  "aes128-cbc": { keyLength: 16, ivLength: 16, mode: "cbc" },
  "aes192-cbc": { keyLength: 24, ivLength: 16, mode: "cbc" },
  "aes256-cbc": { keyLength: 32, ivLength: 16, mode: "cbc" },
  "aes128-gcm@openssh.com": { keyLength: 16, ivLength: 12, mode: "gcm" },
  "aes256-gcm@openssh.com": { keyLength: 32, ivLength: 12, mode: "gcm" },
};

const CURVES: Record<string, EcCurve> = {
  nistp256: "P-256",
  nistp384: "P-384",
  nistp521: "P-521",
};

function malformed(why: string, what = WHAT): JwkError {
  return new JwkError("BAD_PEM", `${what}: malformed (${why})`);
}

/** Reads SSH wire types (RFC 4251 §5) from a buffer, never past its end. */
class SshReader {
  #buf: Uint8Array;
  #pos = 0;
  /** What is read, for messages ("OpenSSH private key"). */
  readonly what: string;
  constructor(buf: Uint8Array, what = WHAT) {
    this.#buf = buf;
    this.what = what;
  }
  get left(): number {
    return this.#buf.length - this.#pos;
  }
  bytes(n: number): Uint8Array {
    if (n > this.left) throw malformed("truncated", this.what);
    const out = this.#buf.subarray(this.#pos, this.#pos + n);
    this.#pos += n;
    return out;
  }
  u32(): number {
    const b = this.bytes(4);
    return ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0;
  }
  string(): Uint8Array {
    return this.bytes(this.u32());
  }
  text(): string {
    const s = this.string();
    if (s.length > 64 || s.some((c) => c < 0x20 || c > 0x7e)) {
      throw malformed("bad name", this.what);
    }
    return String.fromCharCode(...s);
  }
  /** A non-negative mpint as a magnitude without sign byte. */
  mpint(): Uint8Array {
    const v = this.string();
    if (v.length > 0 && v[0] & 0x80) {
      throw new JwkError("BAD_KEY", `${this.what}: negative integer`);
    }
    let i = 0;
    while (i < v.length - 1 && v[i] === 0) i++;
    return v.length ? v.subarray(i) : new Uint8Array(1);
  }
  rest(): Uint8Array {
    return this.bytes(this.left);
  }
}

function unsupportedType(type: string, what = WHAT): JwkError {
  if (type.includes("-cert-v0")) {
    return new JwkError(
      "UNSUPPORTED",
      `${what}: OpenSSH certificates (${type}) are not supported; give the key's own .pub line`,
    );
  }
  const name = type === "ssh-dss" ? "DSA" : type;
  return new JwkError(
    "UNSUPPORTED",
    `${what}: ${name} keys are not supported; supported: ${SUPPORTED_KEYS} ` +
      `(ssh-ed25519, ecdsa-sha2-nistp256/384/521, ssh-rsa)`,
  );
}

/**
 * The public JWK of an SSH public key blob (RFC 4253 §6.6, RFC 5656 §3.1,
 * RFC 8709 §4): the one inside a private key file, or the base64 of a
 * public key line, whose key type must then be `expectType` (the line's). `what`
 * names the input in messages.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readSshPublicBlob } from "./openssh.ts";
 * const blob = Uint8Array.from(atob(
 *   "AAAAC3NzaC1lZDI1NTE5AAAAIG3NDtatTubt0FijhAr5UpEYFMq11mBjt2POcrKtkcfH",
 * ), (c) => c.charCodeAt(0));
 * assert.equal((await readSshPublicBlob(blob, "OpenSSH public key")).crv, "Ed25519");
 * ```
 */
export async function readSshPublicBlob(
  blob: Uint8Array,
  what: string,
  expectType?: string,
): Promise<JsonWebKey> {
  const r = new SshReader(blob, what);
  const type = r.text();
  if (expectType !== undefined && type !== expectType) {
    throw malformed(`the line says '${expectType}' but the key inside is of another type`, what);
  }
  let jwk: JsonWebKey;
  if (type === "ssh-ed25519") jwk = await okpJwk("Ed25519", r.string(), undefined, what);
  else if (type === "ssh-rsa") {
    const e = r.mpint();
    jwk = rsaJwk({ n: r.mpint(), e }, what);
  } else if (type.startsWith("ecdsa-sha2-") && !type.includes("-cert-v0")) {
    const curveName = r.text();
    const crv = CURVES[curveName];
    if (!crv || type !== `ecdsa-sha2-${curveName}`) throw unsupportedType(type, what);
    jwk = await ecJwk(crv, r.string(), undefined, what);
  } else throw unsupportedType(type, what);
  if (r.left) throw malformed("trailing bytes in the public key", what);
  return jwk;
}

async function privateKey(r: SshReader): Promise<JsonWebKey> {
  const type = r.text();
  if (type === "ssh-ed25519") {
    const pk = r.string();
    const sk = r.string();
    if (pk.length !== 32 || sk.length !== 64) throw malformed("bad Ed25519 key lengths");
    if (sk.subarray(32).some((b, i) => b !== pk[i])) {
      throw new JwkError("BAD_KEY", `${WHAT}: the public key does not match the private key`);
    }
    return await okpJwk("Ed25519", pk, sk.subarray(0, 32), WHAT);
  }
  if (type === "ssh-rsa") {
    const [n, e, d, qi, p, q] = [r.mpint(), r.mpint(), r.mpint(), r.mpint(), r.mpint(), r.mpint()];
    return rsaJwk({ n, e, d, p, q, qi }, WHAT);
  }
  if (type.startsWith("ecdsa-sha2-")) {
    const curveName = r.text();
    const crv = CURVES[curveName];
    if (!crv || type !== `ecdsa-sha2-${curveName}`) throw unsupportedType(type);
    const point = r.string();
    return await ecJwk(crv, point, r.mpint(), WHAT);
  }
  throw unsupportedType(type);
}

async function decrypt(
  cipherName: string,
  kdfName: string,
  kdfOptions: Uint8Array,
  data: Uint8Array,
  tag: Uint8Array,
  password: PasswordSource,
): Promise<Uint8Array> {
  const cipher = CIPHERS[cipherName];
  if (!cipher) {
    throw new JwkError(
      "UNSUPPORTED",
      `${WHAT}: cipher ${cipherName} is not supported; supported: ${
        Object.keys(CIPHERS).join(", ")
      }`,
    );
  }
  if (kdfName !== "bcrypt") {
    throw new JwkError(
      "UNSUPPORTED",
      `${WHAT}: KDF ${kdfName} is not supported; supported: bcrypt`,
    );
  }
  const opts = new SshReader(kdfOptions);
  const salt = opts.string();
  const rounds = opts.u32();
  if (opts.left || salt.length === 0 || salt.length > 1024 || rounds < 1) {
    throw malformed("bad bcrypt options");
  }
  if (rounds > MAX_BCRYPT_ROUNDS) {
    throw new JwkError(
      "UNSUPPORTED",
      `${WHAT}: ${rounds} bcrypt rounds; at most ${MAX_BCRYPT_ROUNDS} are supported`,
    );
  }
  if (data.length % 16 !== 0) throw malformed("encrypted section is not whole blocks");
  if ((cipher.mode === "gcm") !== (tag.length === 16)) throw malformed("bad authentication tag");
  const pw = await password(WHAT);
  if (pw.length === 0) throw wrongPassword();
  const { bcryptPbkdf } = await loadModule("pem/deps.ts"); // CommonJS: loaded only here
  const kiv = bcryptPbkdf(pw, salt, cipher.keyLength + cipher.ivLength, rounds);
  const keyBytes = kiv.slice(0, cipher.keyLength);
  const iv = kiv.slice(cipher.keyLength);
  if (cipher.mode === "cbc") {
    return await cbcDecrypt(`AES-${cipher.keyLength * 8}-CBC`, keyBytes, iv, data, false);
  }
  const name = cipher.mode === "ctr" ? "AES-CTR" : "AES-GCM";
  const key = await importAesKey(keyBytes, name, ["decrypt"]);
  try {
    if (cipher.mode === "ctr") {
      const params = { name, counter: iv, length: 128 };
      return new Uint8Array(await crypto.subtle.decrypt(params, key, data.slice()));
    }
    const sealed = new Uint8Array(data.length + 16);
    sealed.set(data);
    sealed.set(tag, data.length);
    return new Uint8Array(await crypto.subtle.decrypt({ name, iv }, key, sealed));
  } catch {
    throw wrongPassword();
  }
}

/**
 * What {@link readOpenSsh} also tells, when asked: the key's comment (raw
 * bytes, often user@host) and whether the file was encrypted.
 *
 * @example
 * ```ts
 * import type { OpenSshInfo } from "./openssh.ts";
 * const info: OpenSshInfo = {};
 * ```
 */
export interface OpenSshInfo {
  /** The comment stored with the private key. */
  comment?: Uint8Array;
  /** Whether the private section was encrypted. */
  encrypted?: boolean;
}

/**
 * Reads the body of an OPENSSH PRIVATE KEY block (one key). Encrypted keys
 * ask `password` once; a wrong one is a BAD_PASSWORD JwkError. `info`, when
 * given, receives the key's comment and whether the file was encrypted.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readOpenSsh } from "./openssh.ts";
 * try { await readOpenSsh(new TextEncoder().encode("openssh-key-v1\0"), () => Promise.resolve(new Uint8Array())); }
 * catch (e) { assert.ok((e as { code?: string }).code === "BAD_PEM"); }
 * ```
 */
export async function readOpenSsh(
  blob: Uint8Array,
  password: PasswordSource,
  info?: OpenSshInfo,
): Promise<JsonWebKey> {
  const r = new SshReader(blob);
  if (String.fromCharCode(...r.bytes(MAGIC.length)) !== MAGIC) throw malformed("bad magic");
  const cipherName = r.text();
  const kdfName = r.text();
  const kdfOptions = r.string();
  if (r.u32() !== 1) {
    throw new JwkError("UNSUPPORTED", `${WHAT}: files with more than one key are not supported`);
  }
  const pub = await readSshPublicBlob(r.string(), WHAT);
  const section = r.string();
  const tag = r.rest();
  const encrypted = cipherName !== "none";
  let plain: Uint8Array;
  if (encrypted) {
    plain = await decrypt(cipherName, kdfName, kdfOptions, section, tag, password);
  } else {
    if (kdfName !== "none" || kdfOptions.length || tag.length) throw malformed("bad KDF");
    if (section.length % 8 !== 0) throw malformed("private section is not whole blocks");
    plain = section;
  }
  const p = new SshReader(plain);
  if (p.u32() !== p.u32()) {
    if (encrypted) throw wrongPassword();
    throw malformed("check numbers differ");
  }
  const jwk = await privateKey(p);
  const comment = p.string();
  const padding = p.rest();
  if (padding.some((b, i) => b !== i + 1) || padding.length >= (encrypted ? 16 : 8)) {
    throw malformed("bad padding");
  }
  for (const k of ["kty", "crv", "x", "y", "n", "e"] as const) {
    if (jwk[k] !== pub[k]) {
      throw new JwkError("BAD_KEY", `${WHAT}: the public key does not match the private key`);
    }
  }
  if (info) {
    info.comment = comment.slice();
    info.encrypted = encrypted;
  }
  return jwk;
}
