/**
 * Drives dist/jwk.html through its stable contract (controls named after the
 * flags of `jwk create`, a submit button, results in #public-jwk,
 * #private-jwk, #jwks, #error; `data-runs` on the form counts answers), and
 * judges what it shows with python3-jwcrypto.
 * @module
 */
import assert from "node:assert/strict";
import type { Page } from "./_browsers.ts";
import { ALGORITHMS } from "../mod.ts";
import type { JsonLinePeer } from "./_peers.ts";
import type { Dom } from "./_dom.ts";
import { ml_dsa44, ml_dsa65, ml_dsa87 } from "@noble/post-quantum/ml-dsa.js";
import { PeerError } from "./_peers.ts";
import { b64uDecode, PRIVATE_MEMBERS, publicPart, rfc7638 } from "./_helpers.ts";

/** The form's fields, as the page's controls are named. */
export interface Fields {
  kty?: string;
  crv?: string;
  alg?: string;
  use?: string;
  size?: string;
  kid?: string;
  "key-ops"?: string[];
  insecure?: boolean;
  subtle?: boolean;
  password?: string;
  "from-pem"?: string;
  "pem-password"?: string;
}

/** What the page shows after an answer. */
export interface Shown {
  publicJwk?: Record<string, unknown>;
  privateFile?: Record<string, unknown>;
  jwks?: { keys: Record<string, unknown>[] };
  thumbprint: string;
  error: string;
}

/**
 * Sets the form, control by control in the page's order (the key type first:
 * it decides which curves and algorithms are offered), and checks that every
 * select took the value, which proves the page offers that choice.
 */
export async function setForm(page: Page, fields: Fields): Promise<void> {
  const problems = await page.evaluate((f: Record<string, unknown>) => {
    const { document, Event } = globalThis as unknown as Dom;
    const form = document.querySelector("#create-form")!;
    form.reset();
    const out: string[] = [];
    const named = (n: string) => form.querySelector(`[name="${n}"]`)!;
    for (const n of ["kty", "crv", "use", "alg", "size", "kid", "password", "from-pem"]) {
      const el = named(n);
      el.value = String(f[n] ?? "");
      el.dispatchEvent(new Event(el.tagName === "SELECT" ? "change" : "input"));
      if (el.value !== String(f[n] ?? "")) out.push(`${n} '${f[n]}' is not offered`);
    }
    named("pem-password").value = String(f["pem-password"] ?? "");
    for (const n of ["insecure", "subtle"]) named(n).checked = f[n] === true;
    const ops = (f["key-ops"] as string[] | undefined) ?? [];
    for (const box of form.querySelectorAll('input[name="key-ops"]')) {
      box.checked = ops.includes(box.value);
    }
    for (const op of ops) {
      if (!form.querySelector(`input[name="key-ops"][value="${op}"]`)) {
        out.push(`key operation ${op} is not offered`);
      }
    }
    return out;
  }, fields as Record<string, unknown>);
  assert.deepEqual(problems, [], JSON.stringify(fields));
}

/** Clicks the submit button and waits for the page's answer. */
export async function submit(page: Page, timeout = 120_000): Promise<Shown> {
  const runs = await answers(page);
  await page.click('button[type="submit"]');
  await nextAnswer(page, runs, timeout);
  return await shown(page);
}

/** How many answers the page has given (its form's `data-runs`). */
export function answers(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as Dom;
    return Number(document.querySelector("#create-form")!.dataset.runs);
  });
}

/** Waits until the page has given more than `runs` answers. */
export async function nextAnswer(page: Page, runs: number, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    (n: number) => {
      const { document } = globalThis as unknown as Dom;
      return Number(document.querySelector("#create-form")!.dataset.runs) > n;
    },
    { timeout, polling: 50 },
    runs,
  );
}

/** Reads the result elements. */
export async function shown(page: Page): Promise<Shown> {
  const text = await page.evaluate(() => {
    const { document } = globalThis as unknown as Dom;
    return Object.fromEntries(
      ["public-jwk", "private-jwk", "jwks", "thumbprint", "error"].map((
        id,
      ) => [id, document.getElementById(id)!.textContent ?? ""]),
    );
  });
  const json = (s: string) => (s === "" ? undefined : JSON.parse(s));
  return {
    publicJwk: json(text["public-jwk"]),
    privateFile: json(text["private-jwk"]),
    jwks: json(text.jwks),
    thumbprint: text.thumbprint,
    error: text.error,
  };
}

/** The content encryption that fits a `dir` key of `bits`. */
function encForDir(bits: number): string {
  return { 128: "A128GCM", 192: "A192GCM", 256: "A256GCM", 384: "A192CBC-HS384" }[bits] ??
    "A256CBC-HS512";
}

/**
 * Judges a key pair with jwcrypto: the private key signs and the public key
 * verifies, or the public key encrypts and the private key decrypts; the kid
 * is jwcrypto's thumbprint; the public JWK is the private one without its
 * private members; the JWK Set holds the public JWK (none for oct).
 * AKP (ML-DSA) keys, which Debian's jwcrypto 1.1 does not know, are judged by
 * @noble/post-quantum and Deno's WebCrypto instead (see {@link judgeMlDsa}).
 */
export async function judge(
  jwcrypto: JsonLinePeer,
  shownKey: Shown,
  what: string,
): Promise<void> {
  const pub = shownKey.publicJwk!;
  const priv = shownKey.privateFile!;
  assert.ok(pub && priv, `${what}: public and private JWKs shown`);
  const alg = String(pub.alg);
  const payload = `page test ${what}`;
  if (pub.kty === "oct") {
    assert.deepEqual(pub, priv, `${what}: an oct key's public JWK is the key, as step writes it`);
    assert.equal(shownKey.jwks, undefined, `${what}: no JWK Set for a secret key`);
  } else {
    assert.deepEqual(pub, publicPart(priv), `${what}: public = private minus private members`);
    assert.ok(!Object.keys(pub).some((m) => PRIVATE_MEMBERS.includes(m)), what);
    assert.deepEqual(shownKey.jwks, { keys: [pub] }, `${what}: the JWK Set`);
    // jwcrypto 1.1 has no AKP: RFC 7638 over alg, kty, pub, computed by the test itself.
    const tp = pub.kty === "AKP" ? await rfc7638(pub) : await jwcrypto.request({
      op: "thumbprint",
      jwk: pub,
    });
    assert.equal(shownKey.thumbprint, tp, `${what}: thumbprint`);
    if (!String(pub.kid).startsWith("page-")) assert.equal(pub.kid, tp, `${what}: kid`);
  }
  if (pub.kty === "AKP") {
    await judgeMlDsa(pub, priv, payload, what);
  } else if ((ALGORITHMS[alg]?.use ?? pub.use) === "sig") {
    const jws = await signWith(jwcrypto, priv, alg, payload, what);
    assert.equal(await jwcrypto.request({ op: "verify", jwk: pub, jws }), payload, what);
  } else {
    const bits = pub.k ? (String(pub.k).length * 6) >> 3 << 3 : 0;
    const enc = alg === "dir" ? encForDir(bits) : "A256GCM";
    const jwe = await jwcrypto.request<string>({ op: "encrypt", jwk: pub, alg, enc, payload });
    assert.equal(await jwcrypto.request({ op: "decrypt", jwk: priv, jwe }), payload, what);
  }
}

/** RFC 9864's fully-specified names, each EdDSA on one curve. */
const FULLY_SPECIFIED_EDDSA = ["Ed25519", "Ed448"];
let saidEdDsa = false;

/**
 * A JWS by jwcrypto. jwcrypto releases without RFC 9864 refuse the alg names
 * `Ed25519` and `Ed448`; those are EdDSA on the curve of the same name, so the
 * key is judged with `EdDSA` then (after checking that alg and crv agree).
 */
async function signWith(
  jwcrypto: JsonLinePeer,
  priv: Record<string, unknown>,
  alg: string,
  payload: string,
  what: string,
): Promise<string> {
  if (FULLY_SPECIFIED_EDDSA.includes(alg)) assert.equal(priv.crv, alg, `${what}: RFC 9864 alg`);
  try {
    return await jwcrypto.request<string>({ op: "sign", jwk: priv, alg, payload });
  } catch (e) {
    if (!(e instanceof PeerError) || !FULLY_SPECIFIED_EDDSA.includes(alg)) throw e;
    if (!saidEdDsa) console.log(`jwcrypto refuses alg ${alg} (${e.message}): judged as EdDSA`);
    saidEdDsa = true;
    return await jwcrypto.request<string>({ op: "sign", jwk: priv, alg: "EdDSA", payload });
  }
}

const ML_DSA = { "ML-DSA-44": ml_dsa44, "ML-DSA-65": ml_dsa65, "ML-DSA-87": ml_dsa87 };

/**
 * An AKP key pair judged without jwcrypto (1.1 has no ML-DSA): @noble/post-quantum
 * expands the `priv` seed to the page's `pub`; noble signs with that expansion and
 * Deno's WebCrypto verifies with the public JWK; WebCrypto signs with the private
 * JWK and noble verifies with `pub`.
 */
async function judgeMlDsa(
  pub: Record<string, unknown>,
  priv: Record<string, unknown>,
  payload: string,
  what: string,
): Promise<void> {
  const alg = String(pub.alg) as keyof typeof ML_DSA;
  const noble = ML_DSA[alg];
  assert.ok(noble, `${what}: an ML-DSA alg`);
  const { publicKey, secretKey } = noble.keygen(b64uDecode(String(priv.priv)));
  const pubBytes = b64uDecode(String(pub.pub));
  assert.deepEqual(publicKey, pubBytes, `${what}: pub from the seed`);
  const message = new TextEncoder().encode(payload);
  const verifier = await crypto.subtle.importKey("jwk", pub, { name: alg }, false, ["verify"]);
  const theirs = noble.sign(message, secretKey);
  assert.ok(await crypto.subtle.verify({ name: alg }, verifier, theirs, message), what);
  const signer = await crypto.subtle.importKey("jwk", priv, { name: alg }, false, ["sign"]);
  const ours = new Uint8Array(await crypto.subtle.sign({ name: alg }, signer, message));
  assert.ok(noble.verify(ours, message, pubBytes), `${what}: noble verifies`);
  assert.ok(!noble.verify(ours, new TextEncoder().encode("other"), pubBytes), what);
}

/**
 * Whether this browser's WebCrypto can make a key of this kind at all: the
 * only excuse the page has for refusing a choice the library offers.
 */
export function browserCanGenerate(
  page: Page,
  kty: string,
  crv: string,
  alg: string,
): Promise<boolean> {
  return page.evaluate(
    async (kty: string, crv: string, alg: string) => {
      const tries: [AlgorithmIdentifier | EcKeyGenParams | RsaHashedKeyGenParams, KeyUsage[]][] =
        kty === "EC"
          ? [[{ name: "ECDSA", namedCurve: crv }, ["sign"]]]
          : kty === "OKP"
          ? [[{ name: crv }, crv.startsWith("X") ? ["deriveBits"] : ["sign"]]]
          : kty === "RSA"
          ? [[{
            name: "RSASSA-PKCS1-v1_5",
            modulusLength: 2048,
            publicExponent: new Uint8Array([1, 0, 1]),
            hash: "SHA-256",
          }, ["sign"]]]
          : kty === "oct"
          ? []
          : [[{ name: alg }, ["sign"]]];
      for (const [params, usages] of tries) {
        try {
          await crypto.subtle.generateKey(params, true, usages);
        } catch {
          return false;
        }
      }
      return true;
    },
    kty,
    crv,
    alg,
  );
}
