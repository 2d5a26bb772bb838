/**
 * encryptJwk / decryptJwk: step's file format, wrong passwords, iteration
 * count limits (checked before any PBKDF2 runs) and malformed files.
 */
import assert from "node:assert/strict";
import { FlattenedEncrypt } from "jose";
import {
  decryptJwk,
  DEFAULT_ITERATIONS,
  type EncryptedJwk,
  encryptJwk,
  isEncryptedJwk,
} from "../mod.ts";
import { b64uDecode, b64uEncode, rejectsWith } from "./_helpers.ts";

const JWK = { kty: "oct", alg: "HS256", k: "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0IQ" };
const PW = "correct horse battery staple";
const WRONG = "wrong password or corrupted file";

function header(file: EncryptedJwk): Record<string, unknown> {
  return JSON.parse(new TextDecoder().decode(b64uDecode(file.protected)));
}

/** The same file with its protected header replaced (tag no longer matches). */
function withHeader(file: EncryptedJwk, h: unknown): EncryptedJwk {
  return { ...file, protected: b64uEncode(new TextEncoder().encode(JSON.stringify(h))) };
}

/** A copy of `obj` without member `key`. */
function without(obj: object, key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...obj };
  delete copy[key];
  return copy;
}

const small = await encryptJwk(JWK, PW, { iterations: 1000 });

Deno.test("encryptJwk writes step's format: members, header, sizes", async () => {
  assert.deepEqual(Object.keys(small), ["protected", "encrypted_key", "iv", "ciphertext", "tag"]);
  const h = header(small);
  assert.deepEqual(Object.keys(h), ["alg", "cty", "enc", "p2c", "p2s"]);
  assert.deepEqual(
    [h.alg, h.cty, h.enc, h.p2c],
    ["PBES2-HS256+A128KW", "jwk+json", "A256GCM", 1000],
  );
  assert.equal(b64uDecode(h.p2s as string).length, 16, "p2s: 16 random bytes");
  assert.equal(b64uDecode(small.iv).length, 12, "GCM nonce: 96 bits");
  assert.equal(b64uDecode(small.tag).length, 16, "GCM tag: 128 bits");
  assert.equal(b64uDecode(small.encrypted_key).length, 40, "A128KW of a 256-bit CEK");
  // Plaintext is the compact JSON of the JWK: same length under GCM.
  assert.equal(b64uDecode(small.ciphertext).length, JSON.stringify(JWK).length);
  // Fresh salt, nonce and key every time.
  const again = await encryptJwk(JWK, PW, { iterations: 1000 });
  assert.notEqual(header(again).p2s, h.p2s);
  assert.notEqual(again.iv, small.iv);
  assert.notEqual(again.encrypted_key, small.encrypted_key);
  assert.ok(isEncryptedJwk(small));
  assert.ok(!isEncryptedJwk(JWK));
  assert.ok(!isEncryptedJwk(null));
  assert.ok(!isEncryptedJwk("{}"));
});

Deno.test("encryptJwk defaults to 600000 iterations, as step writes today", async () => {
  assert.equal(DEFAULT_ITERATIONS, 600_000);
  const file = await encryptJwk(JWK, PW);
  assert.equal(header(file).p2c, 600_000);
  assert.deepEqual(await decryptJwk(file, PW), JWK);
});

Deno.test("encryptJwk refuses iteration counts outside 1000..10,000,000 and empty passwords", async () => {
  for (const iterations of [0, 999, 10_000_001, 1000.5, -1, NaN]) {
    await rejectsWith(
      encryptJwk(JWK, PW, { iterations }),
      "INVALID_OPTION",
      /^iterations .* must be a whole number in 1000\.\.10000000$/,
    );
  }
  await rejectsWith(encryptJwk(JWK, ""), "BAD_PASSWORD", "the password is empty");
  await rejectsWith(encryptJwk(JWK, new Uint8Array()), "BAD_PASSWORD", "the password is empty");
});

Deno.test("decryptJwk round trip: object or JSON text; string or bytes password", async () => {
  assert.deepEqual(await decryptJwk(small, PW), JWK);
  assert.deepEqual(await decryptJwk(JSON.stringify(small, null, 2), PW), JWK);
  assert.deepEqual(await decryptJwk(small, new TextEncoder().encode(PW)), JWK);
  // Non-ASCII passwords are UTF-8, as step reads them from a file.
  const file = await encryptJwk(JWK, "pässwörd 🔑", { iterations: 1000 });
  assert.deepEqual(
    await decryptJwk(file, new TextEncoder().encode("pässwörd 🔑")),
    JWK,
  );
});

Deno.test("wrong password: BAD_PASSWORD, 'wrong password or corrupted file'", async () => {
  for (const pw of ["Correct horse battery staple", PW + "\n", PW.slice(0, -1), "x"]) {
    const e = await rejectsWith(decryptJwk(small, pw), "BAD_PASSWORD", WRONG);
    assert.ok(!e.message.includes(pw.trim()), "the password is never echoed");
  }
  await rejectsWith(decryptJwk(small, ""), "BAD_PASSWORD", "the password is empty");
});

Deno.test("corrupted files: any flipped part is BAD_PASSWORD 'wrong password or corrupted file'", async () => {
  for (const member of ["encrypted_key", "iv", "ciphertext", "tag"] as const) {
    const bytes = b64uDecode(small[member]);
    bytes[0] ^= 1;
    await rejectsWith(
      decryptJwk({ ...small, [member]: b64uEncode(bytes) }, PW),
      "BAD_PASSWORD",
      WRONG,
    );
  }
  // A changed (still valid) header is authenticated data: same answer.
  await rejectsWith(
    decryptJwk(withHeader(small, { ...header(small), kid: "x" }), PW),
    undefined,
    WRONG,
  );
  await rejectsWith(
    decryptJwk(withHeader(small, { ...header(small), p2s: b64uEncode(new Uint8Array(16)) }), PW),
    undefined,
    WRONG,
  );
});

Deno.test("p2c outside 1000..10,000,000 is refused before any PBKDF2 runs", async () => {
  for (const p2c of [10_000_001, 2 ** 31, 1e15, 999, 1, 0, -600000]) {
    const start = performance.now();
    await rejectsWith(
      decryptJwk(withHeader(small, { ...header(small), p2c }), PW),
      "BAD_JWE",
      `the file's iteration count (p2c) ${p2c} is outside 1000..10000000`,
    );
    // 10,000,001 PBKDF2-SHA256 rounds take over a second; a refusal takes nothing.
    const ms = performance.now() - start;
    assert.ok(ms < 150, `p2c ${p2c} refused after ${ms.toFixed(0)} ms`);
  }
  for (const p2c of ["600000", 1000.5, null, true, [1000], undefined]) {
    await rejectsWith(
      decryptJwk(withHeader(small, { ...header(small), p2c }), PW),
      "BAD_JWE",
      "the file's iteration count (p2c) is not a whole number",
    );
  }
});

Deno.test("p2c at the limits is accepted (1000 opens; 10,000,000 gets past the check)", async () => {
  assert.equal(header(small).p2c, 1000);
  assert.deepEqual(await decryptJwk(small, PW), JWK);
  // Exactly 10,000,000: not refused as out of range; the tampered header then fails
  // authentication after the (slow) derivation.
  await rejectsWith(
    decryptJwk(withHeader(small, { ...header(small), p2c: 10_000_000 }), PW),
    "BAD_PASSWORD",
    WRONG,
  );
});

Deno.test("other PBES2 variants written by others open too", async () => {
  for (
    const [alg, enc] of [
      ["PBES2-HS384+A192KW", "A192GCM"],
      ["PBES2-HS512+A256KW", "A256CBC-HS512"],
      ["PBES2-HS256+A128KW", "A128CBC-HS256"],
    ]
  ) {
    const file = await new FlattenedEncrypt(new TextEncoder().encode(JSON.stringify(JWK)))
      .setProtectedHeader({ alg, enc, cty: "jwk+json" })
      .setKeyManagementParameters({ p2c: 2000, p2s: new Uint8Array(16) })
      .encrypt(new TextEncoder().encode(PW));
    assert.deepEqual(await decryptJwk(file as EncryptedJwk, PW), JWK, alg);
  }
});

Deno.test("malformed files: every shape is a JwkError, never a crash", async () => {
  const h = header(small);
  const bad: [unknown, string | RegExp][] = [
    ["not json", "the file is not JSON"],
    ["", "the file is not JSON"],
    ["[]", "the file is not an encrypted JWK (JWE)"],
    ["null", "the file is not an encrypted JWK (JWE)"],
    ["42", "the file is not an encrypted JWK (JWE)"],
    [JSON.stringify(JWK), "the file is not an encrypted JWK (JWE)"],
    [without(small, "ciphertext"), "the file is not an encrypted JWK (JWE)"],
    [without(small, "protected"), "the file is not an encrypted JWK (JWE)"],
    [{ protected: small.protected }, "the file is not an encrypted JWK (JWE)"],
    [{ ciphertext: small.ciphertext }, "the file is not an encrypted JWK (JWE)"],
    [{ ...small, protected: "***" }, "the file's protected header is not base64url JSON"],
    [{ ...small, protected: b64uEncode(new TextEncoder().encode("{")) }, /base64url JSON/],
    [{ ...small, protected: 42 }, "the file is not an encrypted JWK (JWE)"],
    [withHeader(small, [h]), "the file's protected header is not a JSON object"],
    [withHeader(small, "PBES2"), "the file's protected header is not a JSON object"],
    [withHeader(small, null), "the file's protected header is not a JSON object"],
    [withHeader(small, { ...h, alg: "dir" }), /alg 'dir' is not a password \(PBES2\) algorithm/],
    [withHeader(small, { ...h, alg: undefined }), /is not a password \(PBES2\) algorithm/],
    [withHeader(small, { ...h, alg: "ECDH-ES" }), /alg 'ECDH-ES'/],
    // The header is the file's text: it is described, never echoed (no escapes, no line breaks).
    [
      withHeader(small, { ...h, alg: "x\x1b[31m\rerror: spoofed\u2028two" }),
      "the file's alg a string of 25 characters is not a password (PBES2) algorithm",
    ],
    [withHeader(small, { ...h, alg: "A".repeat(700_000) }), /^the file's alg a string of 700000 /],
    [withHeader(small, { ...h, alg: { a: 1 } }), /^the file's alg an object is not/],
    [withHeader(small, { ...h, alg: "PBES2-\x1b" }), /^wrong password or corrupted file$/],
    [withHeader(small, { ...h, p2s: undefined }), WRONG],
    [withHeader(small, { ...h, enc: "A256CBC" }), WRONG],
    [without(small, "encrypted_key"), "the file is not an encrypted JWK (JWE)"],
    [without(small, "iv"), "the file is not an encrypted JWK (JWE)"],
    [without(small, "tag"), "the file is not an encrypted JWK (JWE)"],
    [{ ...small, iv: 7 }, "the file is not an encrypted JWK (JWE)"],
    [{ ...small, tag: "" }, WRONG],
    [{ ...small, ciphertext: "" }, WRONG],
  ];
  for (const [file, message] of bad) {
    await rejectsWith(
      decryptJwk(file as EncryptedJwk, PW),
      undefined,
      message,
    );
  }
});

Deno.test("decrypted content must be a JSON JWK", async () => {
  const enc = async (text: string) =>
    await new FlattenedEncrypt(new TextEncoder().encode(text))
      .setProtectedHeader({ alg: "PBES2-HS256+A128KW", enc: "A256GCM", cty: "jwk+json" })
      .setKeyManagementParameters({ p2c: 1000 })
      .encrypt(new TextEncoder().encode(PW)) as EncryptedJwk;
  await rejectsWith(
    decryptJwk(await enc("not json"), PW),
    "BAD_JWE",
    "the decrypted content is not JSON",
  );
  for (const text of ["[]", "null", '"EC"', '{"kty":1}', '{"crv":"P-256"}']) {
    await rejectsWith(
      decryptJwk(await enc(text), PW),
      "BAD_JWE",
      "the decrypted content is not a JWK",
    );
  }
});
