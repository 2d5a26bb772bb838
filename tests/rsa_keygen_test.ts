import assert from "node:assert/strict";
import { generateKeyMaterial } from "../lib/keygen/generate.ts";
import { generateRsaJs, rsaFromPrimes, type RsaKeyMembers } from "../lib/keygen/rsa.ts";
import { primeEngine } from "../lib/keygen/rsa_prime.ts";

const engine = primeEngine();

function big(b64: string): bigint {
  const bin = atob(b64.replace(/-/g, "+").replace(/_/g, "/"));
  let hex = "0x0";
  for (let i = 0; i < bin.length; i++) hex += bin.charCodeAt(i).toString(16).padStart(2, "0");
  return BigInt(hex);
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Every RSA rule the fast path promises, checked with BigInt. */
function checkRsa(k: RsaKeyMembers, bits: number) {
  const [n, e, d, p, q, dp, dq, qi] = [k.n, k.e, k.d, k.p, k.q, k.dp, k.dq, k.qi].map(big);
  assert.equal(k.e, "AQAB");
  assert.equal(e, 65537n);
  assert.equal(n.toString(2).length, bits, "n has exactly the asked length");
  assert.equal(p * q, n);
  assert.notEqual(p, q);
  assert.equal(p.toString(2).length, bits / 2);
  assert.equal(q.toString(2).length, bits / 2);
  assert.equal(gcd(e, p - 1n), 1n);
  assert.equal(gcd(e, q - 1n), 1n);
  assert.ok(engine.isProbablePrime(p, 10) && engine.isProbablePrime(q, 10));
  assert.equal((e * d) % (p - 1n), 1n);
  assert.equal((e * d) % (q - 1n), 1n);
  assert.equal(dp, d % (p - 1n));
  assert.equal(dq, d % (q - 1n));
  assert.equal((qi * q) % p, 1n);
  for (const m of [k.n, k.d, k.p, k.q, k.dp, k.dq, k.qi]) {
    assert.notEqual(
      atob(m.slice(0, 2).replace(/-/g, "+").replace(/_/g, "/") + "==").charCodeAt(0),
      0,
      "no leading zero byte",
    );
  }
}

async function signVerify(k: RsaKeyMembers) {
  const alg = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
  const priv = await crypto.subtle.importKey("jwk", { ...k, alg: "RS256" }, alg, true, ["sign"]);
  const pub = await crypto.subtle.importKey(
    "jwk",
    { kty: "RSA", n: k.n, e: k.e, alg: "RS256" },
    alg,
    false,
    ["verify"],
  );
  const data = new TextEncoder().encode("jwk");
  const sig = await crypto.subtle.sign(alg, priv, data);
  assert.ok(await crypto.subtle.verify(alg, pub, sig, data));
  return priv;
}

async function opensslCheck(priv: CryptoKey): Promise<string | undefined> {
  const der = new Uint8Array(await crypto.subtle.exportKey("pkcs8", priv));
  let bin = "";
  for (const b of der) bin += String.fromCharCode(b);
  const pem = `-----BEGIN PRIVATE KEY-----\n${
    btoa(bin).match(/.{1,64}/g)!.join("\n")
  }\n-----END PRIVATE KEY-----\n`;
  let child;
  try {
    child = new Deno.Command("openssl", {
      args: ["pkey", "-check", "-noout"],
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
  } catch {
    return undefined; // no openssl here
  }
  const w = child.stdin.getWriter();
  await w.write(new TextEncoder().encode(pem));
  await w.close();
  const out = await child.output();
  const text = new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
  assert.equal(out.code, 0, text);
  return text;
}

Deno.test("rsa prime engine: known primes and composites", () => {
  for (const p of [(1n << 127n) - 1n, (1n << 521n) - 1n, (1n << 607n) - 1n, 65537n]) {
    assert.ok(engine.isProbablePrime(p, 10), `${p} is prime`);
  }
  // Carmichael numbers, a strong pseudoprime to base 2, and semiprimes.
  const m127 = (1n << 127n) - 1n;
  for (
    const c of [561n, 41041n, 825265n, 2047n, 3215031751n, m127 * ((1n << 61n) - 1n), m127 * m127]
  ) {
    assert.ok(!engine.isProbablePrime(c, 10), `${c} is composite`);
  }
});

Deno.test("rsa prime engine: candidates have the asked shape and look uniform", () => {
  let bit2 = 0;
  const N = 2000;
  for (let i = 0; i < N; i++) {
    const c = engine.randomCandidate(67);
    assert.equal(c.toString(2).length, 67);
    assert.equal(c >> 65n, 3n, "top two bits set");
    assert.equal(c & 1n, 1n, "odd");
    if (c & 2n) bit2++;
  }
  // Bit 1 is a fair coin: 2000 flips stay within 5 sigma (~112) of 1000.
  assert.ok(Math.abs(bit2 - N / 2) < 112, `bit 1 set ${bit2} times of ${N}`);
});

Deno.test("rsa: pairs that break the rules are refused", () => {
  const p = (1n << 511n) + 187n; // shape only: rsaFromPrimes checks pair rules before primality
  assert.equal(rsaFromPrimes(p, p, 1024), undefined, "p = q");
  assert.equal(rsaFromPrimes(p, p + 2n, 1024), undefined, "|p - q| too small");
});

Deno.test("rsa: 2048-bit key on this thread and a Worker follows every rule, signs, and passes openssl", async () => {
  const k = await generateRsaJs(2048, { parallelism: 2 });
  checkRsa(k, 2048);
  const priv = await signVerify(k);
  const out = await opensslCheck(priv);
  if (out === undefined) console.log("openssl not found: pkey -check skipped");
  else assert.match(out, /valid/i);
});

Deno.test("rsa: 1032-bit key without Workers (sizes that are not a multiple of 16)", async () => {
  const k = await generateRsaJs(1032, { parallelism: 1 });
  checkRsa(k, 1032);
  await signVerify(k);
});

Deno.test("rsa: 4096-bit key through generateKeyMaterial", async () => {
  const k = await generateKeyMaterial({ kty: "RSA", size: 4096 });
  checkRsa(k as RsaKeyMembers, 4096);
  const priv = await signVerify(k as RsaKeyMembers);
  await opensslCheck(priv);
});

Deno.test("rsa: two keys never share a prime", async () => {
  const [a, b] = await Promise.all([generateRsaJs(1024), generateRsaJs(1024)]);
  assert.notEqual(a.p, b.p);
  assert.notEqual(a.q, b.q);
  assert.notEqual(a.p, b.q);
});
