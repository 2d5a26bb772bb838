/**
 * The library outside Deno: `deno task bundle` turns mod.ts into one ES module
 * (jose included), and Node imports it, creates an encrypted key, opens it
 * again and checks it. The bundle must not mention `Deno`, and Node runs it
 * under its permission model with read access to the bundle's folder only:
 * what is left is WebCrypto.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { assertOk, DENO, have, ROOT, run, tempDir } from "./ship_helpers.ts";

const NODE = Deno.env.get("NODE_BIN") ?? "/usr/bin/node";

/** The script Node runs; it exits non-zero on any mismatch. */
const SCRIPT = `
import assert from "node:assert/strict";
const lib = await import(process.argv[2]);
const password = "node test password";
for (const options of [
  { kty: "OKP" },
  { kty: "EC", crv: "P-384", use: "enc" },
  { kty: "RSA", size: 2048 },
  { kty: "OKP", crv: "X25519", use: "enc" },
]) {
  const made = await lib.createJwk({ ...options, password });
  const { publicJwk, encryptedJwk } = made;
  assert.ok(encryptedJwk && encryptedJwk.ciphertext, "no encrypted private JWK");
  assert.equal(JSON.parse(atob(encryptedJwk.protected.replace(/-/g, "+").replace(/_/g, "/"))).p2c,
    lib.DEFAULT_ITERATIONS);
  const privateJwk = await lib.decryptJwk(JSON.stringify(encryptedJwk), password);
  assert.equal(privateJwk.kid, publicJwk.kid);
  assert.equal(publicJwk.kid, await lib.thumbprint(publicJwk));
  assert.equal(await lib.thumbprint(privateJwk), publicJwk.kid);
  assert.ok(!("d" in publicJwk), "the public JWK holds d");
  await assert.rejects(lib.decryptJwk(encryptedJwk, "not the password"), lib.JwkError);
  if (publicJwk.alg === "EdDSA" || publicJwk.alg === "RS256") {
    // The pair must really sign and verify, with Node's own WebCrypto.
    const algo = publicJwk.alg === "EdDSA"
      ? { name: "Ed25519" }
      : { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
    const key = (jwk, use) => crypto.subtle.importKey("jwk", jwk, algo, false, [use]);
    const data = new TextEncoder().encode("signed in node");
    const sig = await crypto.subtle.sign(algo, await key(privateJwk, "sign"), data);
    assert.ok(await crypto.subtle.verify(algo, await key(publicJwk, "verify"), sig, data));
  }
  console.log(publicJwk.kty, publicJwk.crv ?? "", publicJwk.alg, publicJwk.kid);
}
`;

Deno.test("node: the bundled library creates, encrypts and reopens keys", async (t) => {
  if (!(await have(NODE))) {
    const why = `no Node at ${NODE} (set NODE_BIN)`;
    console.log(`SKIPPED: ${why}`);
    await t.step({ name: `skipped: ${why}`, ignore: true, fn: () => {} });
    return;
  }
  const [dir, cleanup] = await tempDir("node");
  try {
    // The bundle task, with the output moved out of the checkout.
    const config = JSON.parse(await Deno.readTextFile(join(ROOT, "deno.json")));
    const words = (config.tasks.bundle as string).trim().split(/\s+/);
    assert.deepEqual(words.slice(0, 2), ["deno", "bundle"]);
    const bundle = join(dir, "lib", "mod.mjs");
    words[words.indexOf("--output") + 1] = bundle;
    assertOk(await run(DENO, words.slice(1), { cwd: ROOT }), "deno bundle");

    const code = await Deno.readTextFile(bundle);
    assert.doesNotMatch(code, /\bDeno\./, "the bundle uses the Deno namespace");
    assert.doesNotMatch(code, /\bfrom\s*["'](node:|npm:)|\brequire\(/, "the bundle imports");

    await Deno.writeTextFile(join(dir, "check.mjs"), SCRIPT);
    const version = await run(NODE, ["--version"]);
    const major = Number(version.stdout.trim().replace(/^v/, "").split(".")[0]);
    // Node 20+ has a permission model: only reading the two files is allowed.
    const sandbox = major >= 22
      ? ["--permission", `--allow-fs-read=${dir}/*`]
      : ["--experimental-permission", `--allow-fs-read=${dir}/*`];
    const r = await run(NODE, [
      "--no-warnings",
      ...sandbox,
      join(dir, "check.mjs"),
      `./lib/mod.mjs`,
    ], { cwd: dir, env: { NODE_OPTIONS: "" } });
    assertOk(r, `node ${version.stdout.trim()}`);
    const lines = r.stdout.trim().split("\n");
    assert.equal(lines.length, 4, r.stdout);
    assert.match(lines[0], /^OKP Ed25519 EdDSA [\w-]{43}$/);
    assert.match(lines[1], /^EC P-384 ECDH-ES [\w-]{43}$/);
    assert.match(lines[2], /^RSA {2}RS256 [\w-]{43}$/);
    assert.match(lines[3], /^OKP X25519 ECDH-ES [\w-]{43}$/);
  } finally {
    await cleanup();
  }
});
