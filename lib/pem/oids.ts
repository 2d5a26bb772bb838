/**
 * Object identifiers the key reader knows: the supported ones by name, and the
 * common unsupported ones so that errors can say what was found.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { OID, oidName } from "./oids.ts";
 * assert.ok(oidName(OID.ED25519) === "Ed25519");
 * ```
 * @module
 */

/**
 * Supported algorithm, curve and encryption OIDs.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { OID } from "./oids.ts";
 * assert.ok(OID.P256 === "1.2.840.10045.3.1.7");
 * ```
 */
export const OID = {
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
  KEY_USAGE: "2.5.29.15",
} as const;

const NAMES: Record<string, string> = {
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
  "1.2.840.113549.2.5": "MD5",
};

/**
 * A readable name for an OID: its usual name if known, otherwise
 * "OID 1.2.3" (an OID from the input is not secret).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { oidName } from "./oids.ts";
 * assert.ok(oidName("1.3.132.0.10") === "secp256k1" && oidName("1.2.3") === "OID 1.2.3");
 * ```
 */
export function oidName(oid: string): string {
  return NAMES[oid] ?? `OID ${oid}`;
}

/**
 * What the key reader accepts, for error messages.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { SUPPORTED_KEYS } from "./oids.ts";
 * assert.ok(SUPPORTED_KEYS.includes("X25519") && SUPPORTED_KEYS.includes("ML-DSA"));
 * ```
 */
export const SUPPORTED_KEYS =
  "RSA, EC P-256/P-384/P-521/secp256k1, Ed25519, X25519, Ed448, X448, ML-DSA-44/65/87";
