/**
 * `jwk keyset add|remove|list|find` and `jwk create --jwks`, run as
 * subprocesses with narrow permissions. Kids are checked against an RFC 7638
 * thumbprint computed here, against step's own public files, and against
 * what python3-jwcrypto (pyca/cryptography) read from the PEM fixtures;
 * finished sets are read with jwcrypto's JWKSet.from_json.
 */
import assert from "node:assert/strict";
import { createJwk } from "../mod.ts";
import {
  PRIVATE_MEMBERS,
  publicPart,
  rfc7638,
  seededRandom,
  STEP_FIXTURES,
  webCryptoRsa,
} from "./_helpers.ts";
import { ignoreWithout, need, python3WithJwcrypto, startJwcrypto } from "./_peers.ts";
import { DENO, ROOT } from "./ship_helpers.ts";
import { readGrant } from "./_run_cli.ts";

const CLI = `${ROOT}/cli.ts`;
const PEM = `${ROOT}/tests/fixtures/pem`;
const GEN = `${PEM}/gen`;
const STEP = STEP_FIXTURES.pathname;

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `jwk ARGS` in `dir` with read on dir and the fixtures, write on dir only. */
async function jwk(dir: string, args: string[], stdin?: string | Uint8Array): Promise<Ran> {
  const child = new Deno.Command(DENO, {
    args: [
      "run",
      "--no-prompt",
      readGrant(dir, `${ROOT}/tests/fixtures`),
      `--allow-write=${dir}`,
      CLI,
      ...args,
    ],
    cwd: dir,
    stdin: stdin === undefined ? "null" : "piped",
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(60_000),
  }).spawn();
  if (stdin !== undefined) {
    const w = child.stdin.getWriter();
    await w.write(typeof stdin === "string" ? new TextEncoder().encode(stdin) : stdin)
      .catch(() => {}); // the CLI may refuse before reading it all
    await w.close().catch(() => {});
  }
  const out = await child.output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

function assertOk(r: Ran, what: string): void {
  assert.equal(r.code, 0, `${what}: exit ${r.code}\n${r.stderr}`);
}

/** One `error:` line, exit > 0, nothing on stdout. */
function assertRefused(r: Ran, message: RegExp, what = ""): void {
  assert.ok(r.code > 0, `${what} exit ${r.code}: ${r.stdout}${r.stderr}`);
  assert.equal(r.stdout, "", what);
  const lines = r.stderr.trimEnd().split("\n");
  assert.equal(lines.length, 1, `${what}: ${r.stderr}`);
  assert.match(lines[0], /^error: /, what);
  assert.match(lines[0], message, what);
}

/** Every file in `dir` with its bytes and mode: what "untouched" compares. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for await (const e of Deno.readDir(dir)) {
    const info = await Deno.lstat(`${dir}/${e.name}`);
    const body = info.isFile ? await Deno.readTextFile(`${dir}/${e.name}`) : "";
    out[e.name] = `${(info.mode! & 0o777).toString(8)} ${info.mtime?.getTime()} ${body}`;
  }
  return out;
}

async function readSet(path: string): Promise<{ keys: Record<string, unknown>[] }> {
  return JSON.parse(await Deno.readTextFile(path));
}

const mode = async (path: string) => (await Deno.stat(path)).mode! & 0o777;

/** A fresh folder holding a password file and a plain private EC key. */
async function folder(): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "jwk-keyset-" });
  await Deno.writeTextFile(`${dir}/pw`, "keyset-test-password\n");
  return dir;
}

/** Writes a new private JWK (plain) of `kty` and returns it. */
async function privateKeyFile(path: string, kty = "EC"): Promise<Record<string, unknown>> {
  const { privateJwk } = await createJwk({ kty });
  await Deno.writeTextFile(path, JSON.stringify(privateJwk));
  return privateJwk as unknown as Record<string, unknown>;
}

Deno.test("add reads every input form; only the public view goes in; kid = thumbprint", async () => {
  const dir = await folder();
  const ec = await privateKeyFile(`${dir}/ec.json`);
  const p256 = JSON.parse(await Deno.readTextFile(`${GEN}/expected/p256.json`));
  const ssh = JSON.parse(await Deno.readTextFile(`${GEN}/expected/ssh-ed25519.json`));
  const stepPub = JSON.parse(await Deno.readTextFile(`${STEP}/ec-p256.pub.json`));
  // [what, args after SET, stdin, the key's members (independent), kid expected]
  const cases: [string, string[], string | undefined, Record<string, unknown>, string?][] = [
    ["plain JWK file", ["ec.json"], undefined, ec],
    ["plain JWK on stdin (no FILE)", [], JSON.stringify(ec), ec],
    ["plain JWK on stdin (-)", ["-"], JSON.stringify(ec), ec],
    [
      "step-encrypted JWK",
      [`${STEP}/ec-p256.priv.json`, "--password-file", `${STEP}/password.txt`],
      undefined,
      stepPub,
      stepPub.kid,
    ],
    [
      "step-encrypted JWK, password on stdin",
      [`${STEP}/ec-p256.priv.json`, "--password-file", "-"],
      await Deno.readTextFile(`${STEP}/password.txt`),
      stepPub,
      stepPub.kid,
    ],
    ["PKCS#8 PEM", [`${GEN}/p256.pkcs8.pem`], undefined, p256],
    ["PKCS#8 DER", [`${GEN}/p256.pkcs8.der`], undefined, p256],
    [
      "encrypted PKCS#8 PEM",
      [`${GEN}/p256.pkcs8-aes256-sha256.pem`, "--password-file", `${PEM}/pem-password.txt`],
      undefined,
      p256,
    ],
    ["SPKI DER", [`${GEN}/p256.spki.der`], undefined, p256],
    ["certificate", [`${GEN}/p256.cert.pem`], undefined, p256],
    ["OpenSSH", [`${GEN}/ssh-ed25519.openssh.pem`], undefined, ssh],
    [
      "encrypted OpenSSH",
      [`${GEN}/ssh-ed25519.openssh-aes256ctr.pem`, "--password-file", `${PEM}/pem-password.txt`],
      undefined,
      ssh,
    ],
  ];
  for (const [i, [what, args, stdin, key, kid]] of cases.entries()) {
    const set = `set${i}.json`;
    const r = await jwk(dir, ["keyset", "add", set, ...args], stdin);
    assertOk(r, what);
    assert.equal(r.stdout, "", what);
    const { keys } = await readSet(`${dir}/${set}`);
    assert.equal(keys.length, 1, what);
    const got = keys[0];
    for (const m of PRIVATE_MEMBERS) assert.ok(!(m in got), `${what}: private '${m}' in the set`);
    for (const [m, v] of Object.entries(publicPart(key))) {
      if (m !== "kid") assert.deepEqual(got[m], v, `${what}: member ${m}`);
    }
    assert.equal(got.kid, kid ?? await rfc7638(key), what);
    assert.match(r.stderr, new RegExp(`The key ${got.kid} has been added to ${set}\\.`), what);
    assert.equal(await mode(`${dir}/${set}`), 0o644, `${what}: a new public set is 0644`);
    if (what === "certificate") assert.ok(Array.isArray(got.x5c), "the certificate's x5c kept");
  }
  await Deno.remove(dir, { recursive: true });
});

Deno.test("list, find, remove: kids one per line, the key as JSON, removal by kid", async () => {
  const dir = await folder();
  const kids: string[] = [];
  for (const kty of ["EC", "RSA", "OKP"]) {
    const key = await privateKeyFile(`${dir}/${kty}.json`, kty);
    kids.push(await rfc7638(key));
    assertOk(await jwk(dir, ["keyset", "add", "jwks.json", `${kty}.json`]), kty);
  }
  const list = await jwk(dir, ["keyset", "list", "jwks.json"]);
  assertOk(list, "list");
  assert.equal(list.stdout, kids.join("\n") + "\n");
  assert.equal(list.stderr, "");
  // list also reads standard input.
  const text = await Deno.readTextFile(`${dir}/jwks.json`);
  assert.equal((await jwk(dir, ["keyset", "list", "-"], text)).stdout, list.stdout);
  // The file form: 2 spaces, final newline.
  assert.equal(text, JSON.stringify(JSON.parse(text), null, 2) + "\n");

  const set = await readSet(`${dir}/jwks.json`);
  for (const [i, kid] of kids.entries()) {
    const found = await jwk(dir, ["keyset", "find", "jwks.json", "--kid", kid]);
    assertOk(found, "find");
    assert.equal(found.stdout, JSON.stringify(set.keys[i], null, 2) + "\n");
  }
  const removed = await jwk(dir, ["keyset", "remove", "jwks.json", "--kid", kids[1]]);
  assertOk(removed, "remove");
  assert.equal(removed.stdout, "");
  assert.match(removed.stderr, new RegExp(`The key ${kids[1]} has been removed from jwks.json`));
  assert.deepEqual((await readSet(`${dir}/jwks.json`)).keys, [set.keys[0], set.keys[2]]);
  for (const kid of [kids[0], kids[2]]) {
    assertOk(await jwk(dir, ["keyset", "remove", "jwks.json", "--kid", kid]), "remove");
  }
  assert.equal(await Deno.readTextFile(`${dir}/jwks.json`), '{\n  "keys": []\n}\n');
  const empty = await jwk(dir, ["keyset", "list", "jwks.json"]);
  assert.deepEqual([empty.code, empty.stdout], [0, ""]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("bad inputs: one error line, exit > 0, the folder untouched", async () => {
  const dir = await folder();
  const key = await privateKeyFile(`${dir}/k.json`);
  const kid = await rfc7638(key);
  assertOk(await jwk(dir, ["keyset", "add", "jwks.json", "k.json"]), "setup");
  await privateKeyFile(`${dir}/k2.json`, "OKP");
  await Deno.writeTextFile(`${dir}/enc.json`, await Deno.readTextFile(`${STEP}/ec-p256.priv.json`));
  await Deno.writeTextFile(`${dir}/wrong-pw`, "not the password\n");
  await Deno.writeTextFile(`${dir}/single.json`, JSON.stringify(key));
  await Deno.writeTextFile(`${dir}/array.json`, "[]");
  await Deno.writeTextFile(`${dir}/garbage.json`, "{ not json");
  await Deno.writeTextFile(`${dir}/bad-member.json`, JSON.stringify({ ...key, y: "AAAA" }));
  await Deno.writeTextFile(`${dir}/no-x.json`, JSON.stringify({ ...key, x: undefined }));
  await Deno.writeTextFile(
    `${dir}/bad-set.json`,
    JSON.stringify({ keys: [{ ...publicPart(key), x: "AAAA" }] }),
  );
  await Deno.writeTextFile(
    `${dir}/dup-set.json`,
    JSON.stringify({ keys: [publicPart(key), publicPart(key)] }),
  );
  await Deno.writeTextFile(
    `${dir}/oct.json`,
    JSON.stringify({ kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA" }),
  );
  // RSA below 2048 bits: refused without --insecure, as jwk create refuses to make one.
  const rsa1024 = publicPart(await webCryptoRsa(1024));
  await Deno.writeTextFile(`${dir}/rsa1024.json`, JSON.stringify(rsa1024));
  // Over the 1 MiB input limit, both as a key file and as a set.
  const huge = JSON.stringify({ keys: [{ ...publicPart(key), pad: "x".repeat(1100 * 1024) }] });
  await Deno.writeTextFile(`${dir}/huge.json`, huge);

  const cases: [string[], RegExp, string?][] = [
    [["keyset", "add", "single.json", "k2.json"], /single\.json .*single JWK, not a JWK Set/],
    [["keyset", "add", "array.json", "k2.json"], /array\.json .*not a JWK Set/],
    [["keyset", "add", "garbage.json", "k2.json"], /not valid JSON/],
    [["keyset", "add", "bad-set.json", "k2.json"], /key #1 .*'x'.*32 bytes/],
    [["keyset", "list", "single.json"], /not a JWK Set/],
    [["keyset", "find", "bad-set.json", "--kid", kid], /32 bytes/],
    [["keyset", "remove", "dup-set.json", "--kid", kid], /dup-set\.json: 2 keys .*cannot be told/],
    [["keyset", "find", "dup-set.json", "--kid", kid], /2 keys of the JWK Set have kid/],
    [["keyset", "add", "jwks.json", "bad-member.json"], /'y' member must be 32 bytes/],
    [["keyset", "add", "jwks.json", "no-x.json"], /no 'x' member/],
    [["keyset", "add", "jwks.json", "garbage.json"], /not valid JSON/],
    [["keyset", "add", "jwks.json", "k.json"], /jwks\.json: .*already has a key with kid/],
    [["keyset", "add", "jwks.json", "oct.json"], /oct key is a secret/],
    [["keyset", "add", "jwks.json", "rsa1024.json"], /1024 bits, below 2048: .*--insecure/],
    [["keyset", "add", "jwks.json", "enc.json", "--password-file", "wrong-pw"], /password/],
    [["keyset", "add", "jwks.json", "enc.json"], /encrypted .*no terminal.*--password-file/],
    [["keyset", "add", "jwks.json", "-", "--password-file", "-"], /both come from standard input/],
    [["keyset", "add", "jwks.json", "huge.json"], /larger than 1024 KiB/],
    [["keyset", "add", "jwks.json"], /larger than 1024 KiB/, huge],
    [["keyset", "list", "huge.json"], /larger than 1024 KiB/],
    [["keyset", "add", "huge.json", "k2.json"], /larger than 1024 KiB/],
    [["keyset", "remove", "jwks.json", "--kid", "nope"], /jwks\.json: .*no key with kid 'nope'/],
    [["keyset", "find", "jwks.json", "--kid", "nope"], /no key with kid 'nope'/],
    [["keyset", "remove", "missing.json", "--kid", kid], /JWK Set missing\.json: no such file/],
    [["keyset", "list", "missing.json"], /JWK Set missing\.json: no such file/],
    [["keyset", "remove", "jwks.json"], /needs --kid/],
    [["keyset", "find", "jwks.json", "--kid="], /--kid must not be empty/],
    [["keyset", "list"], /needs a JWK Set file/],
    [["keyset", "list", "jwks.json", "extra"], /unexpected argument 'extra'/],
    [["keyset", "list", "jwks.json", "--private"], /--private is not a flag of 'keyset list'/],
    [
      ["keyset", "add", "jwks.json", "k2.json", "--kid", "x"],
      /--kid is not a flag of 'keyset add'/,
    ],
    [["keyset", "ad", "jwks.json"], /unknown keyset subcommand 'ad': did you mean 'add'\?/],
    [["keyset", "lsit", "jwks.json"], /did you mean 'list'\?/],
    [["keyset"], /keyset needs a subcommand/],
    [["keyset", "add", "-", "k2.json"], /give its path, not -/],
    [["keyset", "add", "jwks.json", "k2.json", "--kyd"], /unknown flag '--kyd'/],
    [["keyset", "add", "nofolder/jwks.json", "k2.json"], /folder nofolder does not exist/],
  ];
  const before = await snapshot(dir);
  for (const [args, message, stdin] of cases) {
    assertRefused(await jwk(dir, args, stdin), message, args.join(" "));
  }
  assert.deepEqual(await snapshot(dir), before, "a refused command changed the folder");
  await Deno.remove(dir, { recursive: true });
});

Deno.test("modes: kept on update (0644 stays 0644, 0640 stays 0640); private keys only in 0600 sets", async () => {
  const dir = await folder();
  for (let i = 0; i < 4; i++) await privateKeyFile(`${dir}/k${i}.json`);
  assertOk(await jwk(dir, ["keyset", "add", "jwks.json", "k0.json"]), "add");
  assert.equal(await mode(`${dir}/jwks.json`), 0o644);
  await Deno.chmod(`${dir}/jwks.json`, 0o640);
  assertOk(await jwk(dir, ["keyset", "add", "jwks.json", "k1.json"]), "add");
  assert.equal(await mode(`${dir}/jwks.json`), 0o640);
  await Deno.chmod(`${dir}/jwks.json`, 0o644);
  const kid = (await readSet(`${dir}/jwks.json`)).keys[0].kid as string;
  assertOk(await jwk(dir, ["keyset", "remove", "jwks.json", "--kid", kid]), "remove");
  assert.equal(await mode(`${dir}/jwks.json`), 0o644);

  // --private: refused into a readable set; a new private set is 0600.
  const before = await snapshot(dir);
  assertRefused(
    await jwk(dir, ["keyset", "add", "jwks.json", "k2.json", "--private"]),
    /can be read by others \(mode 0644\).*chmod 600/,
  );
  assert.deepEqual(await snapshot(dir), before);
  assertOk(await jwk(dir, ["keyset", "add", "priv.json", "k2.json", "--private"]), "private");
  assert.equal(await mode(`${dir}/priv.json`), 0o600);
  const [k] = (await readSet(`${dir}/priv.json`)).keys;
  assert.equal(typeof k.d, "string", "--private kept d");
  // A secret key goes into a private set when it has a kid.
  await Deno.writeTextFile(
    `${dir}/oct.json`,
    JSON.stringify({ kty: "oct", kid: "hmac", k: "AAAAAAAAAAAAAAAAAAAAAA" }),
  );
  assertOk(await jwk(dir, ["keyset", "add", "priv.json", "oct.json", "--private"]), "oct");
  assert.equal(await mode(`${dir}/priv.json`), 0o600);
  // A public key into a private set is fine; the set stays 0600.
  assertOk(await jwk(dir, ["keyset", "add", "priv.json", "k3.json"]), "public into private");
  assert.equal(await mode(`${dir}/priv.json`), 0o600);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("concurrency: 16 adds at once (16 processes) leave 16 keys", async () => {
  const dir = await folder();
  const kids: string[] = [];
  for (let i = 0; i < 16; i++) kids.push(await rfc7638(await privateKeyFile(`${dir}/k${i}.json`)));
  const runs = await Promise.all(
    kids.map((_, i) => jwk(dir, ["keyset", "add", "jwks.json", `k${i}.json`])),
  );
  for (const [i, r] of runs.entries()) assertOk(r, `add ${i}`);
  const got = (await readSet(`${dir}/jwks.json`)).keys.map((k) => k.kid as string);
  assert.deepEqual([...got].sort(), [...kids].sort());
  // And 16 removes at once leave none.
  const removes = await Promise.all(
    kids.map((kid) => jwk(dir, ["keyset", "remove", "jwks.json", "--kid", kid])),
  );
  for (const [i, r] of removes.entries()) assertOk(r, `remove ${i}`);
  assert.deepEqual((await readSet(`${dir}/jwks.json`)).keys, []);
  const left = [...Deno.readDirSync(dir)].map((e) => e.name).filter((n) => n.startsWith("."));
  assert.deepEqual(left, [".jwks.json.lock"], "only the lock file stays beside the set");
  await Deno.remove(dir, { recursive: true });
});

Deno.test("crash: SIGKILL at random moments of add/remove leaves the old or the new set", async () => {
  const seed = Number(Deno.env.get("JWK_CRASH_SEED") ?? 11);
  const kills = Number(Deno.env.get("JWK_CRASH_KILLS") ?? 24);
  const dir = await folder();
  const base = await privateKeyFile(`${dir}/base.json`);
  const extra = await privateKeyFile(`${dir}/extra.json`, "OKP");
  const extraKid = await rfc7638(extra);
  const start = (args: string[]) =>
    new Deno.Command(DENO, {
      args: ["run", "--no-prompt", readGrant(dir), `--allow-write=${dir}`, CLI, ...args],
      cwd: dir,
      stdin: "null",
      stdout: "null",
      stderr: "null",
    }).spawn();
  const add = ["keyset", "add", "jwks.json", "extra.json"];
  const remove = ["keyset", "remove", "jwks.json", "--kid", extraKid];

  assertOk(await jwk(dir, ["keyset", "add", "jwks.json", "base.json"]), "setup");
  const without = await Deno.readTextFile(`${dir}/jwks.json`);
  const t0 = performance.now();
  assert.ok((await start(add).status).success);
  const full = performance.now() - t0;
  const withExtra = await Deno.readTextFile(`${dir}/jwks.json`);
  assert.ok((await start(remove).status).success);
  assert.equal(await Deno.readTextFile(`${dir}/jwks.json`), without);

  const next = seededRandom(seed);
  const seen = { old: 0, new: 0 };
  let current = without;
  // A loaded machine stretches one run: when the planned kills all land on one
  // side of the write, more follow, spread further out.
  let i = 0;
  for (; i < kills || (i < 3 * kills && (seen.old === 0 || seen.new === 0)); i++) {
    const adding = current === without;
    const child = start(adding ? add : remove);
    const spread = i < kills ? 1 : 1 + (i - kills) / kills;
    await new Promise((r) => setTimeout(r, full * (0.3 + 0.8 * spread * next())));
    try {
      child.kill("SIGKILL");
    } catch { /* it finished first */ }
    await child.status;
    const text = await Deno.readTextFile(`${dir}/jwks.json`);
    const expected = adding ? withExtra : without;
    assert.ok(text === current || text === expected, `kill ${i}: a partial set:\n${text}`);
    if (text === current) seen.old++;
    else seen.new++;
    current = text;
    assert.equal(await mode(`${dir}/jwks.json`), 0o644, `kill ${i}: mode`);
    for (const e of Deno.readDirSync(dir)) {
      if (!e.name.startsWith(".")) continue;
      assert.match(e.name, /^\.jwks\.json\.([0-9a-f]{12}\.(tmp|bak)|lock)$/);
    }
  }
  console.log(
    `seed ${seed}: ${i} kills over ${full.toFixed(0)} ms runs: ` +
      `${seen.old} kept the old set, ${seen.new} had the new one`,
  );
  // A killed holder leaves no stale lock: the next run goes through at once.
  const t1 = performance.now();
  const last = await jwk(dir, current === without ? add : remove);
  assertOk(last, "after the kills");
  assert.ok(performance.now() - t1 < 8_000, "the next run waited for a dead process's lock");
  assert.ok(JSON.parse(await Deno.readTextFile(`${dir}/jwks.json`)).keys.length >= 1);
  assert.ok(seen.old > 0 && seen.new > 0, "the kills should land both before and after the write");
  assert.ok(base.kty === "EC");
  await Deno.remove(dir, { recursive: true });
});

Deno.test("create --jwks: three files or none", async () => {
  const dir = await folder();
  const pw = ["--password-file", "pw"];
  const ok = await jwk(dir, ["create", "a.pub.json", "a.json", ...pw, "--jwks", "jwks.json"]);
  assertOk(ok, "create --jwks");
  assert.match(ok.stderr, /Your public key has been added to jwks\.json\./);
  const pub = JSON.parse(await Deno.readTextFile(`${dir}/a.pub.json`));
  assert.deepEqual((await readSet(`${dir}/jwks.json`)).keys, [pub]);
  assert.equal(pub.kid, await rfc7638(pub));
  assert.equal(await mode(`${dir}/jwks.json`), 0o644);
  assert.equal(await mode(`${dir}/a.json`), 0o600);

  // A second key with --kid, into a set whose mode is kept.
  await Deno.chmod(`${dir}/jwks.json`, 0o640);
  const two = ["create", "b.pub.json", "b.json", ...pw, "--jwks", "jwks.json", "--kid", "b"];
  assertOk(await jwk(dir, [...two, "--kty", "RSA"]), "second");
  assert.deepEqual((await readSet(`${dir}/jwks.json`)).keys.map((k) => k.kid), [pub.kid, "b"]);
  assert.equal(await mode(`${dir}/jwks.json`), 0o640);

  // Refusals: nothing at all is written.
  await Deno.writeTextFile(`${dir}/single.json`, JSON.stringify(pub));
  const c = (pubf: string, privf: string, ...more: string[]) => [
    "create",
    pubf,
    privf,
    ...pw,
    ...more,
  ];
  const refused: [string[], RegExp][] = [
    [c("c.pub.json", "c.json", "--jwks", "jwks.json", "--kid", "b"), /already has a key with kid/],
    [c("c.pub.json", "c.json", "--jwks", "single.json"), /single JWK, not a JWK Set/],
    [c("c.pub.json", "c.json", "--jwks", "jwks.json", "--kty", "oct"), /--jwks cannot take an oct/],
    [c("c.pub.json", "c.json", "--jwks", "c.pub.json"), /--jwks must name a file of its own/],
    [c("c.pub.json", "c.json", "--jwks", "nofolder/x.json"), /does not exist/],
    // Known only once the key is read: the same PEM key twice (same thumbprint kid).
    [
      c("c.pub.json", "c.json", "--jwks", "jwks.json", "--from-pem", `${GEN}/p256.pkcs8.pem`),
      /^$/,
    ],
  ];
  for (const [args, message] of refused) {
    if (message.source === "^$") {
      // First time in: fine. Second time, into other files: refused after the key was made.
      assertOk(await jwk(dir, args), "PEM key into the set");
      await Deno.remove(`${dir}/c.pub.json`);
      await Deno.remove(`${dir}/c.json`);
      const before = await snapshot(dir);
      assertRefused(
        await jwk(dir, args.map((a) => a.replace(/^c\./, "d."))),
        /already has a key with kid/,
      );
      assert.deepEqual(await snapshot(dir), before, "the second PEM run wrote something");
      continue;
    }
    const before = await snapshot(dir);
    assertRefused(await jwk(dir, args), message, args.join(" "));
    assert.deepEqual(await snapshot(dir), before, args.join(" "));
  }
  await Deno.remove(dir, { recursive: true });
});

const python = await python3WithJwcrypto();

Deno.test({
  name: "jwcrypto: JWKSet.from_json reads a set made by add from private files; no private key",
  ignore: ignoreWithout(python),
  async fn() {
    const dir = await folder();
    const kids: string[] = [];
    for (const kty of ["EC", "RSA", "OKP"]) {
      kids.push(await rfc7638(await privateKeyFile(`${dir}/${kty}.json`, kty)));
      assertOk(await jwk(dir, ["keyset", "add", "jwks.json", `${kty}.json`]), kty);
    }
    assertOk(
      await jwk(dir, ["create", "x.pub", "x.json", "--password-file", "pw", "--jwks", "jwks.json"]),
      "create --jwks",
    );
    kids.push(JSON.parse(await Deno.readTextFile(`${dir}/x.pub`)).kid);
    const peer = startJwcrypto(need(python));
    try {
      const seen = await peer.request<
        { kid: string; has_private: boolean; thumbprint: string }[]
      >({ op: "jwkset", json: await Deno.readTextFile(`${dir}/jwks.json`) });
      assert.deepEqual(seen.map((s) => s.kid).sort(), [...kids].sort());
      for (const s of seen) {
        assert.equal(s.has_private, false, `${s.kid} is private in jwcrypto's eyes`);
        assert.equal(s.thumbprint, s.kid);
      }
    } finally {
      await peer.close();
    }
    await Deno.remove(dir, { recursive: true });
  },
});

Deno.test("help: jwk keyset --help is the manual; jwk --help lists keyset", async () => {
  const dir = await folder();
  const r = await jwk(dir, ["keyset", "--help"]);
  assertOk(r, "--help");
  for (const sub of ["add", "remove", "list", "find"]) {
    assert.match(r.stdout, new RegExp(`jwk keyset ${sub} <jwks-file>`));
  }
  assert.match((await jwk(dir, ["--help"])).stdout, /keyset +add, remove, list and find/);
  assert.match((await jwk(dir, ["create", "--help"])).stdout, /--jwks=<jwks-file>/);
  await Deno.remove(dir, { recursive: true });
});
