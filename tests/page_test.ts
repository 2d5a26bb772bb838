/**
 * The page without a browser: its form logic gives the command line's own
 * messages (checked against the CLI run as a subprocess), its choices cover
 * the library's tables and only offer what the library accepts, and the built
 * file is self-contained with a CSP whose hashes match its inline blocks.
 * The browsers' side is tests/page_browser_test.ts.
 */
import assert from "node:assert/strict";
import { ALGORITHMS, CURVES, DEFAULTS, KEY_TYPES, resolveKeyParams } from "../mod.ts";
import { buildPage, sha256Base64 } from "../page/build.ts";
import {
  algChoices,
  curveChoices,
  keyOpsChoices,
  ktyChoices,
  resolved,
  sizeChoices,
} from "../page/choices.ts";
import { CLEAR_PRIVATE_WARNING, createForPage, messageOf, type PageRequest } from "../page/run.ts";
import { b64uDecode, b64uEncode, publicPart, rfc7638 } from "./_helpers.ts";
import { secp256k1 } from "@noble/curves/secp256k1.js";
import { ed448, x448 } from "@noble/curves/ed448.js";
import { ml_dsa44, ml_dsa65, ml_dsa87 } from "@noble/post-quantum/ml-dsa.js";

const CLI = new URL("../cli.ts", import.meta.url).pathname;

/** The CLI's one error line for these flags (a password file, so no prompt and no --insecure). */
async function cliError(flags: string[]): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "jwk-page-cli-" });
  try {
    await Deno.writeTextFile(`${dir}/pw`, "pw\n");
    const o = await new Deno.Command(Deno.execPath(), {
      args: ["run", "--no-prompt", "--allow-read", "--allow-write", CLI, "create", "a", "b"]
        .concat(flags, ["--password-file", "pw"]),
      cwd: dir,
      stdin: "null",
      stdout: "null",
      stderr: "piped",
    }).output();
    assert.notEqual(o.code, 0, flags.join(" "));
    return new TextDecoder().decode(o.stderr).trim();
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

async function pageError(req: PageRequest): Promise<string> {
  try {
    await createForPage(req);
  } catch (e) {
    return messageOf(e);
  }
  throw new Error(`accepted: ${JSON.stringify(req)}`);
}

Deno.test("page: a bad form gives the command line's message, word for word", async () => {
  const cases: [PageRequest, string[]][] = [
    [{ kty: "RSA", size: "abc" }, ["--kty", "RSA", "--size", "abc"]],
    [{ kty: "ec" }, ["--kty", "ec"]],
    [{ kty: "RSA", size: "1024" }, ["--kty", "RSA", "--size", "1024"]],
    [{ kty: "OKP", crv: "X25519", use: "sig" }, [
      "--kty",
      "OKP",
      "--crv",
      "X25519",
      "--use",
      "sig",
    ]],
    [{ kty: "EC", alg: "HS256" }, ["--kty", "EC", "--alg", "HS256"]],
    [{ use: "enc", keyOps: ["sign"] }, ["--use", "enc", "--key-ops", "sign"]],
    [{ kty: "oct", alg: "A128KW", size: "256" }, [
      "--kty",
      "oct",
      "--alg",
      "A128KW",
      "--size",
      "256",
    ]],
  ];
  for (const [req, flags] of cases) {
    assert.equal(`error: ${await pageError(req)}`, await cliError(flags), flags.join(" "));
  }
});

Deno.test("page: every defaults row, as the command line picks it; kid, JWK Set, thumbprint", async () => {
  for (const row of DEFAULTS) {
    const r = await createForPage({ kty: row.kty, crv: row.crv, use: row.use });
    assert.equal(r.publicJwk.alg, row.alg, JSON.stringify(row));
    assert.equal(r.encrypted, false);
    assert.deepEqual(r.warnings.at(-1), CLEAR_PRIVATE_WARNING);
    if (row.kty === "oct") {
      assert.equal(r.jwks, undefined);
      assert.equal(r.thumbprint, undefined);
      assert.equal(r.publicJwk.kid, undefined);
    } else {
      assert.deepEqual(r.jwks, { keys: [r.publicJwk] });
      assert.equal(r.thumbprint, await rfc7638(r.publicJwk));
      assert.equal(r.publicJwk.kid, r.thumbprint);
    }
  }
  const withPassword = await createForPage({ kty: "OKP", password: "pw", kid: "mine" });
  assert.equal(withPassword.encrypted, true);
  assert.deepEqual(withPassword.warnings, []);
  assert.equal(withPassword.publicJwk.kid, "mine");
  assert.notEqual(withPassword.thumbprint, "mine");
});

Deno.test("page: the choices cover the tables, and the library accepts every one offered", () => {
  assert.deepEqual(ktyChoices(), [...KEY_TYPES]);
  const offered = new Set<string>();
  const curves = new Set<string>();
  for (const kty of KEY_TYPES) {
    const crvs = curveChoices(kty).flatMap((g) => g.values);
    crvs.forEach((c) => curves.add(c));
    for (const crv of crvs.length ? crvs : [""]) {
      for (const use of ["", "sig", "enc"]) {
        const chosen = { kty, crv, alg: "", use, size: "" };
        for (const alg of algChoices(chosen).flatMap((g) => g.values)) {
          offered.add(alg);
          const sizes = sizeChoices({ ...chosen, alg });
          for (const size of sizes.length ? sizes : [undefined]) {
            // Throws if the page offered a combination the library refuses.
            resolveKeyParams({ kty, crv: crv || undefined, alg, use: use || undefined, size });
          }
        }
      }
    }
  }
  assert.deepEqual([...offered].sort(), Object.keys(ALGORITHMS).sort());
  assert.deepEqual([...curves].sort(), Object.values(CURVES).flat().sort());
  assert.ok(keyOpsChoices().includes("deriveBits"));
  // The summary line says why a choice will be refused.
  const refused = resolved({ kty: "RSA", crv: "", alg: "ES256", use: "", size: "" });
  assert.ok("error" in refused && refused.error.includes("ES256"));
});

/** The public key of a private value, computed by @noble (independent of the library's path). */
const NOBLE_PUBLIC: Record<string, (jwk: Record<string, string>) => Record<string, string>> = {
  secp256k1: (j) => {
    const point = secp256k1.getPublicKey(b64uDecode(j.d), false);
    return { x: b64uEncode(point.subarray(1, 33)), y: b64uEncode(point.subarray(33)) };
  },
  Ed448: (j) => ({ x: b64uEncode(ed448.getPublicKey(b64uDecode(j.d))) }),
  X448: (j) => ({ x: b64uEncode(x448.getPublicKey(b64uDecode(j.d))) }),
  "ML-DSA-44": (j) => ({ pub: b64uEncode(ml_dsa44.keygen(b64uDecode(j.priv)).publicKey) }),
  "ML-DSA-65": (j) => ({ pub: b64uEncode(ml_dsa65.keygen(b64uDecode(j.priv)).publicKey) }),
  "ML-DSA-87": (j) => ({ pub: b64uEncode(ml_dsa87.keygen(b64uDecode(j.priv)).publicKey) }),
};

Deno.test("page: secp256k1, Ed448, X448, ML-DSA and RFC 9864's algs, judged by @noble", async () => {
  // Every choice the page offers for the newer types (curves and algs from its own tables).
  const offered: PageRequest[] = [];
  for (const kty of ["EC", "OKP", "AKP"]) {
    for (
      const crv of curveChoices(kty).flatMap((g) => g.values).concat(kty === "AKP" ? [""] : [])
    ) {
      for (
        const alg of algChoices({ kty, crv, alg: "", use: "", size: "" }).flatMap((g) => g.values)
      ) {
        const name = kty === "AKP" ? alg : crv;
        if (name in NOBLE_PUBLIC || ["Ed25519", "Ed448"].includes(alg)) {
          offered.push({ kty, crv, alg });
        }
      }
    }
  }
  const seen = new Set(offered.map((r) => r.kty === "AKP" ? r.alg : `${r.crv} ${r.alg}`));
  for (
    const must of [
      "secp256k1 ES256K",
      "Ed448 EdDSA",
      "Ed448 Ed448",
      "Ed25519 Ed25519",
      "X448 ECDH-ES",
    ]
  ) {
    assert.ok(seen.has(must), `the page offers ${must}`);
  }
  for (const alg of ["ML-DSA-44", "ML-DSA-65", "ML-DSA-87"]) assert.ok(seen.has(alg), alg);
  let judged = 0;
  for (const req of offered) {
    const what = JSON.stringify(req);
    const r = await createForPage(req);
    const priv = r.privateFile as unknown as Record<string, string>;
    assert.equal(r.publicJwk.alg, req.alg, what);
    assert.deepEqual(r.publicJwk, publicPart(priv), what);
    assert.equal(r.thumbprint, await rfc7638(r.publicJwk), what);
    assert.equal(r.publicJwk.kid, r.thumbprint, what);
    const noble = NOBLE_PUBLIC[req.kty === "AKP" ? req.alg! : req.crv!];
    if (noble) {
      const { kty: _k, kid: _i, crv: _c, alg: _a, use: _u, d: _d, priv: _p, ...pub } = priv;
      assert.deepEqual(pub, noble(priv), `${what}: the public key of the private one`);
      judged++;
    }
  }
  console.log(`${offered.length} choices made, ${judged} judged by @noble`);
});

Deno.test("page: the built file is self-contained, its CSP forbids requests and hashes its code", async () => {
  const html = await buildPage();
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const styles = [...html.matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style>/g)];
  assert.equal(scripts.length, 1, "one inline script");
  assert.equal(styles.length, 1, "one inline style");
  assert.equal(scripts[0][1].trim(), "", "the script has no src");
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? "";
  const directives = new Map(
    csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(" ")]),
  );
  assert.equal(directives.get("default-src"), "'none'");
  assert.equal(directives.get("connect-src"), "'none'");
  assert.equal(directives.get("form-action"), "'none'");
  assert.equal(directives.get("script-src"), `'sha256-${await sha256Base64(scripts[0][2])}'`);
  assert.equal(directives.get("style-src"), `'sha256-${await sha256Base64(styles[0][2])}'`);
  assert.doesNotMatch(csp, /unsafe|https?:|\*/);
  // Nothing to fetch: no src, no href but "#", no link/img/iframe elements, no inline handlers.
  assert.deepEqual([...html.matchAll(/\s(src|href)="(?!#")[^"]*"/g)].map((m) => m[0]), []);
  assert.doesNotMatch(html, /<(link|img|iframe|object|embed)\b/i);
  assert.doesNotMatch(html, /\son[a-z]+="/i);
  assert.doesNotMatch(html, /\sstyle="/i);
  // No local path of the machine that built it.
  assert.doesNotMatch(html, /\/(root|home|work|tmp)\//);
  // The contract for automation.
  for (const name of ["kty", "crv", "alg", "use", "size", "kid", "password"]) {
    assert.match(html, new RegExp(`name="${name}"`), name);
  }
  assert.match(html, /<button type="submit"/);
  for (const id of ["public-jwk", "private-jwk", "jwks", "error"]) {
    assert.match(html, new RegExp(`id="${id}"`), id);
  }
});
