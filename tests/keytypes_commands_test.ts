/**
 * Every key type through every command, as a user chains them (the CLI as a
 * subprocess, permissions scoped to a temporary folder): create (encrypted
 * with a password file, and --no-password --insecure) -> public equals the
 * public file -> thumbprint equals the kid, and its SHA-384/512 values equal
 * jwcrypto's (AKP: RFC 7638 over alg, kty, pub, computed here) -> keyset add,
 * list, find, remove -> format to SPKI, PKCS#8 (clear and encrypted), DER and
 * SEC1, and back to the same members -> change-pass, after which only the new
 * password opens the file.
 *
 * What format writes is also read by others: pyca/cryptography (Debian's
 * python3-cryptography; for ML-DSA a newer one when one is on PATH, else
 * skipped with the reason) loads every SPKI and PKCS#8 and gives our public
 * and private numbers back; openssl 3.0 checks every key it knows and writes
 * the same SPKI from our PKCS#8.
 */
import assert from "node:assert/strict";
import {
  ignoreWithout,
  type JsonLinePeer,
  need,
  openssl,
  type Peer,
  PeerError,
  python3WithCryptography,
  python3WithJwcrypto,
  python3WithMlDsa,
  runBytes,
  startJwcrypto,
  startPyca,
} from "./_peers.ts";
import { PRIVATE_MEMBERS, rfc7638 } from "./_helpers.ts";
import { ok, readGrant, refused, runCli } from "./_run_cli.ts";

const JWCRYPTO = await python3WithJwcrypto();
const PYCA = await python3WithCryptography();
const PYCA_MLDSA = await python3WithMlDsa();
const OPENSSL = await openssl();

const PASSWORDS = ["first password", "second password", "third password"];
const HASHES = ["SHA-384", "SHA-512"] as const;

/** One key type as `jwk create` is asked for it. */
interface Kind {
  name: string;
  flags: string[];
  kty: string;
  crv?: string;
  alg: string;
}

const KINDS: Kind[] = [
  { name: "EC P-256", flags: ["--crv", "P-256"], kty: "EC", crv: "P-256", alg: "ES256" },
  { name: "EC P-384", flags: ["--crv", "P-384"], kty: "EC", crv: "P-384", alg: "ES384" },
  { name: "EC P-521", flags: ["--crv", "P-521"], kty: "EC", crv: "P-521", alg: "ES512" },
  {
    name: "EC secp256k1",
    flags: ["--crv", "secp256k1"],
    kty: "EC",
    crv: "secp256k1",
    alg: "ES256K",
  },
  { name: "OKP Ed25519", flags: ["--crv", "Ed25519"], kty: "OKP", crv: "Ed25519", alg: "EdDSA" },
  {
    name: "OKP Ed25519, alg Ed25519",
    flags: ["--alg", "Ed25519"],
    kty: "OKP",
    crv: "Ed25519",
    alg: "Ed25519",
  },
  { name: "OKP Ed448", flags: ["--crv", "Ed448"], kty: "OKP", crv: "Ed448", alg: "EdDSA" },
  {
    name: "OKP Ed448, alg Ed448",
    flags: ["--alg", "Ed448"],
    kty: "OKP",
    crv: "Ed448",
    alg: "Ed448",
  },
  { name: "OKP X25519", flags: ["--crv", "X25519"], kty: "OKP", crv: "X25519", alg: "ECDH-ES" },
  { name: "OKP X448", flags: ["--crv", "X448"], kty: "OKP", crv: "X448", alg: "ECDH-ES" },
  { name: "RSA", flags: ["--kty", "RSA"], kty: "RSA", alg: "RS256" },
  { name: "AKP ML-DSA-44", flags: ["--alg", "ML-DSA-44"], kty: "AKP", alg: "ML-DSA-44" },
  { name: "AKP ML-DSA-65", flags: ["--kty", "AKP"], kty: "AKP", alg: "ML-DSA-65" },
  { name: "AKP ML-DSA-87", flags: ["--alg", "ML-DSA-87"], kty: "AKP", alg: "ML-DSA-87" },
];

type Json = Record<string, unknown>;

/** The peers of one kind's run; pyca is missing only for ML-DSA without a newer pyca. */
interface Peers {
  jwcrypto: JsonLinePeer;
  pyca?: JsonLinePeer;
}

/** Peers a kind needs at all; ML-DSA's pyca is optional even on CI (no Debian package has one). */
function required(kind: Kind): Peer[] {
  return kind.kty === "AKP" ? [JWCRYPTO, OPENSSL] : [JWCRYPTO, PYCA, OPENSSL];
}

const saidInfo = new Set<string>();

/** jwcrypto (it opens any kty's JWE) and the pyca that knows the kind: Debian's, or for AKP a newer one. */
async function withPeers(kind: Kind, fn: (p: Peers) => Promise<void>): Promise<void> {
  const python = kind.kty !== "AKP" ? need(PYCA) : PYCA_MLDSA.path;
  if (python === undefined) {
    console.log(`${kind.name}: pyca/cryptography not judging: ${PYCA_MLDSA.reason}`);
  }
  const peers: Peers = {
    jwcrypto: startJwcrypto(need(JWCRYPTO)),
    pyca: python === undefined ? undefined : startPyca(python),
  };
  try {
    if (peers.pyca && python && !saidInfo.has(python)) {
      const info = await peers.pyca.request<Json>({ op: "info" });
      console.log(`${python}: cryptography ${info.version} on ${info.openssl}`);
      saidInfo.add(python);
    }
    await fn(peers);
  } finally {
    await peers.pyca?.close();
    await peers.jwcrypto.close();
  }
}

/** One folder per kind, with the three password files; removed afterwards. */
async function inTemp(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "jwk-keytypes-cmds-" });
  try {
    for (const [i, pw] of PASSWORDS.entries()) await Deno.writeTextFile(`${dir}/pw${i}`, pw);
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** The CLI with read and write on `dir` only, run in it. */
function jwk(dir: string, args: string[], stdin?: string) {
  return runCli(args, {
    cwd: dir,
    stdin,
    perms: [readGrant(dir), `--allow-write=${dir}`],
  });
}

/** A successful run that may only say what it saved (or changed) on stderr. */
async function done(dir: string, args: string[], what: string): Promise<string> {
  const r = await jwk(dir, args);
  assert.equal(r.code, 0, `${what}: ${r.stderr}`);
  for (const line of r.stderr.trim().split("\n").filter((l) => l !== "")) {
    assert.match(line, /has been (saved|added|removed|changed)|^The password of/, what);
  }
  for (const pw of PASSWORDS) assert.ok(!r.stderr.includes(pw), `${what}: a password on stderr`);
  return r.stdout;
}

const readJson = async (path: string): Promise<Json> => JSON.parse(await Deno.readTextFile(path));

/** A JWK without the members a PEM or DER cannot carry (alg stays for AKP: it is the key's). */
function keyMembers(jwk: Json): Json {
  const drop = jwk.kty === "AKP" ? ["use", "key_ops"] : ["use", "alg", "key_ops"];
  return Object.fromEntries(Object.entries(jwk).filter(([m]) => !drop.includes(m)));
}

/** Only the members that carry key material (what pyca gives back). */
function material(jwk: Json): Json {
  const meta = ["kty", "kid", "crv", "alg", "use", "key_ops"];
  return Object.fromEntries(Object.entries(jwk).filter(([m]) => !meta.includes(m)));
}

/** The kind name pyca_peer.py reports for a JWK. */
function pycaKind(jwk: Json): string {
  return jwk.kty === "RSA" ? "RSA" : `${jwk.kty} ${jwk.kty === "AKP" ? jwk.alg : jwk.crv}`;
}

async function thumbprints(dir: string, kind: Kind, pub: Json, peers: Peers): Promise<void> {
  for (const hash of HASHES) {
    const got = ok(await jwk(dir, ["thumbprint", "pub.json", "--hash", hash]), hash).trim();
    // jwcrypto knows every kty but AKP; for AKP the test's own RFC 7638 is the other side.
    const want = kind.kty === "AKP"
      ? await rfc7638(pub, hash)
      : await peers.jwcrypto.request({ op: "thumbprint", jwk: pub, hash });
    assert.equal(got, want, `${kind.name}: thumbprint ${hash}`);
  }
  const uri = ok(await jwk(dir, ["thumbprint", "pub.json", "--uri"]), "--uri").trim();
  assert.equal(uri, `urn:ietf:params:oauth:jwk-thumbprint:sha-256:${pub.kid}`);
}

async function keyset(dir: string, kind: Kind, pub: Json, clearPub: Json): Promise<void> {
  await done(dir, ["keyset", "add", "set.json", "key.json", "--password-file", "pw0"], "add");
  await done(dir, ["keyset", "add", "set.json", "clear.json"], "add clear");
  const list = ok(await jwk(dir, ["keyset", "list", "set.json"]), "list");
  assert.equal(list, `${pub.kid}\n${clearPub.kid}\n`, `${kind.name}: list`);
  const set = await readJson(`${dir}/set.json`);
  // Only public views went in.
  assert.deepEqual(set, { keys: [pub, clearPub] }, `${kind.name}: the set`);
  for (const k of set.keys as Json[]) {
    assert.ok(!Object.keys(k).some((m) => PRIVATE_MEMBERS.includes(m)), kind.name);
  }
  const found = ok(
    await jwk(dir, ["keyset", "find", "set.json", "--kid", String(pub.kid)]),
    "find",
  );
  assert.deepEqual(JSON.parse(found), pub, `${kind.name}: find`);
  refused(
    await jwk(dir, ["keyset", "add", "set.json", "pub.json"]),
    /already/,
    `${kind.name}: the same kid twice`,
  );
  await done(dir, ["keyset", "remove", "set.json", "--kid", String(pub.kid)], "remove");
  assert.equal(ok(await jwk(dir, ["keyset", "list", "set.json"]), "list"), `${clearPub.kid}\n`);
}

/** pyca loads one file of ours: its numbers must be the JWK's. */
async function pycaLoads(
  peers: Peers,
  file: string,
  expect: Json,
  opts: { private: boolean; password?: string; what: string },
): Promise<void> {
  if (!peers.pyca) return;
  const data = await Deno.readFile(file);
  const got = await peers.pyca.request<{ kind: string; members: Json }>({
    op: "load",
    data: btoa(String.fromCharCode(...data)),
    der: file.endsWith(".der"),
    private: opts.private,
    password: opts.password ?? null,
  });
  assert.equal(got.kind, pycaKind(expect), opts.what);
  assert.deepEqual(got.members, material(expect), `${opts.what}: pyca's numbers`);
}

/** openssl 3.0 checks a key of ours (it has no ML-DSA). */
async function opensslChecks(file: string, args: string[], what: string): Promise<void> {
  const der = file.endsWith(".der") ? ["-inform", "DER"] : [];
  const r = await runBytes(need(OPENSSL), ["pkey", "-in", file, ...der, ...args, "-noout"]);
  assert.equal(r.code, 0, `${what}: openssl: ${r.stderr}`);
}

/** format to every PEM/DER form and back: same members; pyca and openssl read them. */
async function formats(dir: string, kind: Kind, priv: Json, peers: Peers): Promise<void> {
  const pub = Object.fromEntries(
    Object.entries(priv).filter(([m]) => !PRIVATE_MEMBERS.includes(m)),
  );
  const clear = ["--no-password", "--insecure"];
  const files: { file: string; args: string[]; private: boolean; password?: string }[] = [
    { file: "spki.pem", args: ["--public"], private: false },
    { file: "spki.der", args: ["--public", "--der"], private: false },
    { file: "p8.pem", args: clear, private: true },
    { file: "p8.der", args: ["--der", ...clear], private: true },
    { file: "p8enc.pem", args: ["--new-password-file", "pw1"], private: true, password: "pw1" },
    {
      file: "p8enc.der",
      args: ["--der", "--new-password-file", "pw1"],
      private: true,
      password: "pw1",
    },
  ];
  if (kind.kty === "EC") {
    files.push({ file: "sec1.pem", args: ["--traditional", ...clear], private: true });
  }
  const opensslKnows = kind.kty !== "AKP"; // openssl 3.0 knows every type but ML-DSA
  for (const f of files) {
    const what = `${kind.name} ${f.file}`;
    await done(dir, ["format", "clear.json", ...f.args, "--out", f.file], what);
    const bytes = await Deno.readFile(`${dir}/${f.file}`);
    const head = new TextDecoder().decode(bytes.subarray(0, 40));
    const label = f.file.startsWith("sec1")
      ? "EC PRIVATE KEY"
      : f.file.startsWith("spki")
      ? "PUBLIC KEY"
      : f.password
      ? "ENCRYPTED PRIVATE KEY"
      : "PRIVATE KEY";
    if (f.file.endsWith(".pem")) assert.ok(head.startsWith(`-----BEGIN ${label}-----`), what);
    else assert.equal(bytes[0], 0x30, `${what}: a DER SEQUENCE`);
    // And back to a JWK: the same key, kid and all.
    const opened = f.password ? ["--password-file", f.password] : [];
    const back = JSON.parse(
      await done(dir, ["format", f.file, "--jwk", ...opened, ...clear], `${what} back`),
    );
    assert.deepEqual(back, keyMembers(f.private ? priv : pub), `${what}: back to a JWK`);
    // Others read what we wrote.
    const password = f.password ? PASSWORDS[1] : undefined;
    await pycaLoads(peers, `${dir}/${f.file}`, f.private ? priv : pub, {
      private: f.private,
      password,
      what,
    });
    if (opensslKnows) {
      const check = f.private ? ["-check"] : ["-pubin", "-pubcheck"];
      const pass = password ? ["-passin", `file:${dir}/pw1`] : [];
      await opensslChecks(`${dir}/${f.file}`, [...check, ...pass], what);
    }
  }
  if (opensslKnows) {
    // openssl writes, from our PKCS#8, the very SPKI we wrote.
    const r = await runBytes(need(OPENSSL), ["pkey", "-in", `${dir}/p8.pem`, "-pubout"]);
    assert.equal(new TextDecoder().decode(r.stdout), await Deno.readTextFile(`${dir}/spki.pem`));
  }
}

/** The encrypted file straight to an encrypted PKCS#8, and change-pass on both. */
async function passwords(dir: string, kind: Kind, priv: Json, peers: Peers): Promise<void> {
  await done(dir, [
    "format",
    "key.json",
    "--password-file",
    "pw0",
    "--new-password-file",
    "pw1",
    "--out",
    "key.p8.pem",
  ], `${kind.name}: encrypted JWK to encrypted PKCS#8`);
  await pycaLoads(peers, `${dir}/key.p8.pem`, priv, {
    private: true,
    password: PASSWORDS[1],
    what: `${kind.name} key.p8.pem`,
  });

  // change-pass: the JWE and the PKCS#8, each opens with the new password only.
  await done(dir, [
    "change-pass",
    "key.json",
    "--password-file",
    "pw0",
    "--new-password-file",
    "pw2",
  ], `${kind.name}: change-pass`);
  await done(dir, [
    "change-pass",
    "key.p8.pem",
    "--password-file",
    "pw1",
    "--new-password-file",
    "pw2",
  ], `${kind.name}: change-pass PEM`);
  for (const file of ["key.json", "key.p8.pem"]) {
    for (const old of ["pw0", "pw1"]) {
      refused(
        await jwk(dir, [
          "format",
          file,
          "--jwk",
          "--password-file",
          old,
          "--no-password",
          "--insecure",
        ]),
        /password/,
        `${kind.name}: ${file} with an old password`,
      );
    }
    const now = JSON.parse(
      await done(dir, [
        "format",
        file,
        "--jwk",
        "--password-file",
        "pw2",
        "--no-password",
        "--insecure",
      ], `${kind.name}: ${file} with the new password`),
    );
    assert.deepEqual(now, file === "key.json" ? priv : keyMembers(priv), `${kind.name}: ${file}`);
  }
  // jwcrypto opens the re-encrypted JWE with the new password only (it reads any kty's JWE).
  const jwe = await Deno.readTextFile(`${dir}/key.json`);
  const opened = await peers.jwcrypto.request({ op: "open_file", jwe, password: PASSWORDS[2] });
  assert.deepEqual(opened, priv, `${kind.name}: jwcrypto, new password`);
  await assert.rejects(
    peers.jwcrypto.request({ op: "open_file", jwe, password: PASSWORDS[0] }),
    PeerError,
  );
  await pycaLoads(peers, `${dir}/key.p8.pem`, priv, {
    private: true,
    password: PASSWORDS[2],
    what: `${kind.name} key.p8.pem after change-pass`,
  });
}

/** create, public, thumbprint, keyset, format, change-pass: the whole life of one kind of key. */
async function lifecycle(dir: string, kind: Kind, peers: Peers): Promise<void> {
  const pw0 = ["--password-file", "pw0"];
  await done(dir, ["create", "pub.json", "key.json", ...kind.flags, ...pw0], "create");
  const clear = ["--no-password", "--insecure"];
  await done(dir, ["create", "clear.pub.json", "clear.json", ...kind.flags, ...clear], "create");
  const pub = await readJson(`${dir}/pub.json`);
  const clearPub = await readJson(`${dir}/clear.pub.json`);
  for (const p of [pub, clearPub]) {
    assert.deepEqual([p.kty, p.crv, p.alg], [kind.kty, kind.crv, kind.alg], kind.name);
  }
  // The encrypted file, opened by jwcrypto: its public members are the public file.
  const priv = await peers.jwcrypto.request<Json>({
    op: "open_file",
    jwe: await Deno.readTextFile(`${dir}/key.json`),
    password: PASSWORDS[0],
  });
  const publicOf = (j: Json) =>
    Object.fromEntries(Object.entries(j).filter(([m]) => !PRIVATE_MEMBERS.includes(m)));
  assert.deepEqual(publicOf(priv), pub, `${kind.name}: the files are one key`);

  // public: the public file, word for word, from the encrypted file and from the clear one.
  const fromEnc = ok(await jwk(dir, ["public", "key.json", ...pw0]), "public");
  assert.equal(fromEnc, await Deno.readTextFile(`${dir}/pub.json`), kind.name);
  const fromClear = ok(await jwk(dir, ["public", "clear.json"]), "public clear");
  assert.equal(fromClear, await Deno.readTextFile(`${dir}/clear.pub.json`), kind.name);

  // thumbprint: the kid (RFC 7638 computed here too), and the other hashes.
  const tp = ok(await jwk(dir, ["thumbprint", "key.json", ...pw0]), "thumbprint");
  assert.equal(tp, `${pub.kid}\n`, `${kind.name}: thumbprint = kid`);
  assert.equal(pub.kid, await rfc7638(pub), `${kind.name}: kid = RFC 7638`);
  const clearTp = ok(await jwk(dir, ["thumbprint", "clear.json"]), "thumbprint");
  assert.equal(clearTp, `${clearPub.kid}\n`, kind.name);
  await thumbprints(dir, kind, pub, peers);

  await keyset(dir, kind, pub, clearPub);
  await formats(dir, kind, await readJson(`${dir}/clear.json`), peers);
  await passwords(dir, kind, priv, peers);
}

for (const kind of KINDS) {
  Deno.test({
    name: `${kind.name}: create, public, thumbprint, keyset, format, change-pass`,
    ignore: ignoreWithout(...required(kind)),
    fn: () => inTemp((dir) => withPeers(kind, (peers) => lifecycle(dir, kind, peers))),
  });
}

Deno.test({
  name: "oct: create, thumbprint (with its warning), keyset --private, change-pass; no PEM",
  ignore: ignoreWithout(JWCRYPTO),
  fn: () =>
    inTemp(async (dir) => {
      const jwcrypto = startJwcrypto(need(JWCRYPTO));
      try {
        const c = await jwk(dir, [
          "create",
          "pub.json",
          "key.json",
          "--kty",
          "oct",
          "--kid",
          "k1",
          "--password-file",
          "pw0",
        ]);
        assert.equal(c.code, 0, c.stderr);
        assert.match(c.stderr, /^warning: an oct key has no public part/m);
        const priv = await jwcrypto.request<Json>({
          op: "open_file",
          jwe: await Deno.readTextFile(`${dir}/key.json`),
          password: PASSWORDS[0],
        });
        assert.deepEqual([priv.kty, priv.kid, priv.alg], ["oct", "k1", "HS256"]);
        // public would print the secret: refused.
        refused(
          await jwk(dir, ["public", "key.json", "--password-file", "pw0"]),
          /no public part/,
          "oct public",
        );
        // thumbprint: jwcrypto's, with a warning not to publish it.
        for (const hash of ["SHA-256", ...HASHES]) {
          const t = await jwk(dir, [
            "thumbprint",
            "key.json",
            "--password-file",
            "pw0",
            "--hash",
            hash,
          ]);
          assert.equal(t.code, 0, t.stderr);
          assert.match(t.stderr, /^warning: .*do not publish it\n$/);
          assert.equal(
            t.stdout.trim(),
            await jwcrypto.request({ op: "thumbprint", jwk: priv, hash }),
          );
        }
        // keyset: only with --private, and then the whole key.
        refused(
          await jwk(dir, ["keyset", "add", "set.json", "key.json", "--password-file", "pw0"]),
          /--private/,
          "oct into a set",
        );
        await done(dir, [
          "keyset",
          "add",
          "set.json",
          "key.json",
          "--password-file",
          "pw0",
          "--private",
        ], "add");
        assert.equal((await Deno.stat(`${dir}/set.json`)).mode! & 0o777, 0o600);
        assert.equal(ok(await jwk(dir, ["keyset", "list", "set.json"]), "list"), "k1\n");
        const found = ok(await jwk(dir, ["keyset", "find", "set.json", "--kid", "k1"]), "find");
        assert.deepEqual(JSON.parse(found), priv);
        await done(dir, ["keyset", "remove", "set.json", "--kid", "k1"], "remove");
        assert.equal(ok(await jwk(dir, ["keyset", "list", "set.json"]), "list"), "");
        // format: a secret key has no PEM or DER form.
        for (const flag of ["--pem", "--der"]) {
          refused(
            await jwk(dir, [
              "format",
              "key.json",
              flag,
              "--password-file",
              "pw0",
              "--no-password",
              "--insecure",
            ]),
            /no PEM, DER or OpenSSH form/,
            `oct ${flag}`,
          );
        }
        // change-pass: the new password only.
        await done(dir, [
          "change-pass",
          "key.json",
          "--password-file",
          "pw0",
          "--new-password-file",
          "pw2",
        ], "change-pass");
        const jwe = await Deno.readTextFile(`${dir}/key.json`);
        assert.deepEqual(
          await jwcrypto.request({ op: "open_file", jwe, password: PASSWORDS[2] }),
          priv,
        );
        await assert.rejects(
          jwcrypto.request({ op: "open_file", jwe, password: PASSWORDS[0] }),
          PeerError,
        );
      } finally {
        await jwcrypto.close();
      }
    }),
});
