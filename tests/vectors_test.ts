/**
 * Files written by step's own library (tests/fixtures/step, copied from
 * shared/vectors/step): every private file opens with its password and
 * matches its public file; kid is our RFC 7638 thumbprint.
 */
import assert from "node:assert/strict";
import { decryptJwk, isEncryptedJwk, type Jwk, publicJwk, thumbprint } from "../mod.ts";
import {
  b64uDecode,
  publicPart,
  rejectsWith,
  rfc7638,
  STEP_FIXTURES,
  stepPassword,
} from "./_helpers.ts";
import { SHARED_DIR } from "./_peers.ts";

const names: string[] = [];
for await (const e of Deno.readDir(STEP_FIXTURES)) {
  if (e.name.endsWith(".priv.json")) names.push(e.name.slice(0, -".priv.json".length));
}
names.sort();

const read = async (file: string) => await Deno.readTextFile(new URL(file, STEP_FIXTURES));

Deno.test("the fixtures hold step's vectors", () => {
  assert.deepEqual(names, [
    "ec-kid",
    "ec-p256",
    "ec-p256-100k",
    "ec-p256-enc",
    "ec-p384",
    "ec-p521",
    "oct",
    "oct-enc",
    "okp-ed25519",
    "rsa-2048",
    "rsa-2048-enc",
    "rsa-ps384",
  ]);
});

Deno.test({
  name: "the fixtures are byte-identical to shared/vectors/step (when shared/ is beside the repo)",
  ignore: await Deno.stat(new URL("vectors/step/", SHARED_DIR)).then(() => false, () => {
    console.log("shared/vectors/step not found beside the repository: not compared");
    return true;
  }),
  fn: async () => {
    const shared = new URL("vectors/step/", SHARED_DIR);
    const theirs: string[] = [];
    for await (const e of Deno.readDir(shared)) theirs.push(e.name);
    const ours: string[] = [];
    for await (const e of Deno.readDir(STEP_FIXTURES)) ours.push(e.name);
    assert.deepEqual(ours.sort(), theirs.sort());
    for (const name of theirs) {
      assert.deepEqual(
        await Deno.readFile(new URL(name, STEP_FIXTURES)),
        await Deno.readFile(new URL(name, shared)),
        name,
      );
    }
  },
});

for (const name of names) {
  Deno.test(`step vector ${name}: opens with password.txt and matches ${name}.pub.json`, async () => {
    const text = await read(`${name}.priv.json`);
    const pub = JSON.parse(await read(`${name}.pub.json`));
    const file = JSON.parse(text);
    let priv: Record<string, unknown>;
    if (name === "ec-kid") {
      // Written with --no-password --insecure.
      assert.ok(!isEncryptedJwk(file));
      priv = file;
    } else {
      assert.ok(isEncryptedJwk(file));
      const h = JSON.parse(new TextDecoder().decode(b64uDecode(file.protected)));
      assert.deepEqual(
        [h.alg, h.cty, h.enc, h.p2c],
        ["PBES2-HS256+A128KW", "jwk+json", "A256GCM", name.endsWith("-100k") ? 100_000 : 600_000],
      );
      priv = await decryptJwk(text, await stepPassword());
      assert.deepEqual(await decryptJwk(file, await stepPassword()), priv);
    }
    if (pub.kty === "oct") {
      // step writes the whole secret to the public file; it has no kid.
      assert.deepEqual(pub, priv);
      assert.ok(!("kid" in priv));
    } else {
      assert.deepEqual(publicPart(priv), pub);
      assert.ok("d" in priv);
      if (name !== "ec-kid") {
        assert.equal(await thumbprint(pub), pub.kid);
        assert.equal(await rfc7638(pub), pub.kid);
        assert.equal(await thumbprint(priv), pub.kid);
      } else {
        assert.equal(pub.kid, "my-key-1");
      }
    }
    // Our public view of step's private key is step's public file, member order included.
    const view = publicJwk(priv as unknown as Jwk);
    assert.deepEqual(view, pub);
    assert.deepEqual(Object.keys(view), Object.keys(pub));
  });
}

Deno.test("step vectors: a wrong password is BAD_PASSWORD 'wrong password or corrupted file'", async () => {
  const text = await read("ec-p256-100k.priv.json");
  const pw = await stepPassword();
  for (const wrong of [pw + "\n", pw.toUpperCase(), "x"]) {
    await rejectsWith(decryptJwk(text, wrong), "BAD_PASSWORD", "wrong password or corrupted file");
  }
});

Deno.test("step vectors: password.txt ends in a newline that is not part of the password", async () => {
  const raw = await read("password.txt");
  assert.ok(raw.endsWith("\n"));
  assert.equal(await stepPassword(), raw.trimEnd());
  assert.ok(!(await stepPassword()).endsWith("\n"));
});
