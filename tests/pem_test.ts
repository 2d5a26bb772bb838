// Tests of the PEM/DER key reader (lib/pem.ts and the lib/pem_*.ts it uses).
// Run: deno test --allow-read --allow-run --allow-env tests/pem_test.ts
import assert from "node:assert/strict";
import { readKey } from "../lib/pem/read.ts";
import { JwkError } from "../lib/errors.ts";
import { children, decodeDer, encodeTlv, readOid, readUnsigned } from "../lib/pem/asn1.ts";
import { decodeBase64, encodeBase64, parsePem } from "../lib/pem/armor.ts";

const DIR = new URL("./fixtures/pem/", import.meta.url);
const GEN = new URL("gen/", DIR);
const ERRORS = new URL("gen/errors/", DIR);
const PW_FILE = new URL("pem-password.txt", DIR);
const PASSWORD = Deno.readTextFileSync(PW_FILE).replace(/[\r\n]+$/, "");
const withPassword = { password: () => PASSWORD };

const PUBLIC = ["kty", "crv", "x", "y", "n", "e"] as const;
const PRIVATE = ["d", "p", "q", "dp", "dq", "qi"] as const;

function list(dir: URL): string[] {
  return [...Deno.readDirSync(dir)].filter((e) => e.isFile).map((e) => e.name).sort();
}
const read = (dir: URL, name: string) => Deno.readFileSync(new URL(name, dir));
const keyFiles = (dir: URL) => list(dir).filter((n) => /\.(pem|der|pub|p12)$/.test(n));

function b64uDecode(s: string): Uint8Array {
  assert.match(s, /^[A-Za-z0-9_-]*$/, "base64url without padding");
  const std = s.replace(/-/g, "+").replace(/_/g, "/");
  return decodeBase64(std + "===".slice((std.length + 3) % 4), "test");
}

/** RFC 7638 thumbprint, computed here independently of the library. */
async function thumbprint(jwk: JsonWebKey): Promise<string> {
  const req: Record<string, string[]> = {
    EC: ["crv", "kty", "x", "y"],
    RSA: ["e", "kty", "n"],
    OKP: ["crv", "kty", "x"],
  };
  const members = req[jwk.kty!].map((k) =>
    `${JSON.stringify(k)}:${JSON.stringify((jwk as Record<string, unknown>)[k])}`
  );
  const digest = await crypto.subtle.digest(
    "SHA-256",
    new TextEncoder().encode(`{${members.join(",")}}`),
  );
  return encodeBase64(new Uint8Array(digest)).replace(/=+$/, "").replace(/\+/g, "-")
    .replace(/\//g, "_");
}

/** The exact shapes of RFC 7518/8037, checked on every key we produce. */
function assertShapes(jwk: JsonWebKey, where: string): void {
  const size = { "P-256": 32, "P-384": 48, "P-521": 66, Ed25519: 32, X25519: 32 };
  const keys = Object.keys(jwk).sort().join(",");
  if (jwk.kty === "EC") {
    const n = size[jwk.crv as "P-256"];
    assert.ok(n, `${where}: crv`);
    for (const m of ["x", "y", "d"] as const) {
      if (jwk[m] !== undefined) assert.equal(b64uDecode(jwk[m]!).length, n, `${where}: ${m}`);
    }
    assert.match(keys, /^crv,(d,)?kty,x,y$/, `${where}: members`);
  } else if (jwk.kty === "OKP") {
    assert.ok(jwk.crv === "Ed25519" || jwk.crv === "X25519", `${where}: crv`);
    for (const m of ["x", "d"] as const) {
      if (jwk[m] !== undefined) assert.equal(b64uDecode(jwk[m]!).length, 32, `${where}: ${m}`);
    }
    assert.match(keys, /^crv,(d,)?kty,x$/, `${where}: members`);
  } else if (jwk.kty === "RSA") {
    for (const m of ["n", "e", ...PRIVATE] as const) {
      const v = jwk[m as "n"];
      if (v === undefined) continue;
      const bytes = b64uDecode(v);
      assert.ok(bytes.length > 0 && bytes[0] !== 0, `${where}: ${m} has a leading zero byte`);
    }
    assert.match(keys, /^(d,dp,dq,)?e,kty,n(,p,q,qi)?$/, `${where}: members`);
  } else assert.fail(`${where}: kty ${jwk.kty}`);
}

function assertSameKey(ours: JsonWebKey, theirs: JsonWebKey, priv: boolean, where: string) {
  for (const m of PUBLIC) {
    assert.equal(ours[m], (theirs as Record<string, unknown>)[m], `${where}: ${m}`);
  }
  for (const m of PRIVATE) {
    const want = priv ? (theirs as Record<string, unknown>)[m] : undefined;
    assert.equal(ours[m], want, `${where}: ${m}`);
  }
}

async function rejects(
  p: Promise<unknown>,
  code: string,
  message: RegExp,
  where: string,
): Promise<JwkError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof JwkError, `${where}: not a JwkError: ${e}`);
    assert.equal(e.code, code, `${where}: ${e.message}`);
    assert.match(e.message, message, where);
    assert.ok(!e.message.includes("\n"), `${where}: one line`);
    const withoutFlag = e.message.replace("--pem-password-file", "");
    assert.ok(!withoutFlag.includes(PASSWORD), `${where}: password in message`);
    return e;
  }
  assert.fail(`${where}: expected a ${code} JwkError`);
}

// ---------------------------------------------------------------------------
Deno.test("step's output: public members, kid, private members and x5c match", async () => {
  const out = new URL("step-output/", DIR);
  let compared = 0;
  for (const name of keyFiles(DIR)) {
    const base = name.replace(/\.pem$/, "");
    let pub: Record<string, unknown>;
    try {
      pub = JSON.parse(Deno.readTextFileSync(new URL(`${base}.pub.json`, out)));
    } catch {
      continue;
    }
    const key = await readKey(read(DIR, name), withPassword);
    assertShapes(key.jwk, name);
    for (const m of PUBLIC) assert.equal(key.jwk[m], pub[m], `${name}: ${m}`);
    assert.equal(await thumbprint(key.jwk), pub.kid, `${name}: thumbprint`);
    if (pub.x5c) assert.deepEqual(key.x5c, pub.x5c, `${name}: x5c`);
    try {
      const priv = JSON.parse(Deno.readTextFileSync(new URL(`${base}.priv.json`, out)));
      assert.ok(key.isPrivate, name);
      for (const m of [...PUBLIC, ...PRIVATE]) assert.equal(key.jwk[m], priv[m], `${name}: ${m}`);
    } catch (e) {
      if (!(e instanceof Deno.errors.NotFound)) throw e;
      assert.equal(key.isPrivate, /pkcs8|sec1|pkcs1\.pem|openssh/.test(name), name);
    }
    compared++;
  }
  const published = list(out).filter((n) => n.endsWith(".pub.json")).length;
  assert.equal(compared, published, `compared ${compared} files with step's output`);
});

Deno.test("every generated container of a key gives the key the peer recorded", async () => {
  const publicOnly = /spki|public|cert|csr|bundle/;
  let count = 0;
  for (const name of keyFiles(GEN)) {
    const group = name.slice(0, name.indexOf("."));
    const expected = JSON.parse(Deno.readTextFileSync(new URL(`expected/${group}.json`, GEN)));
    const key = await readKey(read(GEN, name), withPassword);
    const priv = !publicOnly.test(name) || name.includes("key-and-chain");
    assert.equal(key.isPrivate, priv, `${name}: isPrivate`);
    assertShapes(key.jwk, name);
    assertSameKey(key.jwk, expected, priv, name);
    assert.ok(key.format.length > 0, name);
    if (name.endsWith(".der")) assert.match(key.format, /\(DER\)$/, name);
    const formats: [RegExp, RegExp][] = [
      [/\.pkcs12(-legacy)?\./, /^PKCS#12 file \(private key with X\.509 certificate bundle \(2 /],
      [/\.pkcs12-des3-keyonly/, /^PKCS#12 file \(private key\)$/],
      [/key-and-chain/, /^PKCS#8 private key with X\.509 certificate bundle/],
      [/\.pkcs8-(aes|des|scrypt)/, /^encrypted PKCS#8 private key/],
      [/\.pkcs8[.-]/, /^PKCS#8 private key/],
      [/\.sec1-legacy/, /^encrypted SEC1 EC private key/],
      [/\.sec1|ecparam-and-key/, /^SEC1 EC private key/],
      [/\.spki/, /^SPKI public key/],
      [/\.pkcs1-public/, /^PKCS#1 RSA public key/],
      [/\.pkcs1-legacy/, /^encrypted PKCS#1 RSA private key/],
      [/\.pkcs1\./, /^PKCS#1 RSA private key/],
      [/\.openssh-public\.pub$/, /^OpenSSH public key$/],
      [/\.ssh2-public\.pub$/, /^SSH2 public key \(RFC 4716\)$/],
      [/\.openssh-/, /^encrypted OpenSSH private key/],
      [/\.openssh\./, /^OpenSSH private key/],
      [/cert|bundle/, /^X\.509 certificate/],
      [/\.csr/, /^PKCS#10 certificate request/],
    ];
    const format = formats.find(([file]) => file.test(name));
    assert.ok(format, `${name}: no expected format`);
    assert.match(key.format, format[1], name);
    if (/-legacy-|pkcs8-(aes|des|scrypt)|openssh-(?!public)/.test(name)) {
      assert.match(key.format, /^encrypted /, name);
    }
    count++;
  }
  assert.ok(count >= 100, `read ${count} generated files`);
});

Deno.test("certificates: x5c in order, x5t#S256, keyUsage to use", async () => {
  const certDer = (name: string) => parsePem(Deno.readTextFileSync(new URL(name, GEN)))[0].der;
  const sha = async (d: Uint8Array) =>
    encodeBase64(new Uint8Array(await crypto.subtle.digest("SHA-256", d.slice())))
      .replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  const chain = ["p256.cert.pem", "p521.intermediate-cert.pem", "p384.root-cert.pem"];

  const bundle = await readKey(read(GEN, "p256.bundle.pem"));
  assert.deepEqual(bundle.x5c, chain.map((c) => encodeBase64(certDer(c))));
  assert.equal(bundle.x5tS256, await sha(certDer("p256.cert.pem")));
  assert.equal(bundle.certUse, "sig");
  assert.equal(bundle.isPrivate, false);
  assert.equal(bundle.format, "X.509 certificate bundle (3 certificates)");

  const both = await readKey(read(GEN, "p256.key-and-chain.pem"));
  assert.equal(both.isPrivate, true);
  assert.deepEqual(both.x5c, chain.slice(0, 2).map((c) => encodeBase64(certDer(c))));
  assert.equal(both.jwk.d, (await readKey(read(GEN, "p256.pkcs8.pem"))).jwk.d);

  const der = await readKey(read(GEN, "p256.cert.der"));
  assert.deepEqual(der.x5c, [encodeBase64(certDer("p256.cert.pem"))]);
  assert.equal(der.x5tS256, bundle.x5tS256);

  const uses: [URL, string, string | undefined][] = [
    [GEN, "p256.cert.pem", "sig"],
    [GEN, "p384.root-cert.pem", "sig"],
    [GEN, "p384.root-cert-with-text.pem", "sig"],
    [GEN, "rsa.enc-cert.pem", "enc"],
    [GEN, "ed25519.cert.pem", undefined],
    [DIR, "rsa-2048-ambiguous.cert.pem", "ambiguous"],
    [DIR, "rsa-2048-enc.cert.pem", "enc"],
    [DIR, "ec-p256-sig.cert.pem", "sig"],
  ];
  for (const [dir, name, use] of uses) {
    const k = await readKey(read(dir, name));
    assert.equal(k.certUse, use, name);
    assert.equal(k.x5c?.length, 1, name);
  }
  // A CSR has a key but no certificate members.
  const csr = await readKey(read(GEN, "p521.csr.der"));
  assert.equal(csr.x5c, undefined);
  assert.equal(csr.certUse, undefined);
  assert.equal(csr.format, "PKCS#10 certificate request (DER)");

  // A key that is not the certificate's is refused.
  const wrong = Deno.readTextFileSync(new URL("rsa.pkcs8.pem", GEN)) +
    Deno.readTextFileSync(new URL("p256.cert.pem", GEN));
  await rejects(readKey(wrong), "BAD_KEY", /does not match the public key of the first/, "mix");
});

const PYTHON = "/usr/bin/python3";
const PEER = new URL("peer.py", DIR).pathname;
/** Why the peer cannot run here, or undefined when it can. */
async function peerProblem(): Promise<string | undefined> {
  try {
    const probe = await new Deno.Command(PYTHON, { args: [PEER, "/dev/null"] }).output();
    const said = new TextDecoder().decode(probe.stdout);
    if (said.includes("python peer unavailable")) return said.trim();
  } catch (e) {
    return `${PYTHON} cannot be run: ${e}`;
  }
}
const PEER_PROBLEM = await peerProblem();
if (PEER_PROBLEM) console.log(`SKIPPING the peer comparison: ${PEER_PROBLEM}`);

Deno.test({
  name: "an independent peer (python3-jwcrypto) reads the same keys",
  ignore: PEER_PROBLEM !== undefined,
  fn: async () => {
    const files = [
      ...keyFiles(DIR).map((n) => new URL(n, DIR)),
      ...keyFiles(GEN).map((n) => new URL(n, GEN)),
    ];
    let compared = 0;
    const skipped: string[] = [];
    const run = async (file: URL) => {
      const out = await new Deno.Command(PYTHON, { args: [PEER, file.pathname, PW_FILE.pathname] })
        .output();
      assert.equal(out.code, 0, `peer failed on ${file.pathname}`);
      const theirs = JSON.parse(new TextDecoder().decode(out.stdout));
      const name = file.pathname.split("/").slice(-2).join("/");
      if (theirs.skip) {
        skipped.push(`${name} (${theirs.skip})`);
        return;
      }
      const ours = await readKey(Deno.readFileSync(file), withPassword);
      assertSameKey(ours.jwk, theirs, ours.isPrivate, name);
      assert.equal(ours.isPrivate, theirs.d !== undefined, `${name}: isPrivate`);
      compared++;
    };
    for (let i = 0; i < files.length; i += 8) await Promise.all(files.slice(i, i + 8).map(run));
    console.log(`peer compared ${compared} files; peer could not read ${skipped.length}:`);
    for (const s of skipped) console.log(`  skipped: ${s}`);
    assert.ok(compared >= 100, `compared only ${compared}`);
  },
});

Deno.test("refused inputs end in one clear JwkError naming what was found", async () => {
  const expected: Record<string, [string, RegExp]> = {
    "brainpool.pkcs8.pem": ["UNSUPPORTED", /brainpoolP256r1 is not supported; supported: P-256/],
    "brainpool.spki.pem": ["UNSUPPORTED", /brainpoolP256r1 is not supported/],
    "dsa.pkcs8.pem": ["UNSUPPORTED", /DSA keys are not supported; supported: RSA/],
    "dsa.spki.pem": ["UNSUPPORTED", /DSA keys are not supported/],
    "dsa.traditional.pem": ["UNSUPPORTED", /DSA keys are not supported/],
    "dsa.traditional.der": ["UNSUPPORTED", /DSA keys are not supported/],
    "p256.sec1-explicit.pem": ["UNSUPPORTED", /explicit EC curve parameters are not supported/],
    "p256.spki-explicit.pem": ["UNSUPPORTED", /explicit EC curve parameters are not supported/],
    "rsa.pbes1.pem": [
      "UNSUPPORTED",
      /PBES1 \(pbeWithMD5AndDES-CBC\) encryption is not supported; supported: PBES2/,
    ],
    "rsa-multiprime.pkcs1.pem": ["UNSUPPORTED", /multi-prime RSA keys are not supported/],
    "rsa-multiprime.pkcs8.pem": ["UNSUPPORTED", /multi-prime RSA keys are not supported/],
    "rsa-pss.pkcs8.pem": ["UNSUPPORTED", /RSASSA-PSS keys are not supported/],
    "ssh-ed25519.openssh-chacha.pem": ["UNSUPPORTED", /chacha20-poly1305@openssh.com is not/],
    "unknown-type.pem": ["UNSUPPORTED", /PEM type "PGP PRIVATE KEY BLOCK" is not supported/],
    "not-a-key.txt": ["BAD_PEM", /neither PEM .* nor DER/],
  };
  assert.deepEqual(list(ERRORS), Object.keys(expected).sort(), "every error fixture is listed");
  for (const [name, [code, message]] of Object.entries(expected)) {
    let asked = 0;
    const password = () => {
      asked++;
      return PASSWORD;
    };
    await rejects(readKey(read(ERRORS, name), { password }), code, message, name);
    assert.equal(asked, 0, `${name}: unsupported input must fail before asking a password`);
  }
});

Deno.test("passwords: needed, wrong, asked once, bytes or string, sync or async", async () => {
  const encrypted = [
    "p256.pkcs8-aes-256-cbc-hmacWithSHA256.pem",
    "p256.pkcs8-des3-hmacWithSHA1.pem",
    "p256.pkcs8-scrypt.pem",
    "rsa.pkcs8-aes128-sha512.der",
    "rsa.pkcs1-legacy-aes128.pem",
    "p521.sec1-legacy-des3.pem",
    "ssh-p256.openssh-aes256ctr.pem",
    "ssh-rsa.openssh-aes256cbc.pem",
    "ssh-ed25519.openssh-aes256gcmopensshcom.pem",
  ];
  for (const name of encrypted) {
    const data = read(GEN, name);
    await rejects(readKey(data), "BAD_PASSWORD", /is encrypted: a password is needed/, name);
    for (const wrong of ["wrong-password", PASSWORD + "x", "Z9"]) {
      let asked = 0;
      const e = await rejects(
        readKey(data, {
          password: () => {
            asked++;
            return wrong;
          },
        }),
        "BAD_PASSWORD",
        /^wrong password or corrupted key$/,
        `${name} with a wrong password`,
      );
      assert.ok(!e.message.includes(wrong));
      assert.equal(asked, 1, name);
    }
    let asked = 0;
    const key = await readKey(data, {
      password: async () => {
        asked++;
        await new Promise((r) => setTimeout(r, 1));
        return new TextEncoder().encode(PASSWORD);
      },
    });
    assert.equal(asked, 1, `${name}: asked once`);
    assert.ok(key.isPrivate, name);
  }
  // Not encrypted: the callback is never called.
  let asked = 0;
  for (const name of ["p256.pkcs8.pem", "ssh-rsa.openssh.pem", "rsa.pkcs1.der", "p256.cert.pem"]) {
    await readKey(read(GEN, name), { password: () => String(++asked) });
  }
  assert.equal(asked, 0);
  // A callback that fails passes its error through (e.g. a cancelled prompt).
  await assert.rejects(
    readKey(read(GEN, "p256.pkcs8-scrypt.pem"), {
      password: () => {
        throw new Error("cancelled");
      },
    }),
    /cancelled/,
  );
});

Deno.test("EC points: compressed ones are decompressed, bad ones refused", async () => {
  for (const k of ["p256", "p384", "p521"]) {
    const plain = await readKey(read(GEN, `${k}.spki.pem`));
    assert.deepEqual((await readKey(read(GEN, `${k}.spki-compressed.pem`))).jwk, plain.jwk);
    const full = await readKey(read(GEN, `${k}.sec1.pem`));
    assert.deepEqual((await readKey(read(GEN, `${k}.sec1-compressed.pem`))).jwk, full.jwk);
    assert.deepEqual((await readKey(read(GEN, `${k}.sec1-nopub.pem`))).jwk, full.jwk);
  }
  // Off the curve: change the last byte of y in an SPKI.
  const spki = read(GEN, "p256.spki.der").slice();
  spki[spki.length - 1] ^= 1;
  await rejects(readKey(spki), "BAD_KEY", /EC point is not on P-256/, "off curve");
  // A SEC1 key whose public key is another key's.
  const sec1 = read(GEN, "p256.sec1.der").slice();
  const other = read(GEN, "p256b.pkcs8.pem");
  const otherPoint = decodeBase64(
    (await readKey(other)).jwk.x!.replace(/-/g, "+").replace(/_/g, "/") + "=",
    "x",
  );
  sec1.set(otherPoint, sec1.length - 64); // overwrite x with the other key's x
  await rejects(readKey(sec1), "BAD_KEY", /does not match|not on P-256/, "mismatch");
});

Deno.test("RSA private keys are checked for consistency", async () => {
  const der = read(GEN, "rsa.pkcs1.der");
  const parts = children(decodeDer(der, "t"), "t");
  for (const index of [3, 4, 5, 6, 7, 8]) { // d, p, q, dp, dq, qi
    const copy = der.slice();
    const v = parts[index];
    const offset = v.value.byteOffset - der.byteOffset + v.value.length - 1;
    copy[offset] ^= 2;
    await rejects(readKey(copy), "BAD_KEY", /inconsistent/, `tampered element ${index}`);
  }
  assert.equal(readUnsigned(parts[2], "e").join(), "1,0,1");
});

Deno.test("PEM armor: text around blocks, CRLF, bad armor", async () => {
  const pem = Deno.readTextFileSync(new URL("p256.pkcs8.pem", GEN));
  const key = await readKey(pem);
  assert.deepEqual((await readKey(pem.replace(/\n/g, "\r\n"))).jwk, key.jwk);
  assert.deepEqual((await readKey(`comment line\n\n${pem}\ntrailing\n`)).jwk, key.jwk);
  assert.deepEqual((await readKey(read(GEN, "p256b.ecparam-and-key.pem"))).jwk.crv, "P-256");
  const cases: [string, string, RegExp][] = [
    [pem.replace(/-----END PRIVATE KEY-----/, ""), "BAD_PEM", /no matching END/],
    [pem.replace("-----END PRIVATE KEY", "-----END PUBLIC KEY"), "BAD_PEM", /no matching END/],
    [pem.replace(/\n(.)/, "\n!$1"), "BAD_PEM", /invalid base64/],
    [pem.replace(/=*\n-----END/, "A\n-----END"), "BAD_PEM", /invalid base64|malformed DER/],
    [pem.replace("-----\n", "-----\nProc-Type: 4,ENCRYPTED\n\n"), "BAD_PEM", /must not have/],
    [pem + pem, "BAD_PEM", /found 2 key blocks/],
    ["-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n", "BAD_PEM", /malformed DER/],
    [
      "-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n",
      "BAD_PEM",
      /only "EC PARAMETERS"/,
    ],
    ["", "BAD_PEM", /neither PEM/],
  ];
  for (const [input, code, message] of cases) await rejects(readKey(input), code, message, input);
  // Legacy headers with an unsupported cipher or a bad IV.
  const legacy = Deno.readTextFileSync(new URL("p256.sec1-legacy-aes256.pem", GEN));
  await rejects(
    readKey(legacy.replace(/DEK-Info: AES-256-CBC/, "DEK-Info: BF-CBC"), withPassword),
    "UNSUPPORTED",
    /legacy PEM cipher "BF-CBC" is not supported; supported: AES/,
    "BF-CBC",
  );
  await rejects(
    readKey(legacy.replace(/(DEK-Info: AES-256-CBC,)../, "$1"), withPassword),
    "BAD_PEM",
    /malformed DEK-Info IV/,
    "short IV",
  );
});

Deno.test("ASN.1: strict DER, bounded, fast", () => {
  const bad: [number[], RegExp][] = [
    [[0x30, 0x80, 0x00, 0x00], /indefinite length/],
    [[0x30, 0x81, 0x05, 0, 0, 0, 0, 0], /non-minimal length/],
    [[0x30, 0x82, 0x00, 0x05, 0, 0, 0, 0, 0], /non-minimal length/],
    [[0x30, 0x84, 0xff, 0xff, 0xff, 0xff], /runs past the end/],
    [[0x30, 0x89, 1, 1, 1, 1, 1, 1, 1, 1, 1], /length too large/],
    [[0x30, 0x03, 0x02, 0x01], /runs past the end/],
    [[0x30, 0x00, 0x00], /trailing bytes/],
    [[0x1f, 0x81, 0x00], /multi-byte tags/],
    [[0x30], /truncated/],
  ];
  for (const [bytes, message] of bad) {
    assert.throws(
      () => children(decodeDer(new Uint8Array(bytes), "t"), "t"),
      (e: unknown) => e instanceof JwkError && e.code === "BAD_PEM" && message.test(e.message),
      bytes.join(),
    );
  }
  const int = (b: number[]) =>
    readUnsigned(decodeDer(new Uint8Array([2, b.length, ...b]), "i"), "i");
  assert.throws(() => int([0, 1]), /non-minimal INTEGER/);
  assert.throws(() => int([0xff, 0x80]), /non-minimal INTEGER/);
  assert.throws(() => int([0x80]), /negative INTEGER/);
  assert.deepEqual([...int([0, 0x80])], [0x80]);
  assert.equal(
    readOid(decodeDer(new Uint8Array([6, 3, 0x2b, 0x65, 0x70]), "o"), "o"),
    "1.3.101.112",
  );
  assert.throws(
    () => readOid(decodeDer(new Uint8Array([6, 2, 0x80, 0x01]), "o"), "o"),
    /non-minimal/,
  );
  assert.throws(() => readOid(decodeDer(new Uint8Array([6, 1, 0x81]), "o"), "o"), /truncated/);

  // Deep nesting is refused, not recursed into.
  let deep = new Uint8Array([0x05, 0x00]);
  for (let i = 0; i < 100; i++) {
    const next = new Uint8Array(deep.length + 2);
    next.set([0x30, deep.length]);
    next.set(deep, 2);
    if (deep.length + 2 > 127) break;
    deep = next;
  }
  let node = decodeDer(deep, "deep");
  assert.throws(() => {
    for (let i = 0; i < 100; i++) node = children(node, "deep")[0];
  }, /nested too deeply|not constructed/);

  // A million bytes of garbage fails at once.
  const t0 = performance.now();
  const junk = new Uint8Array(1 << 20).fill(0x30);
  assert.throws(() => children(decodeDer(junk, "junk"), "junk"), JwkError);
  assert.ok(performance.now() - t0 < 100);
});

Deno.test("DER deep nesting through readKey ends in a JwkError", async () => {
  let inner = encodeTlv(0x05);
  for (let i = 0; i < 60; i++) inner = encodeTlv(0x30, inner);
  await rejects(readKey(inner), "BAD_PEM", /nested too deeply|not a supported/, "deep");
  let wide = encodeTlv(0x30, encodeTlv(0x30, inner), encodeTlv(0x03, new Uint8Array(1)));
  wide = encodeTlv(0x30, wide, encodeTlv(0x30), encodeTlv(0x03, new Uint8Array(1)));
  await rejects(readKey(wide), "BAD_PEM", /./, "deep cert");
});

Deno.test("PKCS#8 v2 (OneAsymmetricKey) with a public key: checked against the private key", async () => {
  for (const k of ["ed25519", "x25519", "p256"]) {
    const der = read(GEN, `${k}.pkcs8.der`);
    const [, alg, priv] = children(decodeDer(der, "t"), "t");
    const plain = await readKey(der);
    const x = decodeBase64(plain.jwk.x!.replace(/-/g, "+").replace(/_/g, "/") + "=", "x");
    const y = plain.jwk.y
      ? decodeBase64(plain.jwk.y.replace(/-/g, "+").replace(/_/g, "/") + "=", "y")
      : undefined;
    const point = y ? new Uint8Array([4, ...x, ...y]) : x;
    const v2 = (pub: Uint8Array) =>
      encodeTlv(
        0x30,
        new Uint8Array([2, 1, 1]),
        alg.raw,
        priv.raw,
        encodeTlv(0x81, new Uint8Array([0, ...pub])),
      );
    assert.deepEqual((await readKey(v2(point))).jwk, plain.jwk, k);
    const wrong = point.slice();
    wrong[wrong.length - 1] ^= 1;
    await rejects(readKey(v2(wrong)), "BAD_KEY", /does not match|not on P-256/, k);
  }
});

Deno.test("OpenSSH: the binary form without armor is read too", async () => {
  for (const name of ["ssh-p384.openssh.pem", "ssh-rsa.openssh-aes256ctr.pem"]) {
    const block = parsePem(Deno.readTextFileSync(new URL(name, GEN)))[0];
    const armored = await readKey(read(GEN, name), withPassword);
    const binary = await readKey(block.der, withPassword);
    assert.deepEqual(binary.jwk, armored.jwk);
    assert.equal(binary.format, `${armored.format} (binary)`);
  }
});

Deno.test("KDF costs a file asks for are bounded before any password is asked", async () => {
  // OpenSSH: the bcrypt rounds sit right after the salt in the KDF options.
  const ssh = parsePem(Deno.readTextFileSync(new URL("ssh-ed25519.openssh-aes256ctr.pem", GEN)))[0];
  const body = ssh.der.slice();
  const view = new DataView(body.buffer);
  // magic, cipher name, kdf name "bcrypt", then string kdfoptions { string salt, uint32 rounds }.
  let at = "openssh-key-v1\0".length;
  for (let i = 0; i < 2; i++) at += 4 + view.getUint32(at);
  at += 4; // the kdfoptions length
  at += 4 + view.getUint32(at); // the salt
  assert.equal(view.getUint32(at), 16, "ssh-keygen's default rounds, where expected");
  view.setUint32(at, 257);
  const pem = `-----BEGIN OPENSSH PRIVATE KEY-----\n${
    encodeBase64(body)
  }\n-----END OPENSSH PRIVATE KEY-----\n`;
  let asked = false;
  const ask = { password: () => (asked = true, PASSWORD) };
  await assert.rejects(readKey(pem, ask), /257 bcrypt rounds; at most 256 are supported/);
  // scrypt: N·r·p above 2^22 (here N 2^14, r 8, p 64: 16 MiB, but 2^23 units of work).
  const scrypt = Deno.readTextFileSync(new URL("p256.pkcs8-scrypt.pem", GEN));
  const der = parsePem(scrypt)[0].der;
  const hex = Array.from(der, (b) => b.toString(16).padStart(2, "0")).join("");
  // INTEGER N=16384, INTEGER r=8, INTEGER p=1 as openssl writes them; p becomes 64.
  const params = "02024000020108020101";
  assert.ok(hex.includes(params), "openssl's default scrypt parameters, where expected");
  const patched = hex.replace(params, "02024000020108020140");
  const bytes = Uint8Array.from(patched.match(/../g)!, (b) => parseInt(b, 16));
  await assert.rejects(readKey(bytes, ask), /ask for more work than 4194304/);
  assert.equal(asked, false, "no password asked for a file that cannot be opened");
});
