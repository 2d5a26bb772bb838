/**
 * formatKey against independent implementations: openssl opens every PEM and
 * DER we write (and writes the same bytes when it re-encodes them), decrypts
 * our encrypted PKCS#8, and derives the same public key; ssh-keygen opens our
 * OpenSSH private files (plain and encrypted) and reads our public lines.
 * Every PEM/DER fixture survives PEM -> JWK -> PEM -> JWK unchanged.
 */
import assert from "node:assert/strict";
import { formatKey, type FormatKeyOptions, generateKeyMaterial, type Jwk } from "../mod.ts";
import { readAnyKey } from "../mod.ts";
import { ignoreWithout, need, openssl, peerOutput, runBytes, sshKeygen } from "./_peers.ts";
import { rejectsWith } from "./_helpers.ts";

const OPENSSL = await openssl();
const SSH_KEYGEN = await sshKeygen();
const dec = new TextDecoder();
const FIXTURES = new URL("./fixtures/pem/", import.meta.url);
const PEM_PASSWORD = (await Deno.readTextFile(new URL("pem-password.txt", FIXTURES)))
  .replace(/[\r\n]+$/, "");

/** One key of every type the writer knows, made by our own generator. */
const KEYS: [string, Jwk][] = [
  ["EC P-256", await generateKeyMaterial({ kty: "EC", crv: "P-256" })],
  ["EC P-384", await generateKeyMaterial({ kty: "EC", crv: "P-384" })],
  ["EC P-521", await generateKeyMaterial({ kty: "EC", crv: "P-521" })],
  ["RSA 2048", await generateKeyMaterial({ kty: "RSA", size: 2048 })],
  ["Ed25519", await generateKeyMaterial({ kty: "OKP", crv: "Ed25519" })],
  ["X25519", await generateKeyMaterial({ kty: "OKP", crv: "X25519" })],
];

const text = async (jwk: Jwk | string, options: FormatKeyOptions) =>
  dec.decode((await formatKey(jwk, options)).data);

async function inTemp<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await Deno.makeTempDir({ prefix: "jwk-format-" });
  try {
    return await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** Runs openssl; fails the test with its stderr when it fails. */
async function ossl(args: string[], stdin?: Uint8Array): Promise<string> {
  return dec.decode(await peerOutput(OPENSSL, args, stdin));
}

Deno.test({
  name: "openssl: checks our PKCS#8, SEC1, PKCS#1 and DER, re-encodes them to the same bytes, " +
    "and its public key is ours",
  ignore: ignoreWithout(OPENSSL),
  fn: () =>
    inTemp(async (dir) => {
      for (const [name, jwk] of KEYS) {
        const spki = await text(jwk, { publicOnly: true });
        assert.match(spki, /^-----BEGIN PUBLIC KEY-----\n/, name);
        const pkcs8 = await text(jwk, {});
        assert.match(pkcs8, /^-----BEGIN PRIVATE KEY-----\n/, name);
        await Deno.writeTextFile(`${dir}/k.pem`, pkcs8);
        await ossl(["pkey", "-in", `${dir}/k.pem`, "-check", "-noout"]);
        assert.equal(await ossl(["pkey", "-in", `${dir}/k.pem`, "-pubout"]), spki, name);
        assert.equal(await ossl(["pkey", "-in", `${dir}/k.pem`]), pkcs8, `${name}: same bytes`);
        await Deno.writeTextFile(`${dir}/p.pem`, spki);
        assert.equal(await ossl(["pkey", "-pubin", "-in", `${dir}/p.pem`, "-pubout"]), spki);

        // DER: the same structures.
        const der = (await formatKey(jwk, { format: "der" })).data;
        await Deno.writeFile(`${dir}/k.der`, der);
        assert.equal(await ossl(["pkey", "-inform", "DER", "-in", `${dir}/k.der`]), pkcs8, name);
        const pubDer = (await formatKey(jwk, { format: "der", publicOnly: true })).data;
        await Deno.writeFile(`${dir}/p.der`, pubDer);
        assert.equal(
          await ossl(["pkey", "-pubin", "-inform", "DER", "-in", `${dir}/p.der`, "-pubout"]),
          spki,
          name,
        );

        // Traditional forms: SEC1 and PKCS#1 where the type has one, PKCS#8 otherwise.
        const trad = await text(jwk, { traditional: true });
        await Deno.writeTextFile(`${dir}/t.pem`, trad);
        await ossl(["pkey", "-in", `${dir}/t.pem`, "-check", "-noout"]);
        assert.equal(await ossl(["pkey", "-in", `${dir}/t.pem`, "-pubout"]), spki, name);
        if (jwk.kty === "EC") {
          assert.match(trad, /^-----BEGIN EC PRIVATE KEY-----\n/);
          assert.equal(await ossl(["ec", "-in", `${dir}/t.pem`]), trad, `${name}: same bytes`);
        } else if (jwk.kty === "RSA") {
          assert.match(trad, /^-----BEGIN RSA PRIVATE KEY-----\n/);
          assert.equal(await ossl(["rsa", "-in", `${dir}/t.pem`, "-traditional"]), trad);
          const pub1 = await text(jwk, { traditional: true, publicOnly: true });
          assert.match(pub1, /^-----BEGIN RSA PUBLIC KEY-----\n/);
          await Deno.writeTextFile(`${dir}/p1.pem`, pub1);
          assert.equal(
            await ossl(["rsa", "-RSAPublicKey_in", "-in", `${dir}/p1.pem`, "-pubout"]),
            spki,
          );
        } else {
          assert.equal(trad, pkcs8, `${name} has no traditional form: PKCS#8`);
        }
      }
    }),
});

Deno.test({
  name: "openssl pkcs8 decrypts our encrypted PKCS#8 (PBES2, PBKDF2-HMAC-SHA256 600000, " +
    "AES-256-CBC); a wrong password fails",
  ignore: ignoreWithout(OPENSSL),
  fn: () =>
    inTemp(async (dir) => {
      const pw = "correct horse battery staple";
      await Deno.writeTextFile(`${dir}/pw`, pw + "\n");
      await Deno.writeTextFile(`${dir}/wrong`, pw + "!\n");
      for (const [name, jwk] of KEYS) {
        const out = await formatKey(jwk, { password: pw });
        assert.equal(out.encrypted, true);
        assert.equal(out.what, "encrypted PKCS#8 private key (PEM)");
        const enc = dec.decode(out.data);
        assert.match(enc, /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
        assert.ok(!enc.includes(jwk.d!), name);
        await Deno.writeTextFile(`${dir}/e.pem`, enc);
        const plain = await ossl(["pkcs8", "-in", `${dir}/e.pem`, "-passin", `file:${dir}/pw`]);
        assert.equal(plain, await text(jwk, {}), name);
        const bad = await runBytes(need(OPENSSL), [
          "pkcs8",
          "-in",
          `${dir}/e.pem`,
          "-passin",
          `file:${dir}/wrong`,
        ]);
        assert.notEqual(bad.code, 0, `${name}: wrong password must fail`);
        // The parameters are the ones promised.
        const asn1 = await ossl(["asn1parse", "-in", `${dir}/e.pem`]);
        for (const part of [":PBES2", ":PBKDF2", ":hmacWithSHA256", ":aes-256-cbc", ":0927C0"]) {
          assert.ok(asn1.includes(part), `${name}: ${part} in\n${asn1}`);
        }
        // And the DER form.
        const der = (await formatKey(jwk, { format: "der", password: pw, iterations: 1000 })).data;
        await Deno.writeFile(`${dir}/e.der`, der);
        const fromDer = await ossl([
          "pkcs8",
          "-inform",
          "DER",
          "-in",
          `${dir}/e.der`,
          "-passin",
          `file:${dir}/pw`,
        ]);
        assert.equal(fromDer, plain, name);
      }
    }),
});

/** `ssh-keygen` with its output; fails the test when it fails. */
async function sshk(args: string[]): Promise<string> {
  return dec.decode(await peerOutput(SSH_KEYGEN, args));
}

Deno.test({
  name: "ssh-keygen -y opens our OpenSSH private files (plain and encrypted) and prints our " +
    "public line; ssh-keygen -l reads our lines",
  ignore: ignoreWithout(SSH_KEYGEN),
  fn: () =>
    inTemp(async (dir) => {
      const pw = "ssh pass phrase";
      const types: Record<string, string> = {
        "EC P-256": "256 (ECDSA)",
        "EC P-384": "384 (ECDSA)",
        "EC P-521": "521 (ECDSA)",
        "RSA 2048": "2048 (RSA)",
        "Ed25519": "256 (ED25519)",
      };
      for (const [name, jwk] of KEYS) {
        if (name === "X25519") continue;
        const comment = `test-${name.replace(/ /g, "-")}@jwk`;
        const line = await text(jwk, { format: "ssh", publicOnly: true, comment });
        assert.match(line, new RegExp(` ${comment}\n$`));
        const plain = await formatKey(jwk, { format: "ssh", comment });
        assert.deepEqual([plain.isPrivate, plain.encrypted], [true, false]);
        await Deno.writeFile(`${dir}/id`, plain.data, { mode: 0o600 });
        assert.equal(await sshk(["-y", "-f", `${dir}/id`]), line, name);

        const enc = await formatKey(jwk, { format: "ssh", comment, password: pw });
        assert.equal(enc.what, "encrypted OpenSSH private key");
        await Deno.writeFile(`${dir}/id_enc`, enc.data, { mode: 0o600 });
        assert.equal(await sshk(["-y", "-P", pw, "-f", `${dir}/id_enc`]), line, name);
        const wrong = await runBytes(need(SSH_KEYGEN), ["-y", "-P", "nope", "-f", `${dir}/id_enc`]);
        assert.notEqual(wrong.code, 0, `${name}: a wrong passphrase must fail`);
        const header = await sshk(["-l", "-f", `${dir}/id_enc`]); // public part, no passphrase
        assert.ok(header.length > 0);

        await Deno.writeTextFile(`${dir}/id.pub`, line);
        const listed = await sshk(["-l", "-f", `${dir}/id.pub`]);
        // "BITS SHA256:FP COMMENT (TYPE)": the fingerprint is SHA-256 of our blob.
        const blob = Uint8Array.from(atob(line.split(" ")[1]), (c) => c.charCodeAt(0));
        const fp = btoa(String.fromCharCode(
          ...new Uint8Array(await crypto.subtle.digest("SHA-256", blob)),
        )).replace(/=+$/, "");
        const [bits, tail] = types[name].split(" ");
        assert.equal(listed, `${bits} SHA256:${fp} ${comment} ${tail}\n`, name);
      }
    }),
});

Deno.test({
  name: "ssh-keygen's own keys: our public line is the one ssh-keygen -y prints",
  ignore: ignoreWithout(SSH_KEYGEN),
  fn: () =>
    inTemp(async (dir) => {
      for (const kind of ["ed25519", "p256", "p384", "p521", "rsa"]) {
        const pem = await Deno.readTextFile(new URL(`gen/ssh-${kind}.openssh.pem`, FIXTURES));
        await Deno.writeTextFile(`${dir}/id`, pem, { mode: 0o600 }); // ssh-keygen wants 0600
        const theirs = (await sshk(["-y", "-f", `${dir}/id`])).split(" ").slice(0, 2).join(" ");
        const ours = await text(pem, { format: "ssh", publicOnly: true });
        assert.equal(ours.trim().split(" ").slice(0, 2).join(" "), theirs, kind);
        await Deno.remove(`${dir}/id`);
      }
    }),
});

/** Every PEM and DER fixture that holds a key the reader accepts. */
async function fixtureFiles(): Promise<string[]> {
  const out: string[] = [];
  for (const sub of ["", "gen/"]) {
    for await (const e of Deno.readDir(new URL(sub, FIXTURES))) {
      if (e.isFile && /\.(pem|der)$/.test(e.name)) out.push(`${sub}${e.name}`);
    }
  }
  return out.sort();
}

const withoutCert = (jwk: Record<string, unknown>) => {
  const { x5c: _c, "x5t#S256": _t, ...rest } = jwk;
  return rest;
};

Deno.test("every PEM/DER fixture survives PEM -> JWK -> PEM -> JWK (and traditional PEM) unchanged", async () => {
  const files = await fixtureFiles();
  assert.ok(files.length > 100, `${files.length} fixtures`);
  const inputPassword = () => PEM_PASSWORD;
  for (const f of files) {
    const bytes = await Deno.readFile(new URL(f, FIXTURES));
    const first = await formatKey(bytes, { inputPassword });
    assert.equal(first.format, "jwk", f);
    const jwk1 = JSON.parse(dec.decode(first.data));
    // The JWK holds what the reader read, plus kid = thumbprint.
    const read = await readAnyKey(bytes, { password: inputPassword });
    assert.deepEqual(withoutCert(jwk1), withoutCert({ ...read.jwk, kid: jwk1.kid }), f);
    for (const traditional of [false, true]) {
      const pem = await formatKey(dec.decode(first.data), { traditional });
      assert.equal(pem.format, "pem", f);
      assert.equal(pem.isPrivate, read.isPrivate, f);
      const jwk2 = JSON.parse(dec.decode((await formatKey(pem.data)).data));
      assert.deepEqual(jwk2, withoutCert(jwk1), `${f} (traditional: ${traditional})`);
    }
  }
});

Deno.test("kid is the default OpenSSH comment; a given comment wins", async () => {
  const [, jwk] = KEYS[4];
  const line = await text({ ...jwk, kid: "my-key" }, { format: "ssh", publicOnly: true });
  assert.match(line, / my-key\n$/);
  const other = await text({ ...jwk, kid: "my-key" }, {
    format: "ssh",
    publicOnly: true,
    comment: "x",
  });
  assert.match(other, / x\n$/);
  await rejectsWith(
    formatKey(jwk, { format: "ssh", publicOnly: true, comment: "a\nb" }),
    "INVALID_OPTION",
  );
});

Deno.test("refusals: one-line JwkErrors, no secret in them, and the password never asked in vain", async () => {
  let asked = 0;
  const password = () => (asked++, "pw");
  const oct = { kty: "oct", k: "c2VjcmV0LXNlY3JldC1zZWNyZXQ" };
  for (const format of ["pem", "der", "ssh"] as const) {
    const e = await rejectsWith(formatKey(oct, { format, password }), "UNSUPPORTED", /oct/);
    assert.ok(!e.message.includes(oct.k));
  }
  await rejectsWith(formatKey(oct, { format: "jwk", publicOnly: true }), "UNSUPPORTED", /public/);
  const [, x25519] = KEYS[5];
  await rejectsWith(formatKey(x25519, { format: "ssh", password }), "UNSUPPORTED", /OpenSSH/);
  const [, rsa] = KEYS[3];
  await rejectsWith(
    formatKey(rsa, { traditional: true, password }),
    "INCOMPATIBLE_OPTIONS",
    /PKCS#8/,
  );
  await rejectsWith(formatKey(rsa, { traditional: true, format: "ssh" }), "INCOMPATIBLE_OPTIONS");
  const { p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...dOnly } = rsa;
  await rejectsWith(formatKey(dOnly, { password }), "UNSUPPORTED", /primes/);
  // A private JWK whose public members belong to another key.
  const [, p256] = KEYS[0];
  const other = await generateKeyMaterial({ kty: "EC", crv: "P-256" });
  const e = await rejectsWith(formatKey({ ...p256, d: other.d }, { password }), "BAD_KEY");
  assert.ok(!e.message.includes(other.d!));
  const [, ed] = KEYS[4];
  const ed2 = await generateKeyMaterial({ kty: "OKP", crv: "Ed25519" });
  await rejectsWith(formatKey({ ...ed, d: ed2.d }, { format: "ssh", password }), "BAD_KEY");
  await rejectsWith(formatKey({ ...rsa, qi: rsa.dp }, { password }), "BAD_KEY");
  await rejectsWith(formatKey(p256, { format: "xml" as "pem" }), "INVALID_OPTION");
  await rejectsWith(formatKey("not a key", { password }), undefined);
  // Public outputs never ask.
  await formatKey(p256, { publicOnly: true, password });
  await formatKey(p256, { format: "ssh", publicOnly: true, password });
  assert.equal(asked, 0);
  await rejectsWith(formatKey(p256, { password: "" }), "BAD_PASSWORD", /empty/);
});

const b64u = (b: Uint8Array) =>
  btoa(String.fromCharCode(...b)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

Deno.test({
  name: "writer rows for secp256k1, Ed448, X448 give openssl's bytes; ML-DSA rows give WebCrypto's",
  ignore: ignoreWithout(OPENSSL),
  fn: async () => {
    const { privateKeyDer, publicKeyDer } = await import("../lib/pem/write.ts");
    // openssl writes EC keys as SEC1 with -outform DER: PKCS#8 DER comes from pkcs8 -topk8.
    const genpkey = async (args: string[]) => {
      const pem = (await runBytes(need(OPENSSL), ["genpkey", ...args])).stdout;
      const der = async (a: string[]) => {
        const r = await runBytes(need(OPENSSL), [...a, "-outform", "DER"], pem);
        assert.equal(r.code, 0, r.stderr);
        return r.stdout;
      };
      return [await der(["pkcs8", "-topk8", "-nocrypt"]), await der(["pkey", "-pubout"])];
    };
    // OKP: the raw keys are the last bytes of openssl's structures (RFC 8410).
    for (const [crv, size] of [["Ed448", 57], ["X448", 56]] as const) {
      const [pkcs8, spki] = await genpkey(["-algorithm", crv]);
      const jwk = { kty: "OKP", crv, x: b64u(spki.slice(-size)), d: b64u(pkcs8.slice(-size)) };
      assert.deepEqual(privateKeyDer(jwk).der, pkcs8, crv);
      assert.deepEqual(publicKeyDer(jwk).der, spki, crv);
    }
    // secp256k1: SEC1 inside PKCS#8 ends with [1] { BIT STRING 04||x||y } (70 bytes), d before it.
    const [pkcs8, spki] = await genpkey([
      "-algorithm",
      "EC",
      "-pkeyopt",
      "ec_paramgen_curve:secp256k1",
    ]);
    const point = spki.slice(-64);
    const k1 = {
      kty: "EC",
      crv: "secp256k1",
      x: b64u(point.slice(0, 32)),
      y: b64u(point.slice(32)),
      d: b64u(pkcs8.slice(-70 - 32, -70)),
    };
    assert.deepEqual(privateKeyDer(k1).der, pkcs8);
    assert.deepEqual(publicKeyDer(k1).der, spki);
    const sec1 = await runBytes(need(OPENSSL), ["ec", "-inform", "DER", "-outform", "DER"], pkcs8);
    assert.equal(sec1.code, 0, sec1.stderr);
    assert.deepEqual(privateKeyDer(k1, "traditional").der, sec1.stdout);
    // ML-DSA: Deno's WebCrypto exports AKP JWKs, RFC 9881 seed-form PKCS#8 and SPKI.
    for (const alg of ["ML-DSA-44", "ML-DSA-65", "ML-DSA-87"]) {
      let pair: CryptoKeyPair;
      try {
        pair = await crypto.subtle.generateKey({ name: alg }, true, [
          "sign",
          "verify",
        ]) as CryptoKeyPair;
      } catch {
        console.log(`${alg}: this runtime's WebCrypto has no ML-DSA; row not checked`);
        continue;
      }
      const jwk = await crypto.subtle.exportKey("jwk", pair.privateKey);
      const want8 = new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey));
      const wantSpki = new Uint8Array(await crypto.subtle.exportKey("spki", pair.publicKey));
      assert.deepEqual(privateKeyDer(jwk).der, want8, alg);
      assert.deepEqual(publicKeyDer(jwk).der, wantSpki, alg);
    }
  },
});
