/**
 * The keys work: for every kind `createJwk` makes, signatures and encryption
 * cross the boundary in both directions between us (jose, on our JWKs) and
 * python3-jwcrypto (on the same JWKs):
 *   jwcrypto signs with our private JWK  -> we verify with our public JWK
 *   we sign with our private JWK         -> jwcrypto verifies with our public JWK
 *   jwcrypto encrypts to our public JWK  -> we decrypt with our private JWK
 *   we encrypt to our public JWK         -> jwcrypto decrypts with our private JWK
 * Without jwcrypto, the same operations still run between our two halves.
 */
import assert from "node:assert/strict";
import nodeCrypto from "node:crypto";
import {
  compactDecrypt,
  CompactEncrypt,
  CompactSign,
  compactVerify,
  importJWK,
  type JWK as JoseJwk,
} from "jose";
import { createJwk, type CreateJwkOptions, type Jwk } from "../mod.ts";
import { b64uDecode, b64uEncode } from "./_helpers.ts";
import {
  ignoreWithout,
  type JsonLinePeer,
  need,
  PeerError,
  python3WithJwcrypto,
  startJwcrypto,
} from "./_peers.ts";

interface Case {
  name: string;
  opts: CreateJwkOptions;
  /** Content encryption for enc keys. */
  enc?: string;
}

const SIG_CASES: Case[] = [
  { name: "EC P-256 ES256", opts: {} },
  { name: "EC P-384 ES384", opts: { crv: "P-384" } },
  { name: "EC P-521 ES512", opts: { crv: "P-521" } },
  { name: "OKP Ed25519 EdDSA", opts: { kty: "OKP" } },
  ...["RS256", "RS384", "RS512", "PS256", "PS384", "PS512"].map((alg) => ({
    name: `RSA 2048 ${alg}`,
    opts: { alg },
  })),
  { name: "RSA 1024 RS256 (insecure)", opts: { kty: "RSA", size: 1024, insecure: true } },
  ...["HS256", "HS384", "HS512"].map((alg) => ({ name: `oct ${alg}`, opts: { alg } })),
];

const ENC_CASES: Case[] = [
  { name: "EC P-256 ECDH-ES", opts: { use: "enc" }, enc: "A256GCM" },
  { name: "EC P-384 ECDH-ES", opts: { crv: "P-384", use: "enc" }, enc: "A256GCM" },
  { name: "EC P-521 ECDH-ES", opts: { crv: "P-521", use: "enc" }, enc: "A256GCM" },
  { name: "EC P-256 ECDH-ES+A128KW", opts: { alg: "ECDH-ES+A128KW" }, enc: "A128GCM" },
  {
    name: "EC P-384 ECDH-ES+A192KW",
    opts: { crv: "P-384", alg: "ECDH-ES+A192KW" },
    enc: "A256GCM",
  },
  {
    name: "EC P-521 ECDH-ES+A256KW",
    opts: { crv: "P-521", alg: "ECDH-ES+A256KW" },
    enc: "A256GCM",
  },
  { name: "OKP X25519 ECDH-ES", opts: { kty: "OKP", use: "enc" }, enc: "A256GCM" },
  {
    name: "OKP X25519 ECDH-ES+A256KW",
    opts: { kty: "OKP", alg: "ECDH-ES+A256KW" },
    enc: "A128CBC-HS256",
  },
  { name: "RSA 2048 RSA-OAEP", opts: { alg: "RSA-OAEP" }, enc: "A256GCM" },
  { name: "RSA 2048 RSA-OAEP-256", opts: { kty: "RSA", use: "enc" }, enc: "A256GCM" },
  { name: "RSA 2048 RSA1_5", opts: { alg: "RSA1_5" }, enc: "A256GCM" },
  ...["A128KW", "A192KW", "A256KW", "A128GCMKW", "A192GCMKW"].map((alg) => ({
    name: `oct ${alg}`,
    opts: { alg },
    enc: "A256GCM",
  })),
  { name: "oct A256GCMKW (the oct enc default)", opts: { kty: "oct", use: "enc" }, enc: "A192GCM" },
  { name: "oct dir 128", opts: { alg: "dir", size: 128 }, enc: "A128GCM" },
  { name: "oct dir 192", opts: { alg: "dir", size: 192 }, enc: "A192GCM" },
  { name: "oct dir 256", opts: { alg: "dir" }, enc: "A256GCM" },
  { name: "oct dir 384", opts: { alg: "dir", size: 384 }, enc: "A192CBC-HS384" },
  { name: "oct dir 512", opts: { alg: "dir", size: 512 }, enc: "A256CBC-HS512" },
  { name: "oct PBES2-HS256+A128KW", opts: { alg: "PBES2-HS256+A128KW" }, enc: "A128GCM" },
  { name: "oct PBES2-HS512+A256KW", opts: { alg: "PBES2-HS512+A256KW" }, enc: "A256GCM" },
];

interface Made extends Case {
  pub: Jwk;
  priv: Jwk;
  alg: string;
}

async function make(c: Case): Promise<Made> {
  const r = await createJwk(c.opts);
  return { ...c, pub: r.publicJwk, priv: r.privateJwk!, alg: r.publicJwk.alg! };
}
const SIG = await Promise.all(SIG_CASES.map(make));
const ENC = await Promise.all(ENC_CASES.map(make));

const payloadOf = (name: string) => `payload for ${name}: ${crypto.randomUUID()} ✓`;

// ---------------------------------------------------------------------------
// Our side: jose 6 on our JWKs. jose has no RSA1_5 (withdrawn for
// Bleichenbacher's attack); for it, node:crypto's RSAES-PKCS1-v1_5 plus
// WebCrypto AES-GCM make the compact JWE by hand. jose also refuses RSA keys
// below 2048 bits: WebCrypto signs with the insecure 1024-bit one.

/** jose wants a password (PBES2) or a content key (dir) as raw bytes. */
async function joseKey(jwk: Jwk, alg: string) {
  if (alg.startsWith("PBES2-")) return b64uDecode(jwk.k!);
  return await importJWK(jwk as JoseJwk, alg);
}

/** jose refuses RSA keys below 2048 bits; WebCrypto signs with them (RS256 only here). */
const small = (m: Made) => m.pub.kty === "RSA" && b64uDecode(m.pub.n!).length < 256;

async function rsaWebCryptoKey(jwk: Jwk, isPrivate: boolean): Promise<CryptoKey> {
  const { kty, n, e, d, p, q, dp, dq, qi } = jwk;
  const key = isPrivate ? { kty, n, e, d, p, q, dp, dq, qi } : { kty, n, e };
  const algorithm = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
  return await crypto.subtle.importKey("jwk", key, algorithm, false, [
    isPrivate ? "sign" : "verify",
  ]);
}

async function ourSign(m: Made, payload: string): Promise<string> {
  if (small(m)) {
    assert.equal(m.alg, "RS256");
    const enc = (s: string) => b64uEncode(new TextEncoder().encode(s));
    const input = `${enc(JSON.stringify({ alg: m.alg }))}.${enc(payload)}`;
    const sig = await crypto.subtle.sign(
      "RSASSA-PKCS1-v1_5",
      await rsaWebCryptoKey(m.priv, true),
      new TextEncoder().encode(input),
    );
    return `${input}.${b64uEncode(new Uint8Array(sig))}`;
  }
  return await new CompactSign(new TextEncoder().encode(payload))
    .setProtectedHeader({ alg: m.alg })
    .sign(await joseKey(m.priv, m.alg));
}

async function ourVerify(m: Made, jws: string): Promise<string> {
  if (small(m)) {
    const [h, p, sig] = jws.split(".");
    assert.equal(JSON.parse(new TextDecoder().decode(b64uDecode(h))).alg, "RS256");
    const ok = await crypto.subtle.verify(
      "RSASSA-PKCS1-v1_5",
      await rsaWebCryptoKey(m.pub, false),
      b64uDecode(sig),
      new TextEncoder().encode(`${h}.${p}`),
    );
    assert.ok(ok, "signature verifies");
    return new TextDecoder().decode(b64uDecode(p));
  }
  const { payload, protectedHeader } = await compactVerify(jws, await joseKey(m.pub, m.alg), {
    algorithms: [m.alg],
  });
  assert.equal(protectedHeader.alg, m.alg);
  return new TextDecoder().decode(payload);
}

function rsaKey(jwk: Jwk, isPrivate: boolean) {
  const { kty, n, e, d, p, q, dp, dq, qi } = jwk;
  const key = isPrivate ? { kty, n, e, d, p, q, dp, dq, qi } : { kty, n, e };
  return isPrivate
    ? nodeCrypto.createPrivateKey({ key, format: "jwk" })
    : nodeCrypto.createPublicKey({ key, format: "jwk" });
}

async function rsa15Encrypt(m: Made, payload: string, enc: string): Promise<string> {
  assert.equal(enc, "A256GCM");
  const cek = crypto.getRandomValues(new Uint8Array(32));
  const ek = nodeCrypto.publicEncrypt(
    { key: rsaKey(m.pub, false), padding: nodeCrypto.constants.RSA_PKCS1_PADDING },
    cek,
  );
  const header = b64uEncode(new TextEncoder().encode(JSON.stringify({ alg: "RSA1_5", enc })));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await crypto.subtle.importKey("raw", cek, "AES-GCM", false, ["encrypt"]);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: "AES-GCM", iv, additionalData: new TextEncoder().encode(header) },
      key,
      new TextEncoder().encode(payload),
    ),
  );
  const ct = sealed.slice(0, -16), tag = sealed.slice(-16);
  return [header, b64uEncode(new Uint8Array(ek)), b64uEncode(iv), b64uEncode(ct), b64uEncode(tag)]
    .join(".");
}

async function rsa15Decrypt(m: Made, jwe: string): Promise<string> {
  const [header, ek, iv, ct, tag] = jwe.split(".");
  const h = JSON.parse(new TextDecoder().decode(b64uDecode(header)));
  assert.deepEqual([h.alg, h.enc], ["RSA1_5", "A256GCM"]);
  const cek = nodeCrypto.privateDecrypt(
    { key: rsaKey(m.priv, true), padding: nodeCrypto.constants.RSA_PKCS1_PADDING },
    b64uDecode(ek),
  );
  const key = await crypto.subtle.importKey("raw", new Uint8Array(cek), "AES-GCM", false, [
    "decrypt",
  ]);
  const data = new Uint8Array([...b64uDecode(ct), ...b64uDecode(tag)]);
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: b64uDecode(iv), additionalData: new TextEncoder().encode(header) },
    key,
    data,
  );
  return new TextDecoder().decode(plain);
}

async function ourEncrypt(m: Made, payload: string): Promise<string> {
  if (m.alg === "RSA1_5") return await rsa15Encrypt(m, payload, m.enc!);
  return await new CompactEncrypt(new TextEncoder().encode(payload))
    .setProtectedHeader({ alg: m.alg, enc: m.enc! })
    .encrypt(await joseKey(m.pub, m.alg));
}

async function ourDecrypt(m: Made, jwe: string): Promise<string> {
  if (m.alg === "RSA1_5") return await rsa15Decrypt(m, jwe);
  const { plaintext, protectedHeader } = await compactDecrypt(jwe, await joseKey(m.priv, m.alg), {
    keyManagementAlgorithms: [m.alg],
    maxPBES2Count: 100_000,
  });
  assert.equal(protectedHeader.alg, m.alg);
  return new TextDecoder().decode(plaintext);
}

// ---------------------------------------------------------------------------

Deno.test("sig keys: our private half signs, our public half verifies (every kind)", async (t) => {
  for (const m of SIG) {
    await t.step(m.name, async () => {
      const payload = payloadOf(m.name);
      assert.equal(await ourVerify(m, await ourSign(m, payload)), payload);
    });
  }
});

Deno.test("enc keys: our public half encrypts, our private half decrypts (every kind)", async (t) => {
  for (const m of ENC) {
    await t.step(m.name, async () => {
      const payload = payloadOf(m.name);
      assert.equal(await ourDecrypt(m, await ourEncrypt(m, payload)), payload);
    });
  }
});

const python = await python3WithJwcrypto();

/**
 * Algorithms some jwcrypto releases lack or disable: RSA1_5 is off by default
 * (the peer turns it on), and OKP/X25519 key agreement came late. If the peer
 * says it cannot do one of these, the case says so and its peer half is
 * skipped (our own round trip above still ran); any other failure fails.
 */
const MAY_BE_UNSUPPORTED = (m: Made) => m.alg === "RSA1_5" || m.pub.crv === "X25519";
const UNSUPPORTED = /not allowed|InvalidJWAAlgorithm|not supported|unsupported|unknown/i;

/** Runs a peer request; resolves to undefined (with a printed reason) for a known gap. */
async function peerOrGap<T>(m: Made, req: Promise<T>): Promise<T | undefined> {
  try {
    return await req;
  } catch (e) {
    if (e instanceof PeerError && MAY_BE_UNSUPPORTED(m) && UNSUPPORTED.test(e.message)) {
      console.log(`jwcrypto cannot do ${m.name} here, peer half skipped: ${e.message}`);
      return undefined;
    }
    throw e;
  }
}

async function withJwcrypto(fn: (peer: JsonLinePeer) => Promise<void>) {
  const peer = startJwcrypto(need(python));
  try {
    await fn(peer);
  } finally {
    await peer.close();
  }
}

Deno.test({
  name: "sig keys across the boundary: jwcrypto signs, we verify; we sign, jwcrypto verifies",
  ignore: ignoreWithout(python),
  fn: (t) =>
    withJwcrypto(async (peer) => {
      for (const m of SIG) {
        await t.step(m.name, async () => {
          const payload = payloadOf(m.name);
          const theirs = await peer.request<string>({
            op: "sign",
            jwk: m.priv,
            alg: m.alg,
            payload,
          });
          assert.equal(await ourVerify(m, theirs), payload, "jwcrypto -> us");
          const ours = await ourSign(m, payload);
          assert.equal(await peer.request({ op: "verify", jwk: m.pub, jws: ours }), payload);
          // A signature over other bytes does not verify there.
          const [h, , s] = ours.split(".");
          const forged = [h, b64uEncode(new TextEncoder().encode("other")), s].join(".");
          await assert.rejects(peer.request({ op: "verify", jwk: m.pub, jws: forged }));
        });
      }
    }),
});

Deno.test({
  name:
    "enc keys across the boundary: jwcrypto encrypts, we decrypt; we encrypt, jwcrypto decrypts",
  ignore: ignoreWithout(python),
  fn: (t) =>
    withJwcrypto(async (peer) => {
      for (const m of ENC) {
        await t.step(m.name, async () => {
          const payload = payloadOf(m.name);
          const theirs = await peerOrGap(
            m,
            peer.request<string>({ op: "encrypt", jwk: m.pub, alg: m.alg, enc: m.enc, payload }),
          );
          if (theirs === undefined) return;
          assert.equal(await ourDecrypt(m, theirs), payload, "jwcrypto -> us");
          const ours = await ourEncrypt(m, payload);
          assert.equal(
            await peer.request({ op: "decrypt", jwk: m.priv, jwe: ours }),
            payload,
            "us -> jwcrypto",
          );
        });
      }
    }),
});
