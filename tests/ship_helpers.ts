/**
 * Shared by the ship_* tests: where the checkout is, running a program with a
 * time limit, and checking that a pair of files written by `jwk create` is a
 * working key pair.
 * @module
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  compactDecrypt,
  CompactEncrypt,
  CompactSign,
  compactVerify,
  importJWK,
  type JWK,
} from "jose";
import { ALGORITHMS, decryptJwk, isEncryptedJwk, thumbprint } from "../mod.ts";

/** The checkout's root folder. */
export const ROOT: string = fileURLToPath(new URL("..", import.meta.url)).replace(/\/$/, "");

/** The Deno running the tests; every child process uses the same one. */
export const DENO: string = Deno.execPath();

/** What a finished child process left. */
export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a program to its end, or kills it after `timeoutMs`. Output is
 * collected; stdin is closed, so nothing can wait for a terminal.
 */
export async function run(
  cmd: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<Ran> {
  const out = await new Deno.Command(cmd, {
    args,
    cwd: options.cwd,
    env: options.env,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(options.timeoutMs ?? 120_000),
  }).output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

/** Fails unless the run exited 0, showing its output. */
export function assertOk(r: Ran, what: string): void {
  assert.equal(
    r.code,
    0,
    `${what} exited ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`,
  );
}

/** True when a program can be found on PATH (or is an existing path). */
export async function have(program: string): Promise<boolean> {
  if (program.includes("/")) {
    try {
      return (await Deno.stat(program)).isFile;
    } catch {
      return false;
    }
  }
  try {
    return (await run("sh", ["-c", 'command -v "$0"', program])).code === 0;
  } catch {
    return false;
  }
}

/**
 * cli.ts belongs to the package: a missing one is a failure, not a skip.
 */
export async function requireCli(): Promise<void> {
  try {
    await Deno.stat(join(ROOT, "cli.ts"));
  } catch {
    assert.fail("cli.ts is missing from the checkout: the CLI tests cannot run without it");
  }
}

/** A fresh folder for one test, removed by the returned function. */
export async function tempDir(prefix: string): Promise<[string, () => Promise<void>]> {
  const dir = await Deno.makeTempDir({ prefix: `jwk-${prefix}-` });
  return [dir, () => Deno.remove(dir, { recursive: true })];
}

/** A file's permission bits. */
export async function modeOf(path: string): Promise<number> {
  return (await Deno.stat(path)).mode! & 0o777;
}

/**
 * Checks that `pub` and `priv` (files written by `jwk create`) hold one
 * working key: both mode 0600, the private file opens with `password` (or is
 * a plain JWK when `password` is undefined), the public members agree, the
 * kid is the RFC 7638 thumbprint (unless oct), and the key really signs and
 * verifies (or encrypts and decrypts) with its alg.
 * Returns both JWKs.
 */
export async function checkKeyPair(
  pub: string,
  priv: string,
  password: string | undefined,
): Promise<{ publicJwk: JWK; privateJwk: JWK }> {
  assert.equal(await modeOf(pub), 0o600, `${pub} should have mode 0600`);
  assert.equal(await modeOf(priv), 0o600, `${priv} should have mode 0600`);
  const publicJwk = JSON.parse(await Deno.readTextFile(pub)) as JWK;
  const privFile = JSON.parse(await Deno.readTextFile(priv));
  let privateJwk: JWK;
  if (password === undefined) {
    assert.ok(!isEncryptedJwk(privFile), "the private file should be a plain JWK");
    privateJwk = privFile;
  } else {
    assert.ok(isEncryptedJwk(privFile), "the private file should be encrypted (JWE)");
    const header = JSON.parse(atob(privFile.protected.replace(/-/g, "+").replace(/_/g, "/")));
    assert.equal(header.alg, "PBES2-HS256+A128KW");
    assert.equal(header.enc, "A256GCM");
    assert.equal(header.cty, "jwk+json");
    privateJwk = (await decryptJwk(privFile, password)) as JWK;
  }
  for (const [name, value] of Object.entries(publicJwk)) {
    if (name === "key_ops") continue;
    assert.deepEqual(
      (privateJwk as Record<string, unknown>)[name],
      value,
      `member ${name} differs between the two files`,
    );
  }
  if (publicJwk.kty !== "oct") {
    assert.ok(!("d" in publicJwk), "the public file must not hold private members");
    assert.ok(!("priv" in publicJwk), "the public file must not hold private members");
    assert.equal(publicJwk.kid, await thumbprint(publicJwk), "kid should be the thumbprint");
  }
  const alg = publicJwk.alg!;
  const data = new TextEncoder().encode("jwk ship test");
  // jose 6 has no secp256k1, Ed448 or X448: tests/keytypes_interop_test.ts uses
  // those keys with jwcrypto and @noble/curves instead.
  if (["secp256k1", "Ed448", "X448"].includes(publicJwk.crv!)) return { publicJwk, privateJwk };
  if (ALGORITHMS[alg]?.use === "sig") {
    const jws = await new CompactSign(data).setProtectedHeader({ alg }).sign(
      await importJWK(privateJwk, alg),
    );
    const { payload } = await compactVerify(jws, await importJWK(publicJwk, alg));
    assert.deepEqual(payload, data);
  } else {
    const enc = alg === "dir" ? "A256GCM" : "A128GCM";
    const jwe = await new CompactEncrypt(data).setProtectedHeader({ alg, enc }).encrypt(
      await importJWK(publicJwk, alg),
    );
    const { plaintext } = await compactDecrypt(jwe, await importJWK(privateJwk, alg));
    assert.deepEqual(plaintext, data);
  }
  return { publicJwk, privateJwk };
}
