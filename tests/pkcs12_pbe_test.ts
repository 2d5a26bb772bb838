/**
 * Old "PKCS#12 PBE" encrypted PKCS#8 keys (SHA-1 and triple DES, RFC 7292's
 * key derivation), as OpenSSL writes them (`pkcs8 -v1 PBE-SHA1-3DES`: each
 * password byte one BMPString character) and as PKCS#12 files hold them
 * (`pkcs12 -export`: the password's characters in UTF-16). Both open to the
 * key openssl itself reads; the rest is refused quickly and clearly.
 */
import assert from "node:assert/strict";
import { readKey } from "../mod.ts";
import { children, decodeDer, type DerNode } from "../lib/pem/asn1.ts";
import { ignoreWithout, openssl, peerOutput } from "./_peers.ts";
import { rejectsWith } from "./_helpers.ts";

const OPENSSL = await openssl();
const PASSWORD = "pässwörd ünïcode"; // not ASCII: the two BMPString forms differ

/** openssl with its output; fails the test when it fails. */
const ossl = (args: string[]) => peerOutput(OPENSSL, args);

/** The one child of an explicit [0] tag or OCTET STRING wrapper, decoded. */
const inner = (node: DerNode) => decodeDer(node.value, "test");

/** The EncryptedPrivateKeyInfo of a PKCS#12 file's first shrouded key bag. */
function shroudedKey(p12: Uint8Array): Uint8Array {
  const [, authSafe] = children(decodeDer(p12, "pfx"), "pfx");
  const safes = inner(inner(children(authSafe, "authSafe")[1]));
  const [, content] = children(children(safes, "safes")[0], "data");
  const bag = children(inner(inner(content)), "safeContents")[0];
  return children(bag, "bag")[1].value; // [0] EXPLICIT EncryptedPrivateKeyInfo
}

Deno.test({
  name: "PKCS#12 PBE: openssl's pkcs8 -v1 and pkcs12 -export keys open with a non-ASCII password",
  ignore: ignoreWithout(OPENSSL),
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "jwk-pkcs12-pbe-" });
    try {
      await Deno.writeTextFile(`${dir}/pw`, PASSWORD);
      const key = `${dir}/k.pem`;
      await ossl([
        "genpkey",
        "-algorithm",
        "EC",
        "-pkeyopt",
        "ec_paramgen_curve:P-384",
        "-out",
        key,
      ]);
      const want = await readKey(await Deno.readFile(key));
      // openssl's own view of the key: its public key, which ours must match.
      const spki = await ossl(["pkey", "-in", key, "-pubout"]);
      const { kty, crv, x, y } = want.jwk;
      assert.deepEqual((await readKey(spki)).jwk, { kty, crv, x, y });
      const opts = { password: () => PASSWORD };
      for (const v1 of ["PBE-SHA1-3DES", "PBE-SHA1-2DES"]) {
        const pem = await ossl([
          "pkcs8",
          "-topk8",
          "-in",
          key,
          "-v1",
          v1,
          "-passout",
          `file:${dir}/pw`,
        ]);
        const got = await readKey(pem, opts);
        assert.equal(got.format, "encrypted PKCS#8 private key", v1);
        assert.deepEqual(got.jwk, want.jwk, v1);
        await rejectsWith(readKey(pem, { password: () => "wrong" }), "BAD_PASSWORD");
      }
      const p12 = await ossl([
        "pkcs12",
        "-export",
        "-nocerts",
        "-inkey",
        key,
        "-keypbe",
        "PBE-SHA1-3DES",
        "-certpbe",
        "NONE",
        "-passout",
        `file:${dir}/pw`,
      ]);
      const fromP12 = await readKey(shroudedKey(p12), opts);
      assert.deepEqual(fromP12.jwk, want.jwk, "pkcs12 -export's key bag");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("PKCS#12 PBE: a huge iteration count is refused before any work", async () => {
  // EncryptedPrivateKeyInfo { {pbeWithSHAAnd3-KeyTripleDES-CBC, {salt, 2^31 - 1}}, 8 bytes }
  const hex =
    "302a301e060a2a864886f70d010c010330100408010203040506070802047fffffff04080102030405060708";
  const der = Uint8Array.from(hex.match(/../g)!, (b) => parseInt(b, 16));
  let asked = false;
  const start = performance.now();
  await rejectsWith(
    readKey(der, { password: () => (asked = true, "pw") }),
    "UNSUPPORTED",
    /PKCS#12 PBE iteration count 2147483647 is outside 1\.\.1000000/,
  );
  assert.equal(asked, false, "no password is asked for a file that cannot be opened");
  assert.ok(performance.now() - start < 1000);
});
