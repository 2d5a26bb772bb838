/**
 * A JWK's `alg`, `use` and `key_ops` members checked against the key they
 * describe (RFC 7517 §4.2-4.4, RFC 7518). A key whose own members contradict
 * it (ES256 on a P-384 key, a signing algorithm with `use: "enc"`, HS256 on a
 * 31-byte secret) fails in every JOSE library that honours them, so a file
 * holding one is refused as malformed, as Wycheproof's JSON Web Key tests
 * expect. Names this tool does not know are kept: RFC 7517 allows private,
 * collision-resistant ones.
 * @module
 */
import { JwkError } from "./errors.ts";
import { ALGORITHMS, CURVE_USE, KEY_OP_USE, OTHER_ALGORITHMS } from "./key_types.ts";
import { shown } from "./shown.ts";

/** The size an ECDSA algorithm's name gives each curve (ES256 is P-256's). */
const ECDSA_SIZE: Readonly<Record<string, string>> = {
  "P-256": "256",
  "P-384": "384",
  "P-521": "521",
  "secp256k1": "256K",
};

const bad = (message: string) => new JwkError("BAD_KEY", message);

/**
 * Refuses a JWK whose `alg`, `use` or `key_ops` cannot go with its key: an
 * algorithm for another key type, curve or use, a key size the algorithm
 * cannot take (`bits`: the oct secret's or RSA modulus's size), a use the
 * curve cannot do (X25519 signs nothing), a `key_ops` value against the use,
 * or an unregistered ECDSA name of another curve's size (ES521 on P-256).
 * `kty` and `crv` must have been checked; AKP's `alg` is its parameter set,
 * checked with its members.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkJwkAlgorithm } from "./jwk_alg.ts";
 * checkJwkAlgorithm({ kty: "EC", crv: "P-256", alg: "ES256", use: "sig" });
 * assert.throws(() => checkJwkAlgorithm({ kty: "EC", crv: "P-384", alg: "ES256" }), /crv P-256/);
 * assert.throws(() => checkJwkAlgorithm({ kty: "oct", alg: "HS256" }, 248), /at least 256 bits/);
 * ```
 */
export function checkJwkAlgorithm(jwk: Record<string, unknown>, bits?: number): void {
  const kty = jwk.kty as string;
  const crv = jwk.crv as string | undefined;
  const use = jwk.use as string | undefined;
  const alg = jwk.alg as string | undefined;
  // Other use values are allowed (RFC 7517 §4.2); only these two mean something here.
  const purpose = use === "sig" || use === "enc" ? use : undefined;
  const only = kty === "AKP" ? "sig" : crv === undefined ? undefined : CURVE_USE[crv];
  if (purpose && only && purpose !== only) {
    throw bad(
      `the JWK's use '${use}' is not possible for ${kty === "AKP" ? "ML-DSA" : crv} keys: ` +
        `they are only for '${only}'`,
    );
  }
  const spec = alg === undefined || kty === "AKP"
    ? undefined
    : ALGORITHMS[alg] ?? OTHER_ALGORITHMS[alg];
  // Unregistered names are kept (RFC 7517 §4.4 allows private ones), except
  // an ECDSA-shaped one whose size is not the curve's: ES224 or ES521 on a
  // P-256 key is a mislabeled key. (ES521 on P-521, as Wycheproof's copy of
  // RFC 7520's key has it, names its curve: kept.)
  if (
    spec === undefined && kty === "EC" && /^ES\d+K?$/.test(alg ?? "") &&
    alg!.slice(2) !== ECDSA_SIZE[crv!]
  ) {
    throw bad(
      `the JWK's alg ${shown(alg)} does not fit its curve ${crv} (ES${ECDSA_SIZE[crv!]} does)`,
    );
  }
  if (spec) {
    if (!spec.kty.includes(kty as never)) {
      throw bad(`the JWK's alg '${alg}' is for kty ${spec.kty.join(" or ")}, not ${kty}`);
    }
    if (spec.crv && crv !== undefined && !spec.crv.includes(crv)) {
      throw bad(`the JWK's alg '${alg}' is for crv ${spec.crv.join(", ")}, not ${crv}`);
    }
    if (purpose && purpose !== spec.use) {
      throw bad(`the JWK's alg '${alg}' is for use '${spec.use}', but its use is '${use}'`);
    }
    if (bits !== undefined && spec.sizes && !spec.sizes.includes(bits)) {
      throw bad(
        `the JWK's alg '${alg}' needs a key of ${spec.sizes.join(" or ")} bits, not ${bits}`,
      );
    }
    // PBES2's floor is jwk create's rule for the secrets it makes; a password
    // read from a file may be shorter. The others are the algorithms' own.
    const least = alg!.startsWith("PBES2-") ? undefined : spec.minSize;
    if (bits !== undefined && least !== undefined && bits < least) {
      throw bad(`the JWK's alg '${alg}' needs a key of at least ${least} bits, not ${bits}`);
    }
  }
  // RFC 7517 §4.3: key_ops and use, when both are there, must agree; so must
  // key_ops and what the algorithm does.
  for (const op of (jwk.key_ops as string[] | undefined) ?? []) {
    const opUse = KEY_OP_USE[op];
    if (opUse === undefined) continue; // other values are allowed
    if (purpose && opUse !== purpose) {
      throw bad(`the JWK's key_ops '${op}' contradicts its use '${use}'`);
    }
    if (spec && opUse !== spec.use) {
      throw bad(`the JWK's key_ops '${op}' contradicts its alg '${alg}'`);
    }
    if (only && opUse !== only) {
      throw bad(`the JWK's key_ops '${op}' is not possible for ${crv ?? "ML-DSA"} keys`);
    }
  }
}
