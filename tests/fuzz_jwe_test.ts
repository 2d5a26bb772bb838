/**
 * Property-based fuzzing of decryptJwk: whatever a private JWK file holds, the
 * result is the key (when the file is intact) or a JwkError, never another
 * exception, never a hang. Reproduce a failure with JWK_FUZZ_SEED=<seed>.
 */
import fc from "fast-check";
import assert from "node:assert/strict";
import { decryptJwk, encryptJwk, JwkError } from "../mod.ts";
import { base64url } from "../lib/deps.ts";

const SEED = Number(Deno.env.get("JWK_FUZZ_SEED") ?? 20261122);
const RUNS = Number(Deno.env.get("JWK_FUZZ_RUNS") ?? 300);
// Each try may run PBKDF2 with at most the iterations we allow it below.
const PER_INPUT_MS = 2000;
const PASSWORD = "fuzz password";
const SECRET = { kty: "oct", k: "c2VjcmV0LWZ1enota2V5LW1hdGVyaWFs" };

const valid = await encryptJwk(SECRET, PASSWORD, { iterations: 1000 });
const validText = JSON.stringify(valid);

/** Runs one input; returns "ok" or "error", throws on anything else. */
async function outcome(input: string | object, password: string | Uint8Array): Promise<string> {
  const started = performance.now();
  try {
    const jwk = await decryptJwk(input as string, password);
    assert.equal(typeof jwk.kty, "string");
    return "ok";
  } catch (e) {
    if (!(e instanceof JwkError)) throw e;
    assert.ok(!e.message.includes(PASSWORD), "a message holds the password");
    assert.ok(!e.message.includes(SECRET.k), "a message holds key material");
    assert.ok(!e.message.includes("\n"), "a message spans lines");
    return "error";
  } finally {
    const took = performance.now() - started;
    assert.ok(took < PER_INPUT_MS, `one input took ${took.toFixed(0)} ms`);
  }
}

/** Text mutations of the valid file: flips, cuts, insertions. */
const mutatedText = fc.tuple(
  fc.nat({ max: validText.length - 1 }),
  fc.oneof(
    fc.constant("cut"),
    fc.constant("flip"),
    fc.string({ minLength: 1, maxLength: 8 }),
  ),
).map(([at, how]) => {
  if (how === "cut") return validText.slice(0, at);
  if (how === "flip") {
    const c = validText.charCodeAt(at) ^ (1 << (at % 7));
    return validText.slice(0, at) + String.fromCharCode(c) + validText.slice(at + 1);
  }
  return validText.slice(0, at) + how + validText.slice(at);
});

/** Headers a hostile file could claim, encoded as the file would. */
const header = fc.record({
  alg: fc.oneof(
    fc.constant("PBES2-HS256+A128KW"),
    fc.constant("PBES2-HS512+A256KW"),
    fc.constant("dir"),
    fc.string(),
  ),
  enc: fc.oneof(fc.constant("A256GCM"), fc.constant("A128CBC-HS256"), fc.string()),
  p2c: fc.oneof(
    fc.integer({ min: 1000, max: 20_000 }),
    fc.integer(),
    fc.double(),
    fc.constant(1e300),
    fc.string(),
  ),
  p2s: fc.oneof(fc.base64String(), fc.string(), fc.constant("")),
}, { requiredKeys: [] });

const members = fc.record({
  protected: fc.oneof(
    header.map((h) => base64url.encode(JSON.stringify(h))),
    fc.string(),
    fc.constant(valid.protected),
  ),
  encrypted_key: fc.oneof(fc.constant(valid.encrypted_key), fc.base64String(), fc.string()),
  iv: fc.oneof(fc.constant(valid.iv), fc.base64String()),
  ciphertext: fc.oneof(fc.constant(valid.ciphertext), fc.base64String()),
  tag: fc.oneof(fc.constant(valid.tag), fc.base64String()),
}, { requiredKeys: [] });

Deno.test("fuzz: the unmutated file opens (the baseline the mutations start from)", async () => {
  assert.equal(await outcome(validText, PASSWORD), "ok");
});

Deno.test("fuzz: mutated private JWK files end in the key or a JwkError", async () => {
  let tried = 0;
  const seen = { ok: 0, error: 0 };
  await fc.assert(
    fc.asyncProperty(mutatedText, async (text) => {
      tried++;
      seen[await outcome(text, PASSWORD) as "ok" | "error"]++;
    }),
    { seed: SEED, numRuns: RUNS },
  );
  console.log(`seed ${SEED}: ${tried} mutated files, ${seen.ok} opened, ${seen.error} refused`);
  assert.ok(seen.error > 0, "no mutation was refused: the fuzzer did not reach the checks");
});

Deno.test("fuzz: hostile headers and members end in a JwkError", async () => {
  let tried = 0;
  await fc.assert(
    fc.asyncProperty(members, async (jwe) => {
      tried++;
      const intact = jwe.protected === valid.protected &&
        jwe.encrypted_key === valid.encrypted_key && jwe.iv === valid.iv &&
        jwe.ciphertext === valid.ciphertext && jwe.tag === valid.tag;
      assert.equal(await outcome(jwe, PASSWORD), intact ? "ok" : "error");
    }),
    { seed: SEED + 1, numRuns: RUNS },
  );
  console.log(`seed ${SEED + 1}: ${tried} hostile files, all refused unless intact`);
});

Deno.test("fuzz: any password but the right one is refused", async () => {
  let tried = 0;
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.string(), fc.uint8Array()), async (pw) => {
      fc.pre(pw !== PASSWORD);
      tried++;
      assert.equal(await outcome(validText, pw), "error");
    }),
    { seed: SEED + 2, numRuns: Math.ceil(RUNS / 3) },
  );
  console.log(`seed ${SEED + 2}: ${tried} wrong passwords refused`);
});
