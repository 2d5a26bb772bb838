/**
 * Create JSON Web Keys (RFC 7517) the way `step crypto jwk create` does:
 * EC (P-256, P-384, P-521, secp256k1), RSA, OKP (Ed25519, X25519, Ed448,
 * X448), oct and AKP (ML-DSA) keys, `kid` as the RFC 7638 thumbprint, and the
 * private JWK encrypted with a password in step's file format
 * (PBES2-HS256+A128KW, A256GCM, flattened JSON JWE).
 *
 * Everything here uses only WebCrypto and `jose`, plus `@noble/curves` and
 * `@noble/post-quantum` (pure JavaScript, loaded only when a key type that
 * the runtime's WebCrypto lacks is used): it runs in Deno, Node, Bun,
 * browsers and Workers.
 *
 * @example Create an Ed25519 signing key and encrypt its private half
 * ```ts
 * import assert from "node:assert/strict";
 * import { createJwk, decryptJwk, thumbprint } from "@jwk/jwk";
 *
 * const { publicJwk, encryptedJwk } = await createJwk({
 *   kty: "OKP",
 *   password: "correct horse battery staple",
 * });
 * assert.equal(publicJwk.alg, "EdDSA");
 * assert.equal(publicJwk.kid, await thumbprint(publicJwk));
 * const privateJwk = await decryptJwk(encryptedJwk!, "correct horse battery staple");
 * assert.equal(privateJwk.kid, publicJwk.kid);
 * ```
 *
 * @example Turn an existing PEM key (or certificate) into a JWK pair
 * ```ts
 * import assert from "node:assert/strict";
 * import { createJwk, readKey } from "@jwk/jwk";
 *
 * const pem = "-----BEGIN PUBLIC KEY-----\n" +
 *   "MCowBQYDK2VwAyEAbc0O1q1O5u3QWKOECvlSkRgUyrXWYGO3Y85ysq2Rx8c=\n" +
 *   "-----END PUBLIC KEY-----\n";
 * const { publicJwk, privateJwk } = await createJwk({ key: await readKey(pem) });
 * assert.equal(publicJwk.alg, "EdDSA");
 * assert.equal(privateJwk, undefined); // a public key gives only the public JWK
 * ```
 * @module
 */
// Literal imports for the modules the library loads only when needed, so that
// bundlers, `deno compile` and `deno cache` of an application find them all
// (lib/lazy.ts says why the command line goes without).
import "./lib/lazy_literal.ts";

export {
  ALGORITHMS,
  type AlgorithmSpec,
  CURVES,
  defaultAlgorithm,
  type DefaultRow,
  DEFAULTS,
  KEY_TYPES,
  type KeyParams,
  type KeyRequest,
  type KeyType,
  ML_DSA,
  resolveKeyParams,
} from "./lib/algorithms.ts";
export {
  type CreatedJwk,
  createJwk,
  type CreateJwkOptions,
  type ExistingKey,
} from "./lib/create.ts";
export {
  COMPLETION_SHELLS,
  type CompletionCommand,
  type CompletionFlag,
  completionScript,
  type CompletionShell,
  type CompletionSpec,
} from "./lib/completion.ts";
export { JwkError, type JwkErrorCode } from "./lib/errors.ts";
export {
  formatKey,
  type FormatKeyOptions,
  type FormattedKey,
  KEY_OUTPUT_FORMATS,
  type KeyOutputFormat,
} from "./lib/format.ts";
export { type ChangedKey, changePassword, type ChangePasswordOptions } from "./lib/change_pass.ts";
export {
  generateKeyMaterial,
  type GenerateParams,
  type KeyMaterial,
} from "./lib/keygen/generate.ts";
export {
  decryptJwk,
  DEFAULT_ITERATIONS,
  type EncryptedJwk,
  encryptJwk,
  type EncryptOptions,
  isEncryptedJwk,
} from "./lib/jwe.ts";
export { type KeyInput, readAnyKey, type ReadAnyKeyOptions, validateJwk } from "./lib/key_input.ts";
export { isPrivateJwk, type Jwk, orderMembers, publicJwk } from "./lib/jwk.ts";
export {
  type AddedToJwkSet,
  addToJwkSet,
  type AddToJwkSetOptions,
  findInJwkSet,
  type JwkSet,
  jwkSetKids,
  parseJwkSet,
  type RemovedFromJwkSet,
  removeFromJwkSet,
  stringifyJwkSet,
  validateJwkSet,
} from "./lib/keyset.ts";
export { checkKeyOps, KEY_OPS, type KeyOpsChecks, useOfKeyOps } from "./lib/key_ops.ts";
export { publicJwkOf } from "./lib/public.ts";
export { MAX_INPUT_BYTES, type PemKey, readKey, type ReadPemOptions } from "./lib/pem/read.ts";
export {
  thumbprint,
  THUMBPRINT_HASHES,
  type ThumbprintHash,
  thumbprintInput,
  type ThumbprintOptions,
  thumbprintUri,
} from "./lib/thumbprint.ts";
export {
  checkSelfSignable,
  type SelfSignedCertificate,
  selfSignedCertificate,
  type SelfSignedOptions,
} from "./lib/x509/self_signed.ts";
export { NAME_TYPES, parseName } from "./lib/x509/name.ts";
export { DEFAULT_VALIDITY, notAfterFrom } from "./lib/x509/validity.ts";
