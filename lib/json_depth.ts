/**
 * A limit on how deeply parsed JSON may nest. A JWK or JWK Set needs four
 * levels; JSON.parse takes any depth, but JSON.stringify and structuredClone
 * recurse and overflow the stack on a few thousand, so such input is refused
 * where it is parsed, with one clear message.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkJsonDepth, MAX_JSON_DEPTH } from "./json_depth.ts";
 * checkJsonDepth({ keys: [{ kty: "oct", key_ops: ["sign"] }] }, "the JWK Set", "BAD_KEYSET");
 * const deep = JSON.parse("[".repeat(MAX_JSON_DEPTH + 1) + "]".repeat(MAX_JSON_DEPTH + 1));
 * assert.throws(() => checkJsonDepth(deep, "the JWK", "BAD_KEY"), /nested deeper than 64/);
 * ```
 * @module
 */
import { JwkError, type JwkErrorCode } from "./errors.ts";

/** Deepest nesting of objects and arrays accepted (the value itself is level 1). */
export const MAX_JSON_DEPTH = 64;

/**
 * Throws a JwkError with `code` when `value` nests objects or arrays more
 * than {@link MAX_JSON_DEPTH} levels deep. Iterative: any depth is looked at
 * without recursion.
 */
export function checkJsonDepth(value: unknown, what: string, code: JwkErrorCode): void {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== "object" || v === null) continue;
    if (depth > MAX_JSON_DEPTH) {
      throw new JwkError(code, `${what} is nested deeper than ${MAX_JSON_DEPTH} levels`);
    }
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
}
