/**
 * The choices the page offers, computed from the library's tables (KEY_TYPES,
 * CURVES, ALGORITHMS, DEFAULTS, KEY_OPS), so that a key type, curve or
 * algorithm added to the library appears on the page without a change here.
 * No DOM: the page renders these, tests call them directly.
 * @module
 */
import {
  ALGORITHMS,
  CURVES,
  DEFAULTS,
  KEY_TYPES,
  type KeyParams,
  resolveKeyParams,
  RSA_MIN_BITS,
} from "../lib/algorithms.ts";
import { KEY_OPS } from "../lib/key_ops.ts";

/** What the form has chosen so far; "" means "not given" (the default). */
export interface Chosen {
  /** --kty */
  kty: string;
  /** --crv */
  crv: string;
  /** --alg */
  alg: string;
  /** --use */
  use: string;
  /** --size */
  size: string;
}

/** A group of options of a select: a label ("" for none) and its values. */
export interface OptionGroup {
  /** The group's label, e.g. the key type of a group of curves. */
  label: string;
  /** The values, in the library's order. */
  values: string[];
}

const curveTable = CURVES as Readonly<Record<string, readonly string[]>>;

/** The key type a curve belongs to, per the library's curve table. */
function ktyOfCurve(crv: string): string | undefined {
  return Object.keys(curveTable).find((k) => curveTable[k].includes(crv));
}

/** The key types, in the library's order. */
export function ktyChoices(): string[] {
  return [...KEY_TYPES];
}

/**
 * The curves the chosen key type can have; every curve, grouped by key type,
 * while the key type is left to its default.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { curveChoices } from "./choices.ts";
 *
 * assert.deepEqual(curveChoices("RSA"), []);
 * assert.ok(curveChoices("").some((g) => g.label === "OKP" && g.values.includes("X25519")));
 * ```
 */
export function curveChoices(kty: string): OptionGroup[] {
  if (kty !== "") return curveTable[kty] ? [{ label: "", values: [...curveTable[kty]] }] : [];
  return Object.keys(curveTable).map((k) => ({ label: k, values: [...curveTable[k]] }));
}

/**
 * The algorithms that fit the key type, curve and use chosen so far, grouped
 * by use ("sig", "enc").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { algChoices } from "./choices.ts";
 *
 * const groups = algChoices({ kty: "EC", crv: "P-384", alg: "", use: "", size: "" });
 * assert.deepEqual(groups.find((g) => g.label === "sig")?.values, ["ES384"]);
 * ```
 */
export function algChoices(chosen: Chosen): OptionGroup[] {
  const kty = chosen.kty || (chosen.crv ? ktyOfCurve(chosen.crv) ?? "" : "");
  const groups: OptionGroup[] = [];
  for (const [alg, spec] of Object.entries(ALGORITHMS)) {
    if (kty !== "" && !(spec.kty as readonly string[]).includes(kty)) continue;
    if (chosen.crv !== "" && spec.crv && !spec.crv.includes(chosen.crv)) continue;
    if ((chosen.use === "sig" || chosen.use === "enc") && spec.use !== chosen.use) continue;
    let group = groups.find((g) => g.label === spec.use);
    if (!group) groups.push(group = { label: spec.use, values: [] });
    group.values.push(alg);
  }
  return groups;
}

/** The uses the library's tables know (others may be typed in, as on the command line). */
export function useChoices(): string[] {
  return [...new Set(Object.values(ALGORITHMS).map((s) => s.use))];
}

/**
 * Sizes worth suggesting, in bits: RSA from its minimum up, oct the sizes
 * its algorithms use (only the chosen algorithm's when there is one).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sizeChoices } from "./choices.ts";
 *
 * assert.deepEqual(sizeChoices({ kty: "oct", crv: "", alg: "A192KW", use: "", size: "" }), [192]);
 * assert.deepEqual(sizeChoices({ kty: "EC", crv: "", alg: "", use: "", size: "" }), []);
 * ```
 */
export function sizeChoices(chosen: Chosen): number[] {
  if (chosen.kty === "RSA") return [RSA_MIN_BITS, RSA_MIN_BITS + 1024, RSA_MIN_BITS * 2];
  if (chosen.kty !== "oct") return [];
  const specs = chosen.alg && ALGORITHMS[chosen.alg]
    ? [ALGORITHMS[chosen.alg]]
    : Object.values(ALGORITHMS).filter((s) => s.kty.includes("oct"));
  const sizes = specs.flatMap((s) => s.sizes ?? (s.defaultSize ? [s.defaultSize] : []));
  return [...new Set(sizes)].sort((x, y) => x - y);
}

/** Whether the chosen key type has a size to choose (RSA, oct); curves fix it otherwise. */
export function hasSize(chosen: Chosen): boolean {
  const kty = chosen.kty || (chosen.crv ? ktyOfCurve(chosen.crv) ?? "" : "");
  return kty === "" || !curveTable[kty];
}

/**
 * What `jwk create` would make of the choices so far (the defaults filled in),
 * or the message that says why it would refuse them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { resolved } from "./choices.ts";
 *
 * const r = resolved({ kty: "", crv: "", alg: "", use: "", size: "" });
 * assert.ok("params" in r && r.params.alg === "ES256");
 * ```
 */
export function resolved(chosen: Chosen): { params: KeyParams } | { error: string } {
  const size = chosen.size.trim();
  try {
    return {
      params: resolveKeyParams({
        kty: chosen.kty || undefined,
        crv: chosen.crv || undefined,
        alg: chosen.alg || undefined,
        use: chosen.use || undefined,
        size: /^[0-9]{1,9}$/.test(size) ? Number(size) : undefined,
        // The form's own "insecure" box is checked when the key is made.
        insecure: true,
      }),
    };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** The operations of RFC 7517's key_ops, in the library's order. */
export function keyOpsChoices(): string[] {
  return [...KEY_OPS];
}

/** The defaults table, as `jwk create --help` prints it, for the page's help. */
export function defaultRows(): { kty: string; use: string; crv: string; alg: string }[] {
  return DEFAULTS.map((r) => ({ ...r }));
}
