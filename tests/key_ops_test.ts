/**
 * key_ops (RFC 7517 §4.3) with step's documented rules: use + key_ops needs
 * subtle and must agree; operations the algorithm cannot do need insecure;
 * duplicates and unknown operations are refused.
 */
import assert from "node:assert/strict";
import { checkKeyOps, createJwk, KEY_OPS, useOfKeyOps } from "../mod.ts";
import { rejectsWith } from "./_helpers.ts";

const sync = (fn: () => unknown) => async () => await fn();

Deno.test("KEY_OPS are the eight operations of RFC 7517 §4.3", () => {
  assert.deepEqual([...KEY_OPS], [
    "sign",
    "verify",
    "encrypt",
    "decrypt",
    "wrapKey",
    "unwrapKey",
    "deriveKey",
    "deriveBits",
  ]);
});

Deno.test("useOfKeyOps: sig, enc or mixed; unknown, duplicate and empty lists refused", async () => {
  assert.equal(useOfKeyOps(["sign"]), "sig");
  assert.equal(useOfKeyOps(["verify", "sign"]), "sig");
  for (const op of ["encrypt", "decrypt", "wrapKey", "unwrapKey", "deriveKey", "deriveBits"]) {
    assert.equal(useOfKeyOps([op]), "enc", op);
  }
  assert.equal(useOfKeyOps(["sign", "encrypt"]), undefined);
  for (const op of ["Sign", "wrapkey", "derive", "", "sign ", "toString", "constructor"]) {
    await rejectsWith(
      sync(() => useOfKeyOps(["verify", op])),
      "INVALID_OPTION",
      `key operation '${op}' is not defined: use ${KEY_OPS.join(", ")}`,
    );
  }
  await rejectsWith(
    sync(() => useOfKeyOps(["sign", "verify", "sign"])),
    "INVALID_OPTION",
    "key operation 'sign' is given twice",
  );
  await rejectsWith(
    sync(() => useOfKeyOps([])),
    "INVALID_OPTION",
    "--key-ops needs at least one operation",
  );
});

Deno.test("checkKeyOps: operations each algorithm can do, and insecure for the others", async () => {
  const can: [string, string[]][] = [
    ["ES256", ["sign", "verify"]],
    ["EdDSA", ["sign", "verify"]],
    ["RS256", ["sign", "verify"]],
    ["HS256", ["sign", "verify"]],
    ["ECDH-ES", ["deriveKey", "deriveBits"]],
    ["ECDH-ES+A128KW", ["deriveKey", "deriveBits"]],
    ["RSA-OAEP-256", ["wrapKey", "unwrapKey", "encrypt", "decrypt"]],
    ["A128KW", ["wrapKey", "unwrapKey", "encrypt", "decrypt"]],
    ["A256GCMKW", ["wrapKey", "unwrapKey", "encrypt", "decrypt"]],
    ["dir", ["encrypt", "decrypt"]],
  ];
  for (const [alg, ops] of can) {
    checkKeyOps(ops, "sig", alg, { useGiven: false });
    for (const op of KEY_OPS.filter((o) => !ops.includes(o))) {
      await rejectsWith(
        sync(() => checkKeyOps([op], "sig", alg, { useGiven: false })),
        "INSECURE",
        `key operation ${op} cannot be done with alg '${alg}': fix --key-ops, or add --insecure`,
      );
      checkKeyOps([op], "sig", alg, { useGiven: false, insecure: true });
    }
  }
  await rejectsWith(
    sync(() => checkKeyOps(["sign", "encrypt", "decrypt"], "sig", "ES256", { useGiven: false })),
    "INSECURE",
    /key operations encrypt, decrypt cannot be done with alg 'ES256'/,
  );
});

Deno.test("checkKeyOps: use with key_ops needs subtle, then must agree", async () => {
  await rejectsWith(
    sync(() => checkKeyOps(["sign"], "sig", "ES256", { useGiven: true })),
    "SUBTLE",
    "--use and --key-ops should not be combined (RFC 7517 §4.3): drop one, or add --subtle",
  );
  checkKeyOps(["sign"], "sig", "ES256", { useGiven: true, subtle: true });
  await rejectsWith(
    sync(() => checkKeyOps(["encrypt"], "sig", "ES256", { useGiven: true, subtle: true })),
    "INCOMPATIBLE_OPTIONS",
    "--key-ops encrypt does not agree with --use sig",
  );
  await rejectsWith(
    sync(() =>
      checkKeyOps(["sign", "wrapKey"], "enc", "RSA-OAEP", { useGiven: true, subtle: true })
    ),
    "INCOMPATIBLE_OPTIONS",
    "--key-ops sign,wrapKey does not agree with --use enc",
  );
  // Another use agrees with anything (only generic validation applies).
  checkKeyOps(["sign"], "foo", "ES256", { useGiven: true, subtle: true });
});

Deno.test("createJwk: key_ops alone sets no use and picks the default algorithm for it", async () => {
  const sig = await createJwk({ keyOps: ["sign", "verify"] });
  assert.deepEqual(sig.privateJwk!.key_ops, ["sign", "verify"]);
  assert.equal(sig.privateJwk!.use, undefined);
  assert.ok(!("use" in sig.privateJwk!), "no use member written");
  assert.deepEqual([sig.privateJwk!.alg, sig.privateJwk!.kty], ["ES256", "EC"]);
  assert.deepEqual(sig.publicJwk.key_ops, ["verify"]);
  assert.deepEqual(Object.keys(sig.publicJwk).slice(0, 2), ["key_ops", "kty"]);

  const derive = await createJwk({ keyOps: ["deriveBits"] });
  assert.equal(derive.privateJwk!.alg, "ECDH-ES");
  assert.ok(!("key_ops" in derive.publicJwk), "a public ECDH key has no operation");

  const wrap = await createJwk({ kty: "oct", keyOps: ["wrapKey", "unwrapKey"] });
  assert.equal(wrap.privateJwk!.alg, "A256GCMKW");
  assert.deepEqual(wrap.publicJwk.key_ops, ["wrapKey", "unwrapKey"], "oct: returned whole");

  const rsa = await createJwk({ kty: "RSA", keyOps: ["decrypt"], size: 1024, insecure: true });
  assert.equal(rsa.privateJwk!.alg, "RSA-OAEP-256");
  assert.deepEqual(rsa.publicJwk.key_ops, ["encrypt"]);
});

Deno.test("createJwk: key_ops rules with use, subtle and insecure", async () => {
  await rejectsWith(createJwk({ use: "sig", keyOps: ["sign"] }), "SUBTLE", /--subtle/);
  const both = await createJwk({ use: "sig", keyOps: ["sign"], subtle: true });
  assert.deepEqual([both.privateJwk!.use, both.privateJwk!.key_ops], ["sig", ["sign"]]);
  await rejectsWith(
    createJwk({ use: "enc", keyOps: ["sign"], subtle: true }),
    "INCOMPATIBLE_OPTIONS",
    "--key-ops sign does not agree with --use enc",
  );
  await rejectsWith(
    createJwk({ keyOps: ["sign", "decrypt"] }),
    "INSECURE",
    "--key-ops mixes signing and encryption operations: split them, or add --insecure",
  );
  const mixed = await createJwk({ keyOps: ["sign", "decrypt"], insecure: true });
  assert.deepEqual(mixed.privateJwk!.key_ops, ["sign", "decrypt"]);
  // EC keys cannot encrypt directly: encrypt needs insecure.
  await rejectsWith(
    createJwk({ keyOps: ["encrypt"] }),
    "INSECURE",
    /key operation encrypt cannot be done with alg 'ECDH-ES'/,
  );
  await rejectsWith(createJwk({ keyOps: ["sign", "sign"] }), "INVALID_OPTION", /given twice/);
  await rejectsWith(createJwk({ keyOps: ["signing"] }), "INVALID_OPTION", /not defined/);
  await rejectsWith(createJwk({ keyOps: [] }), "INVALID_OPTION", /at least one/);
  // The given list is copied, not shared.
  const ops = ["sign"];
  const r = await createJwk({ keyOps: ops });
  ops.push("verify");
  assert.deepEqual(r.privateJwk!.key_ops, ["sign"]);
});
