/**
 * The flags of `jwk thumbprint` and `jwk public`, apart from the commands:
 * `jwk completion` needs the flags alone, and the commands bring the key
 * reader with them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { PUBLIC_FLAGS, THUMBPRINT_FLAGS } from "./key_flags.ts";
 * assert.ok(THUMBPRINT_FLAGS.some((f) => f.name === "hash"));
 * assert.ok(PUBLIC_FLAGS.some((f) => f.name === "password-file"));
 * ```
 * @module
 */
import { THUMBPRINT_HASHES } from "../thumbprint.ts";
import { type FlagSpec, HELP_FLAG, PASSWORD_FILE_FLAG } from "./flags.ts";

/** Every flag of `jwk thumbprint`. */
export const THUMBPRINT_FLAGS: readonly FlagSpec[] = [
  {
    name: "hash",
    value: "hash",
    choices: THUMBPRINT_HASHES,
    summary: "Hash of the thumbprint: SHA-256 (default), SHA-384 or SHA-512.",
    details: ["Case does not matter, nor the dash (sha512 is SHA-512)."],
  },
  {
    name: "uri",
    summary: "Print the RFC 9278 URI: urn:ietf:params:oauth:jwk-thumbprint:<hash>:<value>.",
  },
  PASSWORD_FILE_FLAG,
  HELP_FLAG,
];

/** Every flag of `jwk public`. */
export const PUBLIC_FLAGS: readonly FlagSpec[] = [PASSWORD_FILE_FLAG, HELP_FLAG];
