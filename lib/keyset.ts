/**
 * JWK Sets (RFC 7517 §5): `{"keys": [...]}`, the document a server publishes
 * so that others can verify its signatures (an OpenID Provider's `jwks_uri`,
 * for one). Reading checks every member; adding puts in the PUBLIC view of a
 * key unless asked otherwise, fills in the kid and refuses one already there;
 * removing and finding go by kid. Every function returns a new set and never
 * changes the one it is given.
 * @module
 */
import { JwkError } from "./errors.ts";
import { type Jwk, orderMembers, publicJwk } from "./jwk.ts";
import { checkJsonDepth, utf8Text, validateJwk } from "./key_input.ts";
import { refuseShortRsa, rsaBits } from "./rsa_weak.ts";
import { thumbprint } from "./thumbprint.ts";

/**
 * A JWK Set: its keys, and any other members the document had (RFC 7517 §5
 * allows them; they are kept as they were).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type JwkSet, stringifyJwkSet } from "@jwk/jwk";
 *
 * const set: JwkSet = { keys: [] };
 * assert.equal(stringifyJwkSet(set), '{\n  "keys": []\n}\n');
 * ```
 */
export interface JwkSet {
  /** The keys, in file order. */
  keys: Jwk[];
  /** Other members of the document, kept as they were. */
  [member: string]: unknown;
}

/**
 * Options of {@link addToJwkSet}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { addToJwkSet, type AddToJwkSetOptions } from "@jwk/jwk";
 *
 * const options: AddToJwkSetOptions = { private: true };
 * const secret = { kty: "oct", kid: "hmac-1", k: "AAAAAAAAAAAAAAAAAAAAAA" };
 * const { set } = await addToJwkSet({ keys: [] }, secret, options);
 * assert.equal(set.keys[0].k, secret.k); // the secret went in, as asked
 * ```
 */
export interface AddToJwkSetOptions {
  /**
   * Add the key as given, private members included. Default false: only the
   * public view goes in (a published set must never hold private members), and
   * an oct key, which has no public view, is refused.
   */
  private?: boolean;
  /**
   * Add an RSA key below 2048 bits (at least 1024). Default false: such a key
   * is refused (INSECURE), as `jwk create` refuses to make one.
   */
  insecure?: boolean;
}

/**
 * What {@link addToJwkSet} returns: the new set, and the key as it went in.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { addToJwkSet, type AddedToJwkSet } from "@jwk/jwk";
 *
 * const jwk = { kty: "OKP", crv: "Ed25519", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo" };
 * const added: AddedToJwkSet = await addToJwkSet({ keys: [] }, jwk);
 * assert.equal(added.set.keys[0], added.key);
 * ```
 */
export interface AddedToJwkSet {
  /** The set with the key added at the end. */
  set: JwkSet;
  /** The key as it went into the set: public view (unless `private`), with a kid. */
  key: Jwk;
}

/**
 * What {@link removeFromJwkSet} returns: the new set, and the key taken out.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { removeFromJwkSet, type RemovedFromJwkSet } from "@jwk/jwk";
 *
 * const key = { kty: "oct" as const, kid: "a", k: "AAAAAAAAAAAAAAAAAAAAAA" };
 * const out: RemovedFromJwkSet = removeFromJwkSet({ keys: [key] }, "a");
 * assert.deepEqual([out.set.keys.length, out.removed], [0, key]);
 * ```
 */
export interface RemovedFromJwkSet {
  /** The set without the key. */
  set: JwkSet;
  /** The key that was removed. */
  removed: Jwk;
}

function badSet(message: string): JwkError {
  return new JwkError("BAD_KEYSET", message);
}

/**
 * Characters that break a line for some reader: C0 and C1 controls, DEL, and
 * Unicode's line and paragraph separators (Python's splitlines, editors).
 */
// deno-lint-ignore no-control-regex
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** Bidirectional controls: they reorder what is shown after them. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** What a message escapes in a kid: both kinds. */
const UNSHOWABLE = new RegExp(`${LINE_BREAKING.source}|${BIDI_CONTROLS.source}`, "g");

/** A kid for a one-line message: quoted, control characters escaped, long ones cut. */
function shown(kid: string): string {
  const cut = kid.length > 80 ? `${kid.slice(0, 77)}...` : kid;
  if (cut.search(UNSHOWABLE) < 0) return `'${cut}'`;
  // JSON.stringify escapes C0 controls and lone surrogates; the rest as \uXXXX too.
  return JSON.stringify(cut).replace(
    UNSHOWABLE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * Refuses a kid that `jwk keyset list` could not print on one line, or that
 * nobody could name to find or remove it.
 */
function checkKid(kid: string, where: string, code: "BAD_KEYSET" | "BAD_KEY"): void {
  if (kid === "") throw new JwkError(code, `${where} has an empty kid`);
  if (LINE_BREAKING.test(kid)) {
    throw new JwkError(code, `${where} has a kid with control characters (${shown(kid)})`);
  }
}

/**
 * Checks a parsed JSON value as a JWK Set: an object whose `keys` member is
 * an array of JWKs. Each key is checked with {@link validateJwk} (a malformed
 * one is refused with its position and what is wrong); a key of a type this
 * tool does not know is kept untouched, as RFC 7517 §5 asks. Kids must be
 * non-empty and printable on one line; keys without a kid are allowed, and
 * so are two keys with one kid (RFC 7517 §4.5 says only SHOULD, naming keys
 * of two types that an application takes as alternatives; go-jose and
 * jwcrypto read such sets), though finding or removing that kid is then
 * refused as ambiguous. Returns a copy: the keys as they were, other members
 * kept.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { JwkError, validateJwkSet } from "@jwk/jwk";
 *
 * const key = { kty: "oct", kid: "a", k: "AAAAAAAAAAAAAAAAAAAAAA" };
 * assert.equal((await validateJwkSet({ keys: [key] })).keys.length, 1);
 * await assert.rejects(
 *   validateJwkSet({ keys: [{ ...key, kid: "" }] }),
 *   (e) => e instanceof JwkError && e.code === "BAD_KEYSET" && /empty kid/.test(e.message),
 * );
 * assert.equal((await validateJwkSet({ keys: [key, key] })).keys.length, 2); // one kid twice
 * ```
 */
export async function validateJwkSet(value: unknown): Promise<JwkSet> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw badSet('the input is not a JWK Set (a JSON object with a "keys" array)');
  }
  const doc = value as Record<string, unknown>;
  if (!("keys" in doc)) {
    if (typeof doc.kty === "string" || typeof doc.ciphertext === "string") {
      throw badSet(
        'the input is a single JWK, not a JWK Set: a set is {"keys": [...]} (jwk keyset add makes one)',
      );
    }
    throw badSet('the input is not a JWK Set: it has no "keys" member');
  }
  if (!Array.isArray(doc.keys)) throw badSet('the JWK Set\'s "keys" member is not an array');
  const keys: Jwk[] = [];
  for (const [i, key] of doc.keys.entries()) {
    const where = `key #${i + 1} of the JWK Set`;
    if (typeof key !== "object" || key === null || Array.isArray(key)) {
      throw badSet(`${where} is not a JWK (a JSON object)`);
    }
    const kid = (key as Record<string, unknown>).kid;
    if (kid !== undefined && typeof kid !== "string") {
      throw badSet(`${where} has a kid that is not a string`);
    }
    try {
      await validateJwk(key);
    } catch (e) {
      // RFC 7517 §5: a key whose type is not understood is ignored, not an error.
      if (!(e instanceof JwkError) || e.code !== "UNSUPPORTED") {
        const msg = e instanceof Error ? e.message : String(e);
        throw badSet(`${where}${kid === undefined ? "" : ` (kid ${shown(kid)})`}: ${msg}`);
      }
    }
    if (kid !== undefined) checkKid(kid, where, "BAD_KEYSET");
    keys.push(key as Jwk);
  }
  return { ...doc, keys };
}

/**
 * Reads a JWK Set from its JSON text (or UTF-8 bytes) and checks it with
 * {@link validateJwkSet}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { JwkError, parseJwkSet } from "@jwk/jwk";
 *
 * const set = await parseJwkSet('{"keys":[{"kty":"oct","kid":"a","k":"AAAAAAAAAAAAAAAAAAAAAA"}]}');
 * assert.equal(set.keys[0].kid, "a");
 * await assert.rejects(parseJwkSet("[]"), (e) => e instanceof JwkError && e.code === "BAD_KEYSET");
 * ```
 */
export async function parseJwkSet(input: string | Uint8Array): Promise<JwkSet> {
  let text: string;
  try {
    text = typeof input === "string" ? input : utf8Text(input);
  } catch {
    throw badSet("the JWK Set is not UTF-8 text");
  }
  if (text.trim() === "") throw badSet('the JWK Set is empty: a set is {"keys": [...]}');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badSet("the JWK Set is not valid JSON");
  }
  checkJsonDepth(value, "the JWK Set", "BAD_KEYSET");
  return await validateJwkSet(value);
}

/**
 * The kids of the set's keys, in order (keys without a kid are left out).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { jwkSetKids } from "@jwk/jwk";
 *
 * const k = "AAAAAAAAAAAAAAAAAAAAAA";
 * const kids = jwkSetKids({ keys: [{ kty: "oct", kid: "a", k }, { kty: "oct", k }] } as const);
 * assert.deepEqual(kids, ["a"]);
 * ```
 */
export function jwkSetKids(set: JwkSet): string[] {
  return set.keys.map((k) => k.kid).filter((kid): kid is string => typeof kid === "string");
}

function unknownKid(set: JwkSet, kid: string): JwkError {
  const n = jwkSetKids(set).length;
  return new JwkError(
    "UNKNOWN_KID",
    `the JWK Set has no key with kid ${shown(kid)} (${
      n === 0 ? "it has no kids at all" : `it has ${n} kid${n === 1 ? "" : "s"}`
    })`,
  );
}

/**
 * The key with this kid; an unknown kid is a JwkError (UNKNOWN_KID), and so
 * is a kid two keys have (DUPLICATE_KID: which one is meant cannot be told).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { findInJwkSet, JwkError } from "@jwk/jwk";
 *
 * const key = { kty: "oct" as const, kid: "a", k: "AAAAAAAAAAAAAAAAAAAAAA" };
 * assert.equal(findInJwkSet({ keys: [key] }, "a"), key);
 * assert.throws(() => findInJwkSet({ keys: [key] }, "b"), (e) => e instanceof JwkError);
 * ```
 */
export function findInJwkSet(set: JwkSet, kid: string): Jwk {
  return set.keys[indexOfKid(set, kid)];
}

/** Where the one key with this kid is; none, or more than one, is a JwkError. */
function indexOfKid(set: JwkSet, kid: string): number {
  const at = set.keys.findIndex((k) => k.kid === kid);
  if (at < 0) throw unknownKid(set, kid);
  const more = set.keys.filter((k) => k.kid === kid).length;
  if (more > 1) {
    throw new JwkError(
      "DUPLICATE_KID",
      `${more} keys of the JWK Set have kid ${shown(kid)}: which one is meant cannot be told ` +
        "(edit the file, or give them distinct kids)",
    );
  }
  return at;
}

/**
 * A new set without the key of this kid; an unknown kid is a JwkError
 * (UNKNOWN_KID), and so is a kid two keys have (DUPLICATE_KID).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseJwkSet, removeFromJwkSet } from "@jwk/jwk";
 *
 * const k = "AAAAAAAAAAAAAAAAAAAAAA";
 * const set = await parseJwkSet(JSON.stringify({
 *   keys: [{ kty: "oct", kid: "old", k }, { kty: "oct", kid: "new", k }],
 * }));
 * assert.deepEqual(removeFromJwkSet(set, "old").set.keys.map((key) => key.kid), ["new"]);
 * assert.equal(set.keys.length, 2); // the given set is not changed
 * ```
 */
export function removeFromJwkSet(set: JwkSet, kid: string): RemovedFromJwkSet {
  const at = indexOfKid(set, kid);
  return { set: { ...set, keys: set.keys.filter((_, i) => i !== at) }, removed: set.keys[at] };
}

/**
 * A new set with `jwk` (any JSON object) added at the end. The key is checked with
 * {@link validateJwk}; what goes in is its public view (see
 * {@link publicJwk}) unless `options.private`, so a private key given by
 * mistake never leaks into a published set. A key without a kid gets its
 * RFC 7638 thumbprint. Refused (JwkError): a kid already in the set
 * (DUPLICATE_KID); an oct key without `private` (it is all secret: INSECURE);
 * an RSA key below 2048 bits without `insecure` (INSECURE);
 * an oct key without a kid (a thumbprint would publish a hash of the secret:
 * BAD_KEY).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { addToJwkSet, JwkError, thumbprint } from "@jwk/jwk";
 *
 * const priv = {
 *   kty: "OKP",
 *   crv: "Ed25519",
 *   x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",
 *   d: "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A",
 * };
 * const { set, key } = await addToJwkSet({ keys: [] }, priv);
 * assert.equal(key.d, undefined); // only the public view went in
 * assert.equal(key.kid, await thumbprint(priv));
 * await assert.rejects(
 *   addToJwkSet(set, priv),
 *   (e) => e instanceof JwkError && e.code === "DUPLICATE_KID",
 * );
 * ```
 */
export async function addToJwkSet(
  set: JwkSet,
  jwk: object,
  options: AddToJwkSetOptions = {},
): Promise<AddedToJwkSet> {
  const valid = await validateJwk(jwk);
  if (valid.kty === "oct" && !options.private) {
    throw new JwkError(
      "INSECURE",
      "an oct key is a secret and has no public part: it goes into a JWK Set only when asked " +
        "(--private), and such a set must not be published",
    );
  }
  if (valid.kty === "RSA") refuseShortRsa(rsaBits(valid.n!), options.insecure === true);
  const key = options.private ? orderMembers({ ...valid }) : publicJwk(valid);
  if (key.kid === undefined) {
    if (key.kty === "oct") {
      throw new JwkError(
        "BAD_KEY",
        "the oct key has no kid, and a thumbprint would be a hash of the secret: give it a kid",
      );
    }
    key.kid = await thumbprint(key);
  }
  const kid = key.kid!;
  checkKid(kid, "the key", "BAD_KEY");
  if (set.keys.some((k) => k.kid === kid)) {
    throw new JwkError("DUPLICATE_KID", `the JWK Set already has a key with kid ${shown(kid)}`);
  }
  const added = orderMembers(key);
  return { set: { ...set, keys: [...set.keys, added] }, key: added };
}

/**
 * The set as a file holds it: JSON pretty-printed with 2 spaces, and a
 * final newline.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseJwkSet, stringifyJwkSet } from "@jwk/jwk";
 *
 * const text = stringifyJwkSet({ keys: [{ kty: "oct", kid: "a", k: "AAAAAAAAAAAAAAAAAAAAAA" }] });
 * assert.ok(text.startsWith('{\n  "keys": [\n    {\n      "kty": "oct",') && text.endsWith("}\n"));
 * assert.equal((await parseJwkSet(text)).keys[0].kid, "a");
 * ```
 */
export function stringifyJwkSet(set: JwkSet): string {
  return JSON.stringify(set, null, 2) + "\n";
}
