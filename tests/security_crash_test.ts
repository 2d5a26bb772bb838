/**
 * Crash safety: the CLI killed with SIGKILL at seeded random moments while it
 * replaces two files. Each path must then hold its old content or a complete
 * new file, never a part; leftovers must be 0600 and the next run removes them
 * once they are old. Reproduce with JWK_CRASH_SEED=<seed>.
 */
import assert from "node:assert/strict";
import { DENO, ROOT } from "./ship_helpers.ts";
import { seededRandom } from "./_helpers.ts";

const CLI = `${ROOT}/cli.ts`;
const SEED = Number(Deno.env.get("JWK_CRASH_SEED") ?? 7);
const KILLS = Number(Deno.env.get("JWK_CRASH_KILLS") ?? 24);

const ARGS = ["create", "pub.json", "priv.json", "--force", "--password-file", "pw"];

function start(dir: string): Deno.ChildProcess {
  return new Deno.Command(DENO, {
    args: ["run", "--no-prompt", "--allow-read", "--allow-write", CLI, ...ARGS],
    cwd: dir,
    stdin: "null",
    stdout: "null",
    stderr: "null",
  }).spawn();
}

Deno.test("crash: SIGKILL at random moments leaves old or complete files, never parts", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jwk-crash-" });
  await Deno.writeTextFile(`${dir}/pw`, "crash-test-password\n");
  const OLD = { "pub.json": "OLD PUBLIC\n", "priv.json": "OLD PRIVATE\n" };

  // How long one whole run takes here: the kills spread over its second half,
  // where the files are written, and a little beyond.
  const t0 = performance.now();
  assert.ok((await start(dir).status).success);
  const full = performance.now() - t0;

  const next = seededRandom(SEED);
  const seen = { old: 0, new: 0, leftovers: 0 };
  // On a loaded machine one run's time varies: when the planned kills all land
  // on one side of the writes, more kills follow, spread further out.
  let i = 0;
  for (; i < KILLS || (i < 3 * KILLS && (seen.old === 0 || seen.new === 0)); i++) {
    for (const [f, text] of Object.entries(OLD)) await Deno.writeTextFile(`${dir}/${f}`, text);
    const child = start(dir);
    const spread = i < KILLS ? 1 : 1 + (i - KILLS) / KILLS;
    const delay = full * (0.3 + 0.8 * spread * next());
    await new Promise((r) => setTimeout(r, delay));
    try {
      child.kill("SIGKILL");
    } catch { /* it finished first */ }
    await child.status;

    for (const [f, old] of Object.entries(OLD)) {
      const text = await Deno.readTextFile(`${dir}/${f}`);
      if (text === old) {
        seen.old++;
        continue;
      }
      const jwk = JSON.parse(text); // a partial file would not parse
      assert.ok(
        f === "pub.json" ? typeof jwk.kty === "string" : typeof jwk.ciphertext === "string",
      );
      assert.equal((await Deno.stat(`${dir}/${f}`)).mode! & 0o777, 0o600);
      seen.new++;
    }
    for (const e of Deno.readDirSync(dir)) {
      if (!e.name.startsWith(".")) continue;
      assert.match(e.name, /^\.(pub|priv)\.json\.[0-9a-f]{12}\.(tmp|bak)$/);
      assert.equal((await Deno.stat(`${dir}/${e.name}`)).mode! & 0o777, 0o600, e.name);
      seen.leftovers++;
      // Age it, so that the next run takes it for a dead run's leftover.
      const old = new Date(Date.now() - 3600_000);
      await Deno.utime(`${dir}/${e.name}`, old, old);
    }
  }
  console.log(
    `seed ${SEED}: ${i} kills over ${full.toFixed(0)} ms runs: ` +
      `${seen.old} paths kept old content, ${seen.new} were complete new files, ` +
      `${seen.leftovers} leftovers (0600)`,
  );

  // A run that is not killed cleans up what the killed ones left.
  assert.ok((await start(dir).status).success);
  const left = [...Deno.readDirSync(dir)].map((e) => e.name).filter((n) => n.startsWith("."));
  assert.deepEqual(left, [], "leftovers survived the next run");
  assert.ok(seen.old > 0 && seen.new > 0, "the kills should land both before and after the writes");
  await Deno.remove(dir, { recursive: true });
});
