/**
 * `key_ops` (RFC 7517 §4.3) checked against `use` and `alg`, with step's
 * documented rules: naming both `use` and `key_ops` is delicate (--subtle) and
 * they must agree; operations the algorithm cannot do are insecure (--insecure).
 * @module
 */
import { ALGORITHMS } from "./algorithms.ts";
import { JwkError } from "./errors.ts";
import { KEY_OP_USE } from "./key_types.ts";

/**
 * The operations RFC 7517 defines.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { KEY_OPS } from "@jwk/jwk";
 *
 * assert.equal(KEY_OPS.length, 8);
 * assert.ok(KEY_OPS.includes("wrapKey"));
 * ```
 */
export const KEY_OPS = [
  "sign",
  "verify",
  "encrypt",
  "decrypt",
  "wrapKey",
  "unwrapKey",
  "deriveKey",
  "deriveBits",
] as const;

/** The operations each kind of algorithm really performs. */
function opsOfAlg(alg: string): readonly string[] {
  if (alg.startsWith("ECDH-ES")) return ["deriveKey", "deriveBits"];
  if (alg === "dir") return ["encrypt", "decrypt"];
  if (ALGORITHMS[alg]?.use === "enc") return ["wrapKey", "unwrapKey", "encrypt", "decrypt"];
  return ["sign", "verify"];
}

/**
 * The use implied by a list of operations: "sig", "enc", or undefined when
 * they mix both. Unknown names are refused.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { useOfKeyOps } from "@jwk/jwk";
 *
 * assert.equal(useOfKeyOps(["sign", "verify"]), "sig");
 * assert.equal(useOfKeyOps(["wrapKey"]), "enc");
 * assert.equal(useOfKeyOps(["sign", "decrypt"]), undefined);
 * ```
 */
export function useOfKeyOps(ops: readonly string[]): "sig" | "enc" | undefined {
  if (ops.length === 0) {
    throw new JwkError("INVALID_OPTION", "--key-ops needs at least one operation");
  }
  const seen = new Set<string>();
  for (const op of ops) {
    if (!(op in KEY_OP_USE)) {
      throw new JwkError(
        "INVALID_OPTION",
        `key operation '${op}' is not defined: use ${KEY_OPS.join(", ")}`,
      );
    }
    if (seen.has(op)) throw new JwkError("INVALID_OPTION", `key operation '${op}' is given twice`);
    seen.add(op);
  }
  const uses = new Set(ops.map((op) => KEY_OP_USE[op]));
  return uses.size === 1 ? [...uses][0] : undefined;
}

/**
 * Flags that relax the checks, as on the command line.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkKeyOps, JwkError, type KeyOpsChecks } from "@jwk/jwk";
 *
 * // --use sig --key-ops sign needs --subtle.
 * const checks: KeyOpsChecks = { useGiven: true, subtle: true };
 * checkKeyOps(["sign"], "sig", "EdDSA", checks);
 * assert.throws(
 *   () => checkKeyOps(["sign"], "sig", "EdDSA", { useGiven: true }),
 *   (e) => e instanceof JwkError && e.code === "SUBTLE",
 * );
 * ```
 */
export interface KeyOpsChecks {
  /** True when `use` was given explicitly (not defaulted). */
  useGiven: boolean;
  /** --subtle. */
  subtle?: boolean;
  /** --insecure. */
  insecure?: boolean;
}

/**
 * Checks `key_ops` against the resolved `use` and `alg`; throws a JwkError
 * naming the flag that would allow it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkKeyOps, JwkError } from "@jwk/jwk";
 *
 * checkKeyOps(["sign", "verify"], "sig", "ES256", { useGiven: false }); // fine
 * assert.throws(
 *   () => checkKeyOps(["encrypt"], "sig", "ES256", { useGiven: false }),
 *   (e) => e instanceof JwkError && e.code === "INSECURE",
 * );
 * ```
 */
export function checkKeyOps(
  ops: readonly string[],
  use: string,
  alg: string,
  checks: KeyOpsChecks,
): void {
  const opsUse = useOfKeyOps(ops);
  if (checks.useGiven) {
    if (!checks.subtle) {
      throw new JwkError(
        "SUBTLE",
        "--use and --key-ops should not be combined (RFC 7517 §4.3): drop one, or add --subtle",
      );
    }
    if ((use === "sig" || use === "enc") && opsUse !== use) {
      throw new JwkError(
        "INCOMPATIBLE_OPTIONS",
        `--key-ops ${ops.join(",")} does not agree with --use ${use}`,
      );
    }
  }
  const possible = opsOfAlg(alg);
  const unrelated = ops.filter((op) => !possible.includes(op));
  if (unrelated.length > 0 && !checks.insecure) {
    throw new JwkError(
      "INSECURE",
      `key operation${unrelated.length > 1 ? "s" : ""} ${unrelated.join(", ")} ` +
        `cannot be done with alg '${alg}': fix --key-ops, or add --insecure`,
    );
  }
}
