/**
 * What every key type, curve and JWA algorithm needs, the defaults picked
 * when an option is left out, and the checks that turn a bad combination into
 * one message naming the option to change.
 * @module
 */
import { JwkError } from "./errors.ts";
import {
  ALGORITHMS,
  CURVE_USE,
  CURVES,
  KEY_TYPES,
  type KeyType,
  ML_DSA,
  OCT_MAX_BITS,
  OCT_MIN_BITS,
  RSA_INSECURE_MIN_BITS,
  RSA_MAX_BITS,
  RSA_MIN_BITS,
} from "./key_types.ts";

// The tables of key types, curves and algorithms live in key_types.ts, which
// the commands that only read keys load without the option checks below.
export {
  ALGORITHMS,
  type AlgorithmSpec,
  CURVE_BYTES,
  CURVE_USE,
  CURVES,
  KEY_TYPES,
  type KeyType,
  ML_DSA,
  ML_DSA_SEED_BYTES,
  OCT_MAX_BITS,
  OCT_MIN_BITS,
  RSA_INSECURE_MIN_BITS,
  RSA_MAX_BITS,
  RSA_MIN_BITS,
} from "./key_types.ts";

/**
 * One row of the defaults table: for (kty, use, crv) the algorithm chosen.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type DefaultRow, DEFAULTS } from "@jwk/jwk";
 *
 * const rows: DefaultRow[] = DEFAULTS.filter((r) => r.kty === "OKP");
 * assert.deepEqual(rows.map((r) => [r.use, r.crv, r.alg]), [
 *   ["sig", "Ed25519", "EdDSA"],
 *   ["enc", "X25519", "ECDH-ES"],
 *   ["sig", "Ed448", "EdDSA"],
 *   ["enc", "X448", "ECDH-ES"],
 * ]);
 * ```
 */
export interface DefaultRow {
  /** Key type. */
  kty: KeyType;
  /** Intended use. */
  use: "sig" | "enc";
  /** Curve, or "" where the key type has none. */
  crv: string;
  /** The default algorithm. */
  alg: string;
}

/**
 * The defaults table, as `jwk create --help` prints it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DEFAULTS } from "@jwk/jwk";
 *
 * const row = DEFAULTS.find((r) => r.kty === "oct" && r.use === "enc");
 * assert.equal(row?.alg, "A256GCMKW");
 * ```
 */
export const DEFAULTS: readonly DefaultRow[] = [
  { kty: "EC", use: "sig", crv: "P-256", alg: "ES256" },
  { kty: "EC", use: "sig", crv: "P-384", alg: "ES384" },
  { kty: "EC", use: "sig", crv: "P-521", alg: "ES512" },
  { kty: "EC", use: "sig", crv: "secp256k1", alg: "ES256K" },
  { kty: "EC", use: "enc", crv: "P-256", alg: "ECDH-ES" },
  { kty: "EC", use: "enc", crv: "P-384", alg: "ECDH-ES" },
  { kty: "EC", use: "enc", crv: "P-521", alg: "ECDH-ES" },
  { kty: "OKP", use: "sig", crv: "Ed25519", alg: "EdDSA" },
  { kty: "OKP", use: "enc", crv: "X25519", alg: "ECDH-ES" },
  { kty: "OKP", use: "sig", crv: "Ed448", alg: "EdDSA" },
  { kty: "OKP", use: "enc", crv: "X448", alg: "ECDH-ES" },
  { kty: "RSA", use: "sig", crv: "", alg: "RS256" },
  { kty: "RSA", use: "enc", crv: "", alg: "RSA-OAEP-256" },
  { kty: "oct", use: "sig", crv: "", alg: "HS256" },
  { kty: "oct", use: "enc", crv: "", alg: "A256GCMKW" },
  // ML-DSA-65: NIST security category 3, the middle parameter set, a margin
  // above ML-DSA-44 for signatures of 3309 bytes instead of 2420 (ML-DSA-87,
  // category 5, is what CNSA 2.0 asks for).
  { kty: "AKP", use: "sig", crv: "", alg: "ML-DSA-65" },
];

/**
 * What the caller asked for; every member optional, as on the command line.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type KeyRequest, resolveKeyParams } from "@jwk/jwk";
 *
 * // Key type, curve and use follow from the algorithm.
 * const request: KeyRequest = { alg: "ES384" };
 * const { kty, crv, use } = resolveKeyParams(request);
 * assert.deepEqual([kty, crv, use], ["EC", "P-384", "sig"]);
 * ```
 */
export interface KeyRequest {
  /** Key type; defaults from crv or alg, else EC. */
  kty?: string;
  /** Curve for EC/OKP. */
  crv?: string;
  /** JWA algorithm. */
  alg?: string;
  /** "sig", "enc" or any other string (written as given). */
  use?: string;
  /** Key size in bits (RSA, oct). */
  size?: number;
  /** Allow RSA keys below 2048 bits. */
  insecure?: boolean;
}

/**
 * A request with every gap filled and every combination checked.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type KeyParams, resolveKeyParams } from "@jwk/jwk";
 *
 * const params: KeyParams = resolveKeyParams({ kty: "oct", use: "enc" });
 * assert.equal(params.alg, "A256GCMKW");
 * assert.equal(params.size, 256);
 * ```
 */
export interface KeyParams {
  /** Key type. */
  kty: KeyType;
  /** Curve (EC/OKP only). */
  crv?: string;
  /** JWA algorithm. */
  alg: string;
  /** Intended use, as written to the JWK. */
  use: string;
  /** Size in bits (RSA/oct only). */
  size?: number;
}

const fail = (message: string): never => {
  throw new JwkError("INCOMPATIBLE_OPTIONS", message);
};
const invalid = (message: string): never => {
  throw new JwkError("INVALID_OPTION", message);
};
const list = (values: readonly (string | number)[]): string => values.join(", ");

/** Key type implied by a curve, if the curve is known. */
function ktyOfCurve(crv: string): KeyType | undefined {
  if (CURVES.EC.includes(crv)) return "EC";
  if (CURVES.OKP.includes(crv)) return "OKP";
  return undefined;
}

/** The hint at the end of a "crv is only for use" message. */
function otherCurve(crv: string): string {
  const hint: Record<string, string> = {
    "secp256k1": ": RFC 8812 defines only ES256K for it (use --crv P-256 to encrypt)",
    "Ed25519": " (use --crv X25519 to encrypt)",
    "Ed448": " (use --crv X448 to encrypt)",
    "X25519": " (use --crv Ed25519 to sign)",
    "X448": " (use --crv Ed448 to sign)",
  };
  return hint[crv] ?? "";
}

/** oct algorithm that fits a size, for a given use (used when only --size is given). */
function octAlgForSize(use: "sig" | "enc", size: number): string {
  if (use === "sig") {
    if (size >= 512) return "HS512";
    if (size >= 384) return "HS384";
    if (size >= 256) return "HS256";
    return invalid(
      `size ${size} is too small for an HMAC key: HS256 needs at least 256 bits (--size 256)`,
    );
  }
  const byWrap: Record<number, string> = { 128: "A128GCMKW", 192: "A192GCMKW", 256: "A256GCMKW" };
  return byWrap[size] ??
    (size === 384 || size === 512 ? "dir" : invalid(
      `size ${size} fits no oct encryption algorithm: use 128, 192 or 256 bits (or 384/512 with --alg dir)`,
    ));
}

/**
 * Default algorithm for a key type, use and curve (and, for oct, size).
 * Uses other than "sig"/"enc" get the signing default (X25519: ECDH-ES).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { defaultAlgorithm } from "@jwk/jwk";
 *
 * assert.equal(defaultAlgorithm("EC", "sig", "P-384"), "ES384");
 * assert.equal(defaultAlgorithm("RSA", "enc"), "RSA-OAEP-256");
 * assert.equal(defaultAlgorithm("oct", "enc", undefined, 192), "A192GCMKW");
 * ```
 */
export function defaultAlgorithm(
  kty: KeyType,
  use: string,
  crv?: string,
  size?: number,
): string {
  const u = use === "enc" ? "enc" : "sig";
  if (kty === "oct" && size !== undefined) return octAlgForSize(u, size);
  // Another use ("foo") takes the signing default, or the encryption one where
  // the curve cannot sign (X25519).
  const uses = use === "sig" || use === "enc" ? [u] : ["sig", "enc"];
  const row = uses.map((x) =>
    DEFAULTS.find((r) =>
      r.kty === kty && r.use === x && (r.crv === "" || crv === undefined || r.crv === crv)
    )
  ).find((r) => r !== undefined);
  if (!row) {
    return fail(`kty '${kty}' with crv '${crv}' has no algorithm for use '${use}'`);
  }
  return row.alg;
}

/** Checks an RSA size; returns it. */
function checkRsaSize(size: number, insecure: boolean): number {
  if (!Number.isInteger(size) || size % 8 !== 0) {
    return invalid(`size ${size} is not valid for RSA: use a multiple of 8 bits, e.g. --size 2048`);
  }
  if (size > RSA_MAX_BITS) {
    return invalid(`size ${size} is too large for RSA: the maximum is ${RSA_MAX_BITS} bits`);
  }
  if (size < RSA_MIN_BITS) {
    if (!insecure) {
      throw new JwkError(
        "INSECURE",
        `RSA keys below ${RSA_MIN_BITS} bits are insecure: use --size ${RSA_MIN_BITS} or more, or add --insecure`,
      );
    }
    if (size < RSA_INSECURE_MIN_BITS) {
      return invalid(
        `size ${size} is too small for RSA even with --insecure: the minimum is ${RSA_INSECURE_MIN_BITS} bits`,
      );
    }
  }
  return size;
}

/** Checks an oct size against an algorithm; returns it. */
function checkOctSize(size: number, alg: string): number {
  const spec = ALGORITHMS[alg];
  if (!Number.isInteger(size) || size % 8 !== 0) {
    return invalid(`size ${size} is not valid for oct: use a multiple of 8 bits, e.g. --size 256`);
  }
  if (size > OCT_MAX_BITS) {
    return invalid(`size ${size} is too large for oct: the maximum is ${OCT_MAX_BITS} bits`);
  }
  if (spec.sizes && !spec.sizes.includes(size)) {
    return fail(`alg '${alg}' needs a key of ${list(spec.sizes)} bits, not ${size} (--size)`);
  }
  const min = Math.max(spec.minSize ?? 0, OCT_MIN_BITS);
  if (size < min) {
    return fail(`alg '${alg}' needs a key of at least ${min} bits, not ${size} (--size)`);
  }
  return size;
}

/**
 * Fills in defaults and checks every combination, as `jwk create` does before
 * generating a key. The error names the option to change.
 *
 * Inference beyond step: a curve implies its key type (`crv: "Ed25519"` means
 * OKP), an algorithm implies its key type, curve and use when those are absent.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { JwkError, resolveKeyParams } from "@jwk/jwk";
 *
 * assert.deepEqual(resolveKeyParams({ kty: "OKP", use: "enc" }), {
 *   kty: "OKP",
 *   crv: "X25519",
 *   alg: "ECDH-ES",
 *   use: "enc",
 *   size: undefined,
 * });
 * assert.equal(resolveKeyParams({ kty: "oct", alg: "HS384" }).size, 384);
 * assert.throws(
 *   () => resolveKeyParams({ kty: "EC", crv: "P-256", alg: "ES384" }),
 *   (e) => e instanceof JwkError && e.message.includes("alg 'ES384' is not compatible"),
 * );
 * ```
 */
export function resolveKeyParams(req: KeyRequest): KeyParams {
  const { crv, alg } = req;
  if (req.kty !== undefined && !(KEY_TYPES as readonly string[]).includes(req.kty)) {
    const hint = KEY_TYPES.find((k) => k.toLowerCase() === req.kty!.toLowerCase());
    return invalid(
      `kty '${req.kty}' is not supported: use one of ${list(KEY_TYPES)}` +
        (hint ? ` (kty is case-sensitive: did you mean '${hint}'?)` : ""),
    );
  }
  const spec = alg === undefined ? undefined : ALGORITHMS[alg];
  if (alg !== undefined && !spec) {
    const hint = Object.keys(ALGORITHMS).find((a) => a.toLowerCase() === alg.toLowerCase());
    return invalid(
      `alg '${alg}' is not supported` +
        (hint ? ` (alg is case-sensitive: did you mean '${hint}'?)` : ": see --help for the list"),
    );
  }
  if (req.use === "") return invalid("use must not be empty: use 'sig', 'enc' or another name");
  if (req.size !== undefined && (!Number.isSafeInteger(req.size) || req.size <= 0)) {
    return invalid(`size '${req.size}' is not a positive number of bits`);
  }

  // kty: given, else implied by the curve, else by the algorithm, else EC.
  const kty: KeyType = (req.kty as KeyType | undefined) ??
    (crv !== undefined ? ktyOfCurve(crv) : undefined) ??
    (spec && spec.kty.length === 1 ? spec.kty[0] : undefined) ?? "EC";

  // use: given, else what the algorithm (or curve) is for, else sig.
  // X25519 and X448 can only agree keys, so naming them means encryption.
  const use = req.use ?? spec?.use ?? (crv === undefined ? undefined : CURVE_USE[crv]) ?? "sig";
  const purpose = use === "sig" || use === "enc" ? use : undefined;

  let size: number | undefined;
  let curve: string | undefined;
  if (kty === "EC" || kty === "OKP") {
    if (req.size !== undefined) {
      return fail(`--size is not valid for kty '${kty}': the curve sets the size (use --crv)`);
    }
    const curves = CURVES[kty];
    if (crv !== undefined && !curves.includes(crv)) {
      return fail(
        `crv '${crv}' is not compatible with kty '${kty}': use one of ${list(curves)}`,
      );
    }
    curve = crv ?? spec?.crv?.find((c) => curves.includes(c)) ??
      (kty === "OKP" && purpose === "enc" ? "X25519" : curves[0]);
    // A use given explicitly must be one the curve can do. (A use that comes
    // from --alg is checked below, with a message about --alg.)
    const want = CURVE_USE[curve];
    if (req.use !== undefined && purpose && want && purpose !== want) {
      return fail(`crv '${curve}' is only for use '${want}', not '${use}'` + otherCurve(curve));
    }
  } else if (kty === "AKP") {
    const sets = list(Object.keys(ML_DSA));
    if (req.size !== undefined) {
      return fail(
        `--size is not valid for kty 'AKP': the ML-DSA parameter set fixes the size (use --alg ${sets})`,
      );
    }
    if (crv !== undefined) {
      return fail(
        `--crv is not valid for kty 'AKP': it has no curve; choose the parameter set with --alg (${sets})`,
      );
    }
    if (req.use !== undefined && purpose === "enc") {
      return fail(
        "kty 'AKP' (ML-DSA) is only for use 'sig', not 'enc': drop --use, or encrypt with --kty EC, OKP or RSA",
      );
    }
  } else {
    if (crv !== undefined) {
      return fail(`--crv is not valid for kty '${kty}': only EC and OKP keys have a curve`);
    }
    if (kty === "RSA") size = checkRsaSize(req.size ?? RSA_MIN_BITS, req.insecure === true);
  }

  const chosen = alg ??
    defaultAlgorithm(kty, use, curve, kty === "oct" ? req.size : undefined);
  const chosenSpec = ALGORITHMS[chosen];
  if (
    !chosenSpec.kty.includes(kty) || (chosenSpec.crv && curve && !chosenSpec.crv.includes(curve))
  ) {
    return fail(
      `alg '${chosen}' is not compatible with kty '${kty}'` + (curve ? ` and crv '${curve}'` : "") +
        ` (${chosen} needs kty ${chosenSpec.kty.join(" or ")}` +
        (chosenSpec.crv ? ` with crv ${list(chosenSpec.crv)}` : "") +
        `): change --alg or ${curve && chosenSpec.kty.includes(kty) ? "--crv" : "--kty"}`,
    );
  }
  if (purpose && chosenSpec.use !== purpose) {
    return fail(
      `alg '${chosen}' is for use '${chosenSpec.use}', not '${use}': change --alg or --use`,
    );
  }
  if (kty === "RSA" && chosenSpec.minSize && size! < chosenSpec.minSize) {
    return fail(`alg '${chosen}' needs an RSA key of at least ${chosenSpec.minSize} bits (--size)`);
  }
  if (kty === "oct") size = checkOctSize(req.size ?? chosenSpec.defaultSize ?? 256, chosen);
  return { kty, crv: curve, alg: chosen, use, size };
}
