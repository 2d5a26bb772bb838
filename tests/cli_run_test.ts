/**
 * The CLI as a user runs it: a subprocess per case, with its exit code,
 * stdout (always empty but for --help/--version), stderr and the files left.
 */
import assert from "node:assert/strict";
import denoJson from "../deno.json" with { type: "json" };
import { decryptJwk, thumbprint } from "../mod.ts";
import { readGrant } from "./_run_cli.ts";

const CLI = new URL("../cli.ts", import.meta.url).pathname;
const PW = "cli-run-password";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  files: string[];
}

/** Runs the CLI in a fresh folder (with a password file `pw`), stdin closed. */
async function cli(
  args: string[],
  setup?: (dir: string) => Promise<void> | void,
  perms = ["--allow-read", "--allow-write"],
): Promise<Run & { dir: string }> {
  const dir = await Deno.makeTempDir({ prefix: "jwk-cli-" });
  await Deno.writeTextFile(`${dir}/pw`, PW + "\r\n");
  await setup?.(dir);
  const o = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--no-prompt", ...perms, CLI, ...args],
    cwd: dir,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  const files = [...Deno.readDirSync(dir)].map((e) => e.name).filter((n) => n !== "pw").sort();
  return {
    code: o.code,
    stdout: new TextDecoder().decode(o.stdout),
    stderr: new TextDecoder().decode(o.stderr),
    files,
    dir,
  };
}

const REFUSED: [string, string[], RegExp][] = [
  [
    "unknown flag",
    ["create", "a", "b", "--kyt", "RSA"],
    /unknown flag '--kyt': did you mean '--kty'\?/,
  ],
  ["no paths", ["create"], /two paths/],
  ["one path", ["create", "jwk.json"], /two paths.*only 'jwk\.json'/],
  ["three paths", ["create", "a", "b", "c"], /unexpected 'c'/],
  ["equal paths", ["create", "k.json", "./k.json", "--no-password", "--insecure"], /must differ/],
  [
    "kty case",
    ["create", "a", "b", "--kty", "rsa"],
    /kty 'rsa' is not supported.*did you mean 'RSA'/,
  ],
  [
    "crv with RSA",
    ["create", "a", "b", "--kty", "RSA", "--crv", "P-256"],
    /--crv is not valid for kty 'RSA'/,
  ],
  ["size with EC", ["create", "a", "b", "--size", "256"], /--size is not valid for kty 'EC'/],
  ["small RSA", ["create", "a", "b", "--kty", "RSA", "--size", "1024"], /add --insecure/],
  [
    "alg vs crv",
    ["create", "a", "b", "--alg", "ES384", "--crv", "P-256"],
    /alg 'ES384' is not compatible with kty 'EC' and crv 'P-256'/,
  ],
  [
    "alg vs use",
    ["create", "a", "b", "--kty", "RSA", "--alg", "RS256", "--use", "enc"],
    /change --alg or --use/,
  ],
  [
    "oct size",
    ["create", "a", "b", "--kty", "oct", "--alg", "A128KW", "--size", "256"],
    /needs a key of 128 bits/,
  ],
  ["no-password alone", ["create", "a", "b", "--no-password"], /--no-password requires --insecure/],
  ["no-password + file", [
    "create",
    "a",
    "b",
    "--no-password",
    "--insecure",
    "--password-file",
    "pw",
  ], /cannot be used together/],
  ["missing password file", ["create", "a", "b", "--password-file", "nope"], /nope/],
  ["no terminal, no password", ["create", "a", "b"], /--password-file/],
  ["size not a number", ["create", "a", "b", "--kty", "RSA", "--size", "big"], /size/],
  ["flag without value", ["create", "a", "b", "--kty"], /--kty/],
  [
    "alias given twice",
    ["create", "a", "b", "--kty", "EC", "--type", "RSA"],
    /--type and --kty are the same flag/,
  ],
  ["use with key-ops", ["create", "a", "b", "--use", "sig", "--key-ops", "sign"], /--subtle/],
];

for (const [name, args, message] of REFUSED) {
  Deno.test(`cli refuses: ${name}`, async () => {
    const r = await cli(args);
    assert.ok(r.code > 0, `exit code ${r.code}`);
    assert.equal(r.stdout, "");
    const lines = r.stderr.trimEnd().split("\n");
    assert.equal(lines.length, 1, `more than one line: ${r.stderr}`);
    assert.match(lines[0], /^error: /);
    assert.match(lines[0], message);
    assert.deepEqual(r.files, [], "a file was written");
    await Deno.remove(r.dir, { recursive: true });
  });
}

Deno.test("cli refuses an empty password file", async () => {
  const r = await cli(
    ["create", "a", "b", "--password-file", "empty"],
    (d) => Deno.writeTextFile(`${d}/empty`, "\n"),
  );
  assert.ok(r.code > 0);
  assert.match(r.stderr, /^error: .*empty/);
  assert.deepEqual(r.files, ["empty"]);
});

Deno.test("cli keeps an existing file without --force, replaces it with -f", async () => {
  const keep = await cli(
    ["create", "a", "b", "--no-password", "--insecure"],
    (d) => Deno.writeTextFile(`${d}/a`, "old"),
  );
  assert.ok(keep.code > 0);
  assert.match(keep.stderr, /^error: a already exists: use --force/);
  assert.equal(await Deno.readTextFile(`${keep.dir}/a`), "old");
  assert.deepEqual(keep.files, ["a"]);

  for (const force of ["-f", "--force"]) {
    const r = await cli(
      ["create", "a", "b", "--no-password", "--insecure", force],
      (d) => Deno.writeTextFile(`${d}/a`, "old"),
    );
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(await Deno.readTextFile(`${r.dir}/a`)).kty, "EC");
  }
});

/** Checks a created pair: modes, messages, kid, and returns the public JWK. */
async function created(r: Run & { dir: string }, encrypted = true, customKid = false) {
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, "");
  assert.match(r.stderr, /Your public key has been saved in pub\.json\.\n/);
  assert.match(r.stderr, /Your private key has been saved in priv\.json\.\n/);
  for (const f of ["pub.json", "priv.json"]) {
    assert.equal((await Deno.stat(`${r.dir}/${f}`)).mode! & 0o777, 0o600, f);
  }
  const pub = JSON.parse(await Deno.readTextFile(`${r.dir}/pub.json`));
  const text = await Deno.readTextFile(`${r.dir}/priv.json`);
  const priv = encrypted ? await decryptJwk(text, PW) : JSON.parse(text);
  assert.equal(priv.kid, pub.kid);
  // kid is the RFC 7638 thumbprint unless given; oct keys get none.
  if (pub.kty === "oct") assert.equal(pub.kid, undefined);
  else if (!customKid) assert.equal(pub.kid, await thumbprint(pub));
  return { pub, priv };
}

Deno.test("cli creates the default key: EC P-256 ES256, encrypted with the password file", async () => {
  const r = await cli(["create", "pub.json", "priv.json", "--password-file", "pw"]);
  const { pub, priv } = await created(r);
  assert.deepEqual([pub.kty, pub.crv, pub.alg, pub.use], ["EC", "P-256", "ES256", "sig"]);
  assert.equal(pub.d, undefined);
  assert.equal(typeof priv.d, "string");
  const header = JSON.parse(
    atob(JSON.parse(await Deno.readTextFile(`${r.dir}/priv.json`)).protected),
  );
  assert.equal(header.p2c, 600000);
});

const ACCEPTED: [string, string[], Record<string, unknown>][] = [
  ["--type/--curve", ["--type", "EC", "--curve", "P-384"], {
    kty: "EC",
    crv: "P-384",
    alg: "ES384",
  }],
  ["--kty=/--crv=", ["--kty=OKP", "--crv=Ed25519"], { kty: "OKP", crv: "Ed25519", alg: "EdDSA" }],
  ["--algorithm", ["--algorithm", "ES512"], { kty: "EC", crv: "P-521", alg: "ES512" }],
  ["--use enc OKP", ["--kty", "OKP", "--use", "enc"], {
    crv: "X25519",
    alg: "ECDH-ES",
    use: "enc",
  }],
  ["RSA enc", ["--kty", "RSA", "--use", "enc"], { kty: "RSA", alg: "RSA-OAEP-256", use: "enc" }],
  ["oct 192 GCMKW", ["--kty", "oct", "--size", "192", "--use", "enc", "--alg", "A192GCMKW"], {
    kty: "oct",
    alg: "A192GCMKW",
  }],
  ["--kid", ["--kid", "my-key"], { kid: "my-key" }],
  ["other use", ["--use", "other"], { use: "other", alg: "ES256" }],
  ["--key-ops twice", ["--key-ops", "sign", "--key-ops", "verify"], {
    key_ops: ["verify"],
    use: undefined,
  }],
  ["--subtle --use --key-ops", ["--subtle", "--use", "sig", "--key-ops", "sign,verify"], {
    use: "sig",
  }],
];

for (const [name, flags, expect] of ACCEPTED) {
  Deno.test(`cli accepts ${name}, flags after the paths`, async () => {
    const r = await cli([
      "create",
      "pub.json",
      "priv.json",
      ...flags,
      "--no-password",
      "--insecure",
    ]);
    const { pub } = await created(r, false, flags.includes("--kid"));
    for (const [k, v] of Object.entries(expect)) assert.deepEqual(pub[k], v, k);
  });
}

Deno.test("cli flags may come before the command and the paths", async () => {
  const r = await cli([
    "--kty",
    "OKP",
    "create",
    "--no-password",
    "pub.json",
    "--insecure",
    "priv.json",
  ]);
  assert.equal((await created(r, false)).pub.kty, "OKP");
});

Deno.test("cli: oct says on stderr that the public file holds the secret", async () => {
  const r = await cli(["create", "pub.json", "priv.json", "--kty", "oct", "--password-file", "pw"]);
  const { pub } = await created(r);
  assert.match(r.stderr, /warning: .*secret/);
  assert.equal(pub.kid, undefined);
  assert.equal(typeof pub.k, "string");
});

Deno.test("cli --help lists the commands; create --help is create's manual", async () => {
  const list = await cli(["--help"]);
  assert.equal(list.code, 0);
  assert.match(list.stdout, /COMMANDS\n\s+create\s/);
  const help = await cli(["create", "--help"]);
  assert.equal(help.code, 0);
  for (
    const flag of [
      "--kty",
      "--type",
      "--crv",
      "--curve",
      "--alg",
      "--algorithm",
      "--use",
      "--size",
      "--kid",
      "--key-ops",
      "--from-pem",
      "--password-file",
      "--no-password",
      "--insecure",
      "--subtle",
      "--force",
      "RSA-OAEP-256",
      "A256GCMKW",
    ]
  ) assert.ok(help.stdout.includes(flag), `help lacks ${flag}`);
  const version = await cli(["--version"]);
  assert.equal(version.code, 0);
  assert.ok(version.stdout.includes(denoJson.version));
});

Deno.test("cli: a missing permission names the flag to add", async () => {
  const r = await cli(
    ["create", "pub.json", "priv.json", "--no-password", "--insecure"],
    undefined,
    ["--allow-read"],
  );
  assert.ok(r.code > 0);
  assert.match(r.stderr.trim(), /^error: write access to .* is needed: run with --allow-write=/);
  assert.deepEqual(r.files, []);
});

Deno.test("cli: the narrowest grant (read the password file, write the folder) is enough", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jwk-cli-narrow-" });
  await Deno.writeTextFile(`${dir}/pw`, PW);
  const r = await cli(
    ["create", `${dir}/pub.json`, `${dir}/priv.json`, "--password-file", `${dir}/pw`],
    undefined,
    [
      readGrant(dir),
      `--allow-write=${dir}`,
    ],
  );
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(await Deno.readTextFile(`${dir}/pub.json`)).alg, "ES256");
});
