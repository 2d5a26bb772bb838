/**
 * Literal imports of every module the library loads when needed, for
 * bundlers, `deno compile` and `deno cache`, which follow only literal
 * imports. Importing this module makes `loadModule` (lazy.ts) use them:
 * `mod.ts` and the page do; the command line does not, so that Deno does not
 * load all of these at its start-up.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { LITERAL_IMPORTS } from "./lazy_literal.ts";
 * const { encryptJwk } = await LITERAL_IMPORTS["jwe.ts"]();
 * assert.equal(typeof encryptJwk, "function");
 * ```
 * @module
 */
import { type LiteralImports, useLiteralImports } from "./lazy.ts";

/** A literal import for every name of `LazyModules`. */
export const LITERAL_IMPORTS: LiteralImports = {
  "jwe.ts": () => import("./jwe.ts"),
  "key_match.ts": () => import("./key_match.ts"),
  "keygen/curves.ts": () => import("./keygen/curves.ts"),
  "keygen/ml_dsa.ts": () => import("./keygen/ml_dsa.ts"),
  "keygen/rsa.ts": () => import("./keygen/rsa.ts"),
  "pem/decrypt.ts": () => import("./pem/decrypt.ts"),
  "pem/deps.ts": () => import("./pem/deps.ts"),
  "pem/encrypt.ts": () => import("./pem/encrypt.ts"),
  "pem/members.ts": () => import("./pem/members.ts"),
  "pem/ml_dsa.ts": () => import("./pem/ml_dsa.ts"),
  "pem/openssh.ts": () => import("./pem/openssh.ts"),
  "pem/openssh_write.ts": () => import("./pem/openssh_write.ts"),
  "pem/pkcs12.ts": () => import("./pem/pkcs12.ts"),
  "pem/read.ts": () => import("./pem/read.ts"),
  "pem/ssh_public.ts": () => import("./pem/ssh_public.ts"),
  "pem/x509.ts": () => import("./pem/x509.ts"),
  "rsa_weak.ts": () => import("./rsa_weak.ts"),
  "x509/self_signed.ts": () => import("./x509/self_signed.ts"),
};

useLiteralImports(LITERAL_IMPORTS);
