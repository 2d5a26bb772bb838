/**
 * The set lock (lib/cli/lock.ts): one holder at a time, a waiter that gives
 * up with one clear line after its timeout, release on a throw, a refused
 * symbolic link, and the CLI waiting on a lock held by another process.
 */
import assert from "node:assert/strict";
import { CliError } from "../lib/cli/errors.ts";
import { lockPath, withLock } from "../lib/cli/lock.ts";
import { DENO, ROOT } from "./ship_helpers.ts";
import { readGrant } from "./_run_cli.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

Deno.test("lock: holders take turns; a waiter times out with one line; a throw releases", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jwk-lock-" });
  const target = `${dir}/jwks.json`;
  const order: string[] = [];
  let release!: () => void;
  const held = withLock(target, async () => {
    order.push("first in");
    await new Promise<void>((r) => release = r);
    order.push("first out");
  });
  await sleep(50);
  await assert.rejects(
    withLock(target, () => Promise.resolve(order.push("never")), { timeoutMs: 200 }),
    (e) =>
      e instanceof CliError && !e.message.includes("\n") &&
      /jwks\.json is being changed by another process .*\.jwks\.json\.lock.*try again/.test(
        e.message,
      ),
  );
  const second = withLock(target, () => Promise.resolve(order.push("second")), {
    timeoutMs: 5000,
  });
  await sleep(50);
  release();
  await held;
  await second;
  assert.deepEqual(order, ["first in", "first out", "second"]);

  await assert.rejects(withLock(target, () => Promise.reject(new Error("boom"))), /boom/);
  assert.equal(await withLock(target, () => Promise.resolve(42), { timeoutMs: 100 }), 42);
  assert.equal((await Deno.stat(lockPath(target))).mode! & 0o777, 0o600);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("lock: a symbolic link where the lock file goes is refused", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jwk-lock-" });
  await Deno.symlink(`${dir}/elsewhere`, `${dir}/.jwks.json.lock`);
  await assert.rejects(
    withLock(`${dir}/jwks.json`, () => Promise.resolve()),
    (e) => e instanceof CliError && /is a symbolic link/.test(e.message),
  );
  await assert.rejects(Deno.lstat(`${dir}/elsewhere`), Deno.errors.NotFound);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("lock: jwk keyset add waits while another process holds the set's lock", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jwk-lock-" });
  await Deno.writeTextFile(
    `${dir}/k.json`,
    JSON.stringify({
      kty: "OKP",
      crv: "Ed25519",
      x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",
    }),
  );
  const lock = await Deno.open(`${dir}/.jwks.json.lock`, { write: true, create: true });
  await lock.lock(true);
  const t0 = performance.now();
  const child = new Deno.Command(DENO, {
    args: [
      "run",
      "--no-prompt",
      readGrant(dir),
      `--allow-write=${dir}`,
      `${ROOT}/cli.ts`,
      "keyset",
      "add",
      "jwks.json",
      "k.json",
    ],
    cwd: dir,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  await sleep(1500);
  await assert.rejects(Deno.stat(`${dir}/jwks.json`), Deno.errors.NotFound, "it did not wait");
  await lock.unlock();
  lock.close();
  const out = await child.output();
  assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
  assert.ok(performance.now() - t0 >= 1500);
  assert.equal(JSON.parse(await Deno.readTextFile(`${dir}/jwks.json`)).keys.length, 1);
  await Deno.remove(dir, { recursive: true });
});
