/**
 * Reading any key the tool accepts, from one function: a JWK (plain, or
 * encrypted in step's JWE format), or PEM/DER/OpenSSH/certificate input
 * through the PEM reader. A JWK is checked member by member (every required
 * member present, base64url, of the exact length its curve or parameter set
 * needs; EC points on their curve; an AKP key's `pub` derived from its seed),
 * so a malformed file is refused here with a message that names the member,
 * never later by a peer.
 * @module
 */
import {
  CURVE_BYTES,
  CURVES,
  KEY_TYPES,
  ML_DSA,
  ML_DSA_SEED_BYTES,
  RSA_MAX_BITS,
} from "./key_types.ts";
import { decodeBase64Url, encodeBase64Url } from "./base64url.ts";
import { JwkError, type JwkErrorCode } from "./errors.ts";
import { shown } from "./shown.ts";
import { isPrivateJwk, type Jwk, orderMembers } from "./jwk.ts";
import { isOnCurve } from "./ec_curve.ts";
import { checkJwkAlgorithm } from "./jwk_alg.ts";
import type { EcCurve } from "./pem/members.ts";
import { loadModule } from "./lazy.ts";

/**
 * Where a key came from and what it holds, as {@link readAnyKey} returns it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type KeyInput, readAnyKey } from "@jwk/jwk";
 *
 * const key: KeyInput = await readAnyKey('{"kty":"oct","k":"AAAAAAAAAAAAAAAAAAAAAA"}');
 * assert.deepEqual([key.format, key.isPrivate, key.encrypted], ["JWK", true, false]);
 * ```
 */
export interface KeyInput {
  /** The key as a JWK: the file's own members (kid, alg, use, ...) kept. */
  jwk: Jwk;
  /** Whether the key has private (or secret) members. */
  isPrivate: boolean;
  /** Whether the input was encrypted (a step JWE, an encrypted PEM or OpenSSH key). */
  encrypted: boolean;
  /** What was read, for messages: "JWK", "encrypted JWK", "PKCS#8 private key", ... */
  format: string;
}

/**
 * Options of {@link readAnyKey}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readAnyKey, type ReadAnyKeyOptions } from "@jwk/jwk";
 *
 * let asked = 0;
 * const options: ReadAnyKeyOptions = { password: () => (asked++, "pw") };
 * await readAnyKey('{"kty":"oct","k":"AAAAAAAAAAAAAAAAAAAAAA"}', options);
 * assert.equal(asked, 0); // a plain JWK needs no password
 * ```
 */
export interface ReadAnyKeyOptions {
  /** Called once, only when the input is encrypted, for its password. */
  password?: () => Promise<Uint8Array | string> | Uint8Array | string;
}

const B64URL = /^[A-Za-z0-9_-]*$/;

/** The decoded length of a base64url string (no padding), or -1 when it is not base64url. */
function b64urlLength(s: string): number {
  if (!B64URL.test(s) || s.length % 4 === 1) return -1;
  return Math.floor((s.length * 3) / 4);
}

function bad(message: string): JwkError {
  return new JwkError("BAD_KEY", message);
}

/**
 * Deepest nesting of objects and arrays accepted in parsed JSON (the value
 * itself is level 1). A JWK or JWK Set needs four levels; JSON.parse takes
 * any depth, but JSON.stringify and structuredClone recurse and overflow the
 * stack a few thousand levels down, so deeper input is refused where it is
 * parsed. (Here, not in a module of its own: one more module costs every
 * command that reads a key a millisecond.)
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkJsonDepth, MAX_JSON_DEPTH } from "./key_input.ts";
 * checkJsonDepth({ keys: [{ kty: "oct", key_ops: ["sign"] }] }, "the JWK Set", "BAD_KEYSET");
 * const deep = JSON.parse("[".repeat(MAX_JSON_DEPTH + 1) + "]".repeat(MAX_JSON_DEPTH + 1));
 * assert.throws(() => checkJsonDepth(deep, "the JWK", "BAD_KEY"), /nested deeper than 64/);
 * ```
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Throws a JwkError with `code` when `value` nests objects or arrays more
 * than {@link MAX_JSON_DEPTH} levels deep. Iterative: any depth is looked at
 * without recursion.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkJsonDepth } from "./key_input.ts";
 * assert.throws(() => checkJsonDepth(JSON.parse("[".repeat(99) + "]".repeat(99)), "x", "BAD_KEY"));
 * ```
 */
export function checkJsonDepth(value: unknown, what: string, code: JwkErrorCode): void {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== "object" || v === null) continue;
    if (depth > MAX_JSON_DEPTH) {
      throw new JwkError(code, `${what} is nested deeper than ${MAX_JSON_DEPTH} levels`);
    }
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
}

/** Checks that member `m` is a base64url string of `bytes` bytes (any length > 0 when absent). */
function member(jwk: Record<string, unknown>, m: string, what: string, bytes?: number): void {
  const v = jwk[m];
  if (v === undefined) throw bad(`the ${what} JWK has no '${m}' member`);
  if (typeof v !== "string") throw bad(`the ${what} JWK's '${m}' member is not a string`);
  const len = b64urlLength(v);
  if (len < 0) throw bad(`the ${what} JWK's '${m}' member is not base64url`);
  if (len === 0) throw bad(`the ${what} JWK's '${m}' member is empty`);
  if (bytes !== undefined && len !== bytes) {
    throw bad(`the ${what} JWK's '${m}' member must be ${bytes} bytes, not ${len}`);
  }
}

/**
 * The digest an `x5t` or `x5t#S256` member holds, or undefined when it is not
 * one of `bytes` bytes. Old go-jose wrote the digest's hex text instead of
 * the digest, and go-jose (so step) still reads that form: so does this.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { certDigest } from "./key_input.ts";
 * assert.deepEqual(certDigest("AAEC", 3), new Uint8Array([0, 1, 2]));
 * assert.deepEqual(certDigest("MDAwMTAy", 3), new Uint8Array([0, 1, 2])); // "000102"
 * assert.equal(certDigest("AAEC", 4), undefined);
 * ```
 */
export function certDigest(member: string, bytes: number): Uint8Array | undefined {
  const len = b64urlLength(member);
  if (len === bytes) return decodeBase64Url(member);
  if (len !== 2 * bytes) return undefined;
  const text = String.fromCharCode(...decodeBase64Url(member));
  if (!/^[0-9a-fA-F]*$/.test(text)) return undefined;
  return Uint8Array.from(text.match(/../g)!, (h) => parseInt(h, 16));
}

/** Checks the optional members every kty shares (RFC 7517 §4). */
function commonMembers(jwk: Record<string, unknown>): void {
  for (const m of ["kid", "alg", "use"]) {
    if (jwk[m] !== undefined && typeof jwk[m] !== "string") {
      throw bad(`the JWK's '${m}' member is not a string`);
    }
  }
  const ops = jwk.key_ops;
  if (ops !== undefined) {
    if (!Array.isArray(ops) || ops.some((o) => typeof o !== "string")) {
      throw bad("the JWK's 'key_ops' member is not an array of strings");
    }
    if (new Set(ops).size !== ops.length) throw bad("the JWK's 'key_ops' member repeats a value");
  }
  const x5c = jwk.x5c;
  if (x5c !== undefined) {
    if (
      !Array.isArray(x5c) || x5c.length === 0 ||
      x5c.some((c) => typeof c !== "string" || !/^[A-Za-z0-9+/]+={0,2}$/.test(c))
    ) {
      throw bad("the JWK's 'x5c' member is not an array of base64 certificates");
    }
  }
  // RFC 7517 §4.8-4.9: base64url digests of the certificate (checked against
  // x5c when it is there); a published set must not carry anything else.
  for (const [m, bytes] of [["x5t", 20], ["x5t#S256", 32]] as const) {
    const v = jwk[m];
    if (v !== undefined && (typeof v !== "string" || certDigest(v, bytes) === undefined)) {
      throw bad(`the JWK's '${m}' member is not a base64url ${bytes}-byte digest`);
    }
  }
  if (jwk.x5u !== undefined && typeof jwk.x5u !== "string") {
    throw bad("the JWK's 'x5u' member is not a string");
  }
}

/**
 * Checks a parsed JSON value as a JWK: a known kty with every required member,
 * base64url values of the right lengths, well-formed optional members, for
 * EC keys (P-256, P-384, P-521, secp256k1) a point on the curve, for AKP
 * (ML-DSA) keys a `pub` of the parameter set's length that, with `priv`, is the
 * one the seed gives, and for a private key, private members that belong to
 * its public members (EC and OKP: the public key derived from `d`; RSA: p·q =
 * n and the CRT members agree with d and e). Returns it with
 * its members in file order. Throws a JwkError (BAD_KEY, or UNSUPPORTED for
 * a kty or curve this tool does not know) that names the member; key
 * material is never part of a message.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { JwkError, validateJwk } from "@jwk/jwk";
 *
 * const jwk = await validateJwk({ kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA" });
 * assert.equal(jwk.kty, "oct");
 * await assert.rejects(
 *   validateJwk({ kty: "OKP", crv: "Ed25519", x: "AAAA" }),
 *   (e) => e instanceof JwkError && /32 bytes/.test(e.message),
 * );
 * await assert.rejects(
 *   validateJwk({ kty: "AKP", alg: "ML-DSA-44", pub: "AAAA" }),
 *   (e) => e instanceof JwkError && /1312 bytes/.test(e.message),
 * );
 * ```
 */
export async function validateJwk(value: unknown): Promise<Jwk> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw bad("the input is not a JWK (a JSON object)");
  }
  const jwk = value as Record<string, unknown>;
  if (Array.isArray(jwk.keys)) {
    throw bad("the input is a JWK Set, not a JWK: take one key out with 'jwk keyset find'");
  }
  if (typeof jwk.kty !== "string") throw bad("the input is not a JWK: it has no 'kty' member");
  commonMembers(jwk);
  const kty = jwk.kty;
  let canonical: { n?: string; e?: string } = {};
  let bits: number | undefined; // an oct secret's or RSA modulus's size, for the alg check
  switch (kty) {
    case "EC": {
      const crv = jwk.crv;
      if (typeof crv !== "string") throw bad("the EC JWK has no 'crv' member");
      const n = CURVE_BYTES[crv];
      if (!CURVES.EC.includes(crv)) {
        throw new JwkError(
          "UNSUPPORTED",
          `the EC JWK's curve ${shown(crv)} is not supported (supported: ${CURVES.EC.join(", ")})` +
            // The drafts before RFC 8812 named it so; its thumbprint is not secp256k1's.
            (crv === "P-256K" ? ": 'P-256K' is the draft name of secp256k1 (RFC 8812)" : ""),
        );
      }
      member(jwk, "x", `EC ${crv}`, n);
      member(jwk, "y", `EC ${crv}`, n);
      if (jwk.d !== undefined) member(jwk, "d", `EC ${crv}`, n);
      checkEcPoint(jwk, crv);
      break;
    }
    case "OKP": {
      const crv = jwk.crv;
      if (typeof crv !== "string") throw bad("the OKP JWK has no 'crv' member");
      const n = CURVE_BYTES[crv];
      if (!CURVES.OKP.includes(crv)) {
        throw new JwkError(
          "UNSUPPORTED",
          `the OKP JWK's curve ${shown(crv)} is not supported (supported: ${
            CURVES.OKP.join(", ")
          })`,
        );
      }
      member(jwk, "x", `OKP ${crv}`, n);
      if (jwk.d !== undefined) member(jwk, "d", `OKP ${crv}`, n);
      break;
    }
    case "RSA": {
      member(jwk, "n", "RSA");
      member(jwk, "e", "RSA");
      canonical = rsaNumbers(jwk);
      // Loaded for RSA keys only: the commands that read EC keys stay light.
      const weak = await loadModule("rsa_weak.ts");
      const n = decodeBase64Url(canonical.n ?? jwk.n as string);
      bits = weak.rsaBits(canonical.n ?? jwk.n as string);
      // The PEM reader's limits too, so that what format writes reads back.
      if (bits > RSA_MAX_BITS) {
        throw new JwkError(
          "UNSUPPORTED",
          `the RSA JWK's modulus has ${bits} bits; at most ${RSA_MAX_BITS} are supported`,
        );
      }
      const e = decodeBase64Url(canonical.e ?? jwk.e as string);
      if (!isBelow(e, n)) {
        throw bad("the RSA JWK's exponent 'e' is not smaller than its modulus 'n'");
      }
      weak.refuseRocaKey(n);
      const priv = ["d", "p", "q", "dp", "dq", "qi"].filter((m) => jwk[m] !== undefined);
      if (priv.length > 0) {
        member(jwk, "d", "RSA");
        // RFC 7518 §6.3.2: the CRT members come all together or not at all,
        // but go-jose (so step) writes d, p and q alone when it has not
        // computed the rest: such a key is completed below.
        const missing = ["p", "q", "dp", "dq", "qi"].filter((m) => jwk[m] === undefined);
        if (priv.length > 1 && priv.length < 6 && missing.join() !== "dp,dq,qi") {
          throw bad(`the RSA JWK has some CRT members but not '${missing.join("', '")}'`);
        }
        for (const m of priv) member(jwk, m, "RSA");
      }
      if (jwk.oth !== undefined) {
        throw new JwkError(
          "UNSUPPORTED",
          "RSA JWKs with more than two primes ('oth') are not supported",
        );
      }
      break;
    }
    case "oct":
      member(jwk, "k", "oct");
      bits = b64urlLength(jwk.k as string) * 8;
      break;
    case "AKP":
      await checkAkp(jwk);
      break;
    default:
      throw new JwkError(
        "UNSUPPORTED",
        `the JWK's kty ${shown(kty)} is not supported (supported: ${KEY_TYPES.join(", ")})`,
      );
  }
  checkJwkAlgorithm(jwk, bits);
  // A certificate chain must be this key's (PEM input gets the same check).
  if (jwk.x5c !== undefined) {
    await (await loadModule("pem/read.ts")).checkX5c({ ...jwk, ...canonical });
  }
  // A key whose halves do not belong together would give a wrong public key.
  // (Loaded only for private keys: a command reading a public key stays light.)
  let crt = {};
  if (kty === "RSA" && jwk.p !== undefined && jwk.dp === undefined) {
    // d, p and q alone: the PEM reader's RSA builder computes dp, dq, qi
    // (as for a PKCS#1 file without them) and checks the whole key.
    const parts = Object.fromEntries(
      ["n", "e", "d", "p", "q"].map((m) => [m, decodeBase64Url(jwk[m] as string)]),
    ) as unknown as Parameters<typeof rsaJwk>[0];
    const { rsaJwk } = await loadModule("pem/members.ts");
    const { dp, dq, qi } = rsaJwk(parts, "the RSA JWK");
    crt = { dp, dq, qi };
  } else if (kty !== "oct" && isPrivateJwk(jwk)) {
    await (await loadModule("key_match.ts")).checkKeyPair({ ...jwk, ...canonical });
  }
  // Same member order; padded RSA numbers replaced by their canonical form,
  // and RSA's CRT members completed when the file had only d, p and q.
  return { ...orderMembers({ ...jwk, ...crt } as unknown as Jwk), ...canonical };
}

/**
 * AKP (ML-DSA): `alg` names the parameter set (it is part of the key), `pub`
 * has that set's length, `priv` is the 32-byte seed, and the seed gives `pub`.
 */
async function checkAkp(jwk: Record<string, unknown>): Promise<void> {
  const alg = jwk.alg;
  const sets = Object.keys(ML_DSA);
  if (alg === undefined) {
    throw bad(
      `the AKP JWK has no 'alg' member: it must name its parameter set (${sets.join(", ")})`,
    );
  }
  if (typeof alg !== "string" || !sets.includes(alg)) {
    throw new JwkError(
      "UNSUPPORTED",
      `the AKP JWK's alg ${shown(alg)} is not supported (supported: ${sets.join(", ")})`,
    );
  }
  member(jwk, "pub", `AKP ${alg}`, ML_DSA[alg].publicKey);
  if (jwk.priv === undefined) return;
  member(jwk, "priv", `AKP ${alg}`, ML_DSA_SEED_BYTES);
  const seed = decodeBase64Url(jwk.priv as string);
  try {
    const { mlDsaPublicKey } = await loadModule("keygen/ml_dsa.ts");
    if (await mlDsaPublicKey(alg as "ML-DSA-44", seed) !== jwk.pub) {
      throw bad(`the AKP ${alg} JWK's 'pub' member does not belong to its 'priv' seed`);
    }
  } finally {
    seed.fill(0);
  }
}

/** The shape of a step JWE (as jwe.ts's isEncryptedJwk), checked without loading jose. */
function looksEncrypted(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return ["protected", "encrypted_key", "iv", "ciphertext", "tag"].every((m) =>
    typeof v[m] === "string"
  );
}

/**
 * Checks an RSA key's `n` (odd) and `e` (odd, above 1), and returns them in
 * the fewest octets when the JWK had leading zero octets. RFC 7518 §6.3.1
 * asks for the fewest; some writers pad, and other readers (step, jwcrypto,
 * jose) take such keys, so they are read too, but written and hashed in
 * canonical form: else one key would have two thumbprints.
 */
function rsaNumbers(jwk: Record<string, unknown>): { n?: string; e?: string } {
  const canonical: { n?: string; e?: string } = {};
  const [n, e] = (["n", "e"] as const).map((m) => {
    const bytes = decodeBase64Url(jwk[m] as string);
    let i = 0;
    while (i < bytes.length - 1 && bytes[i] === 0) i++;
    if (i > 0) canonical[m] = encodeBase64Url(bytes.subarray(i));
    return bytes.subarray(i);
  });
  if ((n[n.length - 1] & 1) === 0) throw bad("the RSA JWK's modulus 'n' is even");
  if ((e[e.length - 1] & 1) === 0 || (e.length === 1 && e[0] === 1)) {
    throw bad("the RSA JWK's exponent 'e' must be odd and greater than 1");
  }
  return canonical;
}

/** Whether the number a is below b (both big-endian, without leading zero octets). */
function isBelow(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return a.length < b.length;
  const i = a.findIndex((x, k) => x !== b[k]);
  return i >= 0 && a[i] < b[i];
}

/** Refuses EC coordinates that are not a point of the curve (WebCrypto in Deno accepts some). */
function checkEcPoint(jwk: Record<string, unknown>, crv: string): void {
  const x = decodeBase64Url(jwk.x as string);
  const y = decodeBase64Url(jwk.y as string);
  if (!isOnCurve(crv as EcCurve, x, y)) {
    throw bad(`the EC ${crv} JWK: the EC point is not on ${crv}`);
  }
}

/** The first byte that is not white space (after a UTF-8 BOM), or undefined. */
function firstByte(bytes: Uint8Array): number | undefined {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3; // UTF-8 BOM
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i])) i++;
  return bytes[i];
}

/**
 * Bytes as UTF-8 text; throws a TypeError when they are not UTF-8 (as a
 * fatal TextDecoder does, and a leading BOM is dropped as it drops it). Key
 * and JWK Set files are ASCII almost always: those are turned into text
 * directly, since a TextDecoder's first use costs a command a third of a
 * millisecond.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { utf8Text } from "./key_input.ts";
 *
 * assert.equal(utf8Text(new TextEncoder().encode('{"kty":"oct"}')), '{"kty":"oct"}');
 * assert.equal(utf8Text(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa9])), "A\u00e9");
 * assert.throws(() => utf8Text(new Uint8Array([0x41, 0xff])), TypeError);
 * ```
 */
export function utf8Text(bytes: Uint8Array): string {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] > 0x7f) return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  }
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return text;
}

/** True when the bytes look like JSON text (first non-space byte is `{`). */
function looksLikeJson(bytes: Uint8Array): boolean {
  return firstByte(bytes) === 0x7b;
}

/**
 * Reads any key the tool accepts: a JWK, a step-encrypted JWK (asks
 * `options.password`), or PEM/DER/OpenSSH/certificate input (the PEM reader,
 * loaded only then). A JWK Set is refused with a pointer to `jwk keyset
 * find`. Every failure is a JwkError whose message holds no secret.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { encryptJwk, readAnyKey } from "@jwk/jwk";
 *
 * const jwk = { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", alg: "A128KW" };
 * const file = JSON.stringify(await encryptJwk(jwk, "pw", { iterations: 1000 }));
 * const key = await readAnyKey(file, { password: () => "pw" });
 * assert.deepEqual([key.format, key.isPrivate, key.jwk.alg], ["encrypted JWK", true, "A128KW"]);
 * ```
 */
export async function readAnyKey(
  input: Uint8Array | string,
  options: ReadAnyKeyOptions = {},
): Promise<KeyInput> {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  if (looksLikeJson(bytes)) {
    let value: unknown;
    try {
      value = JSON.parse(utf8Text(bytes));
    } catch {
      throw bad("the input starts like JSON but is not valid JSON");
    }
    checkJsonDepth(value, "the JWK", "BAD_KEY");
    if (looksEncrypted(value)) {
      if (!options.password) {
        throw new JwkError("BAD_PASSWORD", "the JWK is encrypted and no password was given");
      }
      // jwe.ts brings jose: loaded only for encrypted input.
      const { decryptJwk } = await loadModule("jwe.ts");
      const jwk = await validateJwk(
        await decryptJwk(value as Parameters<typeof decryptJwk>[0], await options.password()),
      );
      return { jwk, isPrivate: isPrivateJwk(jwk), encrypted: true, format: "encrypted JWK" };
    }
    const jwk = await validateJwk(value);
    return { jwk, isPrivate: isPrivateJwk(jwk), encrypted: false, format: "JWK" };
  }
  if (firstByte(bytes) === 0x5b) {
    throw bad("the input is a JSON array, not a JWK (a JSON object)");
  }
  const { readKey } = await loadModule("pem/read.ts");
  let asked = false;
  const key = await readKey(bytes, {
    password: options.password
      ? async () => {
        asked = true;
        return await options.password!();
      }
      : undefined,
  });
  const jwk: Jwk = orderMembers({
    ...(key.jwk as Jwk),
    ...(key.x5c ? { x5c: key.x5c } : {}),
    ...(key.x5tS256 ? { "x5t#S256": key.x5tS256 } : {}),
  });
  return { jwk, isPrivate: key.isPrivate, encrypted: asked, format: key.format };
}
