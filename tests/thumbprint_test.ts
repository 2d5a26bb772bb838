/**
 * `jwk thumbprint` and the library's thumbprint(): RFC 7638 thumbprints for
 * every kty, compared with step's library (stepref thumbprint, SHA-256) and
 * with python3-jwcrypto's JWK.thumbprint(hashalg) for SHA-256, SHA-384 and
 * SHA-512; from public, private and encrypted files, PEM files and stdin.
 */
import assert from "node:assert/strict";
import {
  type CreatedJwk,
  createJwk,
  type CreateJwkOptions,
  thumbprint,
  THUMBPRINT_HASHES,
  thumbprintInput,
  thumbprintUri,
} from "../mod.ts";
import { rejectsWith } from "./_helpers.ts";
import { ignoreWithout, need, python3WithJwcrypto, run, stepref } from "./_peers.ts";
import { ok, refused, runCli } from "./_run_cli.ts";

const PASSWORD = "thumbprint-test-password";

/** One key of every kty and curve. */
const KEYS: Record<string, CreateJwkOptions> = {
  "ec-p256": { kty: "EC", crv: "P-256" },
  "ec-p384": { kty: "EC", crv: "P-384" },
  "ec-p521": { kty: "EC", crv: "P-521" },
  "rsa-2048": { kty: "RSA", size: 2048 },
  "okp-ed25519": { kty: "OKP", crv: "Ed25519" },
  "okp-x25519": { kty: "OKP", crv: "X25519", use: "enc" },
  "oct-hs256": { kty: "oct" },
};

const made: Record<string, CreatedJwk> = {};
for (const [name, options] of Object.entries(KEYS)) {
  made[name] = await createJwk({ ...options, password: PASSWORD, iterations: 1000 });
}

/** Writes every key as NAME.pub.json, NAME.priv.json (plain) and NAME.enc.json. */
async function writeKeys(): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "jwk-thumbprint-" });
  const json = (v: unknown) => JSON.stringify(v, null, 2) + "\n";
  for (const [name, r] of Object.entries(made)) {
    await Deno.writeTextFile(`${dir}/${name}.pub.json`, json(r.publicJwk));
    await Deno.writeTextFile(`${dir}/${name}.priv.json`, json(r.privateJwk));
    await Deno.writeTextFile(`${dir}/${name}.enc.json`, json(r.encryptedJwk));
  }
  await Deno.writeTextFile(`${dir}/pw.txt`, PASSWORD + "\n");
  return dir;
}

/** jwcrypto's thumbprint of each JWK with each hash, in one python run. */
async function jwcryptoThumbprints(
  python: string,
  jwks: object[],
): Promise<Record<string, string>[]> {
  const script = [
    "import json, sys",
    "from jwcrypto import jwk",
    "from cryptography.hazmat.primitives import hashes",
    "H = {'SHA-256': hashes.SHA256(), 'SHA-384': hashes.SHA384(), 'SHA-512': hashes.SHA512()}",
    "keys = json.load(sys.stdin)",
    "print(json.dumps([{n: jwk.JWK(**k).thumbprint(h) for n, h in H.items()} for k in keys]))",
  ].join("\n");
  const child = new Deno.Command(python, {
    args: ["-c", script],
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const w = child.stdin.getWriter();
  await w.write(new TextEncoder().encode(JSON.stringify(jwks)));
  await w.close();
  const o = await child.output();
  assert.equal(o.code, 0, new TextDecoder().decode(o.stderr));
  return JSON.parse(new TextDecoder().decode(o.stdout));
}

const python = await python3WithJwcrypto();
const step = await stepref();

Deno.test({
  name: "thumbprint: CLI and library equal jwcrypto's for SHA-256/384/512, every kty",
  ignore: ignoreWithout(python),
  fn: async () => {
    const names = Object.keys(made);
    const expected = await jwcryptoThumbprints(
      need(python),
      names.map((n) => made[n].publicJwk),
    );
    const dir = await writeKeys();
    try {
      for (const [i, name] of names.entries()) {
        const r = made[name];
        for (const hash of THUMBPRINT_HASHES) {
          const want = expected[i][hash];
          // The library, from the public and the private JWK.
          assert.equal(await thumbprint(r.publicJwk, { hash }), want, `${name} ${hash} lib`);
          assert.equal(await thumbprint(r.privateJwk!, { hash }), want, `${name} ${hash} lib priv`);
          // The CLI, from the public file.
          const out = await runCli(["thumbprint", `${dir}/${name}.pub.json`, "--hash", hash]);
          if (name.startsWith("oct")) {
            assert.equal(out.code, 0, out.stderr);
            assert.match(out.stderr, /^warning: an oct key's thumbprint is a hash of the secret/);
            assert.equal(out.stdout, want + "\n", `${name} ${hash}`);
          } else {
            assert.equal(ok(out, `${name} ${hash}`), want + "\n", `${name} ${hash}`);
          }
          // --uri: RFC 9278, the hash named in lower case.
          const uri = await runCli([
            "thumbprint",
            "--uri",
            `--hash=${hash}`,
            `${dir}/${name}.pub.json`,
          ]);
          assert.equal(
            uri.stdout,
            `urn:ietf:params:oauth:jwk-thumbprint:${hash.toLowerCase()}:${want}\n`,
            `${name} ${hash} uri`,
          );
          assert.equal(
            await thumbprintUri(r.publicJwk, { hash }),
            uri.stdout.trim(),
            `${name} ${hash} uri lib`,
          );
        }
        // The default is SHA-256, and is the kid create wrote (oct keys get no kid).
        const plain = await runCli(["thumbprint", `${dir}/${name}.priv.json`]);
        assert.equal(plain.stdout, expected[i]["SHA-256"] + "\n", `${name} private file`);
        if (!name.startsWith("oct")) assert.equal(r.publicJwk.kid, expected[i]["SHA-256"], name);
        // From the encrypted file, the password from a file or from stdin.
        const enc = await runCli([
          "thumbprint",
          `${dir}/${name}.enc.json`,
          "--password-file",
          `${dir}/pw.txt`,
        ]);
        assert.equal(enc.stdout, expected[i]["SHA-256"] + "\n", `${name} encrypted file`);
        const encStdin = await runCli(
          ["thumbprint", `${dir}/${name}.enc.json`, "--password-file", "-", "--hash", "sha512"],
          { stdin: PASSWORD + "\r\n" },
        );
        assert.equal(encStdin.stdout, expected[i]["SHA-512"] + "\n", `${name} password on stdin`);
      }
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "thumbprint: CLI equals step's library (stepref thumbprint), SHA-256",
  ignore: ignoreWithout(step),
  fn: async () => {
    const bin = need(step);
    const dir = await writeKeys();
    try {
      const files = [
        ...Object.keys(made).map((n) => `${dir}/${n}.pub.json`),
        ...[...Deno.readDirSync(new URL("./fixtures/step/", import.meta.url))]
          .filter((e) => e.name.endsWith(".pub.json"))
          .map((e) => new URL(`./fixtures/step/${e.name}`, import.meta.url).pathname),
      ];
      let compared = 0;
      for (const file of files) {
        const theirs = await run(bin, ["thumbprint", file]);
        const kty = JSON.parse(await Deno.readTextFile(file)).kty;
        const crv = JSON.parse(await Deno.readTextFile(file)).crv;
        if (theirs.code !== 0 && (kty === "oct" || crv === "X25519")) {
          // Debian's go.step.sm/crypto thumbprints neither oct nor X25519 keys
          // (jwcrypto covers them in the test above).
          console.log(`stepref cannot thumbprint ${kty} ${crv ?? ""}: ${theirs.stderr.trim()}`);
          continue;
        }
        assert.equal(theirs.code, 0, `${file}: ${theirs.stderr}`);
        const ours = await runCli(["thumbprint", file]);
        assert.equal(ours.stdout, theirs.stdout, file);
        compared++;
      }
      assert.ok(compared >= 12, `compared ${compared} files with step`);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("thumbprint: PEM, DER and OpenSSH inputs give the kid step wrote for them", async () => {
  const pem = new URL("./fixtures/pem/", import.meta.url);
  const pairs = [
    ["ec-p256.pkcs8.pem", "ec-p256.pkcs8.pub.json"],
    ["ec-p384.sec1.pem", "ec-p384.sec1.pub.json"],
    ["ec-p521.sec1.pem", "ec-p521.sec1.pub.json"],
    ["rsa-2048.pkcs1.pem", "rsa-2048.pkcs1.pub.json"],
    ["rsa-2048.spki.pem", "rsa-2048.spki.pub.json"],
    ["ed25519.openssh.pem", "ed25519.openssh.pub.json"],
    ["ec-p256-sig.cert.pem", "ec-p256-sig.cert.pub.json"],
  ];
  for (const [input, stepOut] of pairs) {
    const kid = JSON.parse(await Deno.readTextFile(new URL(`step-output/${stepOut}`, pem))).kid;
    const out = await runCli(["thumbprint", new URL(input, pem).pathname]);
    assert.equal(ok(out, input), kid + "\n", input);
  }
  // An encrypted PEM, its password from a file.
  const enc = await runCli([
    "thumbprint",
    new URL("ec-p256.pkcs8-encrypted.pem", pem).pathname,
    "--password-file",
    new URL("pem-password.txt", pem).pathname,
  ]);
  const kid = JSON.parse(
    await Deno.readTextFile(new URL("step-output/ec-p256.pkcs8.pub.json", pem)),
  ).kid;
  assert.equal(ok(enc, "encrypted PEM"), kid + "\n");
});

Deno.test("thumbprint: standard input, '-' or no FILE", async () => {
  const r = made["okp-ed25519"];
  const text = JSON.stringify(r.publicJwk);
  assert.equal(ok(await runCli(["thumbprint", "-"], { stdin: text }), "-"), r.publicJwk.kid + "\n");
  assert.equal(ok(await runCli(["thumbprint"], { stdin: text }), "none"), r.publicJwk.kid + "\n");
});

Deno.test("thumbprint: bad flags and inputs are one error line", async () => {
  const dir = await writeKeys();
  try {
    const pub = `${dir}/ec-p256.pub.json`;
    refused(
      await runCli(["thumbprint", pub, "--hash", "MD5"]),
      /--hash MD5 is not a thumbprint hash/,
      "md5",
    );
    refused(
      await runCli(["thumbprint", pub, "--hash", "SHA-265"]),
      /did you mean 'SHA-256'\?/,
      "typo",
    );
    refused(
      await runCli(["thumbprint", pub, "--url"]),
      /unknown flag '--url': did you mean '--uri'\?/,
      "flag",
    );
    refused(await runCli(["thumbprint", pub, pub]), /one key file.*unexpected/, "two files");
    refused(
      await runCli(["thumbprint", `${dir}/nope.json`]),
      /cannot read key file .*nope\.json/,
      "missing",
    );
    refused(await runCli(["thumbprint", "-"], { stdin: "" }), /standard input is empty/, "empty");
    refused(
      await runCli(["thumbprint", `${dir}/ec-p256.enc.json`]),
      /encrypted and there is no terminal.*--password-file/,
      "no password",
    );
    await Deno.writeTextFile(`${dir}/wrong.txt`, "not the password\n");
    refused(
      await runCli([
        "thumbprint",
        `${dir}/ec-p256.enc.json`,
        "--password-file",
        `${dir}/wrong.txt`,
      ]),
      /wrong password or corrupted file/,
      "wrong password",
      [PASSWORD],
    );
    refused(
      await runCli(["thumbprint", "-", "--password-file", "-"], {
        stdin: await Deno.readTextFile(`${dir}/ec-p256.enc.json`),
      }),
      /cannot come from standard input too/,
      "stdin twice",
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("thumbprint library: input text, hash option, errors", async () => {
  assert.equal(
    thumbprintInput({ kty: "EC", y: "Y", x: "X", crv: "P-256", kid: "k", d: "D" }),
    '{"crv":"P-256","kty":"EC","x":"X","y":"Y"}',
  );
  assert.equal(
    thumbprintInput({ kty: "RSA", n: "N", e: "AQAB" }),
    '{"e":"AQAB","kty":"RSA","n":"N"}',
  );
  assert.equal(
    thumbprintInput({ kty: "AKP", alg: "ML-DSA-44", pub: "P", priv: "S" }),
    '{"alg":"ML-DSA-44","kty":"AKP","pub":"P"}',
  );
  // SHA-384 of the same text as WebCrypto computes it directly.
  const jwk = made["ec-p384"].publicJwk;
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-384", new TextEncoder().encode(thumbprintInput(jwk))),
  );
  const b64u = btoa(String.fromCharCode(...digest)).replace(/\+/g, "-").replace(/\//g, "_")
    .replace(/=+$/, "");
  assert.equal(await thumbprint(jwk, { hash: "SHA-384" }), b64u);
  await rejectsWith(
    thumbprint({ kty: "EC", crv: "P-256", x: "X" }),
    "BAD_KEY",
    /members are missing.*: 'y'$/,
  );
  await rejectsWith(thumbprint({ kty: "XYZ" }), "UNSUPPORTED", /'XYZ'/);
  await rejectsWith(thumbprint({}), "BAD_KEY", /no 'kty'/);
  await rejectsWith(
    thumbprint(jwk, { hash: "SHA-1" as "SHA-256" }),
    "INVALID_OPTION",
    /SHA-256, SHA-384, SHA-512/,
  );
});
