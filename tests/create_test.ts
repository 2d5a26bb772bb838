/**
 * createJwk and generateKeyMaterial: the shape of every generated kind, kid,
 * the public view, member order, the encrypted private half, and keys that
 * come from elsewhere (ExistingKey).
 */
import assert from "node:assert/strict";
import {
  createJwk,
  decryptJwk,
  generateKeyMaterial,
  isPrivateJwk,
  type Jwk,
  orderMembers,
  publicJwk,
  thumbprint,
} from "../mod.ts";
import {
  b64uDecode,
  PRIVATE_MEMBERS,
  publicPart,
  rejectsWith,
  rfc7638,
  STEP_FIXTURES,
} from "./_helpers.ts";

const FAST = { iterations: 1000 };

/** Bit length of a big-endian unsigned integer. */
function bitLength(bytes: Uint8Array): number {
  assert.notEqual(bytes[0], 0, "no leading zero byte");
  return (bytes.length - 1) * 8 + (32 - Math.clz32(bytes[0]));
}

const ORDER = [
  "use",
  "key_ops",
  "kty",
  "kid",
  "crv",
  "alg",
  "k",
  "x",
  "y",
  "n",
  "e",
  "d",
  "p",
  "q",
  "dp",
  "dq",
  "qi",
];

function assertOrdered(jwk: object, what: string) {
  const keys = Object.keys(jwk);
  const positions = keys.map((k) => ORDER.indexOf(k));
  assert.ok(!positions.includes(-1), `${what}: unknown member in ${keys}`);
  assert.deepEqual(positions, [...positions].sort((a, b) => a - b), `${what}: order ${keys}`);
}

const EC_CURVES = [
  ["P-256", 32, "ES256"],
  ["P-384", 48, "ES384"],
  ["P-521", 66, "ES512"],
] as const;

Deno.test("EC keys: P-256/384/521, fixed-length x, y, d; kid is the RFC 7638 thumbprint", async () => {
  for (const [crv, len, alg] of EC_CURVES) {
    for (const use of ["sig", "enc"]) {
      // 521 bits in 66 bytes: a P-521 value starts with a zero byte half of the time,
      // so a few keys per curve show whether short values are left-padded.
      for (let i = 0; i < 4; i++) {
        const { publicJwk: pub, privateJwk: priv } = await createJwk({ crv, use });
        assert.ok(priv);
        assert.deepEqual(Object.keys(priv), ["use", "kty", "kid", "crv", "alg", "x", "y", "d"]);
        assert.deepEqual(Object.keys(pub), ["use", "kty", "kid", "crv", "alg", "x", "y"]);
        assert.equal(priv.alg, use === "sig" ? alg : "ECDH-ES");
        assert.equal(priv.use, use);
        for (const m of ["x", "y", "d"] as const) {
          assert.equal(b64uDecode(priv[m]!).length, len, `${crv} ${m}`);
        }
        assert.equal(priv.kid, await rfc7638(priv));
        assert.deepEqual(pub, publicPart(priv));
      }
    }
  }
});

Deno.test("OKP keys: Ed25519 (EdDSA) and X25519 (ECDH-ES), 32-byte x and d", async () => {
  for (const [use, crv, alg] of [["sig", "Ed25519", "EdDSA"], ["enc", "X25519", "ECDH-ES"]]) {
    const { publicJwk: pub, privateJwk: priv } = await createJwk({ kty: "OKP", use });
    assert.ok(priv);
    assert.deepEqual(Object.keys(priv), ["use", "kty", "kid", "crv", "alg", "x", "d"]);
    assert.deepEqual([priv.crv, priv.alg, priv.use], [crv, alg, use]);
    assert.equal(b64uDecode(priv.x!).length, 32);
    assert.equal(b64uDecode(priv.d!).length, 32);
    assert.equal(priv.kid, await rfc7638(priv));
    assert.deepEqual(pub, publicPart(priv));
    assert.ok(!("d" in pub));
  }
});

Deno.test("RSA 2048: exact modulus length, e=65537, CRT members without leading zeros", async () => {
  const { publicJwk: pub, privateJwk: priv } = await createJwk({ kty: "RSA" });
  assert.ok(priv);
  assert.deepEqual(Object.keys(priv), [
    "use",
    "kty",
    "kid",
    "alg",
    "n",
    "e",
    "d",
    "p",
    "q",
    "dp",
    "dq",
    "qi",
  ]);
  assert.deepEqual(Object.keys(pub), ["use", "kty", "kid", "alg", "n", "e"]);
  assert.equal(bitLength(b64uDecode(priv.n!)), 2048);
  assert.equal(priv.e, "AQAB");
  for (const m of ["d", "p", "q", "dp", "dq", "qi"] as const) bitLength(b64uDecode(priv[m]!));
  assert.equal(bitLength(b64uDecode(priv.p!)), 1024);
  assert.equal(priv.kid, await rfc7638(priv));
  assert.deepEqual([priv.alg, priv.use], ["RS256", "sig"]);
  assert.deepEqual(pub, publicPart(priv));
});

Deno.test("RSA 1024 only with insecure", async () => {
  await rejectsWith(createJwk({ kty: "RSA", size: 1024 }), "INSECURE", /--insecure/);
  const { privateJwk: priv } = await createJwk({ kty: "RSA", size: 1024, insecure: true });
  assert.equal(bitLength(b64uDecode(priv!.n!)), 1024);
});

Deno.test("oct keys: size/8 random bytes, no kid, public file holds the secret (with a warning)", async () => {
  const cases: [Record<string, unknown>, string, number][] = [
    [{ kty: "oct" }, "HS256", 256],
    [{ alg: "HS384" }, "HS384", 384],
    [{ alg: "HS512" }, "HS512", 512],
    [{ kty: "oct", size: 1024 }, "HS512", 1024],
    [{ kty: "oct", use: "enc" }, "A256GCMKW", 256],
    [{ alg: "A128KW" }, "A128KW", 128],
    [{ alg: "A192KW" }, "A192KW", 192],
    [{ alg: "A256KW" }, "A256KW", 256],
    [{ alg: "A128GCMKW" }, "A128GCMKW", 128],
    [{ alg: "A192GCMKW" }, "A192GCMKW", 192],
    [{ alg: "dir" }, "dir", 256],
    [{ alg: "dir", size: 512 }, "dir", 512],
    [{ alg: "PBES2-HS256+A128KW" }, "PBES2-HS256+A128KW", 256],
  ];
  const seen = new Set<string>();
  for (const [opts, alg, size] of cases) {
    const r = await createJwk(opts);
    const priv = r.privateJwk!;
    assert.equal(priv.alg, alg);
    assert.equal(b64uDecode(priv.k!).length, size / 8, alg);
    assert.ok(!("kid" in priv), "no kid for oct");
    assert.deepEqual(Object.keys(priv), ["use", "kty", "alg", "k"]);
    assert.deepEqual(r.publicJwk, priv, "step writes the whole secret to the public file");
    assert.equal(r.warnings.length, 1);
    assert.match(r.warnings[0], /oct key has no public part/);
    assert.ok(!r.warnings[0].includes(priv.k!), "the warning holds no secret");
    assert.ok(!seen.has(priv.k!), "fresh randomness");
    seen.add(priv.k!);
  }
  // A given kid is kept, even for oct.
  const { privateJwk } = await createJwk({ kty: "oct", kid: "shared-1" });
  assert.equal(privateJwk!.kid, "shared-1");
});

Deno.test("kid: thumbprint by default (same as public form and lib's thumbprint), given kid kept", async () => {
  for (const opts of [{}, { kty: "OKP" }, { kty: "OKP", use: "enc" }, { crv: "P-384" }]) {
    const { publicJwk: pub, privateJwk: priv } = await createJwk(opts);
    const expected = await rfc7638(pub);
    assert.equal(pub.kid, expected);
    assert.equal(priv!.kid, expected);
    assert.equal(await thumbprint(pub), expected);
    assert.equal(await thumbprint(priv!), expected);
    assert.equal(expected.length, 43);
  }
  for (const kid of ["my-key-1", "ü/ñ 🔑", " x "]) {
    const { publicJwk: pub, privateJwk: priv } = await createJwk({ kid });
    assert.equal(pub.kid, kid);
    assert.equal(priv!.kid, kid);
  }
  await rejectsWith(createJwk({ kid: "" }), "INVALID_OPTION", /--kid must not be empty/);
});

Deno.test("thumbprint: RFC 7638 §3.1 example and step's vectors", async () => {
  // The RSA key of RFC 7638 §3.1 and the thumbprint printed there.
  const rfc = {
    kty: "RSA",
    n: "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw",
    e: "AQAB",
    alg: "RS256",
    kid: "2011-04-29",
  };
  assert.equal(await thumbprint(rfc), "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
  assert.equal(await rfc7638(rfc), "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
  for (const name of ["ec-p256", "ec-p384", "ec-p521", "okp-ed25519", "rsa-2048", "rsa-ps384"]) {
    const pub = JSON.parse(await Deno.readTextFile(new URL(`${name}.pub.json`, STEP_FIXTURES)));
    assert.equal(await thumbprint(pub), pub.kid, name);
  }
  await rejectsWith(thumbprint({ kty: "EC", crv: "P-256" }), "BAD_KEY", /members are missing/);
});

Deno.test("public view: no private members for any kty; key_ops mapped to the public half", async () => {
  for (const opts of [{}, { kty: "OKP" }, { kty: "OKP", use: "enc" }, { use: "enc" }]) {
    const { publicJwk: pub, privateJwk: priv } = await createJwk(opts);
    for (const m of PRIVATE_MEMBERS) assert.ok(!(m in pub), `${m} in ${JSON.stringify(opts)}`);
    assert.ok(!isPrivateJwk(pub));
    assert.ok(isPrivateJwk(priv!));
  }
  const rsa: Jwk = {
    kty: "RSA",
    n: "n",
    e: "AQAB",
    d: "d",
    p: "p",
    q: "q",
    dp: "dp",
    dq: "dq",
    qi: "qi",
    key_ops: ["sign", "verify"],
  };
  assert.deepEqual(publicJwk(rsa), { key_ops: ["verify"], kty: "RSA", n: "n", e: "AQAB" });
  assert.deepEqual(publicJwk({ ...rsa, key_ops: ["decrypt"] }).key_ops, ["encrypt"]);
  assert.deepEqual(publicJwk({ ...rsa, key_ops: ["unwrapKey", "decrypt"] }).key_ops, [
    "wrapKey",
    "encrypt",
  ]);
  // A public ECDH key can do nothing by itself: no key_ops member at all.
  const ec: Jwk = { kty: "EC", crv: "P-256", x: "x", y: "y", d: "d", key_ops: ["deriveBits"] };
  assert.deepEqual(publicJwk(ec), { kty: "EC", crv: "P-256", x: "x", y: "y" });
  // oct: returned whole.
  const oct: Jwk = { kty: "oct", k: "secret", alg: "HS256" };
  assert.deepEqual(publicJwk(oct), { kty: "oct", alg: "HS256", k: "secret" });
  // publicJwk does not touch its argument.
  assert.equal(rsa.d, "d");
});

Deno.test("member order: step's (go-jose's) order; unknown members last", async () => {
  for (const name of ["ec-kid.priv", "ec-kid.pub", "ec-p256.pub", "oct.pub", "rsa-2048.pub"]) {
    const v = JSON.parse(await Deno.readTextFile(new URL(`${name}.json`, STEP_FIXTURES)));
    assertOrdered(v, `step's ${name}`);
    const shuffled = Object.fromEntries(Object.entries(v).reverse());
    assert.deepEqual(Object.keys(orderMembers(shuffled)), Object.keys(v), name);
  }
  const j = orderMembers({ zz: 1, x5c: ["a"], d: "d", kty: "EC", "x5t#S256": "t", use: "sig" });
  assert.deepEqual(Object.keys(j), ["use", "kty", "d", "x5c", "x5t#S256", "zz"]);
  // Undefined members are dropped.
  assert.deepEqual(Object.keys(orderMembers({ kty: "EC", kid: undefined })), ["kty"]);
  for (
    const opts of [{}, { kty: "RSA", size: 1024, insecure: true }, { kty: "oct" }, { kty: "OKP" }]
  ) {
    const r = await createJwk({ ...opts, keyOps: undefined });
    assertOrdered(r.privateJwk!, JSON.stringify(opts));
    assertOrdered(r.publicJwk, JSON.stringify(opts));
  }
  const withOps = await createJwk({ use: "sig", keyOps: ["sign"], subtle: true });
  assert.deepEqual(Object.keys(withOps.privateJwk!).slice(0, 3), ["use", "key_ops", "kty"]);
});

Deno.test("use other than sig/enc is written as given", async () => {
  for (
    const [opts, alg] of [
      [{ use: "foo" }, "ES256"],
      [{ kty: "RSA", use: "Sig", size: 1024, insecure: true }, "RS256"],
      [{ kty: "OKP", crv: "X25519", use: "agreement" }, "ECDH-ES"],
      [{ kty: "oct", use: "mac" }, "HS256"],
    ] as const
  ) {
    const { publicJwk: pub, privateJwk: priv } = await createJwk(opts);
    assert.equal(pub.use, opts.use);
    assert.equal(priv!.use, opts.use);
    assert.equal(pub.alg, alg);
  }
});

Deno.test("password: the private half encrypted (and opens); without one it stays plain", async () => {
  const r = await createJwk({ kty: "OKP", password: "pw", ...FAST });
  assert.ok(r.encryptedJwk && r.privateJwk);
  assert.deepEqual(await decryptJwk(r.encryptedJwk, "pw"), r.privateJwk);
  // The plaintext is the compact JSON of the private JWK, in member order.
  const bytes = new TextEncoder().encode("pw");
  const again = await createJwk({ kty: "oct", password: bytes, ...FAST });
  assert.deepEqual(await decryptJwk(again.encryptedJwk!, "pw"), again.privateJwk);
  const plain = await createJwk({ kty: "OKP" });
  assert.equal(plain.encryptedJwk, undefined);
  assert.ok(plain.privateJwk?.d);
  await rejectsWith(createJwk({ password: "" }), "BAD_PASSWORD", /the password is empty/);
  await rejectsWith(
    createJwk({ password: "pw", iterations: 999 }),
    "INVALID_OPTION",
    /iterations 999/,
  );
});

Deno.test("generateKeyMaterial: only key members; refuses what it cannot make", async () => {
  const ec = await generateKeyMaterial({ kty: "EC", crv: "P-384" });
  assert.deepEqual(Object.keys(ec), ["kty", "crv", "x", "y", "d"]);
  const ed = await generateKeyMaterial({ kty: "OKP" });
  assert.deepEqual([ed.crv, Object.keys(ed).join()], ["Ed25519", "kty,crv,x,d"]);
  const oct = await generateKeyMaterial({ kty: "oct", size: 192 });
  assert.deepEqual([Object.keys(oct).join(), b64uDecode(oct.k!).length], ["kty,k", 24]);
  await rejectsWith(
    generateKeyMaterial({ kty: "OKP", crv: "Ed999" }),
    "UNSUPPORTED",
    /kty 'OKP' with crv 'Ed999'/,
  );
  await rejectsWith(
    generateKeyMaterial({ kty: "EC", crv: "P-192" }),
    "UNSUPPORTED",
    /cannot generate a EC key here/,
  );
});

Deno.test("createJwk refuses bad combinations before generating anything", async () => {
  await rejectsWith(createJwk({ kty: "ec" }), "INVALID_OPTION", /kty 'ec'/, /did you mean 'EC'/);
  await rejectsWith(createJwk({ kty: "RSA", crv: "P-256" }), "INCOMPATIBLE_OPTIONS", /--crv/);
  await rejectsWith(createJwk({ kty: "EC", size: 256 }), "INCOMPATIBLE_OPTIONS", /--size/);
  await rejectsWith(createJwk({ kty: "OKP", crv: "Ed25519", use: "enc" }), undefined, /X25519/);
  await rejectsWith(createJwk({ alg: "A128KW", size: 256 }), "INCOMPATIBLE_OPTIONS", /--size/);
});

// ---------------------------------------------------------------------------
// Keys that exist already (what the PEM reader hands to createJwk).

const STEP_EC = JSON.parse(await Deno.readTextFile(new URL("ec-kid.priv.json", STEP_FIXTURES)));
const EC_MATERIAL = { kty: "EC", crv: "P-256", x: STEP_EC.x, y: STEP_EC.y, d: STEP_EC.d } as const;

Deno.test("existing key: same defaults and kid as a generated one; public-only gives no private", async () => {
  const r = await createJwk({ key: { jwk: { ...EC_MATERIAL }, isPrivate: true } });
  assert.deepEqual(r.privateJwk, {
    use: "sig",
    kty: "EC",
    kid: await rfc7638(STEP_EC),
    crv: "P-256",
    alg: "ES256",
    x: STEP_EC.x,
    y: STEP_EC.y,
    d: STEP_EC.d,
  });
  const { x, y } = EC_MATERIAL;
  const pubOnly = await createJwk({
    key: { jwk: { kty: "EC", crv: "P-256", x, y }, isPrivate: false },
    use: "enc",
    password: "unused",
  });
  assert.equal(pubOnly.privateJwk, undefined);
  assert.equal(pubOnly.encryptedJwk, undefined);
  assert.deepEqual([pubOnly.publicJwk.alg, pubOnly.publicJwk.use], ["ECDH-ES", "enc"]);
  // step's vector: same key with --kid my-key-1.
  const withKid = await createJwk({
    key: { jwk: { ...EC_MATERIAL }, isPrivate: true },
    kid: "my-key-1",
  });
  assert.deepEqual(withKid.privateJwk, STEP_EC);
});

Deno.test("existing key: kty/crv must match it; size is refused; RSA size is the key's", async () => {
  const key = { jwk: { ...EC_MATERIAL }, isPrivate: true };
  await rejectsWith(
    createJwk({ key, kty: "RSA" }),
    "INCOMPATIBLE_OPTIONS",
    /--kty RSA does not match/,
  );
  await rejectsWith(createJwk({ key, crv: "P-384" }), "INCOMPATIBLE_OPTIONS", /--crv P-384/);
  await rejectsWith(createJwk({ key, size: 256 }), "INCOMPATIBLE_OPTIONS", /--size cannot be used/);
  const rsa = JSON.parse(await Deno.readTextFile(new URL("rsa-2048.pub.json", STEP_FIXTURES)));
  const r = await createJwk({ key: { jwk: { kty: "RSA", n: rsa.n, e: rsa.e }, isPrivate: false } });
  assert.equal(r.publicJwk.kid, rsa.kid);
  assert.equal(r.publicJwk.alg, "RS256");
});

Deno.test("existing key from a certificate: key usage decides use; conflicts need subtle", async () => {
  const key = (certUse: "sig" | "enc" | "ambiguous") => ({
    jwk: { ...EC_MATERIAL },
    isPrivate: true,
    certUse,
    x5c: ["MIIB"],
    x5tS256: "thumb",
  });
  const enc = await createJwk({ key: key("enc") });
  assert.deepEqual([enc.publicJwk.use, enc.publicJwk.alg], ["enc", "ECDH-ES"]);
  assert.deepEqual(enc.publicJwk.x5c, ["MIIB"]);
  assert.equal(enc.publicJwk["x5t#S256"], "thumb");
  assert.deepEqual(Object.keys(enc.publicJwk).slice(-2), ["x5c", "x5t#S256"]);
  await rejectsWith(
    createJwk({ key: key("enc"), use: "sig" }),
    "SUBTLE",
    /--use sig contradicts the certificate's key usage \(enc\)/,
    /--subtle/,
  );
  const forced = await createJwk({ key: key("enc"), use: "sig", subtle: true });
  assert.equal(forced.publicJwk.use, "sig");
  await rejectsWith(createJwk({ key: key("ambiguous") }), "SUBTLE", /--subtle/);
  const amb = await createJwk({ key: key("ambiguous"), use: "enc", subtle: true });
  assert.equal(amb.publicJwk.use, "enc");
});
