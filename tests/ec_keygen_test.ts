import assert from "node:assert/strict";
import { generateEcByImport } from "../lib/keygen/ec.ts";
import { generateKeyMaterial } from "../lib/keygen/generate.ts";

for (const crv of ["P-256", "P-384", "P-521"]) {
  Deno.test(`ec: ${crv} keys sign, and the public point verifies`, async () => {
    for (let i = 0; i < 5; i++) {
      const k = await generateKeyMaterial({ kty: "EC", crv });
      const alg = { name: "ECDSA", namedCurve: crv };
      const hash = { name: "ECDSA", hash: crv === "P-256" ? "SHA-256" : "SHA-384" };
      const priv = await crypto.subtle.importKey("jwk", { ...k }, alg, false, ["sign"]);
      const pub = await crypto.subtle.importKey(
        "jwk",
        { kty: "EC", crv, x: k.x, y: k.y },
        alg,
        false,
        ["verify"],
      );
      const data = new Uint8Array([1, 2, 3]);
      assert.ok(
        await crypto.subtle.verify(hash, pub, await crypto.subtle.sign(hash, priv, data), data),
      );
    }
  });
}

Deno.test("ec: import path gives fixed-length members and distinct keys", async () => {
  const seen = new Set<string>();
  for (let i = 0; i < 20; i++) {
    const k = await generateEcByImport("P-256");
    assert.ok(k);
    assert.equal(k.d.length, 43);
    assert.equal(k.x.length, 43);
    seen.add(k.d);
  }
  assert.equal(seen.size, 20);
  assert.equal(await generateEcByImport("P-521"), undefined, "P-521 stays with generateKey");
});
