/**
 * Self-signed certificates for the key types beyond WebCrypto's common set,
 * checked by others: openssl verifies the Ed448 and secp256k1 certificates
 * and prints our key back; python3-cryptography verifies their signatures
 * with the JWK's own key (via jwcrypto); ML-DSA, which openssl 3.0 cannot
 * read, is taken apart by a small DER walk written here and by
 * python3-cryptography, and its signature over the TBSCertificate is checked
 * by @noble/post-quantum. Keys that cannot sign (X448) are refused, and the
 * command line does the same as the library.
 */
import assert from "node:assert/strict";
import { ml_dsa44, ml_dsa65, ml_dsa87 } from "@noble/post-quantum/ml-dsa.js";
import { createJwk, type Jwk, readKey, selfSignedCertificate } from "../mod.ts";
import { b64uDecode, b64uEncode, publicPart, rejectsWith } from "./_helpers.ts";
import { ignoreWithout, need, python3WithJwcrypto, run } from "./_peers.ts";
import { certPem, inspect, openssl, pemDer } from "./_x509.ts";
import { DENO, ROOT, run as runIn } from "./ship_helpers.ts";

const ssl = await openssl();
const py = await python3WithJwcrypto();
const KEYTYPES = `${ROOT}/tests/fixtures/pem/keytypes`;
const enc = (s: string) => new TextEncoder().encode(s);
const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
const unhex = (s: string) => Uint8Array.from(s.match(/../g) ?? [], (h) => parseInt(h, 16));
const x5cDer = (x5c: string) => Uint8Array.from(atob(x5c), (c) => c.charCodeAt(0));

/**
 * The SPKI of an Ed448 or secp256k1 public JWK, from the fixed DER prefixes
 * of RFC 8410 §4 and RFC 5480 §2 (written out here, apart from lib/).
 */
function expectedSpki(jwk: JsonWebKey): Uint8Array {
  if (jwk.crv === "Ed448") return unhex("3043300506032b6571033a00" + hex(b64uDecode(jwk.x!)));
  assert.equal(jwk.crv, "secp256k1");
  return unhex(
    "3056301006072a8648ce3d020106052b8104000a03420004" + hex(b64uDecode(jwk.x!)) +
      hex(b64uDecode(jwk.y!)),
  );
}

// ---------------------------------------------------------------------------
// A small DER walk, independent of lib/pem/asn1.ts.

interface Tlv {
  tag: number;
  /** The whole element, header included. */
  bytes: Uint8Array;
  /** Its contents. */
  body: Uint8Array;
}

function tlvAt(b: Uint8Array, at: number): Tlv {
  let len = b[at + 1];
  let start = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + b[start + i];
    start += n;
  }
  assert.ok(start + len <= b.length, "DER element runs past its parent");
  return { tag: b[at], bytes: b.subarray(at, start + len), body: b.subarray(start, start + len) };
}

function childrenOf(parent: Uint8Array): Tlv[] {
  const out: Tlv[] = [];
  for (let at = 0; at < parent.length;) {
    const t = tlvAt(parent, at);
    out.push(t);
    at += t.bytes.length;
  }
  return out;
}

/** Certificate -> TBSCertificate, signatureAlgorithm, signature; and the TBS's SPKI. */
function splitCertificate(der: Uint8Array) {
  const outer = tlvAt(der, 0);
  assert.equal(outer.bytes.length, der.length, "one certificate, nothing after it");
  const [tbs, sigAlg, sig, ...rest] = childrenOf(outer.body);
  assert.equal(rest.length, 0);
  assert.deepEqual([tbs.tag, sigAlg.tag, sig.tag], [0x30, 0x30, 0x03]);
  assert.equal(sig.body[0], 0, "no unused bits in the signature");
  // version, serial, signature, issuer, validity, subject, spki, extensions
  const fields = childrenOf(tbs.body);
  assert.equal(fields.length, 8);
  const [spkiAlg, spkiKey] = childrenOf(fields[6].body);
  assert.equal(spkiKey.body[0], 0, "no unused bits in the public key");
  return {
    tbs: tbs.bytes,
    sigAlg: sigAlg.bytes,
    tbsSigAlg: fields[2].bytes,
    signature: sig.body.subarray(1),
    spkiAlg: spkiAlg.bytes,
    publicKey: spkiKey.body.subarray(1),
  };
}

// ---------------------------------------------------------------------------
// Ed448 and secp256k1.

interface Case {
  name: string;
  options: Parameters<typeof createJwk>[0];
  signature: string;
  /** More lines `openssl x509 -text` must show. */
  extra: string[];
}

const CURVE_CASES: Case[] = [
  {
    name: "Ed448 (EdDSA)",
    options: { kty: "OKP", crv: "Ed448" },
    signature: "ED448",
    extra: ["Public Key Algorithm: ED448"],
  },
  {
    name: "Ed448 (alg Ed448)",
    options: { alg: "Ed448" },
    signature: "ED448",
    extra: ["Public Key Algorithm: ED448"],
  },
  {
    name: "secp256k1 (ES256K)",
    options: { kty: "EC", crv: "secp256k1" },
    signature: "ecdsa-with-SHA256",
    extra: ["Public Key Algorithm: id-ecPublicKey", "ASN1 OID: secp256k1"],
  },
];

const SUBJECT = "CN=more curves,O=Example";
let making: Promise<Jwk[]> | undefined;

/** One key with its certificate per case, made once. */
function curveKeys(): Promise<Jwk[]> {
  making ??= Promise.all(CURVE_CASES.map(async (c) => {
    const { publicJwk } = await createJwk({
      ...c.options,
      selfSigned: { subject: SUBJECT, notAfter: "30d" },
    });
    return publicJwk;
  }));
  return making;
}

Deno.test({
  name: "self-signed Ed448 and secp256k1: openssl verifies, and -pubkey gives our key",
  ignore: ignoreWithout(ssl),
  async fn(t) {
    const bin = need(ssl);
    const dir = await Deno.makeTempDir({ prefix: "jwk-self-signed-kt-" });
    const keys = await curveKeys();
    try {
      for (const [i, c] of CURVE_CASES.entries()) {
        await t.step(c.name, async () => {
          const jwk = keys[i];
          const path = `${dir}/${i}.pem`;
          await Deno.writeTextFile(path, certPem(jwk.x5c![0]));
          const view = await inspect(bin, path);
          assert.equal(view.verify.code, 0, view.verify.out);
          assert.match(view.verify.out, /: OK/);
          for (const line of [`Signature Algorithm: ${c.signature}`, ...c.extra]) {
            assert.ok(view.text.includes(line), `openssl -text lacks '${line}':\n${view.text}`);
          }
          assert.match(view.text, /X509v3 Key Usage: critical\s+Digital Signature\n/);
          assert.equal(view.subject, SUBJECT);
          assert.equal(view.sha256, jwk["x5t#S256"]);
          assert.equal(hex(view.spki), hex(expectedSpki(jwk)));

          // A changed signature byte: openssl must refuse it.
          const der = x5cDer(jwk.x5c![0]);
          der[der.length - 5] ^= 0x10;
          await Deno.writeTextFile(path, certPem(b64(der)));
          const bad = await inspect(bin, path);
          assert.notEqual(bad.verify.code, 0, bad.verify.out);

          // Our reader takes the certificate back to the same public key.
          const back = await readKey(certPem(jwk.x5c![0]));
          const { kty, crv, x, y } = jwk;
          assert.deepEqual(publicPart(back.jwk), JSON.parse(JSON.stringify({ kty, crv, x, y })));
          assert.equal(back.certUse, "sig");
        });
      }
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

function b64(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/**
 * For each JWK with its x5c: the certificate's parts as python3-cryptography
 * reads them, and for keys it knows, whether the JWK's own key (through
 * jwcrypto) verifies the certificate's signature, and a changed TBS does not.
 */
const PY_CHECK = `
import base64, json, sys
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from jwcrypto import jwk
out = []
for obj in json.load(open(sys.argv[1])):
    cert = x509.load_der_x509_certificate(base64.b64decode(obj["x5c"][0], validate=True))
    tbs = cert.tbs_certificate_bytes
    row = {"tbs": tbs.hex(), "signature": cert.signature.hex(),
           "sig_oid": cert.signature_algorithm_oid.dotted_string}
    if obj["kty"] != "AKP":
        key = jwk.JWK(**obj).get_op_key("verify")
        def verifies(data):
            try:
                if isinstance(key, ec.EllipticCurvePublicKey):
                    key.verify(cert.signature, data, ec.ECDSA(hashes.SHA256()))
                else:
                    key.verify(cert.signature, data)
                return True
            except InvalidSignature:
                return False
        row["verifies"] = verifies(tbs)
        row["verifies_changed"] = verifies(tbs[:-1] + bytes([tbs[-1] ^ 1]))
        spki = serialization.PublicFormat.SubjectPublicKeyInfo
        row["same_key"] = cert.public_key().public_bytes(serialization.Encoding.DER, spki) \\
            == key.public_bytes(serialization.Encoding.DER, spki)
        if isinstance(key, ec.EllipticCurvePublicKey):
            row["curve"] = cert.public_key().curve.name
    out.append(row)
print(json.dumps(out))
`;

async function pythonView(python: string, jwks: Jwk[]): Promise<Record<string, unknown>[]> {
  const file = await Deno.makeTempFile({ suffix: ".json" });
  try {
    await Deno.writeTextFile(file, JSON.stringify(jwks));
    const r = await run(python, ["-c", PY_CHECK, file]);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout);
  } finally {
    await Deno.remove(file);
  }
}

Deno.test({
  name: "self-signed Ed448 and secp256k1: python3-cryptography verifies with the JWK's key",
  ignore: ignoreWithout(py),
  async fn() {
    const keys = await curveKeys();
    const views = await pythonView(need(py), keys);
    views.forEach((v, i) => {
      const name = CURVE_CASES[i].name;
      assert.equal(v.verifies, true, `${name}: the JWK's key does not verify the certificate`);
      assert.equal(v.verifies_changed, false, `${name}: a changed TBS still verifies`);
      assert.equal(v.same_key, true, name);
      assert.equal(
        v.sig_oid,
        keys[i].kty === "EC" ? "1.2.840.10045.4.3.2" : "1.3.101.113",
        name,
      );
      if (keys[i].kty === "EC") assert.equal(v.curve, "secp256k1");
      // The TBS and signature python read are the ones our DER walk finds.
      const parts = splitCertificate(x5cDer(keys[i].x5c![0]));
      assert.equal(v.tbs, hex(parts.tbs));
      assert.equal(v.signature, hex(parts.signature));
    });
  },
});

// ---------------------------------------------------------------------------
// ML-DSA (RFC 9881).

const ML_DSA = {
  "ML-DSA-44": { noble: ml_dsa44, oid: "2.16.840.1.101.3.4.3.17", last: 0x11, sig: 2420 },
  "ML-DSA-65": { noble: ml_dsa65, oid: "2.16.840.1.101.3.4.3.18", last: 0x12, sig: 3309 },
  "ML-DSA-87": { noble: ml_dsa87, oid: "2.16.840.1.101.3.4.3.19", last: 0x13, sig: 4627 },
} as const;
type MlDsa = keyof typeof ML_DSA;

/**
 * The RFC 9881 checks of one ML-DSA certificate: the AlgorithmIdentifier is
 * the parameter set's OID with parameters absent (in the TBS, outside it,
 * and for the key), the key is the JWK's `pub`, and @noble/post-quantum
 * verifies the signature as pure ML-DSA with an empty context.
 */
function checkMlDsaCertificate(alg: MlDsa, der: Uint8Array, pub: string): void {
  const { noble, last, sig } = ML_DSA[alg];
  const parts = splitCertificate(der);
  // SEQUENCE { OID 2.16.840.1.101.3.4.3.x }, nothing else
  const algId = `300b06096086480165030403${last.toString(16).padStart(2, "0")}`;
  assert.equal(hex(parts.sigAlg), algId, `${alg}: signatureAlgorithm`);
  assert.equal(hex(parts.tbsSigAlg), algId, `${alg}: TBS signature`);
  assert.equal(hex(parts.spkiAlg), algId, `${alg}: key algorithm`);
  assert.equal(hex(parts.publicKey), hex(b64uDecode(pub)), `${alg}: subject public key`);
  assert.equal(parts.signature.length, sig, `${alg}: signature length`);
  const pubBytes = b64uDecode(pub);
  assert.ok(noble.verify(parts.signature, parts.tbs, pubBytes), `${alg}: noble verifies`);
  const changed = parts.tbs.slice();
  changed[changed.length - 1] ^= 1;
  assert.ok(!noble.verify(parts.signature, changed, pubBytes), `${alg}: only that TBS`);
  assert.ok(
    !noble.verify(parts.signature, parts.tbs, pubBytes, { context: enc("jwk") }),
    `${alg}: the context is empty`,
  );
}

async function sha256b64u(der: Uint8Array): Promise<string> {
  return b64uEncode(new Uint8Array(await crypto.subtle.digest("SHA-256", der.slice())));
}

Deno.test("self-signed ML-DSA: RFC 9881 shape, noble verifies, our reader gives the same key", async (t) => {
  for (const alg of Object.keys(ML_DSA) as MlDsa[]) {
    await t.step(alg, async () => {
      const { publicJwk, privateJwk } = await createJwk({
        kty: "AKP",
        alg,
        selfSigned: { subject: "CN=post-quantum" },
      });
      const pub = (publicJwk as { pub: string }).pub;
      const der = x5cDer(publicJwk.x5c![0]);
      checkMlDsaCertificate(alg, der, pub);
      assert.equal(await sha256b64u(der), publicJwk["x5t#S256"]);
      assert.deepEqual(privateJwk!.x5c, publicJwk.x5c);

      const back = await readKey(certPem(publicJwk.x5c![0]));
      assert.equal(back.isPrivate, false);
      assert.deepEqual(publicPart(back.jwk), { kty: "AKP", alg, pub });
      assert.equal(back.certUse, "sig");
      assert.equal(back.x5tS256, publicJwk["x5t#S256"]);
    });
  }
});

Deno.test({
  name: "self-signed ML-DSA: python3-cryptography reads the same TBS, signature and OID",
  ignore: ignoreWithout(py),
  async fn() {
    const jwks = await Promise.all(
      (Object.keys(ML_DSA) as MlDsa[]).map(async (alg) =>
        (await createJwk({ kty: "AKP", alg, selfSigned: true })).publicJwk
      ),
    );
    const views = await pythonView(need(py), jwks);
    views.forEach((v, i) => {
      const alg = jwks[i].alg as MlDsa;
      assert.equal(v.sig_oid, ML_DSA[alg].oid, alg);
      const parts = splitCertificate(x5cDer(jwks[i].x5c![0]));
      assert.equal(v.tbs, hex(parts.tbs), alg);
      assert.equal(v.signature, hex(parts.signature), alg);
      // Verify over the bytes python found, not ours.
      const pub = b64uDecode((jwks[i] as { pub: string }).pub);
      assert.ok(ML_DSA[alg].noble.verify(unhex(String(v.signature)), unhex(String(v.tbs)), pub));
    });
  },
});

Deno.test("self-signed ML-DSA without WebCrypto's ML-DSA (as in Firefox): noble signs", async () => {
  const { privateJwk } = await createJwk({ kty: "AKP", alg: "ML-DSA-65" });
  const subtle = crypto.subtle;
  const importKey = subtle.importKey;
  let refused = 0;
  // Every ML-DSA import fails as in a runtime without it.
  subtle.importKey = function (this: SubtleCrypto, ...args: Parameters<typeof importKey>) {
    const name = typeof args[2] === "string" ? args[2] : (args[2] as { name: string }).name;
    if (/^ML-DSA/.test(name)) {
      refused++;
      return Promise.reject(new DOMException("Unrecognized algorithm name", "NotSupportedError"));
    }
    return importKey.apply(this, args);
  } as typeof importKey;
  try {
    const cert = await selfSignedCertificate(privateJwk!);
    assert.ok(refused > 0, "the WebCrypto path was tried first");
    checkMlDsaCertificate("ML-DSA-65", cert.der, (privateJwk as { pub: string }).pub);
    // The fallback checks the seed against pub: a foreign pub is refused.
    const other = (await createJwk({ kty: "AKP", alg: "ML-DSA-65" })).privateJwk as {
      pub: string;
    };
    await rejectsWith(
      selfSignedCertificate({ ...privateJwk!, pub: other.pub } as JsonWebKey),
      "BAD_KEY",
      /the ML-DSA-65 key cannot sign: it is not a valid private key/,
    );
  } finally {
    subtle.importKey = importKey;
  }
});

// ---------------------------------------------------------------------------
// Refusals.

Deno.test("self-signed: a private key that does not match its public members is refused", async () => {
  for (const options of [{ crv: "Ed448" }, { crv: "secp256k1" }, { alg: "ML-DSA-44" }]) {
    const a = (await createJwk(options)).privateJwk!;
    const b = (await createJwk(options)).privateJwk!;
    const { d: _d, priv: _p, ...bPublic } = b as Jwk & { priv?: string };
    const mixed = { ...bPublic, d: a.d, priv: (a as { priv?: string }).priv } as JsonWebKey;
    if (mixed.d === undefined) delete mixed.d;
    await rejectsWith(selfSignedCertificate(mixed), "BAD_KEY", /cannot sign: it is not a valid/);
  }
});

Deno.test("self-signed: X448 cannot sign, so it is refused like X25519", async () => {
  await rejectsWith(
    createJwk({ kty: "OKP", crv: "X448", selfSigned: true }),
    "INCOMPATIBLE_OPTIONS",
    /X448 only agrees keys: drop --self-signed/,
  );
  const { privateJwk } = await createJwk({ kty: "OKP", crv: "X448" });
  await rejectsWith(selfSignedCertificate(privateJwk!), "INCOMPATIBLE_OPTIONS", /X448/);
  const fromPem = await readKey(await Deno.readFile(`${KEYTYPES}/x448.pkcs8.pem`));
  await rejectsWith(
    createJwk({ key: fromPem, selfSigned: true }),
    "INCOMPATIBLE_OPTIONS",
    /X448 only agrees keys/,
  );
});

// ---------------------------------------------------------------------------
// The command line.

/** `jwk create pub.json priv.json ARGS` in `dir`: read and write permissions only. */
function cli(dir: string, ...args: string[]) {
  return runIn(DENO, [
    "run",
    "--no-prompt",
    "--allow-read",
    "--allow-write",
    `${ROOT}/cli.ts`,
    "create",
    "pub.json",
    "priv.json",
    ...args,
  ], { cwd: dir });
}

const CLI_RUNS: [string, string[]][] = [
  ["Ed448", ["--kty", "OKP", "--crv", "Ed448"]],
  ["secp256k1", ["--kty", "EC", "--crv", "secp256k1"]],
  ["ML-DSA-44", ["--kty", "AKP", "--alg", "ML-DSA-44"]],
  ["Ed448 from openssl's PEM", ["--from-pem", `${KEYTYPES}/ed448.pkcs8.pem`]],
  ["secp256k1 from openssl's PEM", ["--from-pem", `${KEYTYPES}/k1.sec1.pem`]],
  ["ML-DSA-65 from PEM", ["--from-pem", `${KEYTYPES}/mldsa65.pkcs8-both.pem`]],
];

Deno.test({
  name: "cli --self-signed: Ed448, secp256k1 and ML-DSA keys, generated and from PEM",
  ignore: ignoreWithout(ssl),
  async fn(t) {
    const bin = need(ssl);
    for (const [name, flags] of CLI_RUNS) {
      await t.step(name, async () => {
        const dir = await Deno.makeTempDir({ prefix: "jwk-cli-self-signed-kt-" });
        try {
          const r = await cli(
            dir,
            ...flags,
            "--self-signed",
            "--subject",
            "CN=cli.example",
            "--no-password",
            "--insecure",
          );
          assert.equal(r.code, 0, r.stderr);
          const pub = JSON.parse(await Deno.readTextFile(`${dir}/pub.json`));
          const priv = JSON.parse(await Deno.readTextFile(`${dir}/priv.json`));
          assert.deepEqual(priv.x5c, pub.x5c);
          assert.equal(pub.x5c.length, 1);
          const der = x5cDer(pub.x5c[0]);
          assert.equal(await sha256b64u(der), pub["x5t#S256"]);
          await Deno.writeTextFile(`${dir}/cert.pem`, certPem(pub.x5c[0]));
          const pemFile = flags[0] === "--from-pem" ? flags[1] : undefined;
          if (pub.kty === "AKP") {
            checkMlDsaCertificate(pub.alg, der, pub.pub);
            if (pemFile) {
              // The key in the certificate is the one in the PEM file's SPKI twin.
              const spki = await Deno.readFile(`${KEYTYPES}/mldsa65.spki.der`);
              const parts = splitCertificate(der);
              assert.equal(
                hex(childrenOf(tlvAt(spki, 0).body)[1].body.subarray(1)),
                hex(parts.publicKey),
              );
            }
            return;
          }
          const view = await inspect(bin, `${dir}/cert.pem`);
          assert.equal(view.verify.code, 0, view.verify.out);
          assert.equal(view.subject, "CN=cli.example");
          assert.equal(hex(view.spki), hex(expectedSpki(pub)));
          if (pemFile) {
            // openssl's own public key of the PEM file is the certificate's.
            const p = await run(bin, ["pkey", "-in", pemFile, "-pubout"]);
            assert.equal(p.code, 0, p.stderr);
            assert.equal(hex(view.spki), hex(pemDer(p.stdout)));
          }
        } finally {
          await Deno.remove(dir, { recursive: true });
        }
      });
    }
  },
});

Deno.test("cli --self-signed: X448 is one error line and no file", async () => {
  for (
    const flags of [["--kty", "OKP", "--crv", "X448"], ["--from-pem", `${KEYTYPES}/x448.pkcs8.pem`]]
  ) {
    const dir = await Deno.makeTempDir({ prefix: "jwk-cli-self-signed-kt-" });
    try {
      const r = await cli(dir, ...flags, "--self-signed", "--no-password", "--insecure");
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, /^error: .*X448 only agrees keys.*\n$/);
      assert.equal(r.stderr.split("\n").length, 2, r.stderr);
      assert.deepEqual([...Deno.readDirSync(dir)], [], "no file written");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  }
});
