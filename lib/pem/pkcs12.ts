/**
 * PKCS#12 files (`.p12`, `.pfx`; RFC 7292): the container browsers, Windows,
 * Java and `openssl pkcs12 -export` put a private key and its certificates
 * in. Password integrity (the MAC, with SHA-1 or SHA-2) is checked, then
 * the key and certificate bags are taken out, decrypting what is encrypted
 * with PBES2 or PKCS#12 PBE (triple DES, or RC2 as OpenSSL 1.x's `-export`
 * and older Windows wrote certificates). Public-key integrity mode (signed
 * content) and PBMAC1 are refused with a clear error.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readPkcs12 } from "./pkcs12.ts";
 * await assert.rejects(
 *   readPkcs12(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x02]), () => Promise.resolve(new Uint8Array())),
 *   /PKCS#12 file/,
 * );
 * ```
 * @module
 */
import {
  children,
  decodeDer,
  type DerNode,
  expectNode,
  readOctets,
  readOid,
  readSmallInt,
  TAG,
} from "./asn1.ts";
import { JwkError } from "../errors.ts";
import {
  decryptContent,
  decryptPkcs8,
  MAX_PKCS12_ITERATIONS,
  type PasswordSource,
  wrongPassword,
} from "./decrypt.ts";
import { bmpPasswords, digestBytes, pkcs12Kdf, rememberEncoding } from "./pkcs12_kdf.ts";
import type { SyncHash } from "./deps.ts";

const WHAT = "PKCS#12 file";
const OID_DATA = "1.2.840.113549.1.7.1";
const OID_SIGNED_DATA = "1.2.840.113549.1.7.2";
const OID_ENCRYPTED_DATA = "1.2.840.113549.1.7.6";
const OID_PBMAC1 = "1.2.840.113549.1.5.14";
const BAG_KEY = "1.2.840.113549.1.12.10.1.1";
const BAG_SHROUDED_KEY = "1.2.840.113549.1.12.10.1.2";
const BAG_CERT = "1.2.840.113549.1.12.10.1.3";
const BAG_SAFE_CONTENTS = "1.2.840.113549.1.12.10.1.6";
const CERT_X509 = "1.2.840.113549.1.9.22.1";
/** Nested SafeContents bags deeper than this are refused (real files nest none). */
const MAX_NESTING = 4;

/** The MAC's digest algorithms. */
const MAC_HASHES: Record<string, SyncHash> = {
  "1.3.14.3.2.26": "SHA-1",
  "2.16.840.1.101.3.4.2.1": "SHA-256",
  "2.16.840.1.101.3.4.2.2": "SHA-384",
  "2.16.840.1.101.3.4.2.3": "SHA-512",
};

/** What a PKCS#12 file holds. */
export interface Pkcs12Contents {
  /** Its private key as the DER of a PKCS#8 PrivateKeyInfo (decrypted), if any. */
  key?: { der: Uint8Array; encrypted: boolean };
  /** Each X.509 certificate's DER, in file order. */
  certs: Uint8Array[];
}

/**
 * Most encrypted sections read: real files have one (the certificates).
 * Each costs a key derivation, so a file cannot stack up minutes of them.
 */
const MAX_ENCRYPTED_SECTIONS = 4;

/** The error for a file with a second key, before any work is spent on it. */
function secondKey(): JwkError {
  return new JwkError("UNSUPPORTED", `the ${WHAT} holds more than one private key; expected one`);
}

function malformed(why: string): JwkError {
  return new JwkError("BAD_PEM", `${WHAT}: malformed (${why})`);
}

/** The element inside an [0] EXPLICIT tag. */
function explicit(node: DerNode | undefined, why: string): DerNode {
  if (node?.tag !== TAG.CONTEXT_0) throw malformed(why);
  return decodeDer(node.value, WHAT, node.depth + 1);
}

/** The octets of a ContentInfo of type data: [0] EXPLICIT OCTET STRING. */
function dataOctets(content: DerNode | undefined): Uint8Array {
  return readOctets(explicit(content, "no data content"), WHAT);
}

/** Checks the MAC (password integrity): HMAC over the content, key from PKCS#12's KDF. */
async function checkMac(mac: DerNode, content: Uint8Array, password: Uint8Array): Promise<void> {
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
    throw new JwkError(
      "UNSUPPORTED",
      `${WHAT}: MAC iteration count ${iterations} is outside 1..${MAX_PKCS12_ITERATIONS}`,
    );
  }
  for (const pw of bmpPasswords(password)) {
    const key = await pkcs12Kdf(pw, salt, iterations, 3, digestBytes(hash), hash);
    const hmac = await crypto.subtle.importKey(
      "raw",
      key.slice(),
      { name: "HMAC", hash },
      false,
      [
        "verify",
      ],
    );
    key.fill(0);
    if (await crypto.subtle.verify("HMAC", hmac, digest.slice(), content.slice())) {
      rememberEncoding(password, pw);
      return;
    }
  }
  throw wrongPassword();
}

/** Collects the keys and certificates of one SafeContents. */
async function readSafeContents(
  der: Uint8Array,
  password: PasswordSource,
  out: Pkcs12Contents,
  nesting: number,
): Promise<void> {
  if (nesting > MAX_NESTING) throw malformed("safe contents nested too deeply");
  for (const bag of children(decodeDer(der, WHAT), WHAT, TAG.SEQUENCE)) {
    const [idNode, valueNode] = children(bag, WHAT, TAG.SEQUENCE);
    const bagId = readOid(idNode, WHAT);
    const value = () => explicit(valueNode, "a bag without its value");
    if (bagId === BAG_KEY || bagId === BAG_SHROUDED_KEY) {
      if (out.key) throw secondKey();
      out.key = bagId === BAG_KEY ? { der: value().raw, encrypted: false } : {
        der: await decryptPkcs8(value().raw, `private key of the ${WHAT}`, password),
        encrypted: true,
      };
    } else if (bagId === BAG_CERT) {
      const [certId, certValue] = children(value(), WHAT, TAG.SEQUENCE);
      if (readOid(certId, WHAT) === CERT_X509) out.certs.push(dataOctets(certValue));
    } else if (bagId === BAG_SAFE_CONTENTS) {
      await readSafeContents(value().raw, password, out, nesting + 1);
    }
    // CRLs, secrets and other bags hold no key: they are passed over.
  }
}

/**
 * Reads a PKCS#12 file (DER): checks its MAC when it has one (asking the
 * password), and returns its private key (PKCS#8 DER, decrypted) and its
 * X.509 certificates. A second key is refused before it is decrypted. A wrong password is a BAD_PASSWORD JwkError; every
 * other problem a JwkError with one line that holds no secret.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readPkcs12 } from "./pkcs12.ts";
 * // PFX version 3 around an empty AuthenticatedSafe, no MAC.
 * const der = new Uint8Array([
 *   0x30, 0x16, 0x02, 0x01, 0x03, 0x30, 0x11, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d,
 *   0x01, 0x07, 0x01, 0xa0, 0x04, 0x04, 0x02, 0x30, 0x00,
 * ]);
 * const contents = await readPkcs12(der, () => Promise.resolve(new Uint8Array()));
 * assert.deepEqual(contents, { certs: [] });
 * ```
 */
export async function readPkcs12(
  der: Uint8Array,
  password: PasswordSource,
): Promise<Pkcs12Contents> {
  const pfx = children(decodeDer(der, WHAT), WHAT, TAG.SEQUENCE);
  if (pfx.length < 2 || pfx.length > 3 || readSmallInt(pfx[0], WHAT) !== 3) {
    throw malformed("expected version 3, content and an optional MAC");
  }
  const [contentType, content] = children(expectNode(pfx[1], TAG.SEQUENCE, WHAT), WHAT);
  const type = readOid(contentType, WHAT);
  if (type === OID_SIGNED_DATA) {
    throw new JwkError(
      "UNSUPPORTED",
      `${WHAT}: public-key integrity mode (signed) is not supported`,
    );
  }
  if (type !== OID_DATA) throw malformed("its content is not data");
  const authSafe = dataOctets(content);
  if (pfx[2]) await checkMac(pfx[2], authSafe, await password(WHAT));
  const out: Pkcs12Contents = { certs: [] };
  const sections = children(decodeDer(authSafe, WHAT), WHAT, TAG.SEQUENCE);
  const encrypted = sections.filter((c) => {
    const [type] = children(c, WHAT, TAG.SEQUENCE);
    return readOid(type, WHAT) === OID_ENCRYPTED_DATA;
  });
  if (encrypted.length > MAX_ENCRYPTED_SECTIONS) {
    throw new JwkError(
      "UNSUPPORTED",
      `the ${WHAT} has ${encrypted.length} encrypted sections; at most ${MAX_ENCRYPTED_SECTIONS} are read`,
    );
  }
  for (const info of sections) {
    const [infoType, infoContent] = children(info, WHAT, TAG.SEQUENCE);
    const kind = readOid(infoType, WHAT);
    if (kind === OID_DATA) {
      await readSafeContents(dataOctets(infoContent), password, out, 0);
    } else if (kind === OID_ENCRYPTED_DATA) {
      // EncryptedData { version, EncryptedContentInfo { type, algorithm, [0] IMPLICIT octets } }
      const [, encryptedInfo] = children(explicit(infoContent, "no encrypted data"), WHAT);
      const [, alg, octets] = children(expectNode(encryptedInfo, TAG.SEQUENCE, WHAT), WHAT);
      if (octets?.tag !== 0x80) throw malformed("encrypted content is not one primitive string");
      const plain = await decryptContent(
        alg,
        octets.value,
        `certificates of the ${WHAT}`,
        password,
      );
      await readSafeContents(plain, password, out, 0);
    } else {
      throw new JwkError("UNSUPPORTED", `${WHAT}: content of type ${kind} is not supported`);
    }
  }
  return out;
}
