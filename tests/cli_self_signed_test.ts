/**
 * `jwk create --self-signed` as a user runs it: both files carry the same
 * certificate, openssl verifies it and finds the JWK's key in it (for
 * generated keys and for keys from PEM files), an encrypted private file
 * holds it too, and every refused input is one `error:` line with no file
 * written.
 */
import assert from "node:assert/strict";
import { decryptJwk, readKey } from "../mod.ts";
import { ignoreWithout, need } from "./_peers.ts";
import { DENO, ROOT, run } from "./ship_helpers.ts";
import { readGrant } from "./_run_cli.ts";
import { certPem, inspect, openssl, pemDer, webcryptoSpki } from "./_x509.ts";

const CLI = `${ROOT}/cli.ts`;
const PEM = `${ROOT}/tests/fixtures/pem`;
const ssl = await openssl();

/** Runs `jwk create` in `dir` with read and write permissions only, stdin closed. */
function create(dir: string, ...args: string[]) {
  return run(DENO, [
    "run",
    "--no-prompt",
    "--allow-read",
    "--allow-write",
    CLI,
    "create",
    "pub.json",
    "priv.json",
    ...args,
  ], { cwd: dir });
}

async function readJson(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await Deno.readTextFile(path));
}

async function tempDir(): Promise<string> {
  return await Deno.makeTempDir({ prefix: "jwk-cli-self-signed-" });
}

const GENERATED: [string, string[], string][] = [
  ["EC P-256 (default)", [], "ecdsa-with-SHA256"],
  ["EC P-384 for ECDH-ES", ["--crv", "P-384", "--use", "enc"], "ecdsa-with-SHA384"],
  ["Ed25519", ["--kty", "OKP"], "ED25519"],
  ["RSA PS256", ["--kty", "RSA", "--alg", "PS256"], "rsassaPss"],
];

Deno.test({
  name: "cli --self-signed: both files carry one certificate that openssl verifies",
  ignore: ignoreWithout(ssl),
  async fn(t) {
    const bin = need(ssl);
    for (const [name, flags, signature] of GENERATED) {
      await t.step(name, async () => {
        const dir = await tempDir();
        try {
          const r = await create(
            dir,
            "--self-signed",
            "--subject",
            "CN=api.example.com,O=Example",
            "--not-after",
            "30d",
            "--no-password",
            "--insecure",
            ...flags,
          );
          assert.equal(r.code, 0, r.stderr);
          const pub = await readJson(`${dir}/pub.json`);
          const priv = await readJson(`${dir}/priv.json`);
          assert.deepEqual(priv.x5c, pub.x5c);
          assert.equal(priv["x5t#S256"], pub["x5t#S256"]);
          assert.equal(pub.d, undefined);
          const x5c = pub.x5c as string[];
          assert.equal(x5c.length, 1);
          await Deno.writeTextFile(`${dir}/cert.pem`, certPem(x5c[0]));
          const view = await inspect(bin, `${dir}/cert.pem`);
          assert.equal(view.verify.code, 0, view.verify.out);
          assert.equal(view.subject, "CN=api.example.com,O=Example");
          assert.ok(view.text.includes(`Signature Algorithm: ${signature}`), view.text);
          const days = (view.notAfter.getTime() - view.notBefore.getTime()) / 86400_000;
          assert.ok(Math.abs(days - 30 - 5 / 1440) < 1 / 1440, `${days} days`);
          assert.equal(view.sha256, pub["x5t#S256"]);
          assert.deepEqual(view.spki, await webcryptoSpki(pub as JsonWebKey));
          // Our own reader takes the certificate back to the same key and use.
          const back = await readKey(certPem(x5c[0]));
          assert.equal(back.jwk.x ?? back.jwk.n, pub.x ?? pub.n);
          assert.equal(back.certUse, pub.use);
        } finally {
          await Deno.remove(dir, { recursive: true });
        }
      });
    }
  },
});

Deno.test({
  name: "cli --self-signed --from-pem: the certificate holds the PEM file's key",
  ignore: ignoreWithout(ssl),
  async fn(t) {
    const bin = need(ssl);
    for (const file of ["ed25519.pkcs8.pem", "rsa-2048.pkcs1.pem", "ec-p521.sec1.pem"]) {
      await t.step(file, async () => {
        const dir = await tempDir();
        try {
          const r = await create(
            dir,
            "--from-pem",
            `${PEM}/${file}`,
            "--self-signed",
            "--no-password",
            "--insecure",
          );
          assert.equal(r.code, 0, r.stderr);
          const pub = await readJson(`${dir}/pub.json`);
          await Deno.writeTextFile(`${dir}/cert.pem`, certPem((pub.x5c as string[])[0]));
          const view = await inspect(bin, `${dir}/cert.pem`);
          assert.equal(view.verify.code, 0, view.verify.out);
          assert.equal(view.subject, `CN=${pub.kid}`);
          const year = (view.notAfter.getTime() - view.notBefore.getTime()) / 86400_000;
          assert.ok(Math.abs(year - 365 - 5 / 1440) < 1 / 1440, `${year} days`);
          // openssl's view of the PEM file's public key is the certificate's.
          const fromFile = await run(bin, ["pkey", "-in", `${PEM}/${file}`, "-pubout"]);
          assert.equal(fromFile.code, 0, fromFile.stderr);
          assert.deepEqual(view.spki, pemDer(fromFile.stdout));
        } finally {
          await Deno.remove(dir, { recursive: true });
        }
      });
    }
  },
});

Deno.test("cli --self-signed: an encrypted private file holds the certificate too", async () => {
  const dir = await tempDir();
  try {
    await Deno.writeTextFile(`${dir}/pw.txt`, "self-signed test password\n");
    const r = await create(dir, "--kty", "OKP", "--self-signed", "--password-file", "pw.txt");
    assert.equal(r.code, 0, r.stderr);
    const pub = await readJson(`${dir}/pub.json`);
    const priv = await decryptJwk(
      await Deno.readTextFile(`${dir}/priv.json`),
      "self-signed test password",
    );
    assert.deepEqual(priv.x5c, pub.x5c);
    assert.equal(priv["x5t#S256"], pub["x5t#S256"]);
    assert.equal(typeof priv.d, "string");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

const REFUSED: [string, string[], RegExp][] = [
  ["oct", ["--kty", "oct"], /--self-signed cannot be used with an oct key/],
  ["X25519", ["--kty", "OKP", "--use", "enc"], /X25519 only agrees keys: drop --self-signed/],
  ["X25519 from PEM", ["--from-pem", `${PEM}/x25519.pkcs8.pem`], /X25519 only agrees keys/],
  [
    "bad subject",
    ["--subject", "CN=a,,O=b"],
    /^error: --subject 'CN=a,,O=b' is not a distinguished name/,
  ],
  ["unknown type", ["--subject", "Foo=bar"], /unknown attribute type 'Foo'/],
  ["bad duration", ["--not-after", "90days"], /^error: --not-after '90days' is not a duration/],
  ["time in the past", ["--not-after", "2001-01-01T00:00:00Z"], /is in the past/],
  [
    "public key PEM",
    ["--from-pem", `${PEM}/ec-p256.spki.pem`],
    /needs a private key: .* holds only a public key/,
  ],
  ["certificate", ["--from-pem", `${PEM}/ec-p256-sig.cert.pem`], /needs a private key/],
  [
    "private key with its certificates",
    ["--from-pem", `${PEM}/gen/p256.key-and-chain.pem`],
    /has its own certificate \(it becomes x5c\): drop --self-signed/,
  ],
];

Deno.test("cli --self-signed: refused inputs are one error line, and nothing is written", async (t) => {
  for (const [name, flags, message] of REFUSED) {
    await t.step(name, async () => {
      const dir = await tempDir();
      try {
        const r = await create(dir, "--self-signed", "--no-password", "--insecure", ...flags);
        assert.equal(r.code, 1, r.stderr);
        assert.equal(r.stdout, "");
        const lines = r.stderr.trimEnd().split("\n");
        assert.equal(lines.length, 1, r.stderr);
        assert.match(lines[0], /^error: /);
        assert.match(lines[0], message);
        assert.deepEqual([...Deno.readDirSync(dir)], [], "a file was written");
      } finally {
        await Deno.remove(dir, { recursive: true });
      }
    });
  }
  await t.step("--subject or --not-after without --self-signed", async () => {
    const dir = await tempDir();
    try {
      for (const flag of ["--subject", "--not-after"]) {
        const r = await create(dir, flag, "x", "--no-password", "--insecure");
        assert.equal(r.code, 1);
        assert.equal(r.stderr, `error: ${flag} is only used with --self-signed\n`);
      }
      assert.deepEqual([...Deno.readDirSync(dir)], []);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  });
});

Deno.test("cli --self-signed: --help documents the flags", async () => {
  const r = await run(DENO, ["run", "--no-prompt", readGrant(), CLI, "create", "--help"]);
  assert.equal(r.code, 0, r.stderr);
  for (const flag of ["--self-signed", "--subject=<name>", "--not-after=<time|duration>"]) {
    assert.ok(r.stdout.includes(flag), `--help lacks ${flag}`);
  }
});
