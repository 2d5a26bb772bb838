/**
 * The library's one error type. Every failure the user can cause ends in a
 * JwkError whose message is a single line that names what to change and never
 * contains key material or passwords.
 * @module
 */

/**
 * Machine-readable reason of a {@link JwkError}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { decryptJwk, JwkError, type JwkErrorCode } from "@jwk/jwk";
 *
 * let code: JwkErrorCode | undefined;
 * try {
 *   await decryptJwk("{}", "pw");
 * } catch (e) {
 *   if (e instanceof JwkError) code = e.code;
 * }
 * assert.equal(code, "BAD_JWE");
 * ```
 */
export type JwkErrorCode =
  | "INVALID_OPTION"
  | "INCOMPATIBLE_OPTIONS"
  | "INSECURE"
  | "SUBTLE"
  | "BAD_PASSWORD"
  | "BAD_JWE"
  | "BAD_KEY"
  | "BAD_PEM"
  | "UNSUPPORTED"
  | "BAD_KEYSET"
  | "UNKNOWN_KID"
  | "DUPLICATE_KID";

/** The mark of a JwkError, the same symbol in every copy of this module. */
const JWK_ERROR = Symbol.for("@jwk/jwk JwkError");

/**
 * An error caused by input (options, files, passwords), with a stable `code`.
 *
 * @example Telling our errors from bugs
 * ```ts
 * import assert from "node:assert/strict";
 * import { createJwk, JwkError } from "@jwk/jwk";
 *
 * try {
 *   await createJwk({ kty: "ec" });
 *   assert.fail("kty is case-sensitive");
 * } catch (e) {
 *   assert.ok(e instanceof JwkError);
 *   assert.equal(e.code, "INVALID_OPTION");
 *   assert.match(e.message, /did you mean 'EC'/);
 * }
 * ```
 */
export class JwkError extends Error {
  /** Why it failed, for programs; the message is for people. */
  readonly code: JwkErrorCode;

  /** Creates an error with a code and a one-line message. */
  constructor(code: JwkErrorCode, message: string) {
    super(message);
    this.name = "JwkError";
    this.code = code;
    Object.defineProperty(this, JWK_ERROR, { value: true });
  }

  /**
   * `instanceof JwkError` holds for a JwkError made by any copy of this
   * module: the command line runs as bundles (bundle/), each with its own
   * copy, and an error thrown in one is caught in another.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null &&
      (value as { [JWK_ERROR]?: unknown })[JWK_ERROR] === true;
  }
}
