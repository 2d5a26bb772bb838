/**
 * Self-signed certificates (lib/x509) checked by others: openssl verifies
 * each signature and reads subject, validity, extensions, serial, public key
 * and fingerprint; python3-jwcrypto loads the JWK with its x5c and
 * python3-cryptography reads the certificate; our own PEM reader reads it
 * back into the same key. Then the inputs that must be refused.
 */
import assert from "node:assert/strict";
import {
  createJwk,
  type CreateJwkOptions,
  type Jwk,
  notAfterFrom,
  parseName,
  readKey,
  selfSignedCertificate,
} from "../mod.ts";
import { b64uDecode, publicPart, rejectsWith, webCryptoRsa } from "./_helpers.ts";
import { ignoreWithout, need, python3WithJwcrypto, run } from "./_peers.ts";
import { certPem, inspect, openssl, webcryptoSpki } from "./_x509.ts";

const ssl = await openssl();
const py = await python3WithJwcrypto();
const DAY = 86400_000;
const SKEW = 5 * 60_000;

interface Case {
  name: string;
  options: CreateJwkOptions;
  rsa?: boolean;
  /** What `openssl x509 -text` names the signature algorithm, and more lines it must show. */
  signature: string;
  extra?: string[];
  /** keyUsage as openssl prints it; the use our reader must infer. */
  usage: string;
  use: "sig" | "enc";
}

const CASES: Case[] = [
  {
    name: "EC P-256",
    options: {},
    signature: "ecdsa-with-SHA256",
    usage: "Digital Signature",
    use: "sig",
  },
  {
    name: "EC P-384",
    options: { crv: "P-384" },
    signature: "ecdsa-with-SHA384",
    usage: "Digital Signature",
    use: "sig",
  },
  {
    name: "EC P-521",
    options: { crv: "P-521" },
    signature: "ecdsa-with-SHA512",
    usage: "Digital Signature",
    use: "sig",
  },
  {
    name: "EC P-256 ECDH-ES",
    options: { use: "enc" },
    signature: "ecdsa-with-SHA256",
    usage: "Key Agreement",
    use: "enc",
  },
  {
    name: "EC P-521 ECDH-ES+A256KW",
    options: { crv: "P-521", alg: "ECDH-ES+A256KW" },
    signature: "ecdsa-with-SHA512",
    usage: "Key Agreement",
    use: "enc",
  },
  {
    name: "Ed25519",
    options: { kty: "OKP" },
    signature: "ED25519",
    usage: "Digital Signature",
    use: "sig",
  },
  {
    name: "RS256",
    rsa: true,
    options: {},
    signature: "sha256WithRSAEncryption",
    usage: "Digital Signature",
    use: "sig",
  },
  {
    name: "RS384",
    rsa: true,
    options: { alg: "RS384" },
    signature: "sha384WithRSAEncryption",
    usage: "Digital Signature",
    use: "sig",
  },
  {
    name: "RS512",
    rsa: true,
    options: { alg: "RS512" },
    signature: "sha512WithRSAEncryption",
    usage: "Digital Signature",
    use: "sig",
  },
  ...([["PS256", "sha256", "0x20"], ["PS384", "sha384", "0x30"], [
    "PS512",
    "sha512",
    "0x40",
  ]] as const)
    .map(([alg, hash, salt]): Case => ({
      name: alg,
      rsa: true,
      options: { alg },
      signature: "rsassaPss",
      extra: [
        `Hash Algorithm: ${hash}`,
        `Mask Algorithm: mgf1 with ${hash}`,
        `Salt Length: ${salt}`,
      ],
      usage: "Digital Signature",
      use: "sig",
    })),
  {
    name: "RSA-OAEP-256",
    rsa: true,
    options: { use: "enc" },
    signature: "sha256WithRSAEncryption",
    usage: "Key Encipherment",
    use: "enc",
  },
  {
    name: "RSA key_ops sign (no use)",
    rsa: true,
    options: { keyOps: ["sign"] },
    signature: "sha256WithRSAEncryption",
    usage: "Digital Signature",
    use: "sig",
  },
];

const SUBJECT = "CN=jwk test,OU=Keys,O=Example\\, Inc.,L=Berlin,C=DE";

/** A case's key pair, and the clock around its making. */
interface Made {
  publicJwk: Jwk;
  privateJwk: Jwk;
  before: number;
  after: number;
}

let making: Promise<Made[]> | undefined;

/** Every case's key, made once for the tests that read them. */
function madeKeys(): Promise<Made[]> {
  making ??= (async () => {
    const rsa = await webCryptoRsa(); // one key for every RSA case: the scheme follows alg
    const out: Made[] = [];
    for (const c of CASES) {
      const before = Date.now();
      const { publicJwk, privateJwk } = await createJwk({
        ...c.options,
        key: c.rsa ? { jwk: rsa, isPrivate: true } : undefined,
        selfSigned: { subject: SUBJECT, notAfter: "90d" },
      });
      out.push({ publicJwk, privateJwk: privateJwk!, before, after: Date.now() });
    }
    return out;
  })();
  return making;
}

Deno.test({
  name: "self-signed: openssl verifies every key type and reads what we wrote",
  ignore: ignoreWithout(ssl),
  async fn(t) {
    const bin = need(ssl);
    const dir = await Deno.makeTempDir({ prefix: "jwk-self-signed-" });
    const made = await madeKeys();
    try {
      for (const [i, c] of CASES.entries()) {
        await t.step(c.name, async () => {
          const { publicJwk, privateJwk, before, after } = made[i];
          assert.equal(publicJwk.x5c?.length, 1);
          assert.deepEqual(privateJwk.x5c, publicJwk.x5c);
          assert.equal(privateJwk["x5t#S256"], publicJwk["x5t#S256"]);

          const path = `${dir}/${c.name.replace(/\W+/g, "_")}.pem`;
          const pem = certPem(publicJwk.x5c![0]);
          await Deno.writeTextFile(path, pem);
          const view = await inspect(bin, path);
          assert.equal(view.verify.code, 0, view.verify.out);
          assert.match(view.verify.out, /: OK/);
          for (const line of [`Signature Algorithm: ${c.signature}`, ...(c.extra ?? [])]) {
            assert.ok(view.text.includes(line), `openssl -text lacks '${line}':\n${view.text}`);
          }
          assert.match(view.text, /Version: 3 \(0x2\)/);
          assert.match(view.text, /X509v3 Basic Constraints: critical\s+CA:FALSE/);
          assert.match(view.text, new RegExp(`X509v3 Key Usage: critical\\s+${c.usage}\\n`));
          assert.match(view.text, /X509v3 Subject Key Identifier/);
          assert.equal(view.subject, SUBJECT);
          assert.match(view.text, new RegExp(`Issuer: ${view.text.match(/Subject: (.*)/)![1]}`));
          // notBefore: five minutes before now, in whole seconds; notAfter: 90 days on.
          assert.ok(view.notBefore.getTime() >= before - SKEW - 1000, `${view.notBefore}`);
          assert.ok(view.notBefore.getTime() <= after - SKEW, `${view.notBefore}`);
          assert.ok(view.notAfter.getTime() >= before + 90 * DAY - 1000, `${view.notAfter}`);
          assert.ok(view.notAfter.getTime() <= after + 90 * DAY, `${view.notAfter}`);
          // A positive 16-byte serial.
          assert.match(view.serial, /^[0-7][0-9A-F]{31}$/);
          assert.equal(view.sha256, publicJwk["x5t#S256"]);
          assert.deepEqual(view.spki, await webcryptoSpki(publicJwk));

          const back = await readKey(pem);
          assert.equal(back.isPrivate, false);
          const { kty, crv, x, y, n, e } = publicJwk;
          assert.deepEqual(
            publicPart(back.jwk),
            publicPart(JSON.parse(JSON.stringify({ kty, crv, x, y, n, e }))),
          );
          assert.equal(back.certUse, c.use);
          assert.equal(back.x5tS256, publicJwk["x5t#S256"]);
        });
      }
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

/** Reads each public JWK with jwcrypto, and its x5c with python3-cryptography. */
const PY_CHECK = `
import base64, hashlib, json, sys
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from jwcrypto import jwk
out = []
for obj in json.load(open(sys.argv[1])):
    key = jwk.JWK(**obj)
    der = base64.b64decode(obj["x5c"][0], validate=True)
    cert = x509.load_der_x509_certificate(der)
    spki = cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    ours = serialization.load_pem_public_key(key.export_to_pem()).public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    out.append({
        "same_key": spki == ours,
        "x5t": base64.urlsafe_b64encode(hashlib.sha256(der).digest()).rstrip(b"=").decode(),
        "subject": cert.subject.rfc4514_string(),
        "subject_der": cert.subject.public_bytes().hex(),
        "version": cert.version.name,
        "ski_ok": cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
            == x509.SubjectKeyIdentifier.from_public_key(cert.public_key()).digest,
        "aki_ok": cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value.key_identifier
            == x509.SubjectKeyIdentifier.from_public_key(cert.public_key()).digest,
    })
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

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join("");

Deno.test({
  name: "self-signed: jwcrypto loads each JWK with x5c, and the certificate holds the JWK's key",
  ignore: ignoreWithout(py),
  async fn() {
    const made = (await madeKeys()).map((m) => m.publicJwk);
    const views = await pythonView(need(py), made);
    assert.equal(views.length, CASES.length);
    views.forEach((v, i) => {
      assert.equal(v.same_key, true, CASES[i].name);
      assert.equal(v.x5t, made[i]["x5t#S256"], CASES[i].name);
      assert.equal(v.version, "v3");
      assert.equal(
        v.ski_ok,
        true,
        `${CASES[i].name}: subjectKeyIdentifier is not SHA-1 of the key`,
      );
      assert.equal(v.aki_ok, true, `${CASES[i].name}: authorityKeyIdentifier is not the subject's`);
      assert.equal(v.subject_der, hex(parseName(SUBJECT)));
    });
  },
});

Deno.test({
  name: "self-signed: openssl rejects a certificate whose signature was changed",
  ignore: ignoreWithout(ssl),
  async fn() {
    const bin = need(ssl);
    const { publicJwk } = await createJwk({ selfSigned: true });
    const der = b64uDecode(
      publicJwk.x5c![0].replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""),
    );
    der[der.length - 3] ^= 1; // inside the signature
    const path = await Deno.makeTempFile({ suffix: ".pem" });
    try {
      let bin2 = "";
      for (const b of der) bin2 += String.fromCharCode(b);
      await Deno.writeTextFile(path, certPem(btoa(bin2)));
      const view = await inspect(bin, path);
      assert.notEqual(view.verify.code, 0, view.verify.out);
      assert.match(view.verify.out, /signature/i);
    } finally {
      await Deno.remove(path);
    }
  },
});

Deno.test({
  name: "self-signed: defaults are CN=<kid> and one year; serials differ",
  ignore: ignoreWithout(ssl),
  async fn() {
    const bin = need(ssl);
    const dir = await Deno.makeTempDir({ prefix: "jwk-self-signed-" });
    try {
      const before = Date.now();
      const a = await createJwk({ kty: "OKP", selfSigned: true });
      const b = await createJwk({ kty: "OKP", kid: "key, 1", selfSigned: true });
      await Deno.writeTextFile(`${dir}/a.pem`, certPem(a.publicJwk.x5c![0]));
      await Deno.writeTextFile(`${dir}/b.pem`, certPem(b.publicJwk.x5c![0]));
      const va = await inspect(bin, `${dir}/a.pem`);
      const vb = await inspect(bin, `${dir}/b.pem`);
      assert.equal(va.subject, `CN=${a.publicJwk.kid}`);
      assert.equal(vb.subject, "CN=key\\, 1");
      const year = va.notAfter.getTime() - before;
      assert.ok(year >= 365 * DAY - 1000 && year <= 365 * DAY + 60_000, `${va.notAfter}`);
      assert.notEqual(va.serial, vb.serial);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "self-signed: an RFC 3339 notAfter is kept to the second (UTCTime and GeneralizedTime)",
  ignore: ignoreWithout(ssl),
  async fn() {
    const bin = need(ssl);
    const dir = await Deno.makeTempDir({ prefix: "jwk-self-signed-" });
    try {
      for (
        const when of [
          "2031-02-03T04:05:06Z",
          "2049-12-31T23:59:59Z",
          "2050-01-01T00:00:00Z",
          "2099-06-30T12:00:00+02:00",
        ]
      ) {
        const { privateJwk } = await createJwk({ kty: "OKP" });
        const cert = await selfSignedCertificate(privateJwk!, { notAfter: when });
        await Deno.writeTextFile(`${dir}/c.pem`, cert.pem);
        const view = await inspect(bin, `${dir}/c.pem`);
        assert.equal(view.verify.code, 0, view.verify.out);
        assert.equal(view.notAfter.getTime(), Date.parse(when), when);
        const generalized = new Date(when).getUTCFullYear() >= 2050;
        // Time tag right before the notAfter digits: 0x17 UTCTime, 0x18 GeneralizedTime.
        const at = hex(cert.der).indexOf(
          hex(new TextEncoder().encode(when.slice(generalized ? 0 : 2, 4))),
          hex(cert.der).indexOf("170d") + 30,
        );
        assert.equal(hex(cert.der).slice(at - 4, at - 2), generalized ? "18" : "17", when);
      }
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

/** Subjects, and how openssl's RFC 2253 printer writes them back. */
const SUBJECTS: [string, string][] = [
  [
    "CN=a\\,b,OU=Dev,O=Example Org,L=Berlin,ST=Berlin,C=DE",
    "CN=a\\,b,OU=Dev,O=Example Org,L=Berlin,ST=Berlin,C=DE",
  ],
  ["cn=x, dc=example, dc=com", "CN=x,DC=example,DC=com"],
  ["CN=caf\\C3\\A9", "CN=café"],
  ["CN=日本語", "CN=日本語"],
  ['CN=\\ lead\\ ,O=x=y\\+z\\\\w\\"q\\<\\>\\;', 'CN=\\ lead\\ ,O=x=y\\+z\\\\w\\"q\\<\\>\\;'],
  ["2.5.4.12=Engineer,CN=y", "title=Engineer,CN=y"],
  [
    "emailAddress=a@b.example,serialNumber=123,UID=u1,STREET=Main 1,CN=z",
    "emailAddress=a@b.example,serialNumber=123,UID=u1,street=Main 1,CN=z",
  ],
  ["CN=#0c03616263", "CN=abc"],
  ["CN=a+OU=b,O=c", "OU=b+CN=a,O=c"],
];

Deno.test({
  name: "self-signed: RFC 4514 subjects come back from openssl and python3-cryptography",
  ignore: ignoreWithout(ssl, py),
  async fn(t) {
    const bin = need(ssl);
    const dir = await Deno.makeTempDir({ prefix: "jwk-self-signed-" });
    const jwks: Jwk[] = [];
    try {
      for (const [subject, printed] of SUBJECTS) {
        await t.step(subject, async () => {
          const { publicJwk } = await createJwk({ kty: "OKP", selfSigned: { subject } });
          jwks.push(publicJwk);
          await Deno.writeTextFile(`${dir}/s.pem`, certPem(publicJwk.x5c![0]));
          const view = await inspect(bin, `${dir}/s.pem`);
          assert.equal(view.verify.code, 0, view.verify.out);
          assert.equal(view.subject, printed);
        });
      }
      // cryptography's RFC 4514 string, parsed by us, gives the very DER it read.
      const views = await pythonView(need(py), jwks);
      views.forEach((v, i) => {
        assert.equal(hex(parseName(String(v.subject))), v.subject_der, SUBJECTS[i][0]);
        assert.equal(hex(parseName(SUBJECTS[i][0])), v.subject_der, SUBJECTS[i][0]);
      });
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("self-signed: bad subjects are one clear error each", async () => {
  const { privateJwk } = await createJwk({ kty: "OKP" });
  const bad: [string, RegExp][] = [
    ["", /it is empty/],
    ["CN", /expected '=' after 'CN'/],
    ["=x", /expected an attribute type at position 1/],
    ["CN=", /the value of CN is empty/],
    ["CN=a,", /ends with a comma/],
    ["CN=a,,O=b", /expected an attribute type/],
    ["XX=1", /unknown attribute type 'XX'/],
    ["CN=a;b", /';' must be escaped/],
    ["CN=a\\q", /'\\q' is not an escape/],
    ["CN=\\FF", /not UTF-8/],
    ["C=Germany", /C must be 2 characters/],
    ["C=D€", /C allows only letters/],
    ["emailAddress=ä@example.com", /only printable ASCII/],
    ["CN=#0c05616263", /not one DER string/],
    ["CN=#zz", /after '#' is not hex/],
    ["3.1=x", /'3.1' is not a valid OID/],
    ["2.5.4.6=DEU", /2.5.4.6 must be 2 characters/],
    [`CN=${"a".repeat(65)}`, /CN is at most 64 characters, this one has 65/],
    [`O=${"é".repeat(65)}`, /O is at most 64 characters, this one has 65/],
    [`2.5.4.3=${"a".repeat(65)}`, /2.5.4.3 is at most 64 characters/],
    [`L=${"a".repeat(129)}`, /L is at most 128 characters/],
    [`CN=#0c41${"61".repeat(65)}`, /CN is at most 64 characters, this one has 65/],
    [`CN=#1e8182${"0061".repeat(65)}`, /CN is at most 64 characters, this one has 65/],
  ];
  for (const [subject, why] of bad) {
    assert.throws(() => parseName(subject), (e: Error) => why.test(e.message), subject);
    await rejectsWith(
      selfSignedCertificate(privateJwk!, { subject }),
      "INVALID_OPTION",
      /^--subject '.*' is not a distinguished name/,
      why,
    );
  }
});

Deno.test({
  name: "self-signed: subject length bounds agree with openssl req (at the bound, and one over)",
  ignore: ignoreWithout(ssl),
  async fn() {
    const bin = need(ssl);
    const dir = await Deno.makeTempDir({ prefix: "jwk-subject-bounds-" });
    try {
      await run(bin, ["genpkey", "-algorithm", "ed25519", "-out", `${dir}/k.pem`]);
      // openssl req -subj takes "/type=value"; its ASN.1 string table holds the bounds.
      const cases: [string, number][] = [
        ["CN", 64],
        ["O", 64],
        ["OU", 64],
        ["L", 128],
        ["ST", 128],
        ["serialNumber", 64],
      ];
      for (const [type, bound] of cases) {
        for (const length of [bound, bound + 1]) {
          const value = (type === "serialNumber" ? "7" : "a").repeat(length);
          const theirs = await run(bin, [
            "req",
            "-new",
            "-x509",
            "-key",
            `${dir}/k.pem`,
            "-subj",
            `/${type}=${value}`,
            "-out",
            `${dir}/c.pem`,
          ]);
          let ours = true;
          try {
            parseName(`${type}=${value}`);
          } catch {
            ours = false;
          }
          assert.equal(ours, theirs.code === 0, `${type} of ${length}: ${theirs.stderr}`);
          assert.equal(ours, length === bound, `${type} of ${length}`);
        }
      }
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("self-signed: bad notAfter values are one clear error each", async () => {
  const now = new Date("2025-06-01T00:00:00Z");
  const bad: [string, RegExp][] = [
    ["90", /is not a duration or a time/],
    ["90x", /unknown unit 'x'/],
    ["0d", /at least one second/],
    ["-1d", /is not a duration or a time/],
    ["1 y", /is not a duration or a time/],
    ["1Y", /is not a duration or a time/],
    ["2024-01-01T00:00:00Z", /is in the past/],
    ["2030-02-31T00:00:00Z", /is not a valid time/],
    ["2030-01-01", /is not a duration or a time/],
    ["99999y", /after the year 9999/],
  ];
  for (const [value, why] of bad) {
    assert.throws(() => notAfterFrom(value, now), (e: Error) => why.test(e.message), value);
  }
  const { privateJwk } = await createJwk({ kty: "OKP" });
  await rejectsWith(
    selfSignedCertificate(privateJwk!, { notAfter: "1x" }),
    "INVALID_OPTION",
    /^--not-after '1x'/,
  );
  await rejectsWith(
    selfSignedCertificate(privateJwk!, { notAfter: new Date(Date.now() - DAY) }),
    "INVALID_OPTION",
    /notAfter must be after its notBefore/,
  );
  // The accepted forms, against the clock given.
  assert.equal(notAfterFrom("1y1d", now).toISOString(), "2026-06-02T00:00:00.000Z");
  assert.equal(notAfterFrom("2w", now).toISOString(), "2025-06-15T00:00:00.000Z");
  assert.equal(notAfterFrom("1.5h", now).toISOString(), "2025-06-01T01:30:00.000Z");
  assert.equal(notAfterFrom("30m", now).toISOString(), "2025-06-01T00:30:00.000Z");
});

Deno.test("self-signed: keys that cannot sign, public keys and keys with a certificate are refused", async () => {
  await rejectsWith(createJwk({ kty: "oct", selfSigned: true }), "INCOMPATIBLE_OPTIONS", /oct key/);
  await rejectsWith(
    createJwk({ kty: "OKP", use: "enc", selfSigned: true }),
    "INCOMPATIBLE_OPTIONS",
    /X25519 only agrees keys: drop --self-signed, or use an EC key/,
  );
  const { publicJwk, privateJwk } = await createJwk({ kty: "EC" });
  await rejectsWith(selfSignedCertificate(publicJwk), "INCOMPATIBLE_OPTIONS", /public only/);
  const { d: _, ...pub } = privateJwk!;
  await rejectsWith(
    createJwk({ key: { jwk: pub, isPrivate: false }, selfSigned: true }),
    "INCOMPATIBLE_OPTIONS",
    /needs the private key/,
  );
  await rejectsWith(
    createJwk({ key: { jwk: privateJwk!, isPrivate: true, x5c: ["AA=="] }, selfSigned: true }),
    "INCOMPATIBLE_OPTIONS",
    /its own certificate/,
  );
  const x = await createJwk({ kty: "OKP", use: "enc" });
  await rejectsWith(selfSignedCertificate(x.privateJwk!), "INCOMPATIBLE_OPTIONS", /X25519/);
});
