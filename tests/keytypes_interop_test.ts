/**
 * Our secp256k1, Ed448, X448 and ML-DSA keys with independent implementations:
 * python3-jwcrypto (on pyca/cryptography, i.e. OpenSSL) signs and verifies
 * with our ES256K and Ed448 keys, encrypts to and decrypts with our X448 keys,
 * and computes our kids; @noble/curves checks the same signatures from the
 * other side; @noble/post-quantum derives our AKP `pub` from our `priv` seed
 * and exchanges ML-DSA signatures with WebCrypto; openssl reads the fixture
 * PEMs we read (same public key) and accepts our keys as consistent.
 * A peer that lacks a curve skips it, saying why.
 */
import assert from "node:assert/strict";
import { secp256k1 } from "@noble/curves/secp256k1.js";
import { ed448, x448 } from "@noble/curves/ed448.js";
import { ml_dsa44, ml_dsa65, ml_dsa87 } from "@noble/post-quantum/ml-dsa.js";
import { createJwk, type Jwk, readKey } from "../mod.ts";
import { b64uDecode, b64uEncode } from "./_helpers.ts";
import {
  ignoreWithout,
  IN_CI,
  type JsonLinePeer,
  need,
  PeerError,
  python3WithJwcrypto,
  run,
  startJwcrypto,
} from "./_peers.ts";

const py = await python3WithJwcrypto();
const FIXTURES = new URL("./fixtures/pem/keytypes/", import.meta.url);
const PEM_PASSWORD_FILE = new URL("../pem-password.txt", FIXTURES).pathname;

/** Our keys, one per kind, made once. */
const keys = {
  k1: await createJwk({ alg: "ES256K" }),
  ed448: await createJwk({ crv: "Ed448" }),
  x448: await createJwk({ crv: "X448" }),
  x448kw: await createJwk({ crv: "X448", alg: "ECDH-ES+A256KW" }),
};

/** Whether jwcrypto (and the pyca/cryptography below it) knows a key's curve; prints why not. */
async function peerKnows(peer: JsonLinePeer, jwk: Jwk): Promise<boolean> {
  try {
    await peer.request({ op: "thumbprint", jwk });
    return true;
  } catch (e) {
    if (!(e instanceof PeerError) || IN_CI) throw e;
    console.log(`jwcrypto cannot use ${jwk.crv}: ${e.message} (skipped)`);
    return false;
  }
}

async function withJwcrypto(fn: (peer: JsonLinePeer) => Promise<void>): Promise<void> {
  const peer = startJwcrypto(need(py));
  try {
    console.log("jwcrypto", await peer.request<{ version: string }>({ op: "info" }));
    await fn(peer);
  } finally {
    await peer.close();
  }
}

const enc = (s: string) => new TextEncoder().encode(s);
/** The parts of a compact JWS: signing input and signature bytes. */
function splitJws(jws: string): [Uint8Array, Uint8Array] {
  const [h, p, s] = jws.split(".");
  return [enc(`${h}.${p}`), b64uDecode(s)];
}
function compactJws(alg: string, payload: string, sign: (input: Uint8Array) => Uint8Array) {
  const h = b64uEncode(enc(JSON.stringify({ alg })));
  const p = b64uEncode(enc(payload));
  return `${h}.${p}.${b64uEncode(sign(enc(`${h}.${p}`)))}`;
}

Deno.test({
  name: "jwcrypto: its thumbprints of our secp256k1, Ed448 and X448 keys are our kids",
  ignore: ignoreWithout(py),
  fn: () =>
    withJwcrypto(async (peer) => {
      for (const [name, r] of Object.entries(keys)) {
        if (!await peerKnows(peer, r.publicJwk)) continue;
        assert.equal(await peer.request({ op: "thumbprint", jwk: r.publicJwk }), r.publicJwk.kid);
        assert.equal(await peer.request({ op: "thumbprint", jwk: r.privateJwk }), r.publicJwk.kid);
        console.log(`${name}: jwcrypto thumbprint = kid`);
      }
    }),
});

Deno.test({
  name: "jwcrypto signs and verifies ES256K with our keys; noble checks from the other side",
  ignore: ignoreWithout(py),
  fn: () =>
    withJwcrypto(async (peer) => {
      const { publicJwk: pub, privateJwk: priv } = keys.k1;
      if (!await peerKnows(peer, pub)) return;
      const point = new Uint8Array([4, ...b64uDecode(pub.x!), ...b64uDecode(pub.y!)]);
      for (let i = 0; i < 5; i++) {
        const payload = `k1 payload ${i}`;
        // jwcrypto signs with our private JWK; noble verifies with our public point.
        const jws = await peer.request<string>({ op: "sign", jwk: priv, alg: "ES256K", payload });
        assert.equal(await peer.request({ op: "verify", jwk: pub, jws }), payload);
        const [input, sig] = splitJws(jws);
        assert.equal(sig.length, 64);
        assert.ok(secp256k1.verify(sig, input, point, { lowS: false }), "noble verifies");
        // noble signs with our d; jwcrypto verifies with our public JWK.
        const ours = compactJws("ES256K", payload, (m) => secp256k1.sign(m, b64uDecode(priv!.d!)));
        assert.equal(await peer.request({ op: "verify", jwk: pub, jws: ours }), payload);
      }
      // A signature by another key is refused (the check can fail).
      const other = (await createJwk({ alg: "ES256K" })).privateJwk!;
      const jws = await peer.request<string>({
        op: "sign",
        jwk: other,
        alg: "ES256K",
        payload: "x",
      });
      await assert.rejects(peer.request({ op: "verify", jwk: pub, jws }), PeerError);
    }),
});

Deno.test({
  name: "jwcrypto signs and verifies EdDSA with our Ed448 keys; noble checks from the other side",
  ignore: ignoreWithout(py),
  fn: () =>
    withJwcrypto(async (peer) => {
      const { publicJwk: pub, privateJwk: priv } = keys.ed448;
      if (!await peerKnows(peer, pub)) return;
      const x = b64uDecode(pub.x!);
      for (let i = 0; i < 5; i++) {
        const payload = `ed448 payload ${i}`;
        const jws = await peer.request<string>({ op: "sign", jwk: priv, alg: "EdDSA", payload });
        assert.equal(await peer.request({ op: "verify", jwk: pub, jws }), payload);
        const [input, sig] = splitJws(jws);
        assert.equal(sig.length, 114);
        assert.ok(ed448.verify(sig, input, x), "noble verifies");
        // Ed448 is deterministic: the same key and input give the same signature.
        assert.deepEqual(ed448.sign(input, b64uDecode(priv!.d!)), sig);
        const ours = compactJws("EdDSA", payload, (m) => ed448.sign(m, b64uDecode(priv!.d!)));
        assert.equal(await peer.request({ op: "verify", jwk: pub, jws: ours }), payload);
      }
      const other = (await createJwk({ crv: "Ed448" })).privateJwk!;
      const jws = await peer.request<string>({
        op: "sign",
        jwk: other,
        alg: "EdDSA",
        payload: "x",
      });
      await assert.rejects(peer.request({ op: "verify", jwk: pub, jws }), PeerError);
    }),
});

// jose 6 has no X448, so the other side of ECDH-ES is written out here (RFC 7518
// §4.6 with noble's X448, WebCrypto's SHA-256, AES-GCM and AES-KW).

/** A 32-bit big-endian length or number. */
const u32 = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const lengthPrefixed = (b: Uint8Array) => [...u32(b.length), ...b];

/** RFC 7518 §4.6.2: Concat KDF (one SHA-256 round: keys of at most 256 bits). */
async function concatKdf(
  z: Uint8Array,
  algId: string,
  bits: number,
  header: { apu?: string; apv?: string },
): Promise<Uint8Array> {
  const info = [
    ...lengthPrefixed(enc(algId)),
    ...lengthPrefixed(header.apu ? b64uDecode(header.apu) : new Uint8Array()),
    ...lengthPrefixed(header.apv ? b64uDecode(header.apv) : new Uint8Array()),
    ...u32(bits),
  ];
  const digest = await crypto.subtle.digest("SHA-256", new Uint8Array([...u32(1), ...z, ...info]));
  return new Uint8Array(digest).slice(0, bits / 8);
}

const GCM_BITS: Record<string, number> = { A128GCM: 128, A256GCM: 256 };

/** Opens a compact ECDH-ES(+AxxxKW) JWE with an X448 private key. */
async function ecdhDecrypt(jwe: string, d: Uint8Array): Promise<string> {
  const [h, ek, iv, ct, tag] = jwe.split(".");
  const header = JSON.parse(new TextDecoder().decode(b64uDecode(h)));
  assert.equal(header.epk.crv, "X448");
  const z = x448.getSharedSecret(d, b64uDecode(header.epk.x));
  let cek: Uint8Array<ArrayBuffer>;
  if (header.alg === "ECDH-ES") {
    cek = new Uint8Array(await concatKdf(z, header.enc, GCM_BITS[header.enc], header));
  } else {
    const kwBits = Number(header.alg.slice(9, 12)); // ECDH-ES+A256KW
    const kek = await crypto.subtle.importKey(
      "raw",
      new Uint8Array(await concatKdf(z, header.alg, kwBits, header)),
      "AES-KW",
      false,
      ["unwrapKey"],
    );
    const key = await crypto.subtle.unwrapKey(
      "raw",
      b64uDecode(ek),
      kek,
      "AES-KW",
      "AES-GCM",
      true,
      [
        "decrypt",
      ],
    );
    cek = new Uint8Array(await crypto.subtle.exportKey("raw", key));
  }
  const key = await crypto.subtle.importKey("raw", cek, "AES-GCM", false, ["decrypt"]);
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: b64uDecode(iv), additionalData: enc(h) },
    key,
    new Uint8Array([...b64uDecode(ct), ...b64uDecode(tag)]),
  );
  return new TextDecoder().decode(plain);
}

/** A compact ECDH-ES (direct) JWE to an X448 public key, with a fresh ephemeral key. */
async function ecdhEncrypt(payload: string, x: Uint8Array, encAlg: string): Promise<string> {
  const eph = x448.utils.randomSecretKey();
  const header = {
    alg: "ECDH-ES",
    enc: encAlg,
    epk: { kty: "OKP", crv: "X448", x: b64uEncode(x448.getPublicKey(eph)) },
  };
  const cek = await concatKdf(x448.getSharedSecret(eph, x), encAlg, GCM_BITS[encAlg], {});
  const h = b64uEncode(enc(JSON.stringify(header)));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await crypto.subtle.importKey("raw", new Uint8Array(cek), "AES-GCM", false, [
    "encrypt",
  ]);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: enc(h) }, key, enc(payload)),
  );
  const ct = sealed.subarray(0, sealed.length - 16);
  return [h, "", b64uEncode(iv), b64uEncode(ct), b64uEncode(sealed.subarray(-16))].join(".");
}

Deno.test({
  name: "X448 ECDH-ES: jwcrypto encrypts to our keys and decrypts with them; noble both ways",
  ignore: ignoreWithout(py),
  fn: () =>
    withJwcrypto(async (peer) => {
      for (const { publicJwk: pub, privateJwk: priv } of [keys.x448, keys.x448kw]) {
        if (!await peerKnows(peer, pub)) return;
        const alg = pub.alg!;
        const d = b64uDecode(priv!.d!);
        // Our x is the public key of our d (noble's X448).
        assert.equal(b64uEncode(x448.getPublicKey(d)), pub.x);
        for (const encAlg of ["A128GCM", "A256GCM"]) {
          const payload = `to ${alg} ${encAlg}`;
          const theirs = await peer.request<string>({
            op: "encrypt",
            jwk: pub,
            alg,
            enc: encAlg,
            payload,
          });
          assert.equal(await peer.request({ op: "decrypt", jwk: priv, jwe: theirs }), payload);
          assert.equal(await ecdhDecrypt(theirs, d), payload);
          const ours = await ecdhEncrypt(payload, b64uDecode(pub.x!), encAlg);
          assert.equal(await peer.request({ op: "decrypt", jwk: priv, jwe: ours }), payload);
          // A wrong private key does not open it (the check can fail).
          await assert.rejects(ecdhDecrypt(theirs, x448.utils.randomSecretKey()));
        }
        const other = (await createJwk({ crv: "X448", alg })).privateJwk!;
        const jwe = await peer.request<string>({
          op: "encrypt",
          jwk: pub,
          alg,
          enc: "A128GCM",
          payload: "x",
        });
        await assert.rejects(peer.request({ op: "decrypt", jwk: other, jwe }), PeerError);
      }
    }),
});

// ---------------------------------------------------------------------------
const NOBLE = { "ML-DSA-44": ml_dsa44, "ML-DSA-65": ml_dsa65, "ML-DSA-87": ml_dsa87 };

Deno.test("@noble/post-quantum: our AKP seed gives our pub; signatures cross both ways", async () => {
  for (const [alg, noble] of Object.entries(NOBLE)) {
    for (let i = 0; i < 3; i++) {
      const { publicJwk: pub, privateJwk: priv } = await createJwk({ alg });
      const seed = b64uDecode((priv as { priv: string }).priv);
      const pubBytes = b64uDecode((pub as { pub: string }).pub);
      const { publicKey, secretKey } = noble.keygen(seed);
      assert.equal(b64uEncode(publicKey), (pub as { pub: string }).pub, `${alg}: pub from seed`);

      // WebCrypto signs with our private JWK; noble verifies with our pub.
      const message = enc(`${alg} message ${i}`);
      const signer = await crypto.subtle.importKey("jwk", priv!, { name: alg }, false, ["sign"]);
      const ours = new Uint8Array(await crypto.subtle.sign({ name: alg }, signer, message));
      assert.ok(noble.verify(ours, message, pubBytes), `${alg}: noble verifies ours`);
      assert.ok(!noble.verify(ours, enc("another message"), pubBytes), `${alg}: and only that`);

      // noble signs with the key our seed expands to; WebCrypto verifies with our public JWK.
      const theirs = noble.sign(message, secretKey);
      const verifier = await crypto.subtle.importKey("jwk", pub, { name: alg }, false, ["verify"]);
      assert.ok(await crypto.subtle.verify({ name: alg }, verifier, theirs, message), alg);
      theirs[10] ^= 1;
      assert.ok(!await crypto.subtle.verify({ name: alg }, verifier, theirs, message), alg);
    }
  }
});

Deno.test("@noble/post-quantum: the ML-DSA fixtures' keys, and what we read from them", async () => {
  for (const bits of [44, 65, 87]) {
    const alg = `ML-DSA-${bits}` as keyof typeof NOBLE;
    const want = JSON.parse(
      Deno.readTextFileSync(new URL(`expected/mldsa${bits}.json`, FIXTURES)),
    );
    for (const form of ["seed", "both"]) {
      const key = await readKey(
        Deno.readFileSync(new URL(`mldsa${bits}.pkcs8-${form}.pem`, FIXTURES)),
      );
      const jwk = key.jwk as Record<string, string>;
      assert.equal(jwk.priv, want.priv);
      assert.equal(b64uEncode(NOBLE[alg].keygen(b64uDecode(jwk.priv)).publicKey), jwk.pub);
    }
  }
});

// ---------------------------------------------------------------------------
const openssl = await (async () => {
  try {
    const r = await run("openssl", ["version"]);
    if (r.code !== 0) throw new Error(r.stderr.trim());
    console.log(`peer openssl: ${r.stdout.trim()}`);
    return { path: "openssl" };
  } catch (e) {
    const reason = `openssl missing (apt-get install openssl): ${
      e instanceof Error ? e.message : e
    }`;
    console.log(reason + (IN_CI ? " (CI: its tests FAIL)" : ""));
    return { reason };
  }
})();
const noOpenssl = !IN_CI && openssl.path === undefined;

/** The public key openssl reads from a file, as raw bytes (EC points uncompressed). */
async function opensslPublic(path: string, ec: boolean): Promise<Uint8Array> {
  const text = Deno.readTextFileSync(path);
  const isCert = text.includes("BEGIN CERTIFICATE");
  const isPublic = /BEGIN PUBLIC KEY/.test(text) || path.endsWith(".spki.der");
  let spkiPem = path;
  if (isCert) {
    const r = await run("openssl", ["x509", "-in", path, "-noout", "-pubkey"]);
    assert.equal(r.code, 0, r.stderr);
    spkiPem = await Deno.makeTempFile({ suffix: ".pem" });
    await Deno.writeTextFile(spkiPem, r.stdout);
  }
  const args = [
    ec ? "ec" : "pkey",
    "-in",
    spkiPem,
    ...(isPublic || isCert ? ["-pubin"] : ["-passin", `file:${PEM_PASSWORD_FILE}`]),
    ...(path.endsWith(".der") ? ["-inform", "DER"] : []),
    "-pubout",
    "-outform",
    "DER",
    ...(ec ? ["-conv_form", "uncompressed"] : []),
  ];
  const out = await new Deno.Command("openssl", { args, stdout: "piped", stderr: "piped" })
    .output();
  assert.equal(out.code, 0, `${path}: ${new TextDecoder().decode(out.stderr)}`);
  const der = out.stdout;
  // The SPKI ends with the BIT STRING's key: 65, 57 or 56 bytes.
  return der.subarray(der.length - (ec ? 65 : /(^|\/)ed448[^/]*$/.test(path) ? 57 : 56));
}

Deno.test({
  name: "openssl reads the secp256k1, Ed448 and X448 fixtures as we do (same public key)",
  ignore: noOpenssl,
  fn: async () => {
    const files = [...Deno.readDirSync(FIXTURES)].map((e) => e.name)
      .filter((n) => /^(k1|ed448|x448)\..*\.(pem|der)$/.test(n)).sort();
    assert.ok(files.length >= 20, `${files.length} files`);
    for (const name of files) {
      const path = new URL(name, FIXTURES).pathname;
      const ours = (await readKey(Deno.readFileSync(path), {
        password: () => Deno.readTextFileSync(PEM_PASSWORD_FILE).replace(/[\r\n]+$/, ""),
      })).jwk;
      const ec = name.startsWith("k1.");
      const raw = await opensslPublic(path, ec);
      const want = ec
        ? [4, ...b64uDecode(ours.x!), ...b64uDecode(ours.y!)]
        : [...b64uDecode(ours.x!)];
      assert.deepEqual([...raw], want, name);
    }
  },
});

Deno.test({
  name: "openssl accepts our new secp256k1, Ed448 and X448 keys (pkey -check, via jwcrypto's PEM)",
  ignore: noOpenssl || ignoreWithout(py),
  fn: () =>
    withJwcrypto(async (peer) => {
      const dir = await Deno.makeTempDir({ prefix: "jwk-keytypes-openssl-" });
      for (const [name, r] of Object.entries(keys)) {
        if (!await peerKnows(peer, r.publicJwk)) continue;
        const pem = await peer.request<string>({
          op: "export_pem",
          jwk: r.privateJwk,
          private: true,
        });
        await Deno.writeTextFile(`${dir}/${name}.pem`, pem);
        const check = await run("openssl", [
          "pkey",
          "-in",
          `${dir}/${name}.pem`,
          "-check",
          "-noout",
        ]);
        assert.equal(check.code, 0, `${name}: ${check.stderr}`);
        // openssl derives the public key from the private one: ours must be it.
        const raw = await opensslPublic(`${dir}/${name}.pem`, name === "k1");
        const j = r.publicJwk;
        const want = name === "k1"
          ? [4, ...b64uDecode(j.x!), ...b64uDecode(j.y!)]
          : [...b64uDecode(j.x!)];
        assert.deepEqual([...raw], want, name);
      }
      await Deno.remove(dir, { recursive: true });
    }),
});
