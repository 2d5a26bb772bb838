/**
 * The key types beyond step's: secp256k1 (ES256K, RFC 8812), Ed448 and X448
 * (RFC 8037), RFC 9864's fully-specified Ed25519/Ed448 algorithms, and AKP
 * (ML-DSA-44/65/87). Defaults and refusals, member shapes (checked here with
 * independent arithmetic), kid = RFC 7638 thumbprint, step's encrypted file,
 * validateJwk, the PEM reader on openssl's (and WebCrypto's) fixtures, and
 * the CLI end to end.
 * Run: deno test --allow-read --allow-write --allow-run tests/keytypes_test.ts
 */
import assert from "node:assert/strict";
import {
  createJwk,
  type CreateJwkOptions,
  decryptJwk,
  JwkError,
  type KeyRequest,
  publicJwk,
  readAnyKey,
  readKey,
  resolveKeyParams,
  thumbprint,
  validateJwk,
} from "../mod.ts";
import { b64uDecode, b64uEncode, rejectsWith, rfc7638 } from "./_helpers.ts";

const FIXTURES = new URL("./fixtures/pem/keytypes/", import.meta.url);
const PEM_PASSWORD = Deno.readTextFileSync(new URL("../pem-password.txt", FIXTURES)).replace(
  /[\r\n]+$/,
  "",
);
const CLI = new URL("../cli.ts", import.meta.url).pathname;

// ---------------------------------------------------------------------------
// Independent statements of the RFCs, for checking what the library makes.

/** secp256k1 (SEC 2 §2.4.1): y² = x³ + 7 over p, group order n. */
const K1 = {
  p: 2n ** 256n - 2n ** 32n - 977n,
  n: 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n,
};
const big = (b: Uint8Array) => b.reduce((v, x) => (v << 8n) | BigInt(x), 0n);
const onK1 = (x: bigint, y: bigint) => x < K1.p && y < K1.p && (y * y - x ** 3n - 7n) % K1.p === 0n;

/** Byte lengths of every member, per kty/crv or ML-DSA parameter set (RFC 8812, 8037, AKP). */
const SHAPES: Record<string, Record<string, number>> = {
  secp256k1: { x: 32, y: 32, d: 32 },
  Ed448: { x: 57, d: 57 },
  X448: { x: 56, d: 56 },
  Ed25519: { x: 32, d: 32 },
  "ML-DSA-44": { pub: 1312, priv: 32 },
  "ML-DSA-65": { pub: 1952, priv: 32 },
  "ML-DSA-87": { pub: 2592, priv: 32 },
};

/** A JWK as a plain record, to index its members. */
const rec = (jwk: object | undefined) => jwk as Record<string, unknown>;

function assertShape(key: object, where: string): void {
  const jwk = rec(key);
  const shape = SHAPES[String(jwk.kty === "AKP" ? jwk.alg : jwk.crv)];
  assert.ok(shape, `${where}: ${jwk.kty} ${jwk.crv ?? jwk.alg}`);
  for (const [m, n] of Object.entries(shape)) {
    if (jwk[m] === undefined && (m === "d" || m === "priv")) continue;
    assert.equal(b64uDecode(String(jwk[m])).length, n, `${where}: ${m}`);
  }
  const members = Object.keys(jwk).filter((m) => !["use", "kid", "alg", "key_ops"].includes(m));
  const want = jwk.kty === "AKP" ? ["kty", "pub", "priv"] : ["kty", "crv", ...Object.keys(shape)];
  assert.deepEqual(members.sort(), want.filter((m) => m in jwk).sort(), `${where}: members`);
  if (jwk.crv === "secp256k1") {
    assert.ok(onK1(big(b64uDecode(String(jwk.x))), big(b64uDecode(String(jwk.y)))), where);
    if (jwk.d) {
      const d = big(b64uDecode(String(jwk.d)));
      assert.ok(d > 0n && d < K1.n, `${where}: d in 1..n-1`);
    }
  }
}

function refuses(req: KeyRequest, ...patterns: RegExp[]): void {
  assert.throws(() => resolveKeyParams(req), (e) => {
    assert.ok(e instanceof JwkError, String(e));
    assert.ok(!e.message.includes("\n"));
    for (const p of patterns) assert.match(e.message, p, JSON.stringify(req));
    return true;
  });
}

// ---------------------------------------------------------------------------
Deno.test("defaults: ES256K, EdDSA on Ed448, ECDH-ES on X448, ML-DSA-65 for AKP", () => {
  const cases: [KeyRequest, [string, string | undefined, string, string]][] = [
    [{ kty: "EC", crv: "secp256k1" }, ["EC", "secp256k1", "ES256K", "sig"]],
    [{ crv: "secp256k1" }, ["EC", "secp256k1", "ES256K", "sig"]],
    [{ alg: "ES256K" }, ["EC", "secp256k1", "ES256K", "sig"]],
    [{ kty: "OKP", crv: "Ed448" }, ["OKP", "Ed448", "EdDSA", "sig"]],
    [{ kty: "OKP", crv: "Ed448", alg: "Ed448" }, ["OKP", "Ed448", "Ed448", "sig"]],
    [{ alg: "Ed448" }, ["OKP", "Ed448", "Ed448", "sig"]],
    [{ kty: "OKP", crv: "X448" }, ["OKP", "X448", "ECDH-ES", "enc"]],
    [{ crv: "X448", alg: "ECDH-ES+A256KW" }, ["OKP", "X448", "ECDH-ES+A256KW", "enc"]],
    [{ kty: "AKP" }, ["AKP", undefined, "ML-DSA-65", "sig"]],
    [{ alg: "ML-DSA-44" }, ["AKP", undefined, "ML-DSA-44", "sig"]],
    [{ kty: "AKP", alg: "ML-DSA-87" }, ["AKP", undefined, "ML-DSA-87", "sig"]],
    [{ alg: "Ed25519" }, ["OKP", "Ed25519", "Ed25519", "sig"]],
    // EdDSA stays the default for Ed25519.
    [{ kty: "OKP" }, ["OKP", "Ed25519", "EdDSA", "sig"]],
    [{ kty: "OKP", use: "enc" }, ["OKP", "X25519", "ECDH-ES", "enc"]],
    // Another use: the curve's own kind of default.
    [{ crv: "X448", use: "wrap" }, ["OKP", "X448", "ECDH-ES", "wrap"]],
    [{ kty: "AKP", use: "attest" }, ["AKP", undefined, "ML-DSA-65", "attest"]],
  ];
  for (const [req, want] of cases) {
    const p = resolveKeyParams(req);
    assert.deepEqual([p.kty, p.crv, p.alg, p.use], want, JSON.stringify(req));
    assert.equal(p.size, undefined);
  }
});

Deno.test("impossible combinations are refused, naming the flag to change", () => {
  refuses({ kty: "AKP", size: 2048 }, /--size is not valid for kty 'AKP'/, /--alg ML-DSA-44/);
  refuses({ alg: "ML-DSA-44", size: 256 }, /--size/);
  refuses({ kty: "AKP", use: "enc" }, /only for use 'sig', not 'enc'/, /--use/);
  refuses({ kty: "AKP", crv: "P-256" }, /--crv is not valid for kty 'AKP'/, /--alg/);
  refuses({ kty: "AKP", alg: "ES256" }, /alg 'ES256' is not compatible with kty 'AKP'/, /--alg/);
  refuses({ kty: "EC", alg: "ML-DSA-65" }, /needs kty AKP/, /change --alg or --kty/);
  refuses({ kty: "OKP", crv: "X448", alg: "EdDSA" }, /EdDSA.*crv 'X448'/, /--alg or --crv/);
  refuses({ crv: "X448", alg: "Ed448" }, /alg 'Ed448'/, /--alg or --crv/);
  refuses({ crv: "X448", use: "sig" }, /crv 'X448' is only for use 'enc'/, /--crv Ed448/);
  refuses({ crv: "Ed448", use: "enc" }, /crv 'Ed448' is only for use 'sig'/, /--crv X448/);
  refuses({ crv: "Ed448", alg: "ECDH-ES" }, /crv 'Ed448'/);
  refuses({ crv: "Ed448", alg: "Ed25519" }, /alg 'Ed25519'.*crv 'Ed448'/, /--alg or --crv/);
  refuses({ crv: "Ed25519", alg: "Ed448" }, /alg 'Ed448'.*crv 'Ed25519'/);
  refuses({ crv: "secp256k1", alg: "ES256" }, /alg 'ES256'.*crv 'secp256k1'/, /--alg or --crv/);
  refuses({ crv: "P-256", alg: "ES256K" }, /alg 'ES256K'.*crv 'P-256'/);
  refuses({ crv: "secp256k1", use: "enc" }, /only for use 'sig'/, /RFC 8812/, /--crv P-256/);
  refuses({ crv: "secp256k1", alg: "ECDH-ES" }, /ECDH-ES.*secp256k1/, /--alg or --crv/);
  refuses({ kty: "OKP", crv: "secp256k1" }, /crv 'secp256k1' is not compatible with kty 'OKP'/);
  refuses({ kty: "EC", crv: "Ed448" }, /crv 'Ed448' is not compatible with kty 'EC'/);
  refuses({ kty: "EC", crv: "secp256k1", size: 256 }, /--size is not valid for kty 'EC'/);
  refuses({ kty: "RSA", crv: "X448" }, /--crv is not valid for kty 'RSA'/);
});

// ---------------------------------------------------------------------------
const KINDS: Record<string, CreateJwkOptions> = {
  "secp256k1": { alg: "ES256K" },
  "Ed448": { crv: "Ed448" },
  "Ed448-alg": { alg: "Ed448" },
  "Ed25519-alg": { alg: "Ed25519" },
  "X448": { crv: "X448" },
  "X448-a128kw": { crv: "X448", alg: "ECDH-ES+A128KW" },
  "ML-DSA-44": { alg: "ML-DSA-44" },
  "ML-DSA-65": { kty: "AKP" },
  "ML-DSA-87": { alg: "ML-DSA-87" },
};

Deno.test("new keys: exact member shapes, kid = RFC 7638 thumbprint, public view", async () => {
  for (const [name, opts] of Object.entries(KINDS)) {
    for (let i = 0; i < 3; i++) {
      const { publicJwk: pub, privateJwk: priv } = await createJwk(opts);
      assertShape(priv!, name);
      assertShape(pub, name);
      assert.ok(!("d" in pub) && !("priv" in pub), `${name}: public has no private member`);
      assert.equal(pub.kid, await rfc7638(pub), `${name}: kid`);
      assert.equal(await thumbprint(priv!), pub.kid, `${name}: same thumbprint`);
      assert.deepEqual(publicJwk(priv!), pub);
      assert.equal(pub.alg, resolveKeyParams(opts).alg);
      // Whatever the library writes, it reads back.
      assert.deepEqual(await validateJwk(JSON.parse(JSON.stringify(priv))), priv);
    }
  }
  // Two keys of a kind differ (fresh randomness).
  for (const opts of Object.values(KINDS)) {
    const [a, b] = await Promise.all([createJwk(opts), createJwk(opts)]);
    assert.notEqual(a.publicJwk.kid, b.publicJwk.kid);
  }
});

Deno.test("AKP thumbprint hashes alg, kty and pub (not priv, use or kid)", async () => {
  const { publicJwk: pub } = await createJwk({ alg: "ML-DSA-44", kid: "chosen", use: "sig" });
  const input = `{"alg":"ML-DSA-44","kty":"AKP","pub":"${(pub as { pub: string }).pub}"}`;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(input));
  assert.equal(await thumbprint(pub), b64uEncode(new Uint8Array(digest)));
  assert.equal(pub.kid, "chosen");
  await rejectsWith(
    thumbprint({ kty: "AKP", pub: (pub as { pub: string }).pub } as JsonWebKey),
    "BAD_KEY",
    /AKP key: members are missing \(or not strings\): 'alg'/,
  );
});

Deno.test("every new type in step's encrypted file format opens to the same private JWK", async () => {
  for (const [name, opts] of Object.entries(KINDS)) {
    const r = await createJwk({ ...opts, password: "pw-" + name, iterations: 1000 });
    const header = JSON.parse(new TextDecoder().decode(b64uDecode(r.encryptedJwk!.protected)));
    assert.equal(header.alg, "PBES2-HS256+A128KW");
    assert.deepEqual(await decryptJwk(r.encryptedJwk!, "pw-" + name), r.privateJwk, name);
    const read = await readAnyKey(JSON.stringify(r.encryptedJwk), { password: () => "pw-" + name });
    assert.deepEqual(read.jwk, r.privateJwk);
    assert.equal(read.isPrivate, true);
  }
});

// ---------------------------------------------------------------------------
Deno.test("validateJwk: the new curves' lengths, secp256k1 points, AKP pub/priv", async () => {
  const k1 = (await createJwk({ alg: "ES256K" })).privateJwk!;
  const ed = (await createJwk({ crv: "Ed448" })).privateJwk!;
  const x = (await createJwk({ crv: "X448" })).privateJwk!;
  const m44 = rec((await createJwk({ alg: "ML-DSA-44" })).privateJwk);
  const other44 = rec((await createJwk({ alg: "ML-DSA-44" })).privateJwk);
  const m65 = rec((await createJwk({ alg: "ML-DSA-65" })).publicJwk);

  const yPlus1 = b64uDecode(k1.y!);
  yPlus1[31] ^= 1;
  const cases: [string, unknown, string, RegExp][] = [
    ["secp256k1 y changed", { ...k1, y: b64uEncode(yPlus1) }, "BAD_KEY", /not on secp256k1/],
    ["secp256k1 short x", { ...k1, x: k1.x!.slice(0, 42) }, "BAD_KEY", /'x' member must be 32/],
    ["secp256k1 long d", { ...k1, d: k1.d! + "AAAA" }, "BAD_KEY", /'d' member must be 32/],
    ["Ed448 x of 56", { ...ed, x: x.x }, "BAD_KEY", /'x' member must be 57 bytes, not 56/],
    ["X448 d of 57", { ...x, d: ed.d }, "BAD_KEY", /'d' member must be 56 bytes, not 57/],
    ["EC with Ed448", { ...k1, crv: "Ed448" }, "UNSUPPORTED", /EC JWK's curve 'Ed448'/],
    ["OKP with secp256k1", { ...ed, crv: "secp256k1" }, "UNSUPPORTED", /OKP JWK's curve/],
    ["AKP without alg", { ...m44, alg: undefined }, "BAD_KEY", /no 'alg' member/],
    ["AKP other alg", { ...m44, alg: "ML-DSA-99" }, "UNSUPPORTED", /alg 'ML-DSA-99'/],
    ["AKP without pub", { ...m44, pub: undefined }, "BAD_KEY", /no 'pub' member/],
    [
      "AKP truncated pub",
      { ...m44, pub: String(m44.pub).slice(0, 1748) },
      "BAD_KEY",
      /'pub' member must be 1312 bytes, not 1311/,
    ],
    ["AKP pub of 65 as 44", { ...m44, pub: m65.pub }, "BAD_KEY", /must be 1312 bytes, not 1952/],
    [
      "AKP truncated seed",
      { ...m44, priv: String(m44.priv).slice(0, 42) },
      "BAD_KEY",
      /'priv' member must be 32 bytes, not 31/,
    ],
    ["AKP pub of another seed", { ...m44, pub: other44.pub }, "BAD_KEY", /does not belong/],
    ["AKP pub not base64url", { ...m44, pub: "!" + String(m44.pub).slice(1) }, "BAD_KEY", /base64/],
  ];
  for (const [what, jwk, code, message] of cases) {
    const e = await rejectsWith(validateJwk(jwk), code as JwkError["code"], message);
    // No key material in messages.
    for (const m of ["d", "priv", "pub", "x"]) {
      const v = (jwk as Record<string, unknown>)[m];
      if (typeof v === "string") assert.ok(!e.message.includes(v.slice(0, 16)), `${what}: ${m}`);
    }
  }
  // The public forms are fine too, and readAnyKey goes through the same checks.
  await validateJwk(m65);
  await validateJwk({ ...m44, priv: undefined });
  await rejectsWith(readAnyKey(JSON.stringify({ ...m44, pub: other44.pub })), "BAD_KEY");
});

// ---------------------------------------------------------------------------
const list = (dir: URL) =>
  [...Deno.readDirSync(dir)].filter((e) => e.isFile && /\.(pem|der)$/.test(e.name))
    .map((e) => e.name).sort();
const expected = (key: string) =>
  JSON.parse(Deno.readTextFileSync(new URL(`expected/${key}.json`, FIXTURES)));

Deno.test("PEM: every fixture gives the key the independent peer read", async () => {
  let count = 0;
  for (const name of list(FIXTURES)) {
    const key = name.split(".")[0]; // k1, ed448, x448, mldsa44, ...
    const theirs = expected(key);
    const ours = await readKey(Deno.readFileSync(new URL(name, FIXTURES)), {
      password: () => PEM_PASSWORD,
    });
    const isPublic = /spki|cert/.test(name);
    assert.equal(ours.isPrivate, !isPublic, name);
    const jwk = rec(ours.jwk);
    assertShape(jwk, name);
    for (const m of ["kty", "crv", "x", "y", "alg", "pub"]) assert.equal(jwk[m], theirs[m], name);
    for (const m of ["d", "priv"]) assert.equal(jwk[m], isPublic ? undefined : theirs[m], name);
    if (/cert/.test(name)) assert.equal(ours.x5c?.length, 1, name);
    count++;
  }
  assert.ok(count >= 35, `read ${count} fixtures`);
});

Deno.test("PEM: refused inputs, one clear line each", async () => {
  const want: Record<string, [string, RegExp]> = {
    "ed448.pkcs8-short.pem": ["BAD_KEY", /Ed448 private key is 56 bytes, not 57/],
    "ed448.spki-short.pem": ["BAD_KEY", /Ed448 public key is 56 bytes, not 57/],
    "k1.sec1-other-public.pem": ["BAD_KEY", /public key does not match the private key/],
    "k1.spki-offcurve.pem": ["BAD_KEY", /the EC point is not on secp256k1/],
    "k1.spki-p256-point.pem": ["BAD_KEY", /the EC point is not on secp256k1/],
    "p256.spki-k1-point.pem": ["BAD_KEY", /the EC point is not on P-256/],
    "mldsa44.pkcs8-both-mismatch.pem": ["BAD_KEY", /expanded ML-DSA-44 .* does not belong/],
    "mldsa65.pkcs8-both-mismatch.pem": ["BAD_KEY", /expanded ML-DSA-65 .* does not belong/],
    "mldsa87.pkcs8-both-mismatch.pem": ["BAD_KEY", /expanded ML-DSA-87 .* does not belong/],
    "mldsa44.pkcs8-expanded.pem": [
      "UNSUPPORTED",
      /only the expanded ML-DSA-44 .* needs the 32-byte seed/,
    ],
    "mldsa65.pkcs8-expanded.pem": ["UNSUPPORTED", /only the expanded ML-DSA-65/],
    "mldsa87.pkcs8-expanded.pem": ["UNSUPPORTED", /only the expanded ML-DSA-87/],
    "mldsa44.pkcs8-seed-short.pem": ["BAD_KEY", /ML-DSA-44 seed is 31 bytes, not 32/],
    "mldsa44.pkcs8-v1-other-public.pem": ["BAD_KEY", /public key does not match/],
    "mldsa44.spki-null-params.pem": ["BAD_PEM", /unexpected ML-DSA-44 algorithm parameters/],
    "mldsa65.spki-short.pem": ["BAD_KEY", /ML-DSA-65 public key is 1951 bytes, not 1952/],
    "mldsa87.pkcs8-both-short-expanded.pem": ["BAD_KEY", /4895 bytes, not 4896/],
  };
  const errors = new URL("errors/", FIXTURES);
  assert.deepEqual(list(errors), Object.keys(want).sort(), "every refused fixture is listed");
  for (const [name, [code, message]] of Object.entries(want)) {
    await rejectsWith(
      readKey(Deno.readFileSync(new URL(name, errors))),
      code as JwkError["code"],
      message,
    );
  }
});

Deno.test("PEM keys become JWK pairs with the same defaults as new keys", async () => {
  const read = async (name: string) =>
    await readKey(Deno.readFileSync(new URL(name, FIXTURES)), { password: () => PEM_PASSWORD });
  const k1 = await createJwk({ key: await read("k1.sec1.pem") });
  assert.deepEqual([k1.publicJwk.alg, k1.publicJwk.use], ["ES256K", "sig"]);
  assert.equal(k1.publicJwk.kid, await rfc7638(k1.publicJwk));
  const x = await createJwk({ key: await read("x448.pkcs8.pem") });
  assert.deepEqual([x.publicJwk.alg, x.publicJwk.use], ["ECDH-ES", "enc"]);
  const ed = await createJwk({ key: await read("ed448.spki.pem"), alg: "Ed448" });
  assert.deepEqual([ed.publicJwk.alg, ed.privateJwk], ["Ed448", undefined]);
  const m = await createJwk({ key: await read("mldsa87.pkcs8-both.pem") });
  assert.equal(m.publicJwk.alg, "ML-DSA-87");
  assert.equal(m.publicJwk.kid, await rfc7638(m.publicJwk));
  assert.deepEqual(m.privateJwk, { ...m.publicJwk, priv: expected("mldsa87").priv });
  // The parameter set is part of an AKP key: another --alg is refused.
  await rejectsWith(
    createJwk({ key: await read("mldsa65.spki.pem"), alg: "ML-DSA-44" }),
    "INCOMPATIBLE_OPTIONS",
    /--alg ML-DSA-44 does not match the key, which has alg 'ML-DSA-65'/,
  );
  await rejectsWith(
    createJwk({ key: await read("k1.spki.pem"), alg: "ES256" }),
    "INCOMPATIBLE_OPTIONS",
    /alg 'ES256'.*secp256k1/,
  );
  await rejectsWith(
    createJwk({ key: await read("x448.spki.pem"), use: "sig" }),
    "INCOMPATIBLE_OPTIONS",
    /crv 'X448' is only for use 'enc'/,
  );
});

// ---------------------------------------------------------------------------
async function cli(dir: string, args: string[]) {
  const o = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--no-prompt", "--allow-read", "--allow-write", CLI, "create", ...args],
    cwd: dir,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  return { code: o.code, stderr: new TextDecoder().decode(o.stderr) };
}

Deno.test("CLI: every new type with a password file, and with --no-password --insecure", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jwk-keytypes-" });
  await Deno.writeTextFile(`${dir}/pw`, "cli password\n");
  const runs: [string, string[]][] = [
    ["k1", ["--kty", "EC", "--crv", "secp256k1"]],
    ["k1b", ["--alg", "ES256K"]],
    ["ed448", ["--kty", "OKP", "--crv", "Ed448"]],
    ["ed448b", ["--kty", "OKP", "--crv", "Ed448", "--alg", "Ed448"]],
    ["ed25519", ["--kty", "OKP", "--alg", "Ed25519"]],
    ["x448", ["--kty", "OKP", "--crv", "X448"]],
    ["akp", ["--kty", "AKP"]],
    ["akp44", ["--kty", "AKP", "--alg", "ML-DSA-44"]],
    ["akp87", ["--alg", "ML-DSA-87"]],
  ];
  const results = await Promise.all(runs.map(async ([name, flags]) => {
    const withPw = await cli(dir, [
      `${name}.pub`,
      `${name}.priv`,
      ...flags,
      "--password-file",
      "pw",
    ]);
    const plain = await cli(dir, [
      `${name}.p.pub`,
      `${name}.p.priv`,
      ...flags,
      "--no-password",
      "--insecure",
    ]);
    return { name, withPw, plain };
  }));
  for (const { name, withPw, plain } of results) {
    assert.equal(withPw.code, 0, `${name}: ${withPw.stderr}`);
    assert.equal(plain.code, 0, `${name}: ${plain.stderr}`);
    const pub = JSON.parse(await Deno.readTextFile(`${dir}/${name}.pub`));
    const priv = await decryptJwk(await Deno.readTextFile(`${dir}/${name}.priv`), "cli password");
    assertShape(priv, name);
    assert.deepEqual(publicJwk(priv as never), pub, name);
    assert.equal(pub.kid, await rfc7638(pub), name);
    const clear = JSON.parse(await Deno.readTextFile(`${dir}/${name}.p.priv`));
    assertShape(clear, `${name} (no password)`);
    assert.equal(clear.alg, pub.alg);
    assert.equal((await Deno.stat(`${dir}/${name}.priv`)).mode! & 0o777, 0o600);
  }
  const algs = Object.fromEntries(
    await Promise.all(results.map(async ({ name }) => [
      name,
      JSON.parse(await Deno.readTextFile(`${dir}/${name}.pub`)).alg,
    ])),
  );
  assert.deepEqual(algs, {
    k1: "ES256K",
    k1b: "ES256K",
    ed448: "EdDSA",
    ed448b: "Ed448",
    ed25519: "Ed25519",
    x448: "ECDH-ES",
    akp: "ML-DSA-65",
    akp44: "ML-DSA-44",
    akp87: "ML-DSA-87",
  });
  await Deno.remove(dir, { recursive: true });
});

Deno.test("CLI: impossible combinations end in one error line, nothing written", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jwk-keytypes-" });
  const cases: [string[], RegExp][] = [
    [["--kty", "AKP", "--size", "2048"], /--size is not valid for kty 'AKP'/],
    [["--kty", "AKP", "--use", "enc"], /kty 'AKP' \(ML-DSA\) is only for use 'sig'/],
    [["--kty", "OKP", "--crv", "X448", "--alg", "EdDSA"], /change --alg or --crv/],
    [["--crv", "secp256k1", "--alg", "ES256"], /alg 'ES256' is not compatible.*secp256k1/],
    [["--crv", "secp256k1", "--use", "enc"], /crv 'secp256k1' is only for use 'sig'/],
    [["--kty", "AKP", "--crv", "Ed448"], /--crv is not valid for kty 'AKP'/],
  ];
  for (const [flags, message] of cases) {
    const r = await cli(dir, ["a.pub", "a.priv", ...flags, "--no-password", "--insecure"]);
    assert.equal(r.code, 1, flags.join(" "));
    const lines = r.stderr.trim().split("\n");
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0], /^error: /);
    assert.match(lines[0], message);
    assert.deepEqual([...Deno.readDirSync(dir)], [], "nothing written");
  }
  await Deno.remove(dir);
});

Deno.test("CLI --from-pem reads the new types (encrypted PKCS#8 too)", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jwk-keytypes-" });
  await Deno.writeTextFile(`${dir}/pempw`, PEM_PASSWORD + "\n");
  for (
    const [file, key] of [
      ["k1.pkcs8-aes256-sha256.pem", "k1"],
      ["ed448.pkcs8-aes256-sha256.pem", "ed448"],
      ["x448.pkcs8.pem", "x448"],
      ["mldsa65.pkcs8-both.pem", "mldsa65"],
    ]
  ) {
    const path = new URL(file, FIXTURES).pathname;
    const r = await cli(dir, [
      `${key}.pub`,
      `${key}.priv`,
      "--from-pem",
      path,
      "--pem-password-file",
      "pempw",
      "--no-password",
      "--insecure",
    ]);
    assert.equal(r.code, 0, `${file}: ${r.stderr}`);
    const priv = JSON.parse(await Deno.readTextFile(`${dir}/${key}.priv`));
    const theirs = expected(key);
    for (const m of ["kty", "crv", "x", "y", "d", "pub", "priv"]) assert.equal(priv[m], theirs[m]);
  }
  const r = await cli(dir, [
    "e.pub",
    "e.priv",
    "--from-pem",
    new URL("errors/mldsa44.pkcs8-expanded.pem", FIXTURES).pathname,
  ]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^error: .*needs the 32-byte seed/);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("the @noble fallbacks give what WebCrypto gives (X448, ML-DSA)", async () => {
  const { x448PublicKey, mlDsaKeygen } = await import("../lib/keygen/noble_deps.ts");
  const { publicMembers } = await import("../lib/keygen/curves.ts");
  const { mlDsaPublicKey } = await import("../lib/keygen/ml_dsa.ts");
  for (let i = 0; i < 5; i++) {
    const d = crypto.getRandomValues(new Uint8Array(56));
    // Deno's WebCrypto has X448: publicMembers uses it; the fallback must agree.
    assert.equal((await publicMembers("X448", d)).x, b64uEncode(await x448PublicKey(d)));
    const seed = crypto.getRandomValues(new Uint8Array(32));
    for (const alg of ["ML-DSA-44", "ML-DSA-65", "ML-DSA-87"] as const) {
      const { publicKey } = await mlDsaKeygen(alg, seed);
      assert.equal(await mlDsaPublicKey(alg, seed), b64uEncode(publicKey), alg);
    }
  }
});
