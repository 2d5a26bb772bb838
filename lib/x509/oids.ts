/**
 * Object identifiers a certificate writer needs beyond the key OIDs of the
 * PEM reader (`../pem/oids.ts`): signature algorithms, hashes, extensions.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { X509_OID } from "./oids.ts";
 * assert.equal(X509_OID.ECDSA_SHA256, "1.2.840.10045.4.3.2");
 * ```
 * @module
 */

/**
 * Signature, hash and extension OIDs (RFC 5280, RFC 4055, RFC 5758).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { X509_OID } from "./oids.ts";
 * assert.equal(X509_OID.KEY_USAGE, "2.5.29.15");
 * ```
 */
export const X509_OID = {
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
  AUTHORITY_KEY_ID: "2.5.29.35",
} as const;
