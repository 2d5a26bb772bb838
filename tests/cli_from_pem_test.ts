/**
 * `jwk create --from-pem` against what step's own library made of the same
 * files: a key read from PEM is deterministic, so the public members, `kid`,
 * `alg`, `use` and `x5c` must match exactly; private files must hold the same
 * private members.
 */
import assert from "node:assert/strict";
import { DENO, ROOT, run } from "./ship_helpers.ts";

const CLI = `${ROOT}/cli.ts`;
const PEM = `${ROOT}/tests/fixtures/pem`;
const STEP = `${PEM}/step-output`;
const PUBLIC = ["kty", "crv", "x", "y", "n", "e", "kid", "alg", "use", "x5c"];
const PRIVATE = ["d", "p", "q", "dp", "dq", "qi"];

const cases = [...Deno.readDirSync(STEP)]
  .map((e) => e.name)
  .filter((n) => n.endsWith(".pub.json"))
  .map((n) => n.slice(0, -".pub.json".length))
  .sort();

Deno.test("cli --from-pem matches step's output for every file step could read", async () => {
  assert.ok(cases.length >= 10, `only ${cases.length} step outputs found`);
  const dir = await Deno.makeTempDir({ prefix: "jwk-from-pem-" });
  for (const name of cases) {
    const want = JSON.parse(await Deno.readTextFile(`${STEP}/${name}.pub.json`));
    // step needed --alg RS256 for RSA and --use enc --alg RSA-OAEP-256 for the enc
    // certificate; our defaults must reach the same without those flags.
    const r = await run(DENO, [
      "run",
      "--no-prompt",
      "--allow-read",
      "--allow-write",
      CLI,
      "create",
      `${name}.pub.json`,
      `${name}.priv.json`,
      "--from-pem",
      `${PEM}/${name}.pem`,
      "--no-password",
      "--insecure",
    ], { cwd: dir });
    assert.equal(r.code, 0, `${name}: ${r.stderr}`);
    const got = JSON.parse(await Deno.readTextFile(`${dir}/${name}.pub.json`));
    for (const m of PUBLIC) assert.deepEqual(got[m], want[m], `${name}: ${m}`);
    for (const m of PRIVATE) assert.equal(got[m], undefined, `${name}: public file has ${m}`);

    const stepPriv = await Deno.readTextFile(`${STEP}/${name}.priv.json`).catch(() => undefined);
    const ours = await Deno.readTextFile(`${dir}/${name}.priv.json`).catch(() => undefined);
    if (stepPriv === undefined) {
      // A public key or certificate: only the public file is written, and we say so.
      assert.equal(ours, undefined, `${name}: a private file was written`);
      assert.match(r.stderr, /holds only a public key/);
    } else {
      const want = JSON.parse(stepPriv);
      const priv = JSON.parse(ours!);
      for (const m of [...PUBLIC, ...PRIVATE]) assert.deepEqual(priv[m], want[m], `${name}: ${m}`);
    }
  }
  await Deno.remove(dir, { recursive: true });
});
