/**
 * Property-based fuzzing of everything that reads a JWK or a JWK Set
 * (readAnyKey, publicJwkOf, thumbprint, formatKey, parseJwkSet, addToJwkSet):
 * whatever the JSON holds, the result is a value or a JwkError with a one-line
 * message that holds no private member, never another exception. The inputs
 * are valid keys of every type with members removed, replaced by values of
 * every JSON type and of wrong lengths, or added; and sets built from them.
 * Reproduce a failure with JWK_FUZZ_SEED=<seed>.
 */
import fc from "fast-check";
import assert from "node:assert/strict";
import {
  addToJwkSet,
  changePassword,
  createJwk,
  decryptJwk,
  formatKey,
  JwkError,
  parseJwkSet,
  publicJwkOf,
  readAnyKey,
  thumbprint,
} from "../mod.ts";

const SEED = Number(Deno.env.get("JWK_FUZZ_SEED") ?? 20261123);
const RUNS = Number(Deno.env.get("JWK_FUZZ_RUNS") ?? 150);
const PRIVATE = ["d", "p", "q", "dp", "dq", "qi", "k", "priv"];

/** One valid private key of each type the tool makes (RSA at 2048: the slowest). */
const KEYS: Record<string, unknown>[] = [];
for (
  const opts of [
    { kty: "EC" },
    { kty: "EC", crv: "P-521" },
    { kty: "EC", crv: "secp256k1" },
    { kty: "OKP" },
    { kty: "OKP", crv: "X25519", use: "enc" },
    { kty: "OKP", crv: "Ed448" },
    { kty: "OKP", crv: "X448", use: "enc" },
    { kty: "RSA" },
    { kty: "oct" },
    { kty: "AKP", alg: "ML-DSA-44" },
  ]
) {
  const { privateJwk } = await createJwk(opts);
  KEYS.push(privateJwk as unknown as Record<string, unknown>);
}

/** Secrets that must never show in a message: every private member's value. */
const SECRETS = KEYS.flatMap((k) =>
  PRIVATE.map((m) => k[m]).filter((v): v is string => typeof v === "string")
);

/** A JSON value of any type, base64url strings of odd lengths included. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^[A-Za-z0-9_-]{0,120}$/),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 2 }),
);

/** A member of some valid key's value, swapped into another key (wrong length, wrong curve). */
const foreignValue = fc.tuple(fc.nat({ max: KEYS.length - 1 }), fc.nat()).map(([i, j]) => {
  const values = Object.values(KEYS[i]);
  return values[j % values.length];
});

const MEMBERS = ["kty", "crv", "alg", "use", "kid", "key_ops", "x", "y", "d", "n", "e", "p", "q"]
  .concat(["dp", "dq", "qi", "k", "pub", "priv", "x5c", "oth", "keys"]);

/** A valid key with 1 to 3 edits: a member deleted, replaced, or added. */
const mutatedKey = fc.tuple(
  fc.nat({ max: KEYS.length - 1 }),
  fc.array(
    fc.tuple(fc.constantFrom(...MEMBERS), fc.oneof(fc.constant(undefined), anyValue, foreignValue)),
    { minLength: 1, maxLength: 3 },
  ),
).map(([i, edits]) => {
  const key: Record<string, unknown> = { ...KEYS[i] };
  for (const [m, v] of edits) {
    if (v === undefined) delete key[m];
    else key[m] = v;
  }
  return key;
});

/** Runs one library call: a value or a JwkError whose message is one clean line. */
async function judged(
  what: string,
  input: string,
  call: () => Promise<unknown>,
): Promise<"ok" | "error"> {
  try {
    await call();
    return "ok";
  } catch (e) {
    if (!(e instanceof JwkError)) {
      throw new Error(`${what}: not a JwkError: ${e instanceof Error ? e.stack : String(e)}`);
    }
    assert.ok(!e.message.includes("\n"), `${what}: a message spans lines: ${e.message}`);
    for (const s of SECRETS) {
      // A value the input itself gives as a kid may be named; as a private member, never.
      if (s.length < 16 || input.includes(`"kid":"${s}"`)) continue;
      assert.ok(!e.message.includes(s), `${what}: a message holds a secret`);
    }
    return "error";
  }
}

Deno.test("fuzz: mutated JWKs end in a key or a JwkError, in every reader", async () => {
  const seen = { ok: 0, error: 0 };
  await fc.assert(
    fc.asyncProperty(mutatedKey, async (key) => {
      const text = JSON.stringify(key);
      const read = await judged("readAnyKey", text, () => readAnyKey(text));
      seen[read]++;
      await judged("publicJwkOf", text, () => publicJwkOf(key as JsonWebKey));
      await judged("thumbprint", text, () => thumbprint(key as JsonWebKey));
      await judged(
        "formatKey",
        text,
        () => formatKey(text, { password: "fuzz pw", iterations: 1000 }),
      );
      await judged("addToJwkSet", text, async () => {
        const set = await parseJwkSet('{"keys":[]}');
        return await addToJwkSet(set, key as JsonWebKey);
      });
    }),
    { seed: SEED, numRuns: RUNS },
  );
  console.log(`seed ${SEED}: ${seen.ok} mutants still read as keys, ${seen.error} refused`);
  assert.ok(seen.error > 0, "no mutant was refused: the generator is broken");
});

Deno.test("fuzz: JWK Sets of mutated keys and odd shapes parse or are refused", async () => {
  const sets = fc.oneof(
    fc.array(mutatedKey, { maxLength: 4 }).map((keys) => JSON.stringify({ keys })),
    fc.array(fc.oneof(mutatedKey, anyValue), { maxLength: 3 }).map((keys) =>
      JSON.stringify({ keys })
    ),
    anyValue.map((v) => JSON.stringify({ keys: v })),
    fc.string({ maxLength: 40 }),
  );
  await fc.assert(
    fc.asyncProperty(sets, async (text) => {
      await judged("parseJwkSet", text, () => parseJwkSet(text));
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

Deno.test("deep JSON: a key, a set or a JWE nested thousands deep is one JwkError", async () => {
  // JSON.parse takes any depth; JSON.stringify and structuredClone overflow the
  // stack a few thousand levels down, so the readers refuse such input first.
  const { privateJwk, publicJwk } = await createJwk({ kty: "OKP", crv: "Ed25519" });
  const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
  const members = (jwk: object, value: string) =>
    JSON.stringify(jwk).slice(0, -1) + `,"ext":${value}}`;
  const cases: [string, () => Promise<unknown>, string][] = [
    ["readAnyKey", () => readAnyKey(members(publicJwk, deep(20000))), "BAD_KEY"],
    ["readAnyKey (no kty)", () => readAnyKey(`{"a":${deep(5000)}}`), "BAD_KEY"],
    [
      "changePassword",
      () => changePassword(members(privateJwk!, deep(20000)), { newPassword: "new pw" }),
      "BAD_KEY",
    ],
    ["parseJwkSet", () => parseJwkSet(`{"keys":${deep(20000)}}`), "BAD_KEYSET"],
    [
      "decryptJwk",
      () => decryptJwk(`{"protected":"e30","ext":${deep(20000)}}`, "pw"),
      "BAD_JWE",
    ],
  ];
  for (const [name, run, code] of cases) {
    await assert.rejects(
      run,
      (e) =>
        e instanceof JwkError && e.code === code && /nested deeper than 64 levels/.test(e.message),
      name,
    );
  }
  // 64 levels are still read: the limit is far above any real key.
  const key = await readAnyKey(members(publicJwk, deep(63)));
  assert.equal(key.jwk.x, publicJwk.x);
});
