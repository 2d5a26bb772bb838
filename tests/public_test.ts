/**
 * `jwk public`: the public JWK of what `create` wrote equals the public file
 * `create` wrote beside it (every kty, from the plain and the encrypted
 * private file, from a file and from stdin); PEM inputs give step's public
 * members and kid; oct and every kind of bad input are one error line.
 */
import assert from "node:assert/strict";
import { encryptJwk, publicJwkOf, readAnyKey, readKey } from "../mod.ts";
import {
  b64uEncode,
  publicPart,
  rejectsWith,
  rfc7638,
  STEP_FIXTURES,
  webCryptoRsa,
} from "./_helpers.ts";
import { ok, refused, runCli } from "./_run_cli.ts";

const PASSWORD = "public-test-password";
const RW = ["--allow-read", "--allow-write"];

/** Every kty and curve `create` makes (oct apart: it is refused). */
const KINDS: Record<string, string[]> = {
  "ec-p256": [],
  "ec-p384": ["--crv", "P-384"],
  "ec-p521": ["--crv", "P-521", "--kid", "my-own-kid"],
  "rsa-2048": ["--kty", "RSA"],
  "rsa-enc": ["--kty", "RSA", "--use", "enc"],
  "okp-ed25519": ["--kty", "OKP", "--key-ops", "sign"],
  "okp-x25519": ["--kty", "OKP", "--crv", "X25519"],
};

/** Runs `jwk create` for each kind into one folder: NAME.pub.json, NAME.json, NAME.plain.json. */
async function createAll(): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "jwk-public-" });
  await Deno.writeTextFile(`${dir}/pw.txt`, PASSWORD + "\n");
  for (const [name, flags] of Object.entries(KINDS)) {
    const enc = await runCli(
      ["create", `${name}.pub.json`, `${name}.json`, "--password-file", "pw.txt", ...flags],
      { cwd: dir, perms: RW },
    );
    assert.equal(enc.code, 0, `${name}: ${enc.stderr}`);
    const plain = await runCli(
      [
        "create",
        `${name}.plain.pub.json`,
        `${name}.plain.json`,
        "--no-password",
        "--insecure",
        ...flags,
      ],
      { cwd: dir, perms: RW },
    );
    assert.equal(plain.code, 0, `${name}: ${plain.stderr}`);
  }
  return dir;
}

const dir = await createAll();
const read = (f: string) => Deno.readTextFileSync(`${dir}/${f}`);

Deno.test("public: of the encrypted private file equals the public file create wrote", async () => {
  for (const name of Object.keys(KINDS)) {
    const out = await runCli(["public", `${name}.json`, "--password-file", "pw.txt"], { cwd: dir });
    assert.equal(ok(out, name), read(`${name}.pub.json`), name);
  }
});

Deno.test("public: of the plain private file, of the public file, and from stdin", async () => {
  for (const name of Object.keys(KINDS)) {
    const pub = read(`${name}.plain.pub.json`);
    const priv = read(`${name}.plain.json`);
    assert.ok(JSON.parse(priv).d, `${name} is a private file`);
    assert.equal(ok(await runCli(["public", `${dir}/${name}.plain.json`]), name), pub, name);
    assert.equal(ok(await runCli(["public", `${dir}/${name}.plain.pub.json`]), name), pub, name);
    assert.equal(ok(await runCli(["public", "-"], { stdin: priv }), name), pub, `${name} -`);
    assert.equal(ok(await runCli(["public"], { stdin: priv }), name), pub, `${name} no FILE`);
  }
  // The password on stdin, the key from a file.
  const out = await runCli(["public", `${dir}/ec-p256.json`, "--password-file", "-"], {
    stdin: PASSWORD,
  });
  assert.equal(ok(out, "password on stdin"), read("ec-p256.pub.json"));
});

Deno.test("public: key_ops become the public operations; the kid is kept", () => {
  const ed = JSON.parse(read("okp-ed25519.pub.json"));
  assert.deepEqual(ed.key_ops, ["verify"]);
  assert.equal(JSON.parse(read("ec-p521.pub.json")).kid, "my-own-kid");
});

Deno.test("public: a key without kid gets its RFC 7638 thumbprint", async () => {
  const { kid: _, ...noKid } = JSON.parse(read("rsa-2048.plain.json"));
  const out = JSON.parse(
    ok(await runCli(["public", "-"], { stdin: JSON.stringify(noKid) }), "rsa"),
  );
  assert.equal(out.kid, await rfc7638(noKid));
  assert.deepEqual(out, JSON.parse(read("rsa-2048.plain.pub.json")));
});

Deno.test("public: PEM, DER, OpenSSH and certificates give step's public members and kid", async () => {
  const pem = new URL("./fixtures/pem/", import.meta.url);
  const pairs = [
    ["ec-p256.pkcs8.pem", "ec-p256.pkcs8.pub.json"],
    ["ec-p256.sec1.pem", "ec-p256.sec1.pub.json"],
    ["ec-p384.sec1.pem", "ec-p384.sec1.pub.json"],
    ["ec-p521.sec1.pem", "ec-p521.sec1.pub.json"],
    ["rsa-2048.pkcs1.pem", "rsa-2048.pkcs1.pub.json"],
    ["rsa-2048.pkcs8.pem", "rsa-2048.pkcs8.pub.json"],
    ["rsa-2048.spki.pem", "rsa-2048.spki.pub.json"],
    ["ed25519.pkcs8.pem", "ed25519.pkcs8.pub.json"],
    ["ed25519.openssh.pem", "ed25519.openssh.pub.json"],
    ["ec-p256-sig.cert.pem", "ec-p256-sig.cert.pub.json"],
  ];
  for (const [input, stepOut] of pairs) {
    const theirs = JSON.parse(await Deno.readTextFile(new URL(`step-output/${stepOut}`, pem)));
    const ours = JSON.parse(ok(await runCli(["public", new URL(input, pem).pathname]), input));
    // step's create adds alg and use; public prints what the key is, nothing more.
    const { alg: _a, use: _u, ...want } = theirs;
    const { "x5t#S256": _t, ...got } = ours;
    assert.deepEqual(got, want, input);
  }
  const enc = await runCli([
    "public",
    new URL("ec-p256.pkcs8-encrypted.pem", pem).pathname,
    "--password-file",
    new URL("pem-password.txt", pem).pathname,
  ]);
  const want = JSON.parse(
    await Deno.readTextFile(new URL("step-output/ec-p256.pkcs8.pub.json", pem)),
  );
  const got = JSON.parse(ok(enc, "encrypted PEM"));
  assert.deepEqual([got.x, got.y, got.kid], [want.x, want.y, want.kid]);
});

Deno.test("public: oct keys are refused, the secret never printed", async () => {
  const d = await Deno.makeTempDir({ prefix: "jwk-public-oct-" });
  try {
    const c = await runCli([
      "create",
      "o.pub.json",
      "o.json",
      "--kty",
      "oct",
      "--no-password",
      "--insecure",
    ], {
      cwd: d,
      perms: RW,
    });
    assert.equal(c.code, 0, c.stderr);
    const k = JSON.parse(await Deno.readTextFile(`${d}/o.json`)).k;
    for (const f of ["o.json", "o.pub.json"]) {
      refused(await runCli(["public", f], { cwd: d }), /oct key .*no public part/, f, [k]);
    }
  } finally {
    await Deno.remove(d, { recursive: true });
  }
});

/** A file (or stdin text) and the error it must give. */
const BAD: [string, string | Uint8Array, RegExp][] = [
  ["JWK Set", '{"keys":[]}', /a JWK Set, not a JWK.*keyset find/],
  ["no kty", '{"x":"AAAA"}', /no 'kty' member/],
  ["unknown kty", '{"kty":"XYZ"}', /kty 'XYZ' is not supported/],
  ["no y", '{"kty":"EC","crv":"P-256","x":"' + "A".repeat(43) + '"}', /no 'y' member/],
  ["x not base64url", '{"kty":"OKP","crv":"Ed25519","x":"a+b/"}', /'x' member is not base64url/],
  ["x too short", '{"kty":"OKP","crv":"Ed25519","x":"AAAA"}', /must be 32 bytes, not 3/],
  ["n a number", '{"kty":"RSA","n":5,"e":"AQAB"}', /'n' member is not a string/],
  ["n even", '{"kty":"RSA","n":"AQI","e":"AQAB"}', /modulus 'n' is even/],
  ["e 2", '{"kty":"RSA","n":"AQE","e":"Ag"}', /'e' must be odd and greater than 1/],
  ["e 1", '{"kty":"RSA","n":"AQE","e":"AQ"}', /'e' must be odd and greater than 1/],
  ["bad kid", '{"kty":"OKP","crv":"Ed25519","x":"' + "A".repeat(43) + '","kid":7}', /'kid' member/],
  ["not JSON", '{"kty": ', /starts like JSON but is not valid JSON/],
  ["not a key", "hello, world\n", /neither PEM .* nor DER/],
  ["JSON array", " [1, 2]", /a JSON array, not a JWK/],
  ["empty", "", /is empty/],
  ["white space", " \n\t\n", /is empty/],
  ["too big", new Uint8Array(1024 * 1024 + 1).fill(0x20), /larger than 1024 KiB/],
];

Deno.test("public: bad inputs are one error line, from a file and from stdin", async () => {
  const d = await Deno.makeTempDir({ prefix: "jwk-public-bad-" });
  try {
    for (const [what, content, pattern] of BAD) {
      await Deno.writeFile(
        `${d}/in`,
        typeof content === "string" ? new TextEncoder().encode(content) : content,
      );
      refused(await runCli(["public", `${d}/in`]), pattern, `${what} (file)`);
      refused(await runCli(["public", "-"], { stdin: content }), pattern, `${what} (stdin)`);
    }
    // stdin closed: empty.
    refused(await runCli(["public"]), /standard input is empty/, "closed stdin");
    refused(await runCli(["public", `${d}/missing.json`]), /cannot read key file/, "missing file");
    refused(await runCli(["public", d]), /cannot read key file/, "a folder");
    refused(await runCli(["public", "a", "b"]), /one key file.*unexpected 'b'/, "two files");
    refused(await runCli(["public", "--hash", "SHA-256"]), /unknown flag '--hash'/, "flag");
  } finally {
    await Deno.remove(d, { recursive: true });
  }
});

Deno.test("public: wrong or missing password, never echoed", async () => {
  await Deno.writeTextFile(`${dir}/wrong.txt`, "Tr0ub4dor&3-wrong\n");
  refused(
    await runCli(["public", "ec-p256.json", "--password-file", "wrong.txt"], { cwd: dir }),
    /wrong password or corrupted file/,
    "wrong password",
    ["Tr0ub4dor&3-wrong", PASSWORD],
  );
  refused(
    await runCli(["public", "ec-p256.json"], { cwd: dir }),
    /encrypted and there is no terminal to ask for its password: use --password-file/,
    "no password",
  );
  // An empty password file is read (PKCS#12 files often have one); a JWE never has one.
  await Deno.writeTextFile(`${dir}/empty.txt`, "\r\n");
  refused(
    await runCli(["public", "ec-p256.json", "--password-file", "empty.txt"], { cwd: dir }),
    /the password is empty/,
    "empty password file",
  );
  // A step JWE whose plaintext is not a JWK we accept: the message names the member only.
  const jwe = await encryptJwk({ kty: "EC", crv: "P-256", x: "AAAA" }, PASSWORD, {
    iterations: 1000,
  });
  refused(
    await runCli(["public", "-", "--password-file", `${dir}/pw.txt`], {
      stdin: JSON.stringify(jwe),
    }),
    /'x' member must be 32 bytes/,
    "bad JWK inside the JWE",
  );
});

Deno.test("public: a private key whose halves do not belong together is refused", async () => {
  const a = JSON.parse(read("ec-p256.plain.json"));
  const b = JSON.parse(read("ec-p256.plain.pub.json"));
  // Another key's d with this key's x and y.
  const other = await runCli(
    ["create", "x.pub.json", "x.json", "--no-password", "--insecure", "-f"],
    { cwd: dir, perms: RW },
  );
  assert.equal(other.code, 0, other.stderr);
  const d2 = JSON.parse(read("x.json")).d;
  const swapped = { ...a, d: d2 };
  refused(
    await runCli(["public", "-"], { stdin: JSON.stringify(swapped) }),
    /EC P-256 JWK: the public key does not match the private key/,
    "EC d swapped",
    [d2, a.d, a.x],
  );
  // RSA: another modulus.
  const r = JSON.parse(read("rsa-2048.plain.json"));
  const r2 = JSON.parse(read("rsa-enc.plain.json"));
  refused(
    await runCli(["public", "-"], { stdin: JSON.stringify({ ...r, n: r2.n }) }),
    /private members do not belong to its public key: p·q is not n/,
    "RSA n swapped",
    [r.p, r2.n],
  );
  // And the library says the same for its callers.
  await assert.rejects(readAnyKey(JSON.stringify(swapped)), /does not match/);
  assert.deepEqual(await publicJwkOf(await readAnyKey(JSON.stringify(a))), b);
});

Deno.test("public: the output is the public part of the input, members in step's order", async () => {
  for (const name of Object.keys(KINDS)) {
    const priv = JSON.parse(read(`${name}.plain.json`));
    const out = ok(await runCli(["public", `${dir}/${name}.plain.json`]), name);
    const pub = JSON.parse(out);
    const want = publicPart(priv) as Record<string, unknown>;
    if (want.key_ops) want.key_ops = ["verify"];
    assert.deepEqual(pub, want, name);
    assert.deepEqual(Object.keys(pub), Object.keys(JSON.parse(read(`${name}.plain.pub.json`))));
    assert.ok(out.endsWith("}\n") && out.startsWith('{\n  "'), "pretty, 2 spaces");
  }
});

globalThis.addEventListener("unload", () => {
  try {
    Deno.removeSync(dir, { recursive: true });
  } catch { /* already gone */ }
});

Deno.test("public: x5c must be certificates, the first one for this key, x5t#S256 its hash", async () => {
  const gen = new URL("./fixtures/pem/gen/", import.meta.url);
  const cert = await readKey(await Deno.readFile(new URL("p256.cert.pem", gen)));
  const other = await readKey(await Deno.readFile(new URL("p384.pkcs8.pem", gen)));
  const x5c = cert.x5c!;
  // A CSR has a certificate's outer shape: it must still not pass for one in x5c.
  const csr = (await Deno.readTextFile(new URL("p256.csr.pem", gen)))
    .split("\n").filter((l) => l && !l.startsWith("-----")).join("");
  const own = { ...cert.jwk, x5c, "x5t#S256": cert.x5tS256 };
  assert.equal((await readAnyKey(JSON.stringify(own))).jwk.x, cert.jwk.x);
  const bad: [object, RegExp][] = [
    [{ ...publicPart(other.jwk), x5c }, /x5c\[0\] certificate holds another public key/],
    [{ ...cert.jwk, x5c: ["MAA="] }, /x5c\[0\] is not an X\.509 certificate/],
    [{ ...cert.jwk, x5c: [x5c[0], "MAA="] }, /x5c\[1\] is not an X\.509 certificate/],
    [{ ...own, "x5t#S256": "A".repeat(43) }, /'x5t#S256' is not the SHA-256 of its x5c\[0\]/],
    [{ ...own, x5t: "A".repeat(27) }, /'x5t' is not the SHA-1 of its x5c\[0\]/],
    [{ ...cert.jwk, x5c: [x5c[0], csr] }, /x5c\[1\] is not an X\.509 certificate/],
    // Without x5c the digests are still checked for what they are.
    [{ ...cert.jwk, "x5t#S256": { a: [1, 2] } }, /'x5t#S256' member is not a base64url 32-byte/],
    [{ ...cert.jwk, "x5t#S256": "not base64 !!" }, /'x5t#S256' member is not a base64url/],
    [{ ...cert.jwk, x5t: 7 }, /'x5t' member is not a base64url 20-byte digest/],
    [{ ...cert.jwk, x5t: cert.x5tS256 }, /'x5t' member is not a base64url 20-byte digest/],
    [{ ...cert.jwk, x5u: 5 }, /'x5u' member is not a string/],
  ];
  for (const [jwk, why] of bad) {
    await rejectsWith(readAnyKey(JSON.stringify(jwk)), "BAD_KEY", why);
  }
  // Old go-jose wrote x5t as the digest's hex text, and go-jose still reads
  // it: the right one passes, in either case of hex; a wrong one does not.
  const der = Uint8Array.from(atob(x5c[0]), (c) => c.charCodeAt(0));
  const sha1 = new Uint8Array(await crypto.subtle.digest("SHA-1", der));
  const hex = Array.from(sha1, (b) => b.toString(16).padStart(2, "0")).join("");
  for (const text of [hex, hex.toUpperCase()]) {
    const x5t = b64uEncode(new TextEncoder().encode(text));
    const read = await readAnyKey(JSON.stringify({ ...own, x5t }));
    assert.equal(JSON.parse(JSON.stringify(read.jwk)).x5t, x5t);
  }
  const wrongHex = b64uEncode(new TextEncoder().encode("0".repeat(40)));
  await rejectsWith(
    readAnyKey(JSON.stringify({ ...own, x5t: wrongHex })),
    "BAD_KEY",
    /'x5t' is not the SHA-1 of its x5c\[0\]/,
  );
});

Deno.test("public: an RSA key with d, p and q only (as go-jose writes it) is completed", async () => {
  // RFC 7518 §6.3.2 wants every CRT member or none; go-jose, and so step,
  // writes d, p and q alone when it has not computed dp, dq and qi.
  const full = await webCryptoRsa();
  const { dp: _dp, dq: _dq, qi: _qi, ...partial } = full;
  const key = await readAnyKey(JSON.stringify(partial));
  assert.deepEqual([key.jwk.dp, key.jwk.dq, key.jwk.qi], [full.dp, full.dq, full.qi]);
  const { dq: _, ...twoOfThree } = full;
  await rejectsWith(readAnyKey(JSON.stringify(twoOfThree)), "BAD_KEY", /not 'dq'/);
  await rejectsWith(
    readAnyKey(JSON.stringify({ ...partial, q: partial.p })),
    "BAD_KEY",
    /the RSA private key is inconsistent/,
  );
});

Deno.test("public: RSA numbers padded with zero octets are read in canonical form", async () => {
  // RFC 7518 §6.3.1 wants the fewest octets; some writers pad. Read, but
  // written and hashed canonically, as step does: one key, one thumbprint.
  const step = JSON.parse(await Deno.readTextFile(new URL("rsa-2048.pub.json", STEP_FIXTURES)));
  const padded = { ...step, n: "AAAA" + step.n, e: "AAAA" + step.e };
  const key = await readAnyKey(JSON.stringify(padded));
  assert.deepEqual([key.jwk.n, key.jwk.e], [step.n, step.e]);
  const out = JSON.parse(
    ok(await runCli(["public", "-"], { stdin: JSON.stringify(padded) }), "public"),
  );
  assert.deepEqual([out.n, out.e, out.kid], [step.n, step.e, step.kid]);
  const { kid: _, ...unnamed } = padded;
  const tp = ok(
    await runCli(["thumbprint", "-"], { stdin: JSON.stringify(unnamed) }),
    "thumbprint",
  );
  assert.equal(tp.trim(), step.kid, "step's kid: the thumbprint of the canonical key");
});
