/**
 * The one place third-party code enters the library. Full specifiers (not the
 * import map) so that the module also works when it is run from a URL.
 * @module
 */
export {
  base64url,
  calculateJwkThumbprint,
  flattenedDecrypt,
  FlattenedEncrypt,
} from "npm:jose@6.2.17";
export type { FlattenedJWE, JWK } from "npm:jose@6.2.17";
