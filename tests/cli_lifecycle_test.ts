/**
 * The commands together, as a user chains them: create a key, print its
 * public JWK, pipe that into thumbprint, and find the kid create wrote; the
 * command list, manuals, "did you mean" for a misspelt command, and the
 * narrow Deno permissions of the read-only commands.
 */
import assert from "node:assert/strict";
import { COMMANDS } from "../lib/cli/commands.ts";
import { CLI, CODE, ok, readGrant, refused, runCli } from "./_run_cli.ts";
import { createJwk } from "../mod.ts";

const RW = ["--allow-read", "--allow-write"];

Deno.test("lifecycle: create, public, thumbprint agree for every kty but oct", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jwk-lifecycle-" });
  try {
    await Deno.writeTextFile(`${dir}/pw`, "lifecycle password\n");
    const kinds: Record<string, string[]> = {
      ec: [],
      rsa: ["--kty", "RSA"],
      ed: ["--kty", "OKP"],
      x: ["--kty", "OKP", "--use", "enc"],
    };
    for (const [name, flags] of Object.entries(kinds)) {
      const c = await runCli(
        ["create", `${name}.pub.json`, `${name}.json`, "--password-file", "pw", ...flags],
        { cwd: dir, perms: RW },
      );
      assert.equal(c.code, 0, c.stderr);
      const kid = JSON.parse(await Deno.readTextFile(`${dir}/${name}.pub.json`)).kid;
      // public of the encrypted file, piped into thumbprint: the kid.
      const pub = ok(
        await runCli(["public", `${name}.json`, "--password-file", "pw"], { cwd: dir }),
        name,
      );
      assert.equal(ok(await runCli(["thumbprint"], { stdin: pub }), name), `${kid}\n`, name);
      // thumbprint of the encrypted private file, the password on stdin: the kid.
      const t = await runCli(["thumbprint", `${dir}/${name}.json`, "--password-file", "-"], {
        stdin: "lifecycle password",
      });
      assert.equal(ok(t, name), `${kid}\n`, name);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("lifecycle: jwk --help lists every command; each has a manual", async () => {
  const help = ok(await runCli(["--help"], { perms: [readGrant()] }), "--help");
  for (const c of COMMANDS) {
    assert.match(help, new RegExp(`^  ${c.name} +${c.summary.replace(/[()|]/g, ".")}$`, "m"));
    for (const args of [[c.name, "--help"], ["help", c.name], [c.name, "-h"]]) {
      const manual = ok(await runCli(args, { perms: [readGrant()] }), args.join(" "));
      assert.match(manual, new RegExp(`^USAGE\n  jwk ${c.name}`, "m"), args.join(" "));
    }
  }
  for (const name of ["public", "thumbprint", "completion"]) {
    assert.ok(COMMANDS.some((c) => c.name === name), name);
  }
});

Deno.test("lifecycle: a misspelt command gets a 'did you mean'", async () => {
  const cases: [string, string][] = [
    ["publik", "public"],
    ["pubilc", "public"],
    ["thumprint", "thumbprint"],
    ["thumbprnt", "thumbprint"],
    ["completions", "completion"],
    ["craete", "create"],
  ];
  // Read on the CLI's own code only: the dispatcher is code in bundle/ too.
  const perms = [readGrant()];
  for (const [typo, meant] of cases) {
    refused(
      await runCli([typo, "x"], { perms }),
      new RegExp(`unknown command '${typo}': did you mean '${meant}'\\?`),
      typo,
    );
  }
  refused(await runCli(["help", "thumbprnt"], { perms }), /did you mean 'thumbprint'/, "help");
  refused(await runCli(["frobnicate"], { perms }), /the commands are create, .*public/, "far");
  // Without it, even a typo gets the one line that names the folder.
  refused(
    await runCli(["publik", "x"], { perms: [] }),
    new RegExp(`^error: read access to ${CODE} is needed: jwk loads each command's code`),
    "no read",
  );
});

Deno.test('lifecycle: an empty argument (an unset "$VAR") is one clear error for every command', async () => {
  const dir = await Deno.makeTempDir({ prefix: "jwk-empty-arg-" });
  try {
    const perms = [readGrant(dir), `--allow-write=${dir}`];
    const runs = [
      ["thumbprint", ""],
      ["public", ""],
      ["format", ""],
      ["keyset", "list", ""],
      ["keyset", "add", "", `${dir}/k.json`],
      ["keyset", "remove", "", "--kid", "x"],
      ["change-pass", ""],
      ["create", "", `${dir}/priv.json`, "--no-password", "--insecure"],
      ["completion", ""],
    ];
    for (const args of runs) {
      refused(await runCli(args, { perms }), /an argument is empty \(''\)/, args.join(" "));
    }
    assert.deepEqual([...Deno.readDirSync(dir)], [], "nothing written");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("lifecycle: public and thumbprint need read on their inputs (and the CLI's code) only", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jwk-lifecycle-perm-" });
  try {
    const c = await runCli(["create", "k.pub.json", "k.json", "--no-password", "--insecure"], {
      cwd: dir,
      perms: RW,
    });
    assert.equal(c.code, 0, c.stderr);
    const file = `${dir}/k.json`;
    const kid = JSON.parse(await Deno.readTextFile(`${dir}/k.pub.json`)).kid;
    // Read on the one file (and, from a checkout, on the CLI's own modules)
    // is enough; no write, no other permission.
    assert.equal(
      ok(await runCli(["thumbprint", file], { perms: [readGrant(file)] }), "scoped"),
      `${kid}\n`,
    );
    assert.equal(
      JSON.parse(ok(await runCli(["public", file], { perms: [readGrant(file)] }), "pub")).kid,
      kid,
    );
    // Standard input needs nothing more than the CLI's own modules.
    const text = await Deno.readTextFile(file);
    const stdin = await runCli(["thumbprint"], { stdin: text, perms: [readGrant()] });
    assert.equal(ok(stdin, "stdin"), `${kid}\n`);
    for (const cmd of ["public", "thumbprint"]) {
      // Without read on the CLI's modules: one line that names the folder.
      refused(
        await runCli([cmd, file], { perms: [] }),
        new RegExp(`read access to ${CODE} is needed: jwk loads each command's code from there`),
        `${cmd} code`,
      );
      // Without read on the file: one line that names the flag to add, whole.
      refused(
        await runCli([cmd, file], { perms: [readGrant()] }),
        new RegExp(`read access to ${file} is needed: run with --allow-read=${file},${CODE}$`, "m"),
        cmd,
      );
      refused(
        await runCli([cmd, file, "--password-file", `${dir}/pw`], {
          perms: [readGrant(file)],
        }),
        /--allow-read=.*k\.json,.*pw/,
        `${cmd} password file`,
      );
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("lifecycle: a reader that stops early (| head -c 10) gets no error message", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jwk-broken-pipe-" });
  try {
    // A key with a large extra member: more output than a pipe buffers.
    const { privateJwk } = await createJwk({ kty: "OKP", crv: "Ed25519" });
    await Deno.writeTextFile(
      `${dir}/k.json`,
      JSON.stringify({ ...privateJwk, ext: "x".repeat(900_000) }),
    );
    const child = new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "--no-prompt",
        readGrant(dir),
        CLI,
        "format",
        `${dir}/k.json`,
        "--jwk",
        "--no-password",
        "--insecure",
      ],
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    const reader = child.stdout.getReader();
    await reader.read();
    await reader.cancel();
    const [status, stderr] = await Promise.all([
      child.status,
      new Response(child.stderr).text(),
    ]);
    assert.equal(stderr, "", "nothing on stderr");
    assert.equal(status.code, 1);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
