/**
 * What `jwk public` prints: the public JWK of any key the tool reads.
 * @module
 */
import { JwkError } from "./errors.ts";
import { type Jwk, orderMembers, publicJwk } from "./jwk.ts";
import { type KeyInput, validateJwk } from "./key_input.ts";
import { thumbprint } from "./thumbprint.ts";

/**
 * The public JWK of a key: private members dropped, `key_ops` mapped to what
 * the public half can do, `kid`, `alg`, `use`, `x5c` and `x5t#S256` kept. A
 * key without `kid` gets its RFC 7638 SHA-256 thumbprint, as `jwk create`
 * writes it, so the public JWK of a private file `create` wrote equals the
 * public file it wrote beside it, and a key read from PEM gets the kid it
 * would have in a JWK Set. An oct key has no public part (its "public" JWK
 * is the secret): refused with a JwkError (INSECURE).
 *
 * A {@link readAnyKey} result is used as it is (it was checked when read); a
 * bare JWK is checked with {@link validateJwk} first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createJwk, publicJwkOf, readAnyKey } from "@jwk/jwk";
 *
 * const created = await createJwk({ kty: "OKP" });
 * const key = await readAnyKey(JSON.stringify(created.privateJwk));
 * assert.deepEqual(await publicJwkOf(key), created.publicJwk);
 * ```
 *
 * @example A key without kid gets its thumbprint; oct is refused
 * ```ts
 * import assert from "node:assert/strict";
 * import { JwkError, publicJwkOf, thumbprint } from "@jwk/jwk";
 *
 * const jwk = { kty: "OKP", crv: "Ed25519", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo" };
 * assert.equal((await publicJwkOf(jwk)).kid, await thumbprint(jwk));
 * await assert.rejects(
 *   publicJwkOf({ kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA" }),
 *   (e) => e instanceof JwkError && e.code === "INSECURE",
 * );
 * ```
 */
export async function publicJwkOf(key: KeyInput | JsonWebKey): Promise<Jwk> {
  const read = "jwk" in key && typeof key.jwk === "object" && key.jwk !== null;
  const jwk = read ? (key as KeyInput).jwk : await validateJwk(key);
  if (jwk.kty === "oct") {
    throw new JwkError(
      "INSECURE",
      "an oct key is a shared secret with no public part: printing it would print the secret",
    );
  }
  const pub = publicJwk(jwk);
  return pub.kid === undefined ? orderMembers({ ...pub, kid: await thumbprint(pub) }) : pub;
}
