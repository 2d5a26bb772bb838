/**
 * The one place third-party code enters the library. Full specifiers (not the
 * import map) so that the module also works when it is run from a URL. The PEM
 * reader's primitives that WebCrypto lacks (scrypt, MD5, bcrypt_pbkdf, DES) come
 * in through `pem_deps.ts`; they are pure JavaScript (CommonJS), which is why the
 * bundle is built with `--platform browser`: no `node:` fallback gets in.
 * @module
 */
export {
  base64url,
  calculateJwkThumbprint,
  flattenedDecrypt,
  FlattenedEncrypt,
} from "npm:jose@6.2.17";
export type { FlattenedJWE, JWK } from "npm:jose@6.2.17";
