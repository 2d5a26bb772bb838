/**
 * `jwk format` as a user runs it: a subprocess per case with scoped
 * permissions, stdin closed or piped. What it writes is checked with openssl
 * and ssh-keygen; every refusal is one `error:` line with stdout empty and no
 * file touched; no password or private member ever shows on stderr.
 */
import assert from "node:assert/strict";
import { decryptJwk } from "../mod.ts";
import { ignoreWithout, need, openssl, runBytes, sshKeygen } from "./_peers.ts";
import { STEP_FIXTURES, stepPassword } from "./_helpers.ts";
import { type CliBytesRun, readGrant, runCliIn } from "./_run_cli.ts";

const OPENSSL = await openssl();
const SSH_KEYGEN = await sshKeygen();
const CLI = new URL("../cli.ts", import.meta.url).pathname;
const OLD = await stepPassword();
const NEW = "the new output password";
const dec = new TextDecoder();
const enc = new TextEncoder();

type CliRun = CliBytesRun;

/** The step vector every case starts from (an encrypted Ed25519 JWK) and its private members. */
const KEY_FILE = "okp-ed25519.priv.json";
const PRIVATE = await decryptJwk(
  await Deno.readTextFile(new URL(KEY_FILE, STEP_FIXTURES)),
  OLD,
);

async function inTemp<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await Deno.makeTempDir({ prefix: "jwk-cli-format-" });
  try {
    await Deno.writeTextFile(`${dir}/old.txt`, OLD + "\n");
    await Deno.writeTextFile(`${dir}/new.txt`, NEW + "\n");
    await Deno.copyFile(new URL(KEY_FILE, STEP_FIXTURES), `${dir}/k.json`);
    return await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

async function cli(dir: string, args: string[], stdin?: Uint8Array): Promise<CliRun> {
  const out = await runCliIn(dir, args, stdin);
  noSecrets(out);
  return out;
}

/** Neither password nor private member ever shows on stderr. */
function noSecrets(r: CliRun): void {
  for (const s of [OLD, NEW, String(PRIVATE.d)]) assert.ok(!r.stderr.includes(s), r.stderr);
}

function ok(r: CliRun): void {
  assert.equal(r.code, 0, r.stderr);
}

/** One `error:` line, nothing on stdout. */
function refused(r: CliRun, pattern: RegExp, what = ""): void {
  assert.notEqual(r.code, 0, `${what}: ${r.stderr}`);
  assert.equal(r.stdout.length, 0, `${what}: stdout must stay empty`);
  assert.match(r.stderr, /^error: [^\n]+\n$/, what);
  assert.match(r.stderr, pattern, what);
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of Deno.readDirSync(dir)) {
    out[e.name] = dec.decode(Deno.readFileSync(`${dir}/${e.name}`));
  }
  return out;
}

const pwArgs = (dir: string) => [
  "--password-file",
  `${dir}/old.txt`,
  "--new-password-file",
  `${dir}/new.txt`,
];

Deno.test({
  name: "format: step's encrypted JWK -> encrypted PKCS#8 (--out, 0600) that openssl opens " +
    "with the new password; -> clear PEM on stdout",
  ignore: ignoreWithout(OPENSSL),
  fn: () =>
    inTemp(async (dir) => {
      const r = await cli(dir, [
        "format",
        `${dir}/k.json`,
        ...pwArgs(dir),
        "--out",
        `${dir}/k.pem`,
      ]);
      ok(r);
      assert.equal(r.stdout.length, 0);
      assert.equal(
        r.stderr,
        `Your private key has been saved in ${dir}/k.pem: encrypted PKCS#8 private key (PEM).\n`,
      );
      assert.equal((await Deno.stat(`${dir}/k.pem`)).mode! & 0o777, 0o600);
      const o = await runBytes(need(OPENSSL), [
        "pkey",
        "-in",
        `${dir}/k.pem`,
        "-passin",
        `file:${dir}/new.txt`,
      ]);
      assert.equal(o.code, 0, o.stderr);
      // The same key as a clear PEM from the CLI itself.
      const clear = await cli(dir, [
        "format",
        `${dir}/k.json`,
        "--password-file",
        `${dir}/old.txt`,
        "--no-password",
        "--insecure",
      ]);
      ok(clear);
      assert.equal(dec.decode(clear.stdout), dec.decode(o.stdout));
      const wrong = await runBytes(need(OPENSSL), [
        "pkey",
        "-in",
        `${dir}/k.pem`,
        "-passin",
        `file:${dir}/old.txt`,
      ]);
      assert.notEqual(wrong.code, 0);
    }),
});

Deno.test({
  name: "format: --ssh --public line for ssh-keygen -l, --ssh private file for ssh-keygen -y, " +
    "--der to a pipe for openssl",
  ignore: ignoreWithout(OPENSSL, SSH_KEYGEN),
  fn: () =>
    inTemp(async (dir) => {
      const line = await cli(dir, [
        "format",
        `${dir}/k.json`,
        "--ssh",
        "--public",
        "--password-file",
        `${dir}/old.txt`,
      ]);
      ok(line);
      const text = dec.decode(line.stdout);
      assert.match(text, new RegExp(`^ssh-ed25519 AAAA\\S+ ${PRIVATE.kid}\n$`)); // kid as comment
      await Deno.writeTextFile(`${dir}/id.pub`, text);
      const l = await runBytes(need(SSH_KEYGEN), ["-l", "-f", `${dir}/id.pub`]);
      assert.equal(l.code, 0, l.stderr);
      assert.match(dec.decode(l.stdout), /^256 SHA256:\S+ .* \(ED25519\)\n$/);

      ok(
        await cli(dir, ["format", `${dir}/k.json`, "--ssh", ...pwArgs(dir), "--out", `${dir}/id`]),
      );
      const y = await runBytes(need(SSH_KEYGEN), ["-y", "-P", NEW, "-f", `${dir}/id`]);
      assert.equal(y.code, 0, y.stderr);
      assert.equal(dec.decode(y.stdout), text);

      const der = await cli(dir, [
        "format",
        `${dir}/k.json`,
        "--der",
        "--public",
        "--password-file",
        `${dir}/old.txt`,
      ]);
      ok(der);
      const pub = await runBytes(
        need(OPENSSL),
        ["pkey", "-pubin", "-inform", "DER", "-pubout"],
        der.stdout,
      );
      assert.equal(pub.code, 0, pub.stderr);
      const pem = await cli(dir, [
        "format",
        `${dir}/k.json`,
        "--public",
        "--password-file",
        `${dir}/old.txt`,
      ]);
      assert.equal(dec.decode(pub.stdout), dec.decode(pem.stdout));
    }),
});

Deno.test("format: PEM in -> JWK out by default; a key on standard input; --jwk --public", () =>
  inTemp(async (dir) => {
    const clear = await cli(dir, [
      "format",
      `${dir}/k.json`,
      "--password-file",
      `${dir}/old.txt`,
      "--no-password",
      "--insecure",
    ]);
    ok(clear);
    const back = await cli(dir, ["format", "--no-password", "--insecure"], clear.stdout);
    ok(back);
    const jwk = JSON.parse(dec.decode(back.stdout));
    assert.deepEqual([jwk.kid, jwk.x, jwk.d], [PRIVATE.kid, PRIVATE.x, PRIVATE.d]);
    const encrypted = await cli(
      dir,
      ["format", "-", "--new-password-file", `${dir}/new.txt`],
      clear.stdout,
    );
    ok(encrypted);
    assert.deepEqual(await decryptJwk(dec.decode(encrypted.stdout), NEW), jwk);
    const pub = await cli(dir, ["format", "-", "--jwk", "--public"], clear.stdout);
    ok(pub);
    assert.deepEqual(JSON.parse(dec.decode(pub.stdout)), {
      kty: "OKP",
      kid: PRIVATE.kid,
      crv: "Ed25519",
      x: PRIVATE.x,
    });
  }));

Deno.test("format: --out keeps an existing file unless -f", () =>
  inTemp(async (dir) => {
    await Deno.writeTextFile(`${dir}/out.pem`, "keep me");
    const args = [
      "format",
      `${dir}/k.json`,
      "--public",
      "--password-file",
      `${dir}/old.txt`,
      "--out",
      `${dir}/out.pem`,
    ];
    refused(await cli(dir, args), /already exists.*--force/);
    assert.equal(await Deno.readTextFile(`${dir}/out.pem`), "keep me");
    ok(await cli(dir, [...args, "-f"]));
    assert.match(await Deno.readTextFile(`${dir}/out.pem`), /^-----BEGIN PUBLIC KEY-----\n/);
  }));

Deno.test("format refusals: one error line, nothing on stdout, no file touched", () =>
  inTemp(async (dir) => {
    await Deno.writeTextFile(`${dir}/oct.json`, '{"kty":"oct","k":"c2VjcmV0LXNlY3JldC1zZWNyZXQ"}');
    await Deno.writeTextFile(
      `${dir}/x.json`,
      JSON.stringify({
        kty: "OKP",
        crv: "X25519",
        x: "hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo",
      }),
    );
    await Deno.writeTextFile(`${dir}/wrong.txt`, "wrong\n");
    await Deno.copyFile(new URL("ec-p256.priv.json", STEP_FIXTURES), `${dir}/ec.json`);
    await Deno.writeTextFile(`${dir}/garbage`, "hello, world");
    await Deno.writeFile(`${dir}/huge.pem`, new Uint8Array(2 * 1024 * 1024).fill(0x41));
    const k = `${dir}/k.json`;
    const old = ["--password-file", `${dir}/old.txt`];
    const out = ["--out", `${dir}/out`];
    const files = snapshot(dir);
    const cases: [string[], RegExp][] = [
      [["format", k, ...old, ...out], /no terminal.*--new-password-file.*--no-password --insecure/],
      [["format", k, ...old, "--no-password", ...out], /--no-password requires --insecure/],
      [["format", k, ...pwArgs(dir), "--no-password", "--insecure"], /cannot be used together/],
      [["format", k, ...old, "--public", "--new-password-file", `${dir}/new.txt`], /--public/],
      [["format", k, "--pem", "--der"], /one output format/],
      [["format", k, "--ssh", "--traditional"], /--traditional is for --pem and --der/],
      [["format", k, "--pkcs8", "--traditional"], /exclude each other/],
      [["format", `${dir}/oct.json`, "--no-password", "--insecure", ...out], /oct.*no PEM/],
      [["format", `${dir}/oct.json`, "--jwk", "--public"], /no public part/],
      [["format", `${dir}/x.json`, "--ssh"], /OpenSSH has no OKP X25519 keys/],
      [
        ["format", k, "--password-file", `${dir}/wrong.txt`, "--no-password", "--insecure", ...out],
        /wrong password/,
      ],
      [["format", k, "--no-password", "--insecure", ...out], /no terminal.*--password-file/],
      [
        ["format", `${dir}/ec.json`, ...pwArgs(dir), "--traditional"],
        /cannot be encrypted/,
      ],
      [["format", `${dir}/garbage`, ...out], /neither PEM/],
      [["format", `${dir}/huge.pem`, ...out], /larger than 1024 KiB/],
      [["format", `${dir}/missing.json`, ...out], /cannot read key file/],
      [["format", "-", "--password-file", "-"], /standard input/],
      [["format", k, k], /unexpected/],
      [["format", k, "--out", `${dir}/nofolder/x.pem`], /does not exist/],
      [["format", k, "--kty", "EC"], /unknown flag/],
    ];
    for (const [args, pattern] of cases) {
      refused(await cli(dir, args, enc.encode("")), pattern, args.join(" "));
      assert.deepEqual(snapshot(dir), files, args.join(" "));
    }
  }));

Deno.test("format and change-pass: --help manuals, listed by jwk --help", async () => {
  for (const cmd of ["format", "change-pass"]) {
    const r = await runBytes(Deno.execPath(), [
      "run",
      "--no-prompt",
      readGrant(),
      CLI,
      cmd,
      "--help",
    ]);
    assert.equal(r.code, 0, r.stderr);
    const text = dec.decode(r.stdout);
    assert.match(text, new RegExp(`^jwk \\S+ - `));
    assert.match(text, /--new-password-file=<file>/);
    assert.match(text, /EXAMPLES/);
  }
  const main = await runBytes(Deno.execPath(), ["run", "--no-prompt", readGrant(), CLI, "--help"]);
  assert.match(dec.decode(main.stdout), /\n {2}format {2,}convert/);
  assert.match(dec.decode(main.stdout), /\n {2}change-pass {2,}re-encrypt/);
});

Deno.test("format: without --allow-write on the --out folder, one error line names the flag", () =>
  inTemp(async (dir) => {
    const r = await runBytes(Deno.execPath(), [
      "run",
      "--no-prompt",
      readGrant(dir),
      CLI,
      "format",
      `${dir}/k.json`,
      "--public",
      "--password-file",
      `${dir}/old.txt`,
      "--out",
      `${dir}/o.pem`,
    ]);
    refused({ code: r.code, stdout: r.stdout, stderr: r.stderr }, /--allow-write=/);
  }));

/** The shell lines of README.md's `jwk format` and `jwk change-pass` sections, in order. */
async function readmeLines(): Promise<string[]> {
  const readme = await Deno.readTextFile(new URL("../README.md", import.meta.url));
  const start = readme.indexOf("### `jwk format`");
  const end = readme.indexOf("The library does the same with `formatKey`");
  assert.ok(start > 0 && end > start, "README sections not found");
  const blocks = [...readme.slice(start, end).matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.flatMap((b) => b.split("\n")).filter((l) => l.startsWith("jwk "));
}

Deno.test({
  name: "README: every jwk format and jwk change-pass line runs, in order, and does what it says",
  ignore: ignoreWithout(OPENSSL, SSH_KEYGEN),
  fn: () =>
    inTemp(async (dir) => {
      await Deno.writeTextFile(`${dir}/pw.txt`, "first password\n");
      await Deno.writeTextFile(`${dir}/new-pw.txt`, "second password\n");
      const lines = await readmeLines();
      assert.ok(lines.filter((l) => l.startsWith("jwk format")).length >= 6, lines.join("\n"));
      const jwk = `jwk() { "${Deno.execPath()}" run --no-prompt -A "${CLI}" "$@"; }`;
      let ran = 0;
      for (const line of lines) {
        // The one line that asks on the terminal is left to the terminal tests.
        if (line.startsWith("jwk change-pass") && !line.includes("--password-file")) continue;
        const r = await runBytes("bash", [
          "-o",
          "pipefail",
          "-c",
          `cd "${dir}" && ${jwk}\n${line}`,
        ]);
        assert.equal(r.code, 0, `${line}\n${r.stderr}`);
        ran++;
      }
      assert.ok(ran >= 9);
      // What the lines left behind: key.pem and id_key now open with the first password.
      const pem = await runBytes(need(OPENSSL), [
        "pkey",
        "-in",
        `${dir}/key.pem`,
        "-passin",
        `file:${dir}/pw.txt`,
        "-pubout",
      ]);
      assert.equal(pem.code, 0, pem.stderr);
      assert.equal(
        dec.decode(pem.stdout),
        await Deno.readTextFile(`${dir}/key.pub.json`).then(
          async (pub) => {
            const r = await cli(dir, ["format", "-"], enc.encode(pub));
            return dec.decode(r.stdout);
          },
        ),
      );
      const ssh = await runBytes(need(SSH_KEYGEN), [
        "-y",
        "-P",
        "first password",
        "-f",
        `${dir}/id_key`,
      ]);
      assert.equal(ssh.code, 0, ssh.stderr);
      assert.equal(dec.decode(ssh.stdout), await Deno.readTextFile(`${dir}/key.pub`));
      const back = await decryptJwk(await Deno.readTextFile(`${dir}/back.json`), "first password");
      const orig = await decryptJwk(await Deno.readTextFile(`${dir}/key.json`), "first password");
      assert.deepEqual([back.kid, back.d], [orig.kid, orig.d]);
      assert.match(await Deno.readTextFile(`${dir}/key.ec.pem`), /^-----BEGIN EC PRIVATE KEY-----/);
    }),
});
