/**
 * X.509 certificates and PKCS#10 certificate requests: the subject public
 * key, and the certificate's keyUsage as a JWK `use`. Signatures and
 * validity are not checked: the certificate only carries the key here.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readCertificate } from "./x509.ts";
 * try { await readCertificate(new Uint8Array([0x30, 0x00])); } catch (e) { assert.ok(e instanceof Error); }
 * ```
 * @module
 */

import {
  children,
  decodeDer,
  type DerNode,
  expectNode,
  readNamedBits,
  readOctets,
  readOid,
  readSmallInt,
  TAG,
} from "./asn1.ts";
import { JwkError } from "../errors.ts";
import { OID } from "./oids.ts";
import { readSpkiNode } from "./pkcs.ts";

/** What a certificate's keyUsage allows, in JWK `use` terms. */
export type CertUse = "sig" | "enc" | "ambiguous";

/** The key of a certificate and what its keyUsage says. */
export interface CertificateKey {
  /** The subject public key. */
  jwk: JsonWebKey;
  /** From keyUsage; undefined without the extension (or with no bits set). */
  certUse?: CertUse;
}

// keyUsage bits (RFC 5280 §4.2.1.3): 0 digitalSignature, 1 nonRepudiation,
// 2 keyEncipherment, 3 dataEncipherment, 4 keyAgreement, 5 keyCertSign,
// 6 cRLSign, 7 encipherOnly, 8 decipherOnly.
const SIG_BITS = [0, 1, 5, 6];
const ENC_BITS = [2, 3, 4, 7, 8];

/**
 * The JWK `use` implied by keyUsage bits.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { useFromKeyUsage } from "./x509.ts";
 * assert.ok(useFromKeyUsage([true]) === "sig" && useFromKeyUsage([true, false, true]) === "ambiguous");
 * ```
 */
export function useFromKeyUsage(bits: boolean[]): CertUse | undefined {
  const sig = SIG_BITS.some((b) => bits[b]);
  const enc = ENC_BITS.some((b) => bits[b]);
  return sig && enc ? "ambiguous" : sig ? "sig" : enc ? "enc" : undefined;
}

function keyUsage(extensions: DerNode, what: string): CertUse | undefined {
  const list = children(extensions, what, TAG.CONTEXT_3);
  if (list.length !== 1) throw new JwkError("BAD_PEM", `${what}: malformed extensions`);
  let found: CertUse | undefined | null = null;
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
  return found ?? undefined;
}

/**
 * Checks that `der` is an X.509 certificate in the whole RFC 5280 shape, down
 * to names, times, algorithm identifiers and extensions, with the inner
 * signature algorithm equal to the outer one; keys are not parsed, so a CA
 * certificate whose key this tool does not read passes. A CSR, or a
 * certificate damaged anywhere but inside a string, is a BAD_PEM JwkError.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkCertificate } from "./x509.ts";
 * assert.throws(() => checkCertificate(new Uint8Array([0x30, 0x00])), /not an X\.509 certificate/);
 * ```
 */
export function checkCertificate(der: Uint8Array, what = "X.509 certificate"): void {
  const fail = (): never => {
    throw new JwkError("BAD_PEM", `${what}: not an X.509 certificate`);
  };
  const kids = (n: DerNode | undefined, tag: number) => {
    if (n?.tag !== tag) fail();
    return children(n!, what);
  };
  const algorithm = (n: DerNode | undefined) => {
    const parts = kids(n, TAG.SEQUENCE);
    if (parts.length < 1 || parts.length > 2) fail();
    readOid(parts[0], what);
  };
  const name = (n: DerNode | undefined) => {
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
  // UTCTime YYMMDDHHMMSSZ or GeneralizedTime YYYYMMDDHHMMSSZ.
  const TIMES: Record<number, RegExp> = { 0x17: /^\d{12}Z$/, 0x18: /^\d{14}Z$/ };
  const time = (n: DerNode) => {
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
    if (tbs[i++]?.tag !== TAG.INTEGER) fail(); // serial
    const inner = tbs[i];
    algorithm(tbs[i++]);
    // RFC 5280 §4.1.1.2: the same algorithm inside as outside.
    if (
      inner.raw.length !== parts[1].raw.length || inner.raw.some((b, k) => b !== parts[1].raw[k])
    ) fail();
    name(tbs[i++]); // issuer
    const times = kids(tbs[i++], TAG.SEQUENCE);
    if (times.length !== 2) fail();
    times.forEach(time);
    name(tbs[i++]); // subject
    const spki = kids(tbs[i++], TAG.SEQUENCE);
    if (spki.length !== 2 || spki[1].tag !== TAG.BIT_STRING) fail();
    algorithm(spki[0]);
    // Then the unique IDs ([1], [2]) and the extensions ([3]), in order, each at most once.
    let last = 0;
    for (const opt of tbs.slice(i)) {
      const n = opt.tag & 0x1f;
      if ((opt.tag & 0xc0) !== 0x80 || n <= last || n > 3) fail();
      last = n;
      if (n !== 3) continue;
      for (const ext of kids(decodeDer(opt.value, what, opt.depth + 1), TAG.SEQUENCE)) {
        const [id, ...rest] = kids(ext, TAG.SEQUENCE);
        readOid(id, what);
        const critical = rest[0]?.tag === TAG.BOOLEAN ? rest.shift() : undefined;
        if (critical && critical.value.length !== 1) fail();
        if (rest.length !== 1 || rest[0].tag !== TAG.OCTET_STRING) fail();
      }
    }
  } catch (e) {
    if (e instanceof JwkError && e.message.startsWith(what)) throw e;
    fail();
  }
}

/**
 * Reads an X.509 certificate (DER), checked by {@link checkCertificate}: its
 * public key and keyUsage.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readCertificate } from "./x509.ts";
 * try { await readCertificate(new Uint8Array([0x30, 0x00])); } catch (e) { assert.ok(e instanceof Error); }
 * ```
 */
export async function readCertificate(
  der: Uint8Array,
  what = "X.509 certificate",
): Promise<CertificateKey> {
  checkCertificate(der, what);
  const tbs = children(children(decodeDer(der, what), what)[0], what);
  // serialNumber, signature, issuer, validity, subject, subjectPublicKeyInfo after the version.
  const i = tbs[0].tag === TAG.CONTEXT_0 ? 1 : 0;
  const jwk = await readSpkiNode(tbs[i + 5], what);
  let certUse: CertUse | undefined;
  for (const extra of tbs.slice(i + 6)) {
    if (extra.tag === TAG.CONTEXT_3) certUse = keyUsage(extra, what);
  }
  return { jwk, certUse };
}

/**
 * Reads a PKCS#10 certificate request (DER): its public key.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readCsr } from "./x509.ts";
 * try { await readCsr(new Uint8Array([0x30, 0x00])); } catch (e) { assert.ok(e instanceof Error); }
 * ```
 */
export async function readCsr(
  der: Uint8Array,
  what = "PKCS#10 certificate request",
): Promise<JsonWebKey> {
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
}
