/**
 * PKCS#12 (RFC 7292): old "PKCS#12 PBE" encrypted PKCS#8 keys (SHA-1 and
 * triple DES), as OpenSSL writes them (`pkcs8 -v1 PBE-SHA1-3DES`: each
 * password byte one BMPString character) and as PKCS#12 files hold them
 * (`pkcs12 -export`: the password's characters in UTF-16), and whole
 * `.p12` files as `openssl pkcs12 -export` writes them in its modes. All open
 * to the key and certificates openssl itself reads; the rest is refused
 * quickly and clearly.
 */
import assert from "node:assert/strict";
import { readKey } from "../mod.ts";
import { rc2CbcDecrypt } from "../lib/pem/rc2.ts";
import { children, decodeDer, type DerNode } from "../lib/pem/asn1.ts";
import { ignoreWithout, openssl, peerOutput, python3WithCryptography } from "./_peers.ts";
import { rejectsWith } from "./_helpers.ts";
import { ok, readGrant, refused, runCli } from "./_run_cli.ts";

const OPENSSL = await openssl();
const PYCA = await python3WithCryptography();
const PASSWORD = "pässwörd ünïcode"; // not ASCII: the two BMPString forms differ

/** openssl with its output; fails the test when it fails. */
const ossl = (args: string[]) => peerOutput(OPENSSL, args);

/** The one child of an explicit [0] tag or OCTET STRING wrapper, decoded. */
const inner = (node: DerNode) => decodeDer(node.value, "test");

/** The EncryptedPrivateKeyInfo of a PKCS#12 file's first shrouded key bag. */
function shroudedKey(p12: Uint8Array): Uint8Array {
  const [, authSafe] = children(decodeDer(p12, "pfx"), "pfx");
  const safes = inner(inner(children(authSafe, "authSafe")[1]));
  const [, content] = children(children(safes, "safes")[0], "data");
  const bag = children(inner(inner(content)), "safeContents")[0];
  return children(bag, "bag")[1].value; // [0] EXPLICIT EncryptedPrivateKeyInfo
}

Deno.test({
  name: "PKCS#12 PBE: openssl's pkcs8 -v1 and pkcs12 -export keys open with a non-ASCII password",
  ignore: ignoreWithout(OPENSSL),
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "jwk-pkcs12-pbe-" });
    try {
      await Deno.writeTextFile(`${dir}/pw`, PASSWORD);
      const key = `${dir}/k.pem`;
      await ossl([
        "genpkey",
        "-algorithm",
        "EC",
        "-pkeyopt",
        "ec_paramgen_curve:P-384",
        "-out",
        key,
      ]);
      const want = await readKey(await Deno.readFile(key));
      // openssl's own view of the key: its public key, which ours must match.
      const spki = await ossl(["pkey", "-in", key, "-pubout"]);
      const { kty, crv, x, y } = want.jwk;
      assert.deepEqual((await readKey(spki)).jwk, { kty, crv, x, y });
      const opts = { password: () => PASSWORD };
      for (const v1 of ["PBE-SHA1-3DES", "PBE-SHA1-2DES"]) {
        const pem = await ossl([
          "pkcs8",
          "-topk8",
          "-in",
          key,
          "-v1",
          v1,
          "-passout",
          `file:${dir}/pw`,
        ]);
        const got = await readKey(pem, opts);
        assert.equal(got.format, "encrypted PKCS#8 private key", v1);
        assert.deepEqual(got.jwk, want.jwk, v1);
        await rejectsWith(readKey(pem, { password: () => "wrong" }), "BAD_PASSWORD");
      }
      const p12 = await ossl([
        "pkcs12",
        "-export",
        "-nocerts",
        "-inkey",
        key,
        "-keypbe",
        "PBE-SHA1-3DES",
        "-certpbe",
        "NONE",
        "-passout",
        `file:${dir}/pw`,
      ]);
      const fromP12 = await readKey(shroudedKey(p12), opts);
      assert.deepEqual(fromP12.jwk, want.jwk, "pkcs12 -export's key bag");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("PKCS#12 PBE: a huge iteration count is refused before any work", async () => {
  // EncryptedPrivateKeyInfo { {pbeWithSHAAnd3-KeyTripleDES-CBC, {salt, 2^31 - 1}}, 8 bytes }
  const hex =
    "302a301e060a2a864886f70d010c010330100408010203040506070802047fffffff04080102030405060708";
  const der = Uint8Array.from(hex.match(/../g)!, (b) => parseInt(b, 16));
  let asked = false;
  const start = performance.now();
  await rejectsWith(
    readKey(der, { password: () => (asked = true, "pw") }),
    "UNSUPPORTED",
    /PKCS#12 PBE iteration count 2147483647 is outside 1\.\.200000/,
  );
  assert.equal(asked, false, "no password is asked for a file that cannot be opened");
  assert.ok(performance.now() - start < 1000);
});

Deno.test({
  name: "PKCS#12 files: openssl pkcs12 -export's modes give its key, leaf first, then the chain",
  ignore: ignoreWithout(OPENSSL),
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "jwk-pkcs12-" });
    const at = (f: string) => `${dir}/${f}`;
    try {
      await Deno.writeTextFile(at("pw"), PASSWORD);
      const subj = (cn: string) => ["-subj", `/CN=${cn}`, "-days", "30"];
      await ossl([
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        at("ca.key"),
        "-out",
        at("ca.pem"),
        ...subj("ca"),
      ]);
      await ossl([
        "req",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        at("leaf.key"),
        "-out",
        at("leaf.csr"),
        ...subj("leaf"),
      ]);
      await ossl([
        "x509",
        "-req",
        "-in",
        at("leaf.csr"),
        "-CA",
        at("ca.pem"),
        "-CAkey",
        at("ca.key"),
        "-set_serial",
        "7",
        "-out",
        at("leaf.pem"),
        "-days",
        "30",
      ]);
      const want = await readKey(await Deno.readFile(at("leaf.key")));
      // The certificates as openssl encodes them, in x5c form.
      const der = async (f: string) =>
        btoa(String.fromCharCode(...await ossl(["x509", "-in", at(f), "-outform", "DER"])));
      const chain = [await der("leaf.pem"), await der("ca.pem")];
      const pass = ["-passout", `file:${at("pw")}`];
      const opts = { password: () => PASSWORD };
      const withChain = ["-in", at("leaf.pem"), "-certfile", at("ca.pem")];
      const modes: [string, string[], string[] | undefined][] = [
        ["default (PBES2 AES-256-CBC, SHA-256 MAC)", withChain, chain],
        [
          "PKCS#12 PBE, SHA-1 MAC",
          [
            ...withChain,
            "-keypbe",
            "PBE-SHA1-3DES",
            "-certpbe",
            "PBE-SHA1-3DES",
            "-macalg",
            "sha1",
          ],
          chain,
        ],
        ["SHA-512 MAC", [...withChain, "-macalg", "sha512"], chain],
        ["-legacy (RC2-40 certificates: OpenSSL 1.x's default)", [...withChain, "-legacy"], chain],
        [
          "RC2-128 certificates",
          [...withChain, "-legacy", "-certpbe", "PBE-SHA1-RC2-128"],
          chain,
        ],
        ["certificates in clear, no MAC", [...withChain, "-certpbe", "NONE", "-nomac"], chain],
        ["key only", ["-nocerts"], undefined],
      ];
      for (const [name, extra, x5c] of modes) {
        const p12 = await ossl(["pkcs12", "-export", "-inkey", at("leaf.key"), ...pass, ...extra]);
        const got = await readKey(p12, opts);
        assert.deepEqual(got.jwk, want.jwk, name);
        assert.equal(got.isPrivate, true, name);
        assert.deepEqual(got.x5c, x5c, name);
        assert.match(got.format, /^PKCS#12 file \(private key/, name);
      }
      const p12 = await ossl([
        "pkcs12",
        "-export",
        "-inkey",
        at("leaf.key"),
        "-in",
        at("leaf.pem"),
        ...pass,
      ]);
      await rejectsWith(readKey(p12, { password: () => "wrong" }), "BAD_PASSWORD");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

/** pyca writes a PKCS#12 of a key and "CA" certificates in the order given (no leaf named). */
const PYCA_P12 = `
import sys
from cryptography import x509
from cryptography.hazmat.primitives import serialization as s
from cryptography.hazmat.primitives.serialization import pkcs12
key = s.load_pem_private_key(open(sys.argv[1], "rb").read(), None)
cas = [x509.load_pem_x509_certificate(open(f, "rb").read()) for f in sys.argv[3:]]
enc = s.BestAvailableEncryption(sys.argv[2].encode())
sys.stdout.buffer.write(pkcs12.serialize_key_and_certificates(b"k", key, None, cas, enc))
`;

Deno.test({
  name: "PKCS#12 files from pyca: the key's certificate leads x5c wherever it is; none, no x5c",
  ignore: ignoreWithout(OPENSSL, PYCA),
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "jwk-pkcs12-pyca-" });
    const at = (f: string) => `${dir}/${f}`;
    try {
      const subj = (cn: string) => ["-subj", `/CN=${cn}`, "-days", "30", "-nodes"];
      for (const name of ["a", "b"]) {
        await ossl([
          "req",
          "-x509",
          "-newkey",
          "ec",
          "-pkeyopt",
          "ec_paramgen_curve:P-384",
          "-keyout",
          at(`${name}.key`),
          "-out",
          at(`${name}.pem`),
          ...subj(name),
        ]);
      }
      const p12 = (certs: string[]) =>
        peerOutput(PYCA, ["-c", PYCA_P12, at("a.key"), "pyca pass", ...certs.map(at)]);
      const opts = { password: () => "pyca pass" };
      const want = await readKey(await Deno.readFile(at("a.key")));
      const cert = async (f: string) => (await readKey(await Deno.readFile(at(f)))).x5c![0];
      const got = await readKey(await p12(["b.pem", "a.pem"]), opts);
      assert.deepEqual(got.jwk, want.jwk);
      assert.deepEqual(
        got.x5c,
        [await cert("a.pem"), await cert("b.pem")],
        "a's certificate first",
      );
      // Certificates for other keys only (a key exported with its CA's): the key, alone.
      const alone = await readKey(await p12(["b.pem"]), opts);
      assert.deepEqual([alone.jwk, alone.x5c], [want.jwk, undefined]);
      assert.match(alone.format, /its 1 certificate\(s\) are for other keys/);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("PKCS#12 files: jwk public and thumbprint read a .p12 with --password-file", async () => {
  const gen = new URL("./fixtures/pem/", import.meta.url).pathname;
  const perms = [readGrant(gen)];
  const args = ["--password-file", `${gen}pem-password.txt`];
  const p12 = `${gen}gen/p256.pkcs12.p12`;
  const pub = JSON.parse(ok(await runCli(["public", p12, ...args], { perms }), "public"));
  const want = await readKey(await Deno.readFile(`${gen}gen/p256.key-and-chain.pem`));
  assert.deepEqual([pub.x, pub.y, pub.x5c], [want.jwk.x, want.jwk.y, want.x5c]);
  assert.equal(pub.d, undefined);
  const tp = ok(await runCli(["thumbprint", p12, ...args], { perms }), "thumbprint");
  assert.equal(tp.trim(), pub.kid);
  refused(await runCli(["public", p12], { perms }), /encrypted and there is no terminal/, "no pw");
  // An empty password file opens a file made with an empty password (- gives one too).
  const empty = new URL("./fixtures/pkcs12/empty-password-openssl.p12", import.meta.url).pathname;
  const opened = ok(
    await runCli(["public", empty, "--password-file", "-"], {
      perms: [readGrant(empty)],
      stdin: "",
    }),
    "empty password",
  );
  assert.equal(JSON.parse(opened).x5c.length, 3);
});

Deno.test("RC2 (legacy PKCS#12 certificates): RFC 2268's test vectors decrypt", () => {
  // RFC 2268 §5: key, effective bits, plaintext, ciphertext. A zero IV makes
  // the first CBC block the cipher itself.
  const hex = (s: string) => Uint8Array.from(s.match(/../g)!, (b) => parseInt(b, 16));
  const vectors: [string, number, string, string][] = [
    ["0000000000000000", 63, "0000000000000000", "ebb773f993278eff"],
    ["ffffffffffffffff", 64, "ffffffffffffffff", "278b27e42e2f0d49"],
    ["3000000000000000", 64, "1000000000000001", "30649edf9be7d2c2"],
    ["88", 64, "0000000000000000", "61a8a244adacccf0"],
    ["88bca90e90875a", 64, "0000000000000000", "6ccf4308974c267f"],
    ["88bca90e90875a7f0f79c384627bafb2", 64, "0000000000000000", "1a807d272bbe5db1"],
    ["88bca90e90875a7f0f79c384627bafb2", 128, "0000000000000000", "2269552ab0f85ca6"],
    [
      "88bca90e90875a7f0f79c384627bafb216f80a6f85920584c42fceb0be255daf1e",
      129,
      "0000000000000000",
      "5b78d3a43dfff1f1",
    ],
  ];
  for (const [key, bits, plain, cipher] of vectors) {
    const got = rc2CbcDecrypt(hex(key), bits, new Uint8Array(8), hex(cipher));
    assert.deepEqual(got, hex(plain), `${key} / ${bits} bits`);
  }
});

Deno.test({
  name: "RC2: what openssl enc -rc2-40/-64/-128-cbc encrypts decrypts to the same bytes",
  ignore: ignoreWithout(OPENSSL),
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "jwk-rc2-" });
    const hexOf = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
    try {
      for (
        const [cipher, bits, keyLength] of [["rc2-40-cbc", 40, 5], ["rc2-64-cbc", 64, 8], [
          "rc2-cbc",
          128,
          16,
        ]] as const
      ) {
        const key = crypto.getRandomValues(new Uint8Array(keyLength));
        const iv = crypto.getRandomValues(new Uint8Array(8));
        const plain = crypto.getRandomValues(new Uint8Array(64));
        await Deno.writeFile(`${dir}/p`, plain);
        const legacy = ["-provider", "legacy", "-provider", "default"];
        const enc = await ossl([
          "enc",
          ...legacy,
          `-${cipher}`,
          "-K",
          hexOf(key),
          "-iv",
          hexOf(iv),
          "-nopad",
          "-in",
          `${dir}/p`,
        ]);
        assert.deepEqual(rc2CbcDecrypt(key, bits, iv, enc), plain, cipher);
      }
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("PKCS#12 files: edge cases from an adversarial run (tests/fixtures/pkcs12)", async () => {
  const dir = new URL("./fixtures/pkcs12/", import.meta.url);
  const read = (f: string, password: string) =>
    Deno.readFile(new URL(f, dir)).then((der) => readKey(der, { password: () => password }));
  const good: [string, string, number | undefined][] = [
    ["brainpool-ca-before-leaf.p12", "pw", 2],
    ["dsa-ca-before-leaf.p12", "pw", 2],
    ["key-with-ca-only.p12", "pw", undefined],
    ["empty-password-openssl.p12", "", 3],
    ["empty-password-pyca.p12", "", 3],
  ];
  for (const [file, password, chain] of good) {
    const key = await read(file, password);
    assert.equal(key.isPrivate, true, file);
    assert.equal(key.x5c?.length, chain, file);
    if (key.x5c) {
      // The leaf leads: its public key is the key's.
      const leaf = await readKey(Uint8Array.from(atob(key.x5c[0]), (c) => c.charCodeAt(0)));
      assert.equal(leaf.jwk.x, key.jwk.x, file);
    }
  }
  const bad: [string, string, RegExp][] = [
    ["ten-shrouded-keys-200k.p12", "UNSUPPORTED", /holds more than one private key/],
    ["ten-encrypted-sections-200k.p12", "UNSUPPORTED", /10 encrypted sections; at most 4/],
    ["corrupt-cert-sigalg.p12", "BAD_PEM", /^certificate 1 of the bundle: /],
    ["corrupt-cert-name.p12", "BAD_PEM", /^certificate 1 of the bundle: /],
    ["mac-extra-element.p12", "BAD_PEM", /the MAC has 2 or 3 elements/],
  ];
  for (const [file, code, why] of bad) {
    const start = performance.now();
    await rejectsWith(read(file, "pw"), code as "BAD_PEM", why);
    assert.ok(
      performance.now() - start < 4000,
      `${file}: refused in ${performance.now() - start} ms`,
    );
  }
});
