/**
 * The JWK Set library (lib/keyset.ts): reading and checking sets, adding the
 * public view with a thumbprint kid, removing, finding, listing, and the file
 * form. Kids are checked against an RFC 7638 thumbprint computed here, and
 * the sets against python3-jwcrypto's JWKSet.
 */
import assert from "node:assert/strict";
import {
  addToJwkSet,
  type CreatedJwk,
  createJwk,
  findInJwkSet,
  type Jwk,
  type JwkSet,
  jwkSetKids,
  parseJwkSet,
  removeFromJwkSet,
  stringifyJwkSet,
  validateJwkSet,
} from "../mod.ts";
import { PRIVATE_MEMBERS, publicPart, rejectsWith, rfc7638, webCryptoRsa } from "./_helpers.ts";
import { ignoreWithout, need, python3WithJwcrypto, startJwcrypto } from "./_peers.ts";

/** One fresh key of each kind the tool makes. */
const KEYS: Record<string, CreatedJwk> = {
  "EC P-256": await createJwk({ kty: "EC" }),
  "EC P-521": await createJwk({ kty: "EC", crv: "P-521" }),
  "RSA 2048": await createJwk({ kty: "RSA" }),
  "OKP Ed25519": await createJwk({ kty: "OKP" }),
  "OKP X25519": await createJwk({ kty: "OKP", crv: "X25519", use: "enc" }),
  oct: await createJwk({ kty: "oct", kid: "hmac-1" }),
};
const ASYMMETRIC = Object.entries(KEYS).filter(([n]) => n !== "oct");

/** The private JWK without its kid, as a key read from a PEM file comes. */
function withoutKid(jwk: Jwk): Jwk {
  const { kid: _, ...rest } = jwk;
  return rest as Jwk;
}

/** A set built by adding every asymmetric key's private JWK. */
async function fullSet(): Promise<JwkSet> {
  let set: JwkSet = { keys: [] };
  for (const [, k] of ASYMMETRIC) set = (await addToJwkSet(set, k.privateJwk!)).set;
  return set;
}

Deno.test("add: only the public view goes in, kid = RFC 7638 thumbprint, the input is untouched", async () => {
  const empty: JwkSet = { keys: [] };
  for (const [name, k] of ASYMMETRIC) {
    const priv = withoutKid(k.privateJwk!);
    const copy = structuredClone(priv);
    const { set, key } = await addToJwkSet(empty, priv);
    assert.deepEqual(empty.keys, [], `${name}: the given set changed`);
    assert.deepEqual(priv, copy, `${name}: the given key changed`);
    assert.equal(set.keys.length, 1);
    assert.equal(set.keys[0], key);
    for (const m of PRIVATE_MEMBERS) assert.ok(!(m in key), `${name}: private '${m}' went in`);
    assert.equal(key.kid, await rfc7638(priv), name);
    assert.deepEqual({ ...key, kid: undefined }, { ...publicPart(priv), kid: undefined }, name);
    // The same as what createJwk wrote to the public file (kid there is the thumbprint too).
    assert.deepEqual(key, k.publicJwk, name);
  }
});

Deno.test("add: a kid given is kept; key_ops map to the public operation", async () => {
  const k = KEYS["OKP Ed25519"].privateJwk!;
  const { key } = await addToJwkSet({ keys: [] }, { ...k, kid: "2026-01", key_ops: ["sign"] });
  assert.equal(key.kid, "2026-01");
  assert.deepEqual(key.key_ops, ["verify"]);
});

Deno.test("add: private: true keeps the private members", async () => {
  const k = KEYS["EC P-256"].privateJwk!;
  const { key } = await addToJwkSet({ keys: [] }, k, { private: true });
  assert.equal(key.d, k.d);
  const oct = await addToJwkSet({ keys: [] }, KEYS.oct.privateJwk!, { private: true });
  assert.equal(oct.key.k, KEYS.oct.privateJwk!.k);
  assert.equal(oct.key.kid, "hmac-1");
});

Deno.test("add: refusals (duplicate kid, oct without private, oct without kid, bad keys)", async () => {
  const set = await fullSet();
  const again = ASYMMETRIC[0][1].publicJwk;
  await rejectsWith(addToJwkSet(set, again), "DUPLICATE_KID", /already has a key with kid/);
  await rejectsWith(
    addToJwkSet(set, { ...KEYS["OKP X25519"].publicJwk, kid: set.keys[0].kid }),
    "DUPLICATE_KID",
  );
  await rejectsWith(addToJwkSet(set, KEYS.oct.privateJwk!), "INSECURE", /oct key is a secret/);
  await rejectsWith(
    addToJwkSet(set, withoutKid(KEYS.oct.privateJwk!), { private: true }),
    "BAD_KEY",
    /no kid/,
  );
  await rejectsWith(addToJwkSet(set, { kty: "EC", crv: "P-256", x: "AAAA" }), "BAD_KEY", /'x'/);
  await rejectsWith(addToJwkSet(set, { ...again, kid: "" }), "BAD_KEY", /empty kid/);
  await rejectsWith(addToJwkSet(set, { ...again, kid: "a\nb" }), "BAD_KEY", /control/);
  await rejectsWith(addToJwkSet(set, { keys: [] }), "BAD_KEY", /JWK Set, not a JWK/);
  assert.equal(set.keys.length, ASYMMETRIC.length);
});

Deno.test("remove, find, list: by kid; unknown kids refused; the input is untouched", async () => {
  const set = await fullSet();
  const kids = jwkSetKids(set);
  assert.deepEqual(kids, await Promise.all(ASYMMETRIC.map(([, k]) => rfc7638(k.publicJwk))));
  for (const [i, kid] of kids.entries()) {
    assert.equal(findInJwkSet(set, kid), set.keys[i]);
    const { set: rest, removed } = removeFromJwkSet(set, kid);
    assert.equal(removed, set.keys[i]);
    assert.deepEqual(jwkSetKids(rest), kids.filter((k) => k !== kid));
  }
  assert.equal(set.keys.length, kids.length);
  assert.throws(() => findInJwkSet(set, "nope"), /no key with kid 'nope'/);
  assert.throws(
    () => removeFromJwkSet(set, "nope"),
    (e: Error & { code?: string }) => e.code === "UNKNOWN_KID",
  );
  assert.throws(() => findInJwkSet({ keys: [] }, "x"), /no kids at all/);
  // A kid asked for is shown escaped: no line breaks, no reordering by bidirectional controls.
  assert.throws(
    () => findInJwkSet(set, "a\u202eb\u2028c\u0085\u001b"),
    /no key with kid "a\\u202eb\\u2028c\\u0085\\u001b" \(/,
  );
  // A kid differing only in case is another kid.
  assert.throws(() => findInJwkSet(set, kids[0].toUpperCase()), /no key/);
});

Deno.test("file form: 2-space JSON with a final newline, read back equal; other members kept", async () => {
  const set = { ...(await fullSet()), note: "kept" };
  const text = stringifyJwkSet(set);
  assert.equal(text, JSON.stringify(set, null, 2) + "\n");
  assert.match(text, /^\{\n {2}"keys": \[\n {4}\{\n/);
  const back = await parseJwkSet(text);
  assert.deepEqual(back, set);
  assert.equal(back.note, "kept");
  assert.deepEqual(await parseJwkSet(new TextEncoder().encode(text)), set);
});

Deno.test("parse: what is not a JWK Set is refused with one line", async () => {
  const k = KEYS["OKP Ed25519"].publicJwk;
  const cases: [string, RegExp][] = [
    ["", /empty/],
    ["   \n", /empty/],
    ["{", /not valid JSON/],
    ["[]", /not a JWK Set/],
    ["42", /not a JWK Set/],
    ['"keys"', /not a JWK Set/],
    ["null", /not a JWK Set/],
    ["{}", /no "keys" member/],
    [JSON.stringify(k), /single JWK, not a JWK Set/],
    ['{"keys": {}}', /not an array/],
    ['{"keys": "x"}', /not an array/],
    ['{"keys": [1]}', /key #1 .* not a JWK/],
    ['{"keys": [[]]}', /key #1 .* not a JWK/],
    ['{"keys": [null]}', /key #1 .* not a JWK/],
    ['{"keys": [{}]}', /key #1 .*no 'kty'/],
    [JSON.stringify({ keys: [k, { ...k, kid: 7 }] }), /key #2 .*kid that is not a string/],
    [JSON.stringify({ keys: [{ ...k, kid: "" }] }), /empty kid/],
    [JSON.stringify({ keys: [{ ...k, kid: "a\u0000" }] }), /control characters/],
    // What breaks a line for some reader cannot be listed one kid per line either.
    [JSON.stringify({ keys: [{ ...k, kid: "a\u2028b" }] }), /control characters \("a\\u2028b"\)$/],
    [JSON.stringify({ keys: [{ ...k, kid: "a\u0085b" }] }), /control characters \("a\\u0085b"\)$/],
    [
      JSON.stringify({ keys: [{ ...k, x: k.x!.slice(4) }] }),
      /key #1 of the JWK Set \(kid '.*'\): .*'x'.*32 bytes, not 29/,
    ],
    [JSON.stringify({ keys: [{ ...k, x: undefined }] }), /no 'x' member/],
    [JSON.stringify({ keys: [{ ...k, x: "not base64!" }] }), /not base64url/],
    [JSON.stringify({ keys: [{ ...KEYS["RSA 2048"].publicJwk, e: 65537 }] }), /'e'.*not a string/],
  ];
  for (const [text, pattern] of cases) {
    await rejectsWith(parseJwkSet(text), "BAD_KEYSET", pattern);
  }
  await rejectsWith(parseJwkSet(new Uint8Array([0x7b, 0xff, 0x7d])), "BAD_KEYSET", /UTF-8/);
  await rejectsWith(validateJwkSet(undefined), "BAD_KEYSET", /not a JWK Set/);
});

Deno.test("parse: keys of a type this tool does not know are kept as they are (RFC 7517 §5)", async () => {
  const odd = { kty: "XYZ", kid: "future", whatever: [1, 2] };
  const k = KEYS["EC P-256"].publicJwk;
  const set = await parseJwkSet(JSON.stringify({ keys: [odd, k] }));
  assert.deepEqual(set.keys, [odd, k]);
  assert.deepEqual(jwkSetKids(set), ["future", k.kid]);
  // Their kids still count: one kid twice is read, but cannot be found or removed.
  const twice = await parseJwkSet(JSON.stringify({ keys: [odd, k, odd] }));
  assert.deepEqual(jwkSetKids(twice), ["future", k.kid, "future"]);
  assert.throws(() => findInJwkSet(twice, "future"), /2 keys of the JWK Set have kid 'future'/);
  assert.throws(() => removeFromJwkSet(twice, "future"), /cannot be told/);
  assert.equal(findInJwkSet(twice, k.kid!), twice.keys[1]);
  assert.deepEqual(removeFromJwkSet(twice, k.kid!).set.keys, [odd, odd]);
  await rejectsWith(addToJwkSet(twice, { ...k, kid: "future" }), "DUPLICATE_KID");
  // Keys without a kid are fine, and not listed.
  const nokid = await parseJwkSet(JSON.stringify({ keys: [withoutKid(k)] }));
  assert.deepEqual(jwkSetKids(nokid), []);
});

const python = await python3WithJwcrypto();

Deno.test({
  name: "jwcrypto: JWKSet.from_json reads our sets; same kids, same thumbprints, no private key",
  ignore: ignoreWithout(python),
  async fn() {
    const peer = startJwcrypto(need(python));
    try {
      const set = await fullSet();
      const seen = await peer.request<
        { kid: string; kty: string; has_private: boolean; thumbprint: string }[]
      >({ op: "jwkset", json: stringifyJwkSet(set) });
      // jwcrypto keeps a set's keys in a Python set: compare by kid, not by order.
      assert.deepEqual(seen.map((s) => s.kid).sort(), jwkSetKids(set).sort());
      for (const s of seen) {
        assert.equal(s.kty, findInJwkSet(set, s.kid).kty);
        assert.equal(s.thumbprint, s.kid, "kid = jwcrypto's RFC 7638 thumbprint");
        assert.equal(s.has_private, false, `${s.kid}: jwcrypto sees a private key`);
      }
      // The check can fail: a private set is seen as private.
      const priv = await addToJwkSet({ keys: [] }, KEYS["EC P-256"].privateJwk!, { private: true });
      const [p] = await peer.request<{ has_private: boolean }[]>({
        op: "jwkset",
        json: stringifyJwkSet(priv.set),
      });
      assert.equal(p.has_private, true);
    } finally {
      await peer.close();
    }
  },
});

Deno.test("add and create: an RSA key below 2048 bits needs insecure, below 1024 is refused", async () => {
  const [short, tiny] = [publicPart(await webCryptoRsa(1024)), publicPart(await webCryptoRsa(768))];
  await rejectsWith(addToJwkSet({ keys: [] }, short), "INSECURE", /1024 bits, below 2048/);
  const { key } = await addToJwkSet({ keys: [] }, short, { insecure: true });
  assert.equal(key.n, short.n);
  await rejectsWith(addToJwkSet({ keys: [] }, tiny, { insecure: true }), "INSECURE", /768 bits/);
  // jwk create --from-pem holds an existing key to the rule of new ones.
  const existing = { jwk: short, isPrivate: false };
  await rejectsWith(createJwk({ key: existing }), "INSECURE", /1024 bits, below 2048/);
  assert.equal((await createJwk({ key: existing, insecure: true })).publicJwk.n, short.n);
});
