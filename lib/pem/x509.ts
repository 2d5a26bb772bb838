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
 * Reads an X.509 certificate (DER): its public key and keyUsage.
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
  const cert = children(decodeDer(der, what), what, TAG.SEQUENCE);
  if (cert.length !== 3) throw new JwkError("BAD_PEM", `${what}: expected 3 elements`);
  expectNode(cert[1], TAG.SEQUENCE, what);
  expectNode(cert[2], TAG.BIT_STRING, what);
  const tbs = children(cert[0], what, TAG.SEQUENCE);
  let i = 0;
  if (tbs[0]?.tag === TAG.CONTEXT_0) {
    const v = children(tbs[0], what);
    if (v.length !== 1 || readSmallInt(v[0], what) > 2) {
      throw new JwkError("BAD_PEM", `${what}: unknown version`);
    }
    i = 1;
  }
  // serialNumber, signature, issuer, validity, subject, subjectPublicKeyInfo
  expectNode(tbs[i], TAG.INTEGER, what);
  for (const k of [1, 2, 3, 4, 5]) expectNode(tbs[i + k], TAG.SEQUENCE, what);
  const jwk = await readSpkiNode(tbs[i + 5], what);
  let certUse: CertUse | undefined;
  for (const extra of tbs.slice(i + 6)) {
    if (extra.tag === TAG.CONTEXT_3) certUse = keyUsage(extra, what);
    else if (extra.tag !== 0x81 && extra.tag !== 0x82) {
      throw new JwkError("BAD_PEM", `${what}: unexpected element`);
    }
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
