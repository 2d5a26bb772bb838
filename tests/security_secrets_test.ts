/**
 * No run of the CLI, failing or not, prints a password or private key
 * material: stdout and stderr of many runs are scanned for both.
 */
import assert from "node:assert/strict";
import { decryptJwk } from "../mod.ts";
import { DENO, ROOT, run } from "./ship_helpers.ts";

const CLI = `${ROOT}/cli.ts`;
const PASSWORD = "Tr0ub4dor&3-secret";
const PEM_DIR = `${ROOT}/tests/fixtures/pem`;
const PEM_PASSWORD = Deno.readTextFileSync(`${PEM_DIR}/pem-password.txt`).replace(/[\r\n]+$/, "");

/** Every secret a run could leak: passwords, private JWK members, PEM bodies. */
const secrets = new Set<string>([PASSWORD]);
function addKeySecrets(jwk: Record<string, unknown>) {
  for (const m of ["d", "p", "q", "dp", "dq", "qi", "k"]) {
    if (typeof jwk[m] === "string") secrets.add(jwk[m] as string);
  }
}
for (const f of ["ec-p256.pkcs8.pem", "rsa-2048.pkcs1.pem", "ed25519.pkcs8.pem"]) {
  // Any 40-character run of the base64 body would be key material.
  const body = Deno.readTextFileSync(`${PEM_DIR}/${f}`).split("\n").filter((l) =>
    !l.startsWith("-")
  );
  for (const line of body) if (line.length >= 40) secrets.add(line.slice(0, 40));
}

function scan(what: string, text: string) {
  // The fixtures' PEM password ("pem-pass") is part of a flag's name; only it is exempt.
  const t = text.replaceAll("--pem-password-file", "");
  assert.ok(!t.includes(PEM_PASSWORD), `${what}: the PEM password was printed`);
  for (const s of secrets) assert.ok(!t.includes(s), `${what}: a secret was printed`);
}

Deno.test("secrets: no run prints the password or key material", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jwk-secrets-" });
  await Deno.writeTextFile(`${dir}/pw`, PASSWORD + "\n");
  await Deno.writeTextFile(`${dir}/pempw`, PEM_PASSWORD + "\n");
  await Deno.writeTextFile(`${dir}/wrong`, PASSWORD + "-wrong\n");
  await Deno.writeTextFile(`${dir}/existing`, "old");
  const corrupt = Deno.readTextFileSync(`${PEM_DIR}/ec-p256.pkcs8-encrypted.pem`).replace("M", "N");
  await Deno.writeTextFile(`${dir}/corrupt.pem`, corrupt);

  const cases: string[][] = [
    // Successes, encrypted and not: their private files hold the key, never the terminal.
    ["ok1.pub", "ok1.priv", "--password-file", "pw"],
    ["ok2.pub", "ok2.priv", "--kty", "oct", "--password-file", "pw"],
    ["ok3.pub", "ok3.priv", "--from-pem", `${PEM_DIR}/rsa-2048.pkcs1.pem`, "--password-file", "pw"],
    [
      "ok4.pub",
      "ok4.priv",
      "--from-pem",
      `${PEM_DIR}/ec-p256.pkcs8-encrypted.pem`,
      "--pem-password-file",
      "pempw",
      "--no-password",
      "--insecure",
    ],
    // Failures, each after the password or the key has been read.
    [
      "a",
      "b",
      "--from-pem",
      `${PEM_DIR}/ec-p256.pkcs8-encrypted.pem`,
      "--pem-password-file",
      "wrong",
      "--password-file",
      "pw",
    ],
    [
      "a",
      "b",
      "--from-pem",
      "corrupt.pem",
      "--pem-password-file",
      "pempw",
      "--password-file",
      "pw",
    ],
    [
      "a",
      "b",
      "--from-pem",
      `${PEM_DIR}/ed25519.pkcs8.pem`,
      "--kty",
      "RSA",
      "--password-file",
      "pw",
    ],
    [
      "a",
      "b",
      "--from-pem",
      `${PEM_DIR}/ec-p256.pkcs8.pem`,
      "--size",
      "2048",
      "--password-file",
      "pw",
    ],
    ["existing", "b", "--password-file", "pw"],
    ["a", "a", "--password-file", "pw"],
    ["a", "b", "--password-file", "pw", "--no-password", "--insecure"],
    ["a", "b", "--password-file", "pw", "--kty", "RSA", "--size", "512", "--insecure"],
    ["a", "b", `--kid=${PASSWORD}x`, "--nonsense", "--password-file", "pw"],
    ["a", "b", "--from-pem", "pw", "--password-file", "pw"],
    [
      "a",
      "b",
      "--password-file",
      "pw",
      "--from-pem",
      `${PEM_DIR}/rsa-2048.pkcs1.pem`,
      "--alg",
      "ES256",
    ],
  ];
  const jwk = (args: string[]) =>
    run(DENO, ["run", "--no-prompt", "--allow-read", "--allow-write", CLI, "create", ...args], {
      cwd: dir,
    });
  let failures = 0;
  for (const args of cases) {
    const r = await jwk(args);
    if (r.code !== 0) failures++;
    const what = args.join(" ");
    assert.equal(r.stdout, "", `${what}: stdout is not empty`);
    scan(what, r.stderr);
    if (r.code === 0 && args[0].startsWith("ok")) {
      // Learn what was made, so later runs are scanned for it too.
      const priv = JSON.parse(await Deno.readTextFile(`${dir}/${args[1]}`));
      addKeySecrets("ciphertext" in priv ? await decryptJwk(priv, PASSWORD) : priv);
      const pub = JSON.parse(await Deno.readTextFile(`${dir}/${args[0]}`));
      if (pub.kty !== "oct") addKeySecrets(pub); // must add nothing: no private members
    } else {
      assert.ok(r.code > 0, `${what}: expected a failure`);
      assert.equal(r.stderr.trimEnd().split("\n").length, 1, `${what}: ${r.stderr}`);
    }
  }
  // The private keys read above, now known, must not be in any earlier output
  // either: run the failures once more against the full list.
  for (const args of cases.slice(4)) {
    const r = await jwk(args);
    scan(args.join(" "), r.stdout + r.stderr);
  }
  assert.equal(failures, cases.length - 4, "every failing case failed, every good one passed");
  await Deno.remove(dir, { recursive: true });
});
