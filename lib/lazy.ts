/**
 * How the library loads the modules it needs only for some inputs (the PEM
 * reader, JWE, RSA and the curves WebCrypto lacks, certificates...).
 *
 * Deno loads every literal `import("./x.ts")` of a program's module graph
 * before the program's first line runs, needed or not: for the command line,
 * that was most of its start-up time. So the library names these modules here
 * and imports them with a computed specifier, which Deno loads only when it is
 * called. Bundlers, `deno compile` and `deno cache` of an application, on the
 * other hand, need literal imports to find the modules: `mod.ts` (and the page)
 * import `lazy_literal.ts`, which hands this module a literal import for every
 * name. Without it (the tests), the specifier is computed; under Deno, a
 * local checkout then needs read permission on `lib/`. The command line's
 * bundles (`bundle/`, scripts/build_cli.ts) hand it loaders of their own.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import "./lazy_literal.ts"; // as mod.ts does: literal imports, no read permission needed
 * import { loadModule } from "./lazy.ts";
 * const { encryptJwk } = await loadModule("jwe.ts");
 * assert.equal(typeof encryptJwk, "function");
 * ```
 * @module
 */

/** Every module loaded through {@link loadModule}, by its path under `lib/`. */
export interface LazyModules {
  "jwe.ts": typeof import("./jwe.ts");
  "key_match.ts": typeof import("./key_match.ts");
  "keygen/curves.ts": typeof import("./keygen/curves.ts");
  "keygen/ml_dsa.ts": typeof import("./keygen/ml_dsa.ts");
  "keygen/rsa.ts": typeof import("./keygen/rsa.ts");
  "pem/decrypt.ts": typeof import("./pem/decrypt.ts");
  "pem/deps.ts": typeof import("./pem/deps.ts");
  "pem/encrypt.ts": typeof import("./pem/encrypt.ts");
  "pem/members.ts": typeof import("./pem/members.ts");
  "pem/ml_dsa.ts": typeof import("./pem/ml_dsa.ts");
  "pem/openssh.ts": typeof import("./pem/openssh.ts");
  "pem/openssh_write.ts": typeof import("./pem/openssh_write.ts");
  "pem/pkcs12.ts": typeof import("./pem/pkcs12.ts");
  "pem/read.ts": typeof import("./pem/read.ts");
  "pem/ssh_public.ts": typeof import("./pem/ssh_public.ts");
  "pem/x509.ts": typeof import("./pem/x509.ts");
  "rsa_weak.ts": typeof import("./rsa_weak.ts");
  "x509/self_signed.ts": typeof import("./x509/self_signed.ts");
}

/** A module name of {@link LazyModules}. */
export type LazyModuleName = keyof LazyModules;

/** A literal import for every module name (see `lazy_literal.ts`). */
export type LiteralImports = { [N in LazyModuleName]: () => Promise<LazyModules[N]> };

let literal: LiteralImports | undefined;

/**
 * Makes {@link loadModule} use literal imports, which bundlers and
 * `deno compile` can follow. Called once by `lazy_literal.ts`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { LITERAL_IMPORTS } from "./lazy_literal.ts";
 * import { useLiteralImports } from "./lazy.ts";
 * useLiteralImports(LITERAL_IMPORTS); // what importing lazy_literal.ts did already
 * assert.ok(LITERAL_IMPORTS["pem/read.ts"]);
 * ```
 */
export function useLiteralImports(imports: LiteralImports): void {
  literal = imports;
}

/**
 * Loads the library module `name` (a path under `lib/`), through a literal
 * import when `lazy_literal.ts` provided them, else through a computed one.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import "./lazy_literal.ts";
 * import { loadModule } from "./lazy.ts";
 * const { readKey } = await loadModule("pem/read.ts");
 * const pem = "-----BEGIN PUBLIC KEY-----\n" +
 *   "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n" +
 *   "-----END PUBLIC KEY-----\n";
 * assert.equal((await readKey(pem)).jwk.crv, "Ed25519");
 * ```
 */
export function loadModule<N extends LazyModuleName>(name: N): Promise<LazyModules[N]> {
  if (literal) return literal[name]() as Promise<LazyModules[N]>;
  // A computed specifier on purpose: a literal one is loaded at start-up. A
  // relative one resolves against this module, and needs no `import.meta`,
  // which the page's classic-script Worker could not even parse.
  const specifier = `./${name}`;
  return import(specifier);
}
