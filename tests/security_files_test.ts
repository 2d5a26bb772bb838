/**
 * Hostile output paths and inputs: symlinks, folders, a read-only file
 * system, a full disk, huge input files, and missing or denied permissions.
 * Each must end in one `error:` line, a non-zero exit and nothing written.
 */
import assert from "node:assert/strict";
import { DENO, ROOT, run } from "./ship_helpers.ts";
import { readGrant } from "./_run_cli.ts";

const CLI = `${ROOT}/cli.ts`;
const PLAIN = ["--no-password", "--insecure"];

async function jwk(args: string[], cwd: string, perms = ["--allow-read", "--allow-write"]) {
  return await run(DENO, ["run", "--no-prompt", ...perms, CLI, "create", ...args], { cwd });
}

function assertRefused(r: { code: number; stdout: string; stderr: string }, message: RegExp) {
  assert.ok(r.code > 0, `exit ${r.code}: ${r.stderr}`);
  assert.equal(r.stdout, "");
  const lines = r.stderr.trimEnd().split("\n");
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0], /^error: /);
  assert.match(lines[0], message);
}

const names = (dir: string) => [...Deno.readDirSync(dir)].map((e) => e.name).sort();

/** True when this process may mount a tmpfs (root in a sandbox that allows it). */
async function canMount(): Promise<boolean> {
  const dir = await Deno.makeTempDir();
  try {
    const o = await run("mount", ["-t", "tmpfs", "-o", "size=16k", "tmpfs", dir]);
    if (o.code !== 0) return false;
    await run("umount", [dir]);
    return true;
  } catch {
    return false;
  } finally {
    await Deno.remove(dir, { recursive: true }).catch(() => {});
  }
}
const MOUNT = await canMount();
const inCi = Deno.env.get("CI") === "true";
if (!MOUNT) {
  console.log("skipped: tmpfs cannot be mounted here (needs root), so no ENOSPC/EROFS test");
}

Deno.test("files: a symlink (live or dangling) is refused, and its target is untouched", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jwk-sec-" });
  await Deno.writeTextFile(`${dir}/target`, "old\n");
  await Deno.symlink("target", `${dir}/link`);
  await Deno.symlink("nowhere", `${dir}/dangling`);
  for (const out of ["link", "dangling"]) {
    for (const [pub, priv] of [[out, "priv.json"], ["pub.json", out]]) {
      const r = await jwk([pub, priv, ...PLAIN, "--force"], dir);
      assertRefused(r, /symbolic link/);
    }
  }
  assert.equal(await Deno.readTextFile(`${dir}/target`), "old\n");
  assert.deepEqual(names(dir), ["dangling", "link", "target"]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("files: a folder as output is refused", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jwk-sec-" });
  await Deno.mkdir(`${dir}/d`);
  assertRefused(await jwk(["d", "priv.json", ...PLAIN, "-f"], dir), /d is a folder/);
  assertRefused(await jwk(["pub.json", "d", ...PLAIN, "-f"], dir), /d is a folder/);
  assert.deepEqual(names(dir), ["d"]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test({
  name: "files: a read-only file system and a full disk end in one line, nothing left behind",
  ignore: !MOUNT && !inCi,
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "jwk-sec-" });
    await Deno.mkdir(`${dir}/ro`);
    await Deno.mkdir(`${dir}/full`);
    try {
      assert.equal(
        (await run("mount", ["-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", `${dir}/ro`])).code,
        0,
      );
      assertRefused(await jwk(["ro/a", "ro/b", ...PLAIN], dir), /Read-only file system/);
      assert.deepEqual(names(`${dir}/ro`), []);
      // 4 pages: the old public file takes one, filler two, so one new file fits and
      // the second cannot.
      const full = ["-t", "tmpfs", "-o", "size=16k", "tmpfs", `${dir}/full`];
      assert.equal((await run("mount", full)).code, 0);
      await Deno.writeTextFile(`${dir}/full/a`, "old a\n");
      await Deno.writeFile(`${dir}/full/fill`, new Uint8Array(8 * 1024));
      const r = await jwk(
        ["full/a", "full/b", ...PLAIN, "--kty", "RSA", "--size", "4096", "-f"],
        dir,
      );
      assertRefused(r, /No space left on device/);
      // The old public file is kept whole; no new file and no temporary file remain.
      const left = names(`${dir}/full`);
      assert.ok(!left.includes("b"), `b was written: ${left}`);
      assert.ok(left.every((n) => !n.endsWith(".tmp")), `temporary file left: ${left}`);
      assert.equal(await Deno.readTextFile(`${dir}/full/a`), "old a\n");
    } finally {
      await run("umount", [`${dir}/ro`]);
      await run("umount", [`${dir}/full`]);
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("bounds: 100 MiB PEM and password files are refused at once, not read", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jwk-sec-" });
  for (const f of ["big.pem", "big.pw"]) {
    const file = await Deno.open(`${dir}/${f}`, { create: true, write: true });
    await file.truncate(100 * 1024 * 1024); // sparse: costs no disk
    file.close();
  }
  for (
    const [args, message] of [
      [["--from-pem", "big.pem", ...PLAIN], /PEM file big\.pem is larger than/],
      [["--password-file", "big.pw"], /password file big\.pw is larger than/],
    ] as const
  ) {
    const started = performance.now();
    const r = await jwk(["a", "b", ...args], dir);
    const took = performance.now() - started;
    assertRefused(r, message);
    assert.ok(took < 5000, `took ${took.toFixed(0)} ms`);
  }
  assert.deepEqual(names(dir), ["big.pem", "big.pw"]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("permissions: scoped grants suffice, everything else denied, and missing ones are named", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jwk-sec-" });
  await Deno.writeTextFile(`${dir}/pw`, "scoped-password\n");
  const deny = [
    "--deny-net",
    "--deny-env",
    "--deny-run",
    "--deny-ffi",
    "--deny-sys",
    "--deny-import",
  ];
  const ok = await jwk(
    ["pub.json", "priv.json", "--password-file", "pw", "--kty", "RSA"],
    dir,
    [readGrant(dir), `--allow-write=${dir}`, ...deny],
  );
  assert.equal(ok.code, 0, ok.stderr);
  assert.deepEqual(names(dir), ["priv.json", "pub.json", "pw"]);

  const out = await Deno.makeTempDir({ prefix: "jwk-sec-out-" });
  const noRead = await jwk([`${out}/p`, `${out}/k`, "--password-file", `${dir}/pw`], dir, [
    readGrant(out),
    `--allow-write=${out}`,
  ]);
  assertRefused(noRead, /read access to .*pw.* is needed: run with --allow-read=/);
  const noWrite = await jwk([`${out}/p`, `${out}/k`, ...PLAIN], dir, [readGrant(out)]);
  assertRefused(noWrite, /write access to .* is needed: run with --allow-write=/);
  assert.deepEqual(names(out), []);
  await Deno.remove(dir, { recursive: true });
  await Deno.remove(out, { recursive: true });
});

Deno.test("files: inspectOutput answers as lstat would, listing or not", async () => {
  const { inspectOutput } = await import("../lib/cli/files.ts");
  const dir = await Deno.makeTempDir({ prefix: "jwk-inspect-" });
  try {
    await Deno.writeTextFile(`${dir}/K.json`, "{}");
    await Deno.writeTextFile(`${dir}/clé.json`, "{}");
    await Deno.mkdir(`${dir}/sub`);
    await Deno.symlink(`${dir}/K.json`, `${dir}/link.json`);
    // Absent by the listing; absent, by lstat, beside a name that differs in
    // case only (this file system tells them apart); a file; a non-ASCII name.
    assert.equal(await inspectOutput(`${dir}/new.json`), "absent");
    assert.equal(await inspectOutput(`${dir}/k.json`), "absent");
    assert.equal(await inspectOutput(`${dir}/K.json`), "file");
    assert.equal(await inspectOutput(`${dir}/clé.json`), "file");
    assert.equal(await inspectOutput(`${dir}/autre.json`), "absent");
    await assert.rejects(inspectOutput(`${dir}/sub`), /is a folder/);
    await assert.rejects(inspectOutput(`${dir}/link.json`), /symbolic link/);
    await assert.rejects(inspectOutput(`${dir}/none/x.json`), /folder .* does not exist/);
    await assert.rejects(inspectOutput(`${dir}/K.json/x.json`), /is not a folder/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
