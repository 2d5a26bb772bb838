/**
 * Project Wycheproof's JWKs (tests/fixtures/wycheproof/vectors.json, made by
 * extract.py there from C2SP/wycheproof): every key read as its vectors say
 * (accepted, or refused: points off the curve, keys too long, a ROCA
 * modulus), its JSON Web Key sets accepted or refused as its tests expect
 * where the fault is in the set itself, and the thumbprint of every key read
 * equal to python3-jwcrypto's.
 */
import assert from "node:assert/strict";
import { findInJwkSet, JwkError, parseJwkSet, thumbprint, validateJwk } from "../mod.ts";
import { ignoreWithout, need, PeerError, python3WithJwcrypto, startJwcrypto } from "./_peers.ts";
import { refused, runCli } from "./_run_cli.ts";

interface Vectors {
  source: string;
  keysets: { set: unknown; tests: { tcId: number; comment: string; result: string }[] }[];
  keys: { where: string; expect: "accept" | "refuse"; jwk: Record<string, unknown> }[];
}

const VECTORS: Vectors = JSON.parse(
  await Deno.readTextFile(new URL("./fixtures/wycheproof/vectors.json", import.meta.url)),
);

/** What reading a key did: "accept", or the refusal's message. */
async function read(jwk: unknown): Promise<string> {
  try {
    await validateJwk(jwk);
    return "accept";
  } catch (e) {
    if (!(e instanceof JwkError)) throw e; // a crash, not a refusal
    return e.message;
  }
}

Deno.test("Wycheproof: every JWK accepted or refused as its vectors say", async () => {
  const wrong: string[] = [];
  for (const v of VECTORS.keys) {
    const got = await read(v.jwk);
    if ((got === "accept") !== (v.expect === "accept")) wrong.push(`${v.where}: ${got}`);
  }
  assert.deepEqual(wrong, [], `${wrong.length} of ${VECTORS.keys.length} read wrongly`);
  // The file holds both kinds, in numbers (a vectors file gone empty fails here).
  assert.ok(VECTORS.keys.filter((v) => v.expect === "refuse").length >= 50);
  assert.ok(VECTORS.keys.filter((v) => v.expect === "accept").length >= 500);
});

/**
 * Sets whose tests are all invalid because of a key or of the set itself:
 * to be refused on reading. The other invalid ones are about a token checked
 * with a sound set, which no set reader can see.
 */
const SET_FAULTS = new Set([
  "rejectsKeyWithRocaVulnerability",
  "rejectsPublicExponent1",
  "key_too_short",
  "empty_key",
  "mismatchedAlgAndCurve",
  "rejectsModifiedKey",
  "rejectsAesKey",
]);

/** Invalid only in how a verifier uses the set; the set itself is readable. */
const VERIFIER_FAULTS: Record<string, string> = {
  rejectsDuplicateKid: "RFC 7517 allows one kid twice; finding it is refused (tested below)",
  rejectsValid: "a set of public and private keys is 'Ambiguous' in Wycheproof's own words",
  rejectsWrongUse: "an RSA1_5 key with use 'enc' is consistent; the fault is a JWS signed with it",
  rejects1024bitRsaKey: "a 1024-bit RSA key is read (to convert or retire it); create refuses it",
};

Deno.test("Wycheproof: JSON Web Key sets with a faulty key or kid are refused", async () => {
  let refusedSets = 0, readSets = 0;
  for (const { set, tests } of VECTORS.keysets) {
    const valid = tests.some((t) => t.result === "valid");
    const faults = tests.map((t) => t.comment);
    let got = "accept";
    try {
      await parseJwkSet(JSON.stringify(set));
    } catch (e) {
      if (!(e instanceof JwkError)) throw e;
      got = e.message;
    }
    const what = `set of test ${tests[0].tcId} (${faults.join(", ")})`;
    if (valid) {
      assert.equal(got, "accept", what);
      readSets++;
    } else if (faults.every((f) => SET_FAULTS.has(f))) {
      assert.notEqual(got, "accept", `${what} should be refused`);
      refusedSets++;
    } else {
      const why = faults.map((f) => VERIFIER_FAULTS[f]).find((w) => w !== undefined);
      assert.ok(why, `${what}: a fault this test does not know`);
      console.log(`  not a set reader's call: ${what}: ${why}`);
    }
  }
  assert.ok(refusedSets >= 15 && readSets >= 5, `${refusedSets} refused, ${readSets} read`);
});

Deno.test("Wycheproof: the kid two keys of a set share cannot be looked up", async () => {
  const { set } = VECTORS.keysets.find((s) => s.tests[0].comment === "rejectsDuplicateKid")!;
  const parsed = await parseJwkSet(JSON.stringify(set));
  const kid = parsed.keys[0].kid!;
  assert.equal(parsed.keys[1].kid, kid);
  assert.throws(
    () => findInJwkSet(parsed, kid),
    (e) => e instanceof JwkError && e.code === "DUPLICATE_KID",
  );
});

Deno.test("Wycheproof: the command line refuses a ROCA key and a mislabeled key in one line", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const roca = VECTORS.keys.find((v) => v.where.includes("roca"))!;
    await Deno.writeTextFile(`${dir}/roca.json`, JSON.stringify(roca.jwk));
    refused(
      await runCli(["public", `${dir}/roca.json`]),
      /ROCA fingerprint \(CVE-2017-15361/,
      "public of a ROCA key",
      [String(roca.jwk.d)],
    );
    const set = VECTORS.keysets.find((s) => s.tests[0].comment === "mismatchedAlgAndCurve")!;
    await Deno.writeTextFile(`${dir}/set.json`, JSON.stringify(set.set));
    refused(
      await runCli(["keyset", "list", `${dir}/set.json`]),
      /alg 'ES521' does not fit its curve P-256/,
      "keyset list of a set with a mislabeled key",
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

const python = await python3WithJwcrypto();

Deno.test({
  name: "Wycheproof: the thumbprint of every key read equals jwcrypto's",
  ignore: ignoreWithout(python),
  async fn() {
    const peer = startJwcrypto(need(python));
    let compared = 0;
    const theirsRefused: string[] = [];
    try {
      for (const v of VECTORS.keys) {
        if (v.expect !== "accept") continue;
        const ours = await thumbprint(await validateJwk(v.jwk));
        let theirs: string;
        try {
          theirs = await peer.request<string>({ op: "thumbprint", jwk: v.jwk });
        } catch (e) {
          if (!(e instanceof PeerError)) throw e;
          theirsRefused.push(`${v.where}: ${e.message}`);
          continue;
        }
        assert.equal(ours, theirs, v.where);
        compared++;
      }
    } finally {
      await peer.close();
    }
    if (theirsRefused.length) {
      console.log(`  jwcrypto refused ${theirsRefused.length}, e.g. ${theirsRefused[0]}`);
    }
    assert.ok(compared >= 500, `only ${compared} thumbprints compared`);
  },
});
