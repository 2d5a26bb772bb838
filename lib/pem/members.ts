/**
 * Turns raw key numbers (from DER or OpenSSH) into JWK members of the exact
 * RFC 7518/8037 shapes, and checks them: EC points on the curve, EC and OKP
 * public keys derived from (or matched against) the private key, RSA
 * private parts consistent with each other.
 *
 * @example An Ed25519 key from its 32-byte seed
 * ```ts
 * import assert from "node:assert/strict";
 * import { okpJwk } from "./members.ts";
 * const jwk = await okpJwk("Ed25519", undefined, new Uint8Array(32).fill(7), "test key");
 * assert.ok(jwk.kty === "OKP" && jwk.x?.length === 43 && jwk.d?.length === 43);
 * ```
 * @module
 */

import { encodeOid as encodeOidDer, encodeTlv as encodeDer } from "./asn1.ts";
import { OID } from "./oids.ts";
import { JwkError } from "../errors.ts";
import { decodeBase64Url, encodeBase64Url } from "../base64url.ts";
import { curveRhs, EC_CURVES, type EcCurveParams } from "../ec_curve.ts";
import { publicFromPrivate } from "../key_derive.ts";
import { loadModule } from "../lazy.ts";
import { refuseRocaKey } from "../rsa_weak.ts";
import { RSA_MAX_BITS } from "../key_types.ts";

/** secp256k1, Ed448 and X448 (WebCrypto lacks them here): loaded only for those keys. */
const curves = () => loadModule("keygen/curves.ts");

/** The EC curves a JWK can carry here. */
export type EcCurve = "P-256" | "P-384" | "P-521" | "secp256k1";
/** The OKP curves a JWK can carry here. */
export type OkpCurve = "Ed25519" | "X25519" | "Ed448" | "X448";

/** Key lengths in bytes of the OKP curves (RFC 8037). */
const OKP_BYTES: Record<OkpCurve, number> = { Ed25519: 32, X25519: 32, Ed448: 57, X448: 56 };

interface CurveParams extends EcCurveParams {
  oid: string;
}

const CURVES: Record<EcCurve, CurveParams> = {
  "P-256": { ...EC_CURVES["P-256"], oid: OID.P256 },
  "P-384": { ...EC_CURVES["P-384"], oid: OID.P384 },
  "P-521": { ...EC_CURVES["P-521"], oid: OID.P521 },
  "secp256k1": { ...EC_CURVES["secp256k1"], oid: OID.SECP256K1 },
};

/**
 * Largest RSA modulus accepted, in bits (JOSE libraries stop well below): the
 * JWK reader's and `jwk create`'s limit too.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { MAX_RSA_BITS } from "./members.ts";
 * assert.ok(MAX_RSA_BITS === 16384);
 * ```
 */
export const MAX_RSA_BITS: number = RSA_MAX_BITS;

/**
 * Big-endian bytes to a BigInt.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { toBigInt } from "./members.ts";
 * assert.ok(toBigInt(new Uint8Array([1, 0])) === 256n);
 * ```
 */
export function toBigInt(bytes: Uint8Array): bigint {
  let hex = "";
  for (const b of bytes) hex += b.toString(16).padStart(2, "0");
  return hex ? BigInt("0x" + hex) : 0n;
}

/**
 * A non-negative BigInt to big-endian bytes: minimal (at least one byte), or
 * left-padded to `length`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fromBigInt } from "./members.ts";
 * assert.ok(fromBigInt(256n).join() === "1,0" && fromBigInt(1n, 3).join() === "0,0,1");
 * ```
 */
export function fromBigInt(n: bigint, length?: number): Uint8Array {
  let hex = n.toString(16);
  if (hex.length % 2) hex = "0" + hex;
  const min = hex.length / 2;
  const len = length ?? min;
  if (min > len) throw new RangeError("number does not fit");
  const out = new Uint8Array(len);
  for (let i = 0; i < min; i++) out[len - min + i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Drops leading zero bytes (keeps one byte for zero). */
function stripZeros(bytes: Uint8Array): Uint8Array {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  return bytes.subarray(i);
}

/** `bytes` as exactly `size` bytes: left-padded, or stripped of leading zeros. */
function fixed(bytes: Uint8Array, size: number, what: string): Uint8Array {
  const v = stripZeros(bytes);
  if (v.length > size) throw new JwkError("BAD_KEY", `${what} is longer than ${size} bytes`);
  const out = new Uint8Array(size);
  out.set(v, size - v.length);
  return out;
}

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  base %= mod;
  for (; exp > 0n; exp >>= 1n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
  }
  return result;
}

/**
 * The byte size of a curve's coordinates (32, 48, 66; secp256k1 32).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { curveSize } from "./members.ts";
 * assert.ok(curveSize("P-521") === 66);
 * ```
 */
export function curveSize(crv: EcCurve): number {
  return CURVES[crv].size;
}

/**
 * Splits an SEC1 point into fixed-length x and y, checking it is on the
 * curve. Compressed points (0x02/0x03) are decompressed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ecPoint } from "./members.ts";
 * try { ecPoint("P-256", new Uint8Array(65).fill(4), "k"); } catch (e) { assert.ok(e instanceof Error); }
 * ```
 */
export function ecPoint(crv: EcCurve, point: Uint8Array, what: string): [Uint8Array, Uint8Array] {
  const c = CURVES[crv];
  const notOnCurve = () => new JwkError("BAD_KEY", `${what}: the EC point is not on ${crv}`);
  if (point.length === 1 + 2 * c.size && point[0] === 0x04) {
    const x = point.subarray(1, 1 + c.size);
    const y = point.subarray(1 + c.size);
    const xi = toBigInt(x);
    const yi = toBigInt(y);
    if (xi >= c.p || yi >= c.p || (yi * yi) % c.p !== curveRhs(c, xi)) throw notOnCurve();
    return [x.slice(), y.slice()];
  }
  if (point.length === 1 + c.size && (point[0] === 0x02 || point[0] === 0x03)) {
    const xi = toBigInt(point.subarray(1));
    if (xi >= c.p) throw notOnCurve();
    const rhs = curveRhs(c, xi);
    let yi = modPow(rhs, (c.p + 1n) / 4n, c.p);
    if ((yi * yi) % c.p !== rhs) throw notOnCurve();
    if ((yi & 1n) !== BigInt(point[0] & 1)) yi = (c.p - yi) % c.p;
    return [point.slice(1), fromBigInt(yi, c.size)];
  }
  throw new JwkError(
    "BAD_KEY",
    `${what}: EC point of ${point.length} bytes is not an uncompressed or compressed ${crv} point`,
  );
}

function pkcs8Der(algorithm: Uint8Array, privateKey: Uint8Array): Uint8Array {
  return encodeDer(0x30, new Uint8Array([2, 1, 0]), algorithm, encodeDer(0x04, privateKey));
}

async function exportDerived(
  der: Uint8Array,
  algorithm: EcKeyImportParams | Algorithm,
  usages: KeyUsage[],
  what: string,
): Promise<JsonWebKey> {
  try {
    const key = await crypto.subtle.importKey("pkcs8", der.slice(), algorithm, true, usages);
    return await crypto.subtle.exportKey("jwk", key);
  } catch {
    const curve = (algorithm as EcKeyImportParams).namedCurve ?? algorithm.name;
    throw new JwkError("BAD_KEY", `${what}: the private key is not a valid ${curve} key`);
  }
}

/** The PKCS#8 of an EC private scalar, with its public point when one is given. */
function ecPkcs8(crv: EcCurve, d: Uint8Array, xy?: [Uint8Array, Uint8Array]): Uint8Array {
  const parts = [new Uint8Array([2, 1, 1]), encodeDer(0x04, d)];
  if (xy) {
    const point = new Uint8Array(2 + xy[0].length + xy[1].length);
    point.set([0, 4]); // BIT STRING: no unused bits; uncompressed point
    point.set(xy[0], 2);
    point.set(xy[1], 2 + xy[0].length);
    parts.push(encodeDer(0xa1, encodeDer(0x03, point)));
  }
  const alg = encodeDer(0x30, encodeOidDer(OID.EC_PUBLIC_KEY), encodeOidDer(CURVES[crv].oid));
  return pkcs8Der(alg, encodeDer(0x30, ...parts));
}

/** Whether this runtime's WebCrypto derives an EC public key from a PKCS#8 without one. */
let derivesEcPublic: Promise<boolean> | undefined;
function canDeriveEcPublic(): Promise<boolean> {
  derivesEcPublic ??= crypto.subtle.importKey(
    "pkcs8",
    ecPkcs8("P-256", new Uint8Array(32).fill(1)).slice(),
    { name: "ECDSA", namedCurve: "P-256" },
    true,
    ["sign"],
  ).then((key) => crypto.subtle.exportKey("jwk", key)).then((jwk) => !!jwk.x, () => false);
  return derivesEcPublic;
}

/**
 * The public point of an EC private scalar, from WebCrypto. Where WebCrypto
 * cannot compute it (Firefox imports EC private keys only with their public
 * point), the file's own point is imported with the scalar and a signature
 * made with the one must verify with the other.
 */
async function deriveEcPublic(
  crv: EcCurve,
  d: Uint8Array,
  xy: [Uint8Array, Uint8Array] | undefined,
  what: string,
): Promise<JsonWebKey> {
  // Most runtimes compute the public point on import: one import from a fixed
  // PKCS#8 prefix (key_derive.ts) answers at once. Undefined (a bad scalar, or
  // Firefox): the probe and the checks below decide, and word the error.
  const quick = await publicFromPrivate(crv, d);
  if (quick) return quick;
  const algorithm = { name: "ECDSA", namedCurve: crv };
  if (await canDeriveEcPublic()) {
    return await exportDerived(ecPkcs8(crv, d), algorithm, ["sign"], what);
  }
  if (!xy) {
    throw new JwkError(
      "UNSUPPORTED",
      `${what}: this runtime's WebCrypto cannot compute an EC public key from the private key ` +
        "alone, and the file has none: write the key with its public part (openssl ec -in FILE)",
    );
  }
  const derived = await exportDerived(ecPkcs8(crv, d, xy), algorithm, ["sign"], what);
  const hash = crv === "P-256" ? "SHA-256" : crv === "P-384" ? "SHA-384" : "SHA-512";
  const data = new TextEncoder().encode("pairwise check");
  const members = { kty: "EC", crv, x: derived.x, y: derived.y };
  let matches = false;
  try {
    const [privateKey, publicKey] = await Promise.all([
      crypto.subtle.importKey("jwk", { ...members, d: derived.d }, algorithm, false, ["sign"]),
      crypto.subtle.importKey("jwk", members, algorithm, false, ["verify"]),
    ]);
    const signature = await crypto.subtle.sign({ name: "ECDSA", hash }, privateKey, data);
    matches = await crypto.subtle.verify({ name: "ECDSA", hash }, publicKey, signature, data);
  } catch {
    matches = false;
  }
  if (!matches) {
    throw new JwkError("BAD_KEY", `${what}: the public key does not match the private key`);
  }
  return derived;
}

/**
 * An EC JWK from a public point and/or private scalar. With a private scalar
 * the public point is derived from it (and must equal `point` if given).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ecJwk } from "./members.ts";
 * const jwk = await ecJwk("P-256", undefined, new Uint8Array([1]), "k");
 * assert.ok(jwk.d?.length === 43 && jwk.x?.length === 43 && jwk.y?.length === 43);
 * ```
 */
export async function ecJwk(
  crv: EcCurve,
  point: Uint8Array | undefined,
  d: Uint8Array | undefined,
  what: string,
): Promise<JsonWebKey> {
  const c = CURVES[crv];
  let xy = point ? ecPoint(crv, point, what) : undefined;
  let dd: Uint8Array | undefined;
  if (d) {
    dd = fixed(d, c.size, `${what}: the private scalar`);
    const derived = crv === "secp256k1"
      ? await secp256k1Derived(dd, what)
      : await deriveEcPublic(crv, dd, xy, what);
    const dx = encodeBase64Url(fixedFromB64(derived.x));
    const dy = encodeBase64Url(fixedFromB64(derived.y));
    if (xy && (encodeBase64Url(xy[0]) !== dx || encodeBase64Url(xy[1]) !== dy)) {
      throw new JwkError("BAD_KEY", `${what}: the public key does not match the private key`);
    }
    if (!xy) xy = [decodeBase64Url(dx), decodeBase64Url(dy)];
  }
  if (!xy) throw new JwkError("BAD_KEY", `${what}: no key in the structure`);
  const jwk: JsonWebKey = {
    kty: "EC",
    crv,
    x: encodeBase64Url(xy[0]),
    y: encodeBase64Url(xy[1]),
  };
  if (dd) jwk.d = encodeBase64Url(dd);
  return jwk;
}

/** secp256k1's public point of a scalar (no runtime has it in WebCrypto). */
async function secp256k1Derived(d: Uint8Array, what: string): Promise<JsonWebKey> {
  try {
    return await (await curves()).publicMembers("secp256k1", d);
  } catch {
    throw new JwkError("BAD_KEY", `${what}: the private key is not a valid secp256k1 key`);
  }
}

function fixedFromB64(s: string | undefined): Uint8Array {
  if (!s) throw new JwkError("BAD_KEY", "WebCrypto returned no public key");
  return decodeBase64Url(s);
}

/**
 * An OKP JWK (Ed25519, X25519, Ed448 or X448) from the public key and/or the
 * private key (32, 32, 57 or 56 bytes). With a private key the public key is
 * derived from it (and must equal `x` if given).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { okpJwk } from "./members.ts";
 * const jwk = await okpJwk("X25519", new Uint8Array(32).fill(9), undefined, "k");
 * assert.ok(jwk.x === "CQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQk" && jwk.d === undefined);
 * ```
 */
export async function okpJwk(
  crv: OkpCurve,
  x: Uint8Array | undefined,
  d: Uint8Array | undefined,
  what: string,
): Promise<JsonWebKey> {
  const n = OKP_BYTES[crv];
  if (x && x.length !== n) {
    throw new JwkError("BAD_KEY", `${what}: ${crv} public key is ${x.length} bytes, not ${n}`);
  }
  if (d && d.length !== n) {
    throw new JwkError("BAD_KEY", `${what}: ${crv} private key is ${d.length} bytes, not ${n}`);
  }
  let xs = x ? encodeBase64Url(x) : undefined;
  if (d) {
    const derived = crv === "Ed448" || crv === "X448"
      ? await (await curves()).publicMembers(crv, d)
      : await exportDerived(
        pkcs8Der(
          encodeDer(0x30, encodeOidDer(crv === "Ed25519" ? OID.ED25519 : OID.X25519)),
          encodeDer(0x04, d),
        ),
        { name: crv },
        crv === "Ed25519" ? ["sign"] : ["deriveBits"],
        what,
      );
    if (xs && derived.x !== xs) {
      throw new JwkError("BAD_KEY", `${what}: the public key does not match the private key`);
    }
    xs = derived.x;
  }
  if (!xs) throw new JwkError("BAD_KEY", `${what}: no key in the structure`);
  const jwk: JsonWebKey = { kty: "OKP", crv, x: xs };
  if (d) jwk.d = encodeBase64Url(d);
  return jwk;
}

/** RSA integers as unsigned big-endian magnitudes. */
export interface RsaParts {
  /** Modulus. */
  n: Uint8Array;
  /** Public exponent. */
  e: Uint8Array;
  /** Private exponent. */
  d?: Uint8Array;
  /** First prime. */
  p?: Uint8Array;
  /** Second prime. */
  q?: Uint8Array;
  /** d mod (p-1); computed when missing. */
  dp?: Uint8Array;
  /** d mod (q-1); computed when missing. */
  dq?: Uint8Array;
  /** q^-1 mod p; computed when missing. */
  qi?: Uint8Array;
}

/**
 * An RSA JWK, checked: sane n and e, and for a private key p·q = n,
 * e·d ≡ 1 mod p-1 and mod q-1, dp, dq, qi consistent. Missing dp/dq/qi are
 * computed (OpenSSH stores only d, iqmp, p, q).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { rsaJwk } from "./members.ts";
 * import { fromBigInt as b } from "./members.ts";
 * const jwk = rsaJwk({ n: b(3233n), e: b(17n), d: b(413n), p: b(61n), q: b(53n) }, "toy key");
 * assert.ok(jwk.dp === "NQ" && jwk.qi === "Jg");
 * ```
 */
export function rsaJwk(parts: RsaParts, what: string): JsonWebKey {
  const n = toBigInt(parts.n);
  const e = toBigInt(parts.e);
  const bits = n.toString(2).length;
  if (n < 3n || (n & 1n) === 0n) throw new JwkError("BAD_KEY", `${what}: RSA modulus is not odd`);
  if (bits > MAX_RSA_BITS) {
    throw new JwkError(
      "UNSUPPORTED",
      `${what}: RSA modulus of ${bits} bits; at most ${MAX_RSA_BITS} are supported`,
    );
  }
  if (e < 3n || (e & 1n) === 0n || e >= n) {
    throw new JwkError("BAD_KEY", `${what}: RSA public exponent is not a valid odd number`);
  }
  refuseRocaKey(fromBigInt(n));
  const jwk: JsonWebKey = {
    kty: "RSA",
    n: encodeBase64Url(fromBigInt(n)),
    e: encodeBase64Url(fromBigInt(e)),
  };
  if (!parts.d) return jwk;
  if (!parts.p || !parts.q) {
    throw new JwkError("UNSUPPORTED", `${what}: RSA private keys without primes are not supported`);
  }
  const d = toBigInt(parts.d);
  const p = toBigInt(parts.p);
  const q = toBigInt(parts.q);
  const inconsistent = () =>
    new JwkError("BAD_KEY", `${what}: the RSA private key is inconsistent (corrupted)`);
  if (p < 3n || q < 3n || p * q !== n || d < 1n || d >= n) throw inconsistent();
  const dp = parts.dp ? toBigInt(parts.dp) : d % (p - 1n);
  const dq = parts.dq ? toBigInt(parts.dq) : d % (q - 1n);
  const qi = parts.qi ? toBigInt(parts.qi) : modPow(q, p - 2n, p);
  if (
    dp !== d % (p - 1n) || dq !== d % (q - 1n) || (qi * q) % p !== 1n || qi >= p ||
    (e * dp) % (p - 1n) !== 1n || (e * dq) % (q - 1n) !== 1n
  ) throw inconsistent();
  return {
    ...jwk,
    d: encodeBase64Url(fromBigInt(d)),
    p: encodeBase64Url(fromBigInt(p)),
    q: encodeBase64Url(fromBigInt(q)),
    dp: encodeBase64Url(fromBigInt(dp)),
    dq: encodeBase64Url(fromBigInt(dq)),
    qi: encodeBase64Url(fromBigInt(qi)),
  };
}
