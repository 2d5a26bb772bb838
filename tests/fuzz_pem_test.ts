/**
 * Property-based fuzzing of the PEM/DER/OpenSSH reader with fast-check: every
 * input (mutated fixtures, random DER trees, random armor, random bytes) ends
 * in a key or a JwkError, quickly, and never with a secret in the message.
 * Reproduce with JWK_FUZZ_SEED=<seed> (and JWK_FUZZ_RUNS=<n> for more).
 */
import fc from "fast-check";
import assert from "node:assert/strict";
import { JwkError, readKey } from "../mod.ts";

const SEED = Number(Deno.env.get("JWK_FUZZ_SEED") ?? 20261122);
const RUNS = Number(Deno.env.get("JWK_FUZZ_RUNS") ?? 400);
/** Generous: a mutated PBKDF2 count may legally ask for up to 10M iterations. */
const PER_INPUT_MS = 15_000;
const DIR = new URL("./fixtures/pem/", import.meta.url);
const PASSWORD = Deno.readTextFileSync(new URL("pem-password.txt", DIR)).replace(/[\r\n]+$/, "");

/** Every fixture, with whether its KDF is cheap enough to run on mutants. */
function fixtures(): { name: string; bytes: Uint8Array; cheapKdf: boolean }[] {
  const out = [];
  for (const sub of ["", "gen/"]) {
    for (const e of Deno.readDirSync(new URL(sub, DIR))) {
      if (!e.isFile || !/\.(pem|der|pub|p12)$/.test(e.name)) continue;
      const bytes = Deno.readFileSync(new URL(sub + e.name, DIR));
      // scrypt and bcrypt_pbkdf costs live in the file: a mutant may ask for
      // seconds of work legitimately, so those get no password.
      const cheapKdf = !/scrypt|openssh/.test(e.name);
      out.push({ name: sub + e.name, bytes, cheapKdf });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
const FIXTURES = fixtures();

/** Secrets that must never be echoed: the password and private members. */
const SECRETS = [PASSWORD];

async function outcome(
  input: Uint8Array | string,
  withPassword: boolean,
): Promise<"key" | "error"> {
  const started = performance.now();
  try {
    const key = await readKey(input, withPassword ? { password: () => PASSWORD } : {});
    assert.equal(typeof key.jwk.kty, "string");
    for (const m of ["d", "p", "q", "dp", "dq", "qi"]) {
      const v = key.jwk[m as "d"];
      if (v !== undefined) {
        assert.ok(typeof v === "string" && v.length >= 8, `member ${m} is ${JSON.stringify(v)}`);
        SECRETS.push(v);
      }
    }
    return "key";
  } catch (e) {
    if (!(e instanceof JwkError)) throw e;
    assert.ok(!e.message.includes("\n"), `a message spans lines: ${e.message}`);
    // The fixtures' password, "pem-pass", is part of the flag name the message may name.
    const text = e.message.replaceAll("--pem-password-file", "");
    for (const s of SECRETS) {
      assert.ok(!text.includes(s), `a message holds a secret: ${e.message.slice(0, 80)}`);
    }
    return "error";
  } finally {
    const took = performance.now() - started;
    assert.ok(took < PER_INPUT_MS, `one input took ${took.toFixed(0)} ms`);
  }
}

const mutation = fc.record({
  fixture: fc.nat({ max: FIXTURES.length - 1 }),
  kind: fc.constantFrom("flip", "cut", "insert", "byte", "length", "b64"),
  at: fc.nat(),
  value: fc.uint8Array({ minLength: 1, maxLength: 6 }),
});

function mutate(
  bytes: Uint8Array,
  m: { kind: string; at: number; value: Uint8Array },
): Uint8Array {
  const at = m.at % Math.max(bytes.length, 1);
  const out = new Uint8Array(bytes);
  switch (m.kind) {
    case "flip":
      out[at] ^= 1 << (m.value[0] % 8);
      return out;
    case "cut":
      return bytes.slice(0, at);
    case "insert":
      return new Uint8Array([...bytes.slice(0, at), ...m.value, ...bytes.slice(at)]);
    case "byte":
      out[at] = m.value[0];
      return out;
    case "length": {
      // Aim at DER length bytes: the byte after a constructed tag.
      const tags = [...bytes.keys()].filter((i) => (bytes[i] & 0x20) !== 0 && i + 1 < bytes.length);
      const i = tags.length ? tags[m.at % tags.length] + 1 : at;
      out[i] = m.value[0];
      return out;
    }
    default: {
      // Change one base64 character of a PEM body (keeps the armor valid).
      const text = new TextDecoder().decode(bytes);
      const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
      const body = [...text.matchAll(/^[A-Za-z0-9+/]{8,}$/gm)];
      if (body.length === 0) return out;
      const line = body[m.at % body.length];
      const pos = line.index! + (m.value[0] % line[0].length);
      const next = alphabet[(alphabet.indexOf(text[pos]) + 1 + (m.value[1] ?? 0)) % 64];
      return new TextEncoder().encode(text.slice(0, pos) + next + text.slice(pos + 1));
    }
  }
}

/** Random DER trees: the reader's own grammar, nested and with hostile lengths. */
const { tree: derTree } = fc.letrec((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({
      tag: fc.constantFrom(0x02, 0x03, 0x04, 0x05, 0x06, 0x0c, 0x17, 0x80, 0xa0),
      body: fc.uint8Array({ maxLength: 40 }),
    })
      .map(({ tag, body }) => tlv(tag, body)),
    fc.record({
      tag: fc.constantFrom(0x30, 0x31, 0xa0, 0xa1, 0xa3),
      items: fc.array(tie("tree"), { maxLength: 5 }),
    })
      .map(({ tag, items }) => tlv(tag, concat(items as Uint8Array[]))),
  ),
})) as { tree: fc.Arbitrary<Uint8Array> };

function tlv(tag: number, body: Uint8Array): Uint8Array {
  const n = body.length;
  const len = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  return new Uint8Array([tag, ...len, ...body]);
}
function concat(parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(parts.flatMap((p) => [...p]));
}
function armor(label: string, der: Uint8Array): string {
  const b64 = btoa(String.fromCharCode(...der)).replace(/(.{64})/g, "$1\n");
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}

const LABELS = [
  "PRIVATE KEY",
  "ENCRYPTED PRIVATE KEY",
  "PUBLIC KEY",
  "RSA PRIVATE KEY",
  "RSA PUBLIC KEY",
  "EC PRIVATE KEY",
  "CERTIFICATE",
  "CERTIFICATE REQUEST",
  "OPENSSH PRIVATE KEY",
  "DSA PRIVATE KEY",
  "X",
];

Deno.test("fuzz pem: mutated fixtures end in a key or a JwkError", async () => {
  const seen = { key: 0, error: 0 };
  await fc.assert(
    fc.asyncProperty(mutation, async (m) => {
      const f = FIXTURES[m.fixture];
      seen[await outcome(mutate(f.bytes, m), f.cheapKdf)]++;
    }),
    { seed: SEED, numRuns: RUNS },
  );
  console.log(
    `seed ${SEED}: ${RUNS} mutants of ${FIXTURES.length} fixtures: ${seen.key} read, ${seen.error} refused`,
  );
  assert.ok(seen.error > 0 && seen.key > 0, "the mutants should both pass and fail the reader");
});

Deno.test("fuzz pem: random DER trees, raw and armored, end in a JwkError", async () => {
  let tried = 0;
  await fc.assert(
    fc.asyncProperty(derTree, fc.constantFrom(...LABELS, ""), async (der, label) => {
      tried++;
      // A random tree cannot be a valid key: the reader must say so.
      assert.equal(await outcome(label ? armor(label, der) : der, true), "error");
    }),
    { seed: SEED + 1, numRuns: RUNS },
  );
  console.log(`seed ${SEED + 1}: ${tried} random DER trees refused`);
});

Deno.test("fuzz pem: random bytes and text end in a JwkError", async () => {
  let tried = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(fc.uint8Array({ maxLength: 512 }), fc.string({ maxLength: 512 })),
      async (input) => {
        tried++;
        assert.equal(await outcome(input, true), "error");
      },
    ),
    { seed: SEED + 2, numRuns: RUNS },
  );
  console.log(`seed ${SEED + 2}: ${tried} random inputs refused`);
});
