/**
 * changePassword and `jwk change-pass`: step's own encrypted JWKs get a new
 * password that step's library (stepref) accepts, and only that one, with
 * the same members; encrypted PKCS#8 and OpenSSH files made by openssl and
 * ssh-keygen get a new password that openssl and ssh-keygen accept, and hold
 * the same key. Bad inputs are one error line and leave every file as it was.
 */
import assert from "node:assert/strict";
import { changePassword, decryptJwk, encryptJwk, formatKey } from "../mod.ts";
import {
  ignoreWithout,
  need,
  openssl,
  run,
  runBytes,
  sshKeygen,
  stepref as findStepref,
} from "./_peers.ts";
import { rejectsWith, STEP_FIXTURES, stepPassword } from "./_helpers.ts";
import { type CliBytesRun, runCliIn } from "./_run_cli.ts";

const OPENSSL = await openssl();
const SSH_KEYGEN = await sshKeygen();
const STEPREF = await findStepref();
const FIXTURES = new URL("./fixtures/pem/", import.meta.url);
const PEM_PASSWORD = (await Deno.readTextFile(new URL("pem-password.txt", FIXTURES)))
  .replace(/[\r\n]+$/, "");
const STEP_PASSWORD = await stepPassword();
const NEW = "a new password, quite long";
const dec = new TextDecoder();
const enc = new TextEncoder();

/** step's encrypted vectors that its own library can open (ec-kid is written in clear). */
const STEP_FILES = [...Deno.readDirSync(STEP_FIXTURES)]
  .map((e) => e.name).filter((n) => n.endsWith(".priv.json") && n !== "ec-kid.priv.json").sort();

async function inTemp<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await Deno.makeTempDir({ prefix: "jwk-change-pass-" });
  try {
    return await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("step's own encrypted JWKs: the new password opens them, the old one no longer", async () => {
  assert.ok(STEP_FILES.length >= 10);
  for (const name of STEP_FILES) {
    const file = await Deno.readTextFile(new URL(name, STEP_FIXTURES));
    const before = await decryptJwk(file, STEP_PASSWORD);
    let askedNew = 0;
    const out = await changePassword(file, {
      oldPassword: () => STEP_PASSWORD,
      newPassword: () => (askedNew++, NEW),
    });
    assert.equal(askedNew, 1);
    assert.deepEqual([out.what, out.wasEncrypted], ["encrypted JWK", true]);
    const text = dec.decode(out.data);
    assert.deepEqual(Object.keys(JSON.parse(text)), Object.keys(JSON.parse(file)), name);
    const after = await decryptJwk(text, NEW);
    // Same members, in the same order.
    assert.deepEqual(Object.entries(after), Object.entries(before), name);
    await rejectsWith(decryptJwk(text, STEP_PASSWORD), "BAD_PASSWORD");
    const header = JSON.parse(
      atob(JSON.parse(text).protected.replace(/-/g, "+").replace(/_/g, "/")),
    );
    assert.deepEqual(
      [header.alg, header.enc, header.cty, header.p2c],
      ["PBES2-HS256+A128KW", "A256GCM", "jwk+json", 600000],
    );
  }
});

Deno.test({
  name: "stepref (step's library) opens the re-encrypted files with the new password only; " +
    "same kid and members",
  ignore: ignoreWithout(STEPREF),
  fn: () =>
    inTemp(async (dir) => {
      const bin = need(STEPREF);
      await Deno.writeTextFile(`${dir}/new.txt`, NEW + "\n");
      await Deno.writeTextFile(`${dir}/old.txt`, STEP_PASSWORD + "\n");
      for (const name of STEP_FILES) {
        const original = new URL(name, STEP_FIXTURES).pathname;
        const want = await run(bin, ["decrypt", "--password-file", `${dir}/old.txt`, original]);
        assert.equal(want.code, 0, `${name}: ${want.stderr}`);
        const out = await changePassword(await Deno.readFile(original), {
          oldPassword: STEP_PASSWORD,
          newPassword: NEW,
        });
        await Deno.writeFile(`${dir}/${name}`, out.data);
        const got = await run(bin, [
          "decrypt",
          "--password-file",
          `${dir}/new.txt`,
          `${dir}/${name}`,
        ]);
        assert.equal(got.code, 0, `${name}: ${got.stderr}`);
        assert.deepEqual(JSON.parse(got.stdout), JSON.parse(want.stdout), name);
        const { kty, kid } = JSON.parse(got.stdout);
        if (kty !== "oct") assert.ok(kid, `${name} keeps its kid`); // step gives oct keys none
        const old = await run(bin, [
          "decrypt",
          "--password-file",
          `${dir}/old.txt`,
          `${dir}/${name}`,
        ]);
        assert.notEqual(old.code, 0, `${name}: the old password must fail`);
      }
    }),
});

/** openssl's view of an encrypted PKCS#8: the PrivateKeyInfo PEM, or null when it fails. */
async function opensslPkcs8(dir: string, data: Uint8Array, der: boolean, pw: string) {
  await Deno.writeFile(`${dir}/in`, data);
  await Deno.writeTextFile(`${dir}/pw`, pw);
  const args = ["pkcs8", "-in", `${dir}/in`, "-passin", `file:${dir}/pw`];
  const r = await runBytes(need(OPENSSL), der ? [...args, "-inform", "DER"] : args);
  return r.code === 0 ? dec.decode(r.stdout) : null;
}

Deno.test({
  name: "openssl's encrypted PKCS#8 (PBKDF2 and scrypt, AES and 3DES, PEM and DER): " +
    "openssl opens the result with the new password only, same key",
  ignore: ignoreWithout(OPENSSL),
  fn: () =>
    inTemp(async (dir) => {
      const files = [
        "p256.pkcs8-aes256-sha256.pem",
        "p384.pkcs8-des3-sha1.pem",
        "ed25519.pkcs8-scrypt.pem",
        "rsa.pkcs8-aes128-sha512.der",
        "x25519.pkcs8-aes128-sha512.der",
      ];
      for (const f of files) {
        const der = f.endsWith(".der");
        const original = await Deno.readFile(new URL(`gen/${f}`, FIXTURES));
        const want = await opensslPkcs8(dir, original, der, PEM_PASSWORD);
        assert.ok(want, f);
        const out = await changePassword(original, {
          oldPassword: PEM_PASSWORD,
          newPassword: NEW,
          iterations: 1000,
        });
        assert.equal(out.what, `encrypted PKCS#8 private key (${der ? "DER" : "PEM"})`);
        assert.equal(await opensslPkcs8(dir, out.data, der, NEW), want, f);
        assert.equal(await opensslPkcs8(dir, out.data, der, PEM_PASSWORD), null, f);
      }
      // A PKCS#8 in clear becomes encrypted.
      const plain = await Deno.readFile(new URL("gen/p521.pkcs8.pem", FIXTURES));
      const out = await changePassword(plain, { newPassword: NEW, iterations: 1000 });
      assert.equal(out.wasEncrypted, false);
      assert.match(dec.decode(out.data), /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
      assert.equal(
        await opensslPkcs8(dir, out.data, false, NEW),
        await Deno.readTextFile(new URL("gen/p521.pkcs8.pem", FIXTURES)),
      );
    }),
});

Deno.test({
  name: "ssh-keygen's encrypted keys (ctr, cbc, gcm): ssh-keygen -y opens the result with the " +
    "new password only, same key and comment",
  ignore: ignoreWithout(SSH_KEYGEN),
  fn: () =>
    inTemp(async (dir) => {
      const keygen = async (data: Uint8Array, pw: string) => {
        await Deno.writeFile(`${dir}/id`, data, { mode: 0o600 });
        const r = await runBytes(need(SSH_KEYGEN), ["-y", "-P", pw, "-f", `${dir}/id`]);
        await Deno.remove(`${dir}/id`);
        return r.code === 0 ? dec.decode(r.stdout) : null;
      };
      const files = [
        "ssh-ed25519.openssh-aes256gcmopensshcom.pem",
        "ssh-ed25519.openssh-aes256cbc.pem",
        "ssh-p384.openssh-aes256ctr.pem",
        "ssh-rsa.openssh-aes256ctr.pem",
        "ssh-p256.openssh.pem", // in clear: becomes encrypted
      ];
      for (const f of files) {
        const original = await Deno.readFile(new URL(`gen/${f}`, FIXTURES));
        const clear = f.endsWith(".openssh.pem");
        const want = await keygen(original, clear ? "" : PEM_PASSWORD);
        assert.ok(want && want.split(" ").length === 3, `${f}: ${want}`); // type, key, comment
        const out = await changePassword(original, {
          oldPassword: PEM_PASSWORD,
          newPassword: NEW,
        });
        assert.deepEqual([out.what, out.wasEncrypted], ["encrypted OpenSSH private key", !clear]);
        assert.equal(await keygen(out.data, NEW), want, f);
        assert.equal(await keygen(out.data, PEM_PASSWORD), null, f);
      }
    }),
});

Deno.test("refusals: wrong or missing old password, legacy PEM, public keys, garbage; the new password is never asked then", async () => {
  let askedNew = 0;
  const newPassword = () => (askedNew++, NEW);
  const read = (f: string) => Deno.readFile(new URL(f, FIXTURES));
  const cases: [string, Uint8Array | string, string | undefined, string, RegExp][] = [
    [
      "JWE, wrong password",
      await Deno.readTextFile(new URL("ec-p256.priv.json", STEP_FIXTURES)),
      "wrong",
      "BAD_PASSWORD",
      /wrong password/,
    ],
    [
      "JWE, no password",
      await Deno.readTextFile(new URL("ec-p256.priv.json", STEP_FIXTURES)),
      undefined,
      "BAD_PASSWORD",
      /password/,
    ],
    [
      "PKCS#8, wrong password",
      await read("gen/p256.pkcs8-aes256-sha256.pem"),
      "wrong",
      "BAD_PASSWORD",
      /wrong password/,
    ],
    [
      "OpenSSH, wrong password",
      await read("gen/ssh-p256.openssh-aes256ctr.pem"),
      "wrong",
      "BAD_PASSWORD",
      /wrong password/,
    ],
    [
      "legacy PKCS#1",
      await read("gen/rsa.pkcs1-legacy-aes256.pem"),
      PEM_PASSWORD,
      "UNSUPPORTED",
      /jwk format/,
    ],
    ["SEC1 in clear", await read("gen/p256.sec1.pem"), undefined, "UNSUPPORTED", /jwk format/],
    ["SPKI", await read("gen/p256.spki.pem"), undefined, "BAD_KEY", /no private key/],
    ["certificate", await read("gen/p256.cert.pem"), undefined, "BAD_KEY", /no private key/],
    [
      "public JWK",
      await Deno.readTextFile(new URL("ec-p256.pub.json", STEP_FIXTURES)),
      undefined,
      "BAD_KEY",
      /no private key/,
    ],
    [
      "key and chain",
      await read("gen/p256.key-and-chain.pem"),
      undefined,
      "UNSUPPORTED",
      /one private key/,
    ],
    ["SPKI DER", await read("gen/p256.spki.der"), undefined, "UNSUPPORTED", /PKCS#8/],
    ["garbage", "hello, world", undefined, "BAD_KEY", /not a key file/],
    ["bad JSON", "{not json", undefined, "BAD_KEY", /not valid JSON/],
    ["huge", new Uint8Array(9 * 1024 * 1024).fill(0x41), undefined, "BAD_KEY", /too large/],
  ];
  for (const [name, input, oldPassword, code, pattern] of cases) {
    const e = await rejectsWith(
      changePassword(input, { oldPassword, newPassword }),
      code as "BAD_KEY",
      pattern,
    );
    assert.ok(!e.message.includes(PEM_PASSWORD) && !e.message.includes(NEW), name);
  }
  assert.equal(askedNew, 0);
  await rejectsWith(
    changePassword(
      await encryptJwk({ kty: "oct", k: "AAAA" }, "pw", { iterations: 1000 }).then(JSON.stringify),
      {
        oldPassword: "pw",
        newPassword: "",
      },
    ),
    "BAD_PASSWORD",
    /empty/,
  );
});

// ---- the command line ----

type CliRun = CliBytesRun;
const cli = runCliIn;

/** One `error:` line, nothing on stdout, no password in the output. */
function refused(r: CliRun, pattern: RegExp): void {
  assert.notEqual(r.code, 0);
  assert.equal(r.stdout.length, 0);
  assert.match(r.stderr, /^error: [^\n]+\n$/);
  assert.match(r.stderr, pattern);
  for (const secret of [NEW, PEM_PASSWORD, STEP_PASSWORD]) assert.ok(!r.stderr.includes(secret));
}

async function setup(dir: string): Promise<void> {
  await Deno.writeTextFile(`${dir}/old.txt`, STEP_PASSWORD + "\n");
  await Deno.writeTextFile(`${dir}/new.txt`, NEW + "\r\n");
  await Deno.copyFile(new URL("okp-ed25519.priv.json", STEP_FIXTURES), `${dir}/k.json`);
}

/** The folder's files, with their bytes (temporary leftovers would show here). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of Deno.readDirSync(dir)) {
    out[e.name] = dec.decode(Deno.readFileSync(`${dir}/${e.name}`));
  }
  return out;
}

Deno.test("CLI change-pass: in place, atomically, keeping the mode; the old password no longer opens it", () =>
  inTemp(async (dir) => {
    await setup(dir);
    await Deno.chmod(`${dir}/k.json`, 0o640);
    const before = await decryptJwk(await Deno.readTextFile(`${dir}/k.json`), STEP_PASSWORD);
    const r = await cli(dir, [
      "change-pass",
      `${dir}/k.json`,
      "--password-file",
      `${dir}/old.txt`,
      "--new-password-file",
      `${dir}/new.txt`,
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.length, 0);
    assert.equal(r.stderr, `The password of ${dir}/k.json has been changed.\n`);
    assert.equal((await Deno.stat(`${dir}/k.json`)).mode! & 0o777, 0o640);
    const text = await Deno.readTextFile(`${dir}/k.json`);
    assert.deepEqual(await decryptJwk(text, NEW), before);
    await rejectsWith(decryptJwk(text, STEP_PASSWORD), "BAD_PASSWORD");
    assert.deepEqual(Object.keys(snapshot(dir)).sort(), ["k.json", "new.txt", "old.txt"]);

    // --out: a new file, mode 0600; an existing one is kept without -f.
    const args = ["change-pass", `${dir}/k.json`, "--password-file", `${dir}/new.txt`];
    await Deno.writeTextFile(`${dir}/pw2`, "third password");
    const out = await cli(dir, [
      ...args,
      "--new-password-file",
      `${dir}/pw2`,
      "--out",
      `${dir}/o.json`,
    ]);
    assert.equal(out.code, 0, out.stderr);
    assert.equal((await Deno.stat(`${dir}/o.json`)).mode! & 0o777, 0o600);
    assert.deepEqual(
      await decryptJwk(await Deno.readTextFile(`${dir}/o.json`), "third password"),
      before,
    );
    const files = snapshot(dir);
    refused(
      await cli(dir, [...args, "--new-password-file", `${dir}/pw2`, "--out", `${dir}/o.json`]),
      /already exists.*--force/,
    );
    assert.deepEqual(snapshot(dir), files);
    const forced = await cli(dir, [
      ...args,
      "--new-password-file",
      `${dir}/new.txt`,
      "--out",
      `${dir}/o.json`,
      "-f",
    ]);
    assert.equal(forced.code, 0, forced.stderr);
    assert.deepEqual(await decryptJwk(await Deno.readTextFile(`${dir}/o.json`), NEW), before);
  }));

Deno.test("CLI change-pass: standard input to standard output", () =>
  inTemp(async (dir) => {
    await setup(dir);
    const key = await Deno.readFile(`${dir}/k.json`);
    const r = await cli(dir, [
      "change-pass",
      "-",
      "--password-file",
      `${dir}/old.txt`,
      "--new-password-file",
      `${dir}/new.txt`,
    ], key);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, "");
    const jwk = await decryptJwk(dec.decode(r.stdout), NEW);
    assert.equal(jwk.crv, "Ed25519");
  }));

Deno.test("CLI change-pass refusals: one error line, every file as it was", () =>
  inTemp(async (dir) => {
    await setup(dir);
    await Deno.writeTextFile(`${dir}/wrong.txt`, "wrong\n");
    await Deno.writeTextFile(`${dir}/garbage`, "hello");
    await Deno.writeFile(`${dir}/huge.json`, new Uint8Array(2 * 1024 * 1024).fill(0x20));
    await Deno.symlink(`${dir}/k.json`, `${dir}/link.json`);
    const pems = ["gen/rsa.pkcs1-legacy-aes256.pem", "gen/p256.spki.pem"];
    for (const f of pems) await Deno.copyFile(new URL(f, FIXTURES), `${dir}/${f.slice(4)}`);
    const files = snapshot(dir);
    const k = `${dir}/k.json`;
    const old = ["--password-file", `${dir}/old.txt`];
    const neu = ["--new-password-file", `${dir}/new.txt`];
    const cases: [string[], RegExp][] = [
      [["change-pass", k, "--password-file", `${dir}/wrong.txt`, ...neu], /wrong password/],
      [["change-pass", k, ...neu], /no terminal.*--password-file/],
      [["change-pass", k, ...old], /no terminal.*--new-password-file/],
      [["change-pass", `${dir}/garbage`, ...old, ...neu], /not a key file/],
      [["change-pass", `${dir}/huge.json`, ...old, ...neu], /larger than 1024 KiB/],
      [["change-pass", `${dir}/link.json`, ...old, ...neu], /symbolic link/],
      [["change-pass", `${dir}/rsa.pkcs1-legacy-aes256.pem`, ...old, ...neu], /jwk format/],
      [["change-pass", `${dir}/p256.spki.pem`, ...old, ...neu], /no private key/],
      [["change-pass", `${dir}/missing.json`, ...old, ...neu], /no such file/],
      [["change-pass", "-", "--password-file", "-", ...neu], /standard input/],
      [["change-pass", ...old, ...neu], /needs the key file/],
      [["change-pass", k, k, ...old, ...neu], /unexpected/],
      [["change-pass", k, ...old, "--no-password"], /--no-password requires --insecure/],
      [
        ["change-pass", k, ...old, ...neu, "--no-password", "--insecure"],
        /--no-password and --new-password-file cannot be used together/,
      ],
    ];
    for (const [args, pattern] of cases) {
      refused(await cli(dir, args, enc.encode("")), pattern);
      assert.deepEqual(snapshot(dir), files, args.join(" "));
    }
  }));

Deno.test("CLI change-pass re-encrypts a PKCS#8 that formatKey wrote and openssl still opens it", {
  ignore: ignoreWithout(OPENSSL),
}, () =>
  inTemp(async (dir) => {
    await setup(dir);
    const pem = await formatKey(await Deno.readFile(`${dir}/k.json`), {
      inputPassword: () => STEP_PASSWORD,
      password: STEP_PASSWORD,
      iterations: 1000,
    });
    await Deno.writeFile(`${dir}/k.pem`, pem.data);
    const want = await opensslPkcs8(dir, pem.data, false, STEP_PASSWORD);
    const r = await cli(dir, [
      "change-pass",
      `${dir}/k.pem`,
      "--password-file",
      `${dir}/old.txt`,
      "--new-password-file",
      `${dir}/new.txt`,
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(await opensslPkcs8(dir, await Deno.readFile(`${dir}/k.pem`), false, NEW), want);
  }));

Deno.test({
  name: "removePassword (step's --no-password --insecure): the same key in clear, in the same " +
    "format; openssl, ssh-keygen and step's library open it with no password",
  ignore: ignoreWithout(OPENSSL, SSH_KEYGEN, STEPREF),
  fn: () =>
    inTemp(async (dir) => {
      // step's JWE -> a private JWK in clear, same members in the same order; step's
      // library reads it without a password.
      const file = await Deno.readTextFile(new URL("ec-p256.priv.json", STEP_FIXTURES));
      const jwk = await changePassword(file, { oldPassword: STEP_PASSWORD, removePassword: true });
      assert.deepEqual([jwk.what, jwk.wasEncrypted], ["private JWK, not encrypted", true]);
      const text = dec.decode(jwk.data);
      const before = await decryptJwk(file, STEP_PASSWORD);
      assert.deepEqual(Object.entries(JSON.parse(text)), Object.entries(before));
      await Deno.writeTextFile(`${dir}/plain.json`, text);
      const step = await run(need(STEPREF), ["decrypt", `${dir}/plain.json`]);
      assert.equal(step.code, 0, step.stderr);
      assert.deepEqual(JSON.parse(step.stdout), before);

      // Encrypted PKCS#8 -> PRIVATE KEY: openssl reads it with no password, same key.
      const p8 = await Deno.readFile(new URL("gen/p256.pkcs8-aes256-sha256.pem", FIXTURES));
      const want = await opensslPkcs8(dir, p8, false, PEM_PASSWORD);
      const clear = await changePassword(p8, { oldPassword: PEM_PASSWORD, removePassword: true });
      assert.equal(clear.what, "PKCS#8 private key (PEM), not encrypted");
      assert.match(dec.decode(clear.data), /^-----BEGIN PRIVATE KEY-----\n/);
      await Deno.writeFile(`${dir}/clear.pem`, clear.data);
      const o = await runBytes(need(OPENSSL), [
        "pkey",
        "-in",
        `${dir}/clear.pem`,
        "-passin",
        "pass:",
      ]);
      assert.equal(o.code, 0, o.stderr);
      assert.equal(dec.decode(o.stdout), want);

      // Encrypted OpenSSH -> no passphrase: ssh-keygen -y -P "" prints the same line.
      const ssh = await Deno.readFile(new URL("gen/ssh-ed25519.openssh-aes256ctr.pem", FIXTURES));
      await Deno.writeFile(`${dir}/id`, ssh, { mode: 0o600 });
      const line = await runBytes(need(SSH_KEYGEN), ["-y", "-P", PEM_PASSWORD, "-f", `${dir}/id`]);
      assert.equal(line.code, 0);
      const open = await changePassword(ssh, { oldPassword: PEM_PASSWORD, removePassword: true });
      assert.equal(open.what, "OpenSSH private key, not encrypted");
      await Deno.writeFile(`${dir}/id`, open.data, { mode: 0o600 });
      const again = await runBytes(need(SSH_KEYGEN), ["-y", "-P", "", "-f", `${dir}/id`]);
      assert.equal(again.code, 0, again.stderr);
      assert.equal(dec.decode(again.stdout), dec.decode(line.stdout));
    }),
});

Deno.test("removePassword refuses a new password too, and asks for none", async () => {
  const file = await Deno.readTextFile(new URL("ec-p256.priv.json", STEP_FIXTURES));
  let asked = 0;
  await rejectsWith(
    changePassword(file, {
      oldPassword: () => (asked++, STEP_PASSWORD),
      newPassword: NEW,
      removePassword: true,
    }),
    "INCOMPATIBLE_OPTIONS",
  );
  assert.equal(asked, 0);
});

Deno.test("CLI change-pass --no-password --insecure: in place, same mode, the key in clear", () =>
  inTemp(async (dir) => {
    await setup(dir);
    await Deno.chmod(`${dir}/k.json`, 0o640);
    const before = await decryptJwk(await Deno.readTextFile(`${dir}/k.json`), STEP_PASSWORD);
    const args = ["change-pass", `${dir}/k.json`, "--password-file", `${dir}/old.txt`];
    const r = await cli(dir, [...args, "--no-password", "--insecure"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.length, 0);
    assert.equal(
      r.stderr,
      `The password of ${dir}/k.json has been removed: private JWK, not encrypted.\n`,
    );
    assert.equal((await Deno.stat(`${dir}/k.json`)).mode! & 0o777, 0o640);
    assert.deepEqual(JSON.parse(await Deno.readTextFile(`${dir}/k.json`)), before);
    assert.deepEqual(Object.keys(snapshot(dir)).sort(), ["k.json", "new.txt", "old.txt"]);
  }));
