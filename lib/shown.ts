/**
 * How a value read from an input is shown in an error message. Names such as
 * a kty, crv or alg are short; anything else (a long string could be key
 * material put in the wrong member) is described, never echoed.
 * @module
 */

/**
 * `'name'` for a short name-like string, else a description of the value.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { shown } from "./shown.ts";
 * assert.equal(shown("P-256"), "'P-256'");
 * assert.equal(shown("x".repeat(43)), "a string of 43 characters");
 * assert.equal(shown(7), "a number");
 * assert.equal(shown({}), "an object");
 * ```
 */
export function shown(value: unknown): string {
  if (typeof value === "string") {
    return /^[\w.+:-]{1,20}$/.test(value) ? `'${value}'` : `a string of ${value.length} characters`;
  }
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
