/**
 * validateJwk refuses a private JWK whose private members do not belong to
 * its public members (so `jwk public` never prints a wrong public key): EC
 * and OKP `d` against `x` (and `y`), RSA's d, p, q, dp, dq, qi against n and
 * e. Keys come from WebCrypto (an independent generator); mismatches are
 * built by taking members from a second key. No message holds key material.
 */
import assert from "node:assert/strict";
import { JwkError, readAnyKey, validateJwk } from "../mod.ts";
import { b64uDecode, b64uEncode, rejectsWith, STEP_FIXTURES, stepPassword } from "./_helpers.ts";

type J = Record<string, string>;

async function webCryptoPair(alg: EcKeyGenParams | RsaHashedKeyGenParams | Algorithm): Promise<J> {
  const usages: KeyUsage[] = alg.name === "X25519" ? ["deriveBits"] : ["sign", "verify"];
  const pair = await crypto.subtle.generateKey(alg, true, usages) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey("jwk", pair.privateKey) as unknown as J;
  const { key_ops: _o, ext: _e, alg: _a, ...members } = jwk as unknown as Record<string, string>;
  return members;
}

const RSA = {
  name: "RSASSA-PKCS1-v1_5",
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: "SHA-256",
};
const KINDS: Record<string, EcKeyGenParams | RsaHashedKeyGenParams | Algorithm> = {
  "EC P-256": { name: "ECDSA", namedCurve: "P-256" } as EcKeyGenParams,
  "EC P-384": { name: "ECDSA", namedCurve: "P-384" } as EcKeyGenParams,
  "EC P-521": { name: "ECDSA", namedCurve: "P-521" } as EcKeyGenParams,
  "OKP Ed25519": { name: "Ed25519" },
  "OKP X25519": { name: "X25519" },
  RSA,
};

/** Every secret value of a key, to check that messages carry none. */
const secrets = (...keys: J[]) =>
  keys.flatMap((k) => ["d", "p", "q", "dp", "dq", "qi", "x", "y", "n"].map((m) => k[m]))
    .filter((v) => v !== undefined);

async function refusedPair(jwk: J, pattern: RegExp, what: string, ...keys: J[]): Promise<void> {
  const e = await rejectsWith(validateJwk(jwk), "BAD_KEY", pattern);
  for (const s of secrets(jwk, ...keys)) {
    assert.ok(!e.message.includes(s.slice(0, 16)), `${what}: key material in '${e.message}'`);
  }
}

Deno.test("validateJwk: matching pairs from WebCrypto pass, public keys too", async () => {
  for (const [what, alg] of Object.entries(KINDS)) {
    const a = await webCryptoPair(alg);
    assert.equal((await validateJwk(a)).d, a.d, what);
    const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...pub } = a;
    assert.equal((await validateJwk(pub)).d, undefined, what);
  }
});

Deno.test("validateJwk: EC and OKP d of another key is refused", async () => {
  for (const [what, alg] of Object.entries(KINDS)) {
    if (what === "RSA") continue;
    const a = await webCryptoPair(alg);
    const b = await webCryptoPair(alg);
    await refusedPair(
      { ...a, d: b.d },
      /the public key does not match the private key/,
      what,
      a,
      b,
    );
    // The other way round: another key's public members with this d.
    const other: J = what.startsWith("EC") ? { x: b.x, y: b.y } : { x: b.x };
    await refusedPair({ ...a, ...other }, /does not match/, `${what} public swapped`, a, b);
  }
});

Deno.test("validateJwk: EC scalars out of range are refused", async () => {
  const a = await webCryptoPair(KINDS["EC P-256"]);
  for (
    const [why, d] of [["zero", new Uint8Array(32)], [
      "above the order",
      new Uint8Array(32).fill(0xff),
    ]] as const
  ) {
    await assert.rejects(validateJwk({ ...a, d: b64uEncode(d) }), (e) => {
      assert.ok(e instanceof JwkError, why);
      assert.match(
        e.message,
        /EC P-256 JWK: (the private key is not a valid P-256 key|the public key does not match)/,
        why,
      );
      return true;
    });
  }
});

/** An RSA member changed by `f` on its BigInt value, re-encoded. */
function bump(jwk: J, m: string, f: (v: bigint) => bigint): J {
  const hex = [...b64uDecode(jwk[m])].map((b) => b.toString(16).padStart(2, "0")).join("");
  let out = f(BigInt("0x" + hex)).toString(16);
  if (out.length % 2) out = "0" + out;
  const bytes = Uint8Array.from(out.match(/../g)!.map((h) => parseInt(h, 16)));
  return { ...jwk, [m]: b64uEncode(bytes) };
}

Deno.test("validateJwk: RSA private members must belong to n and e", async () => {
  const a = await webCryptoPair(RSA);
  const b = await webCryptoPair(RSA);
  await refusedPair({ ...a, n: b.n }, /p·q is not n/, "n of another key", a, b);
  await refusedPair({ ...a, p: b.p, q: b.q }, /p·q is not n/, "primes of another key", a, b);
  await refusedPair(bump(a, "dp", (v) => v + 2n), /dp or dq does not match d/, "dp", a);
  await refusedPair(bump(a, "dq", (v) => v - 2n), /dp or dq does not match d/, "dq", a);
  await refusedPair(bump(a, "qi", (v) => v + 1n), /qi is not the inverse of q/, "qi", a);
  await refusedPair({ ...a, e: "Aw" }, /d is not the inverse of e/, "e = 3", a);
  // Another key's d: above n, or no longer matching dp and dq.
  await refusedPair(
    { ...a, d: b.d },
    /dp or dq does not match d|d is out of range/,
    "d swapped",
    a,
    b,
  );
  // p and q swapped is the same key (qi then changes meaning): refused unless qi fits.
  await refusedPair({ ...a, p: a.q, q: a.p }, /dp or dq|qi/, "p and q swapped", a);
  // d alone (no CRT members) is refused as unsupported, not silently trusted.
  const { p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...dOnly } = a;
  await rejectsWith(validateJwk(dOnly), "UNSUPPORTED", /without the primes/);
});

Deno.test("validateJwk: every private file of step's vectors is a matching pair", async () => {
  const password = await stepPassword();
  let n = 0;
  for (const e of Deno.readDirSync(STEP_FIXTURES)) {
    if (!e.name.endsWith(".priv.json")) continue;
    const text = await Deno.readTextFile(new URL(e.name, STEP_FIXTURES));
    const key = await readAnyKey(text, { password: () => password });
    assert.ok(key.isPrivate, e.name);
    n++;
  }
  assert.ok(n >= 10, `${n} step files`);
});
