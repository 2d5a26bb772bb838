/**
 * `jwk completion bash|zsh|fish`: each script parses in its shell
 * (`bash -n`, `zsh -n`, `fish -n`), and the shell itself, given the script,
 * completes commands, every flag of every command (read from the command
 * modules), flag values and subcommands: bash through its completion
 * function with COMP_WORDS, fish through `complete -C`, zsh through its
 * completion system in a pseudo-terminal (tests/peers/zsh_complete.zsh).
 */
import assert from "node:assert/strict";
import { completionScript, type CompletionShell, KEY_TYPES, THUMBPRINT_HASHES } from "../mod.ts";
import { COMMANDS } from "../lib/cli/commands.ts";
import { IN_CI, run } from "./_peers.ts";
import { ok, readGrant, refused, runCli } from "./_run_cli.ts";

const ZSH_DRIVER = new URL("./peers/zsh_complete.zsh", import.meta.url).pathname;

/** The shell's path, or undefined (said once) when it is not installed. */
async function shell(name: string): Promise<string | undefined> {
  for (const dir of ["/usr/bin", "/bin", "/usr/local/bin"]) {
    try {
      if ((await Deno.stat(`${dir}/${name}`)).isFile) return `${dir}/${name}`;
    } catch { /* not here */ }
  }
  console.log(`${name} is not installed (apt-get install ${name}): its completion tests skip`);
  if (IN_CI) throw new Error(`${name} is required on CI`);
  return undefined;
}

const bash = await shell("bash");
const zsh = await shell("zsh");
const fish = await shell("fish");

const scripts: Record<CompletionShell, string> = { bash: "", zsh: "", fish: "" };
const dir = await Deno.makeTempDir({ prefix: "jwk-completion-" });
for (const s of ["bash", "zsh", "fish"] as const) {
  scripts[s] = ok(await runCli(["completion", s], { perms: [readGrant()] }), s);
  await Deno.writeTextFile(`${dir}/jwk.${s}`, scripts[s]);
}
await Deno.writeTextFile(`${dir}/key-one.pem`, "");
await Deno.writeTextFile(`${dir}/key-two.json`, "");

/** Every command with the long flag names its module defines. */
const FLAGS: Record<string, string[]> = {};
for (const c of COMMANDS) {
  const cmd = await c.load();
  FLAGS[c.name] = cmd.flags.flatMap((f) => [f.name, ...(f.aliases ?? [])].map((n) => `--${n}`));
}

/** What bash's completion function offers for `words` (the last one being completed). */
async function bashComplete(script: string, words: string[]): Promise<string[]> {
  const quoted = words.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(" ");
  const r = await run(bash!, [
    "-c",
    `source '${script}'; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; ` +
    `COMPREPLY=(); _jwk; printf '%s\\n' "\${COMPREPLY[@]}"`,
  ]);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout.split("\n").filter((l) => l !== "");
}

/** What fish offers for the command line `line`. */
async function fishComplete(script: string, line: string): Promise<string[]> {
  const r = await run(fish!, ["--no-config", "-c", `source '${script}'; complete -C '${line}'`]);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout.split("\n").filter((l) => l !== "").map((l) => l.split("\t")[0]);
}

/** What zsh's completion system offers for the command line `line`. */
async function zshComplete(script: string, line: string): Promise<string[]> {
  const child = new Deno.Command(zsh!, {
    args: ["-f", ZSH_DRIVER, script, line],
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const timer = setTimeout(() => child.kill(), 30_000);
  const o = await child.output();
  clearTimeout(timer);
  assert.equal(o.code, 0, new TextDecoder().decode(o.stderr));
  return new TextDecoder().decode(o.stdout).split("\n").filter((l) => l !== "");
}

const sorted = (xs: readonly string[]) => [...xs].sort();

Deno.test("completion: the scripts parse (bash -n, zsh -n, fish -n)", async () => {
  for (const [name, path] of [["bash", bash], ["zsh", zsh], ["fish", fish]] as const) {
    if (!path) continue;
    const r = await run(path, ["-n", `${dir}/jwk.${name}`]);
    assert.equal(r.code, 0, `${name}: ${r.stderr}`);
  }
  // And each script names every command.
  for (const s of ["bash", "zsh", "fish"] as const) {
    for (const c of COMMANDS) assert.ok(scripts[s].includes(c.name), `${s}: ${c.name}`);
  }
});

Deno.test({
  name: "completion: bash completes commands, every flag, values and files",
  ignore: !bash,
  fn: async () => {
    const s = `${dir}/jwk.bash`;
    assert.deepEqual(await bashComplete(s, ["jwk", "cr"]), ["create"]);
    assert.deepEqual(
      sorted(await bashComplete(s, ["jwk", ""])),
      sorted(COMMANDS.map((c) => c.name)),
    );
    assert.deepEqual(await bashComplete(s, ["jwk", "--vers"]), ["--version"]);
    for (const [name, flags] of Object.entries(FLAGS)) {
      const offered = await bashComplete(s, ["jwk", name, "--"]);
      assert.deepEqual(sorted(offered), sorted(flags), name);
    }
    assert.deepEqual(await bashComplete(s, ["jwk", "thumbprint", "--hash", ""]), [
      ...THUMBPRINT_HASHES,
    ]);
    // --flag=value: bash splits the word at '='.
    assert.deepEqual(await bashComplete(s, ["jwk", "thumbprint", "--hash", "=", "SHA-5"]), [
      "SHA-512",
    ]);
    assert.deepEqual(await bashComplete(s, ["jwk", "create", "--type", ""]), [...KEY_TYPES]);
    assert.deepEqual(await bashComplete(s, ["jwk", "completion", ""]), ["bash", "zsh", "fish"]);
    assert.deepEqual(await bashComplete(s, ["jwk", "completion", "bash", ""]), []);
    assert.deepEqual(await bashComplete(s, ["jwk", "public", `${dir}/key-o`]), [
      `${dir}/key-one.pem`,
    ]);
    assert.deepEqual(await bashComplete(s, ["jwk", "create", "--from-pem", `${dir}/key-t`]), [
      `${dir}/key-two.json`,
    ]);
  },
});

Deno.test({
  name: "completion: fish completes commands, every flag, values",
  ignore: !fish,
  fn: async () => {
    const s = `${dir}/jwk.fish`;
    assert.deepEqual(await fishComplete(s, "jwk cr"), ["create"]);
    assert.deepEqual(sorted(await fishComplete(s, "jwk ")), sorted(COMMANDS.map((c) => c.name)));
    for (const [name, flags] of Object.entries(FLAGS)) {
      const offered = (await fishComplete(s, `jwk ${name} --`)).filter((f) => f.startsWith("--"));
      assert.deepEqual(sorted(offered), sorted(flags), name);
    }
    assert.deepEqual(await fishComplete(s, "jwk thumbprint --hash "), [...THUMBPRINT_HASHES]);
    assert.deepEqual(sorted(await fishComplete(s, "jwk completion ")), ["bash", "fish", "zsh"]);
    assert.deepEqual(await fishComplete(s, `jwk public ${dir}/key-o`), [`${dir}/key-one.pem`]);
  },
});

Deno.test({
  name: "completion: zsh completes commands, flags and values",
  ignore: !zsh,
  fn: async () => {
    const s = `${dir}/jwk.zsh`;
    assert.deepEqual(await zshComplete(s, "jwk cr"), ["create"]);
    assert.deepEqual(await zshComplete(s, "jwk "), sorted(COMMANDS.map((c) => c.name)));
    assert.deepEqual(await zshComplete(s, "jwk thumbprint --ha"), ["--hash"]);
    assert.deepEqual(await zshComplete(s, "jwk thumbprint --hash="), [...THUMBPRINT_HASHES]);
    assert.deepEqual(await zshComplete(s, "jwk create --kty "), sorted(KEY_TYPES));
    assert.deepEqual(await zshComplete(s, "jwk completion "), ["bash", "fish", "zsh"]);
  },
});

Deno.test({
  name: "completion: subcommands (keyset's add, remove, ...) in all three shells",
  ignore: !bash || !zsh || !fish,
  fn: async () => {
    const spec = {
      program: "jwk",
      commands: [{
        name: "keyset",
        summary: "manage a JWK Set",
        flags: [{ name: "kid", value: "kid", summary: "Key ID." }],
        subcommands: ["add", "remove", "list", "find"],
      }],
    };
    for (const sh of ["bash", "zsh", "fish"] as const) {
      await Deno.writeTextFile(`${dir}/keyset.${sh}`, completionScript(sh, spec));
    }
    const want = ["add", "find", "list", "remove"];
    assert.deepEqual(sorted(await bashComplete(`${dir}/keyset.bash`, ["jwk", "keyset", ""])), want);
    assert.deepEqual(await bashComplete(`${dir}/keyset.bash`, ["jwk", "keyset", "re"]), ["remove"]);
    assert.deepEqual(sorted(await fishComplete(`${dir}/keyset.fish`, "jwk keyset ")), want);
    assert.deepEqual(await zshComplete(`${dir}/keyset.zsh`, "jwk keyset "), want);
    // After the subcommand, files.
    assert.deepEqual(
      await bashComplete(`${dir}/keyset.bash`, ["jwk", "keyset", "add", `${dir}/key-o`]),
      [`${dir}/key-one.pem`],
    );
  },
});

Deno.test("completion: a missing or unknown shell is one error line", async () => {
  refused(
    await runCli(["completion"], { perms: [readGrant()] }),
    /needs a shell: jwk completion bash\|zsh\|fish/,
    "none",
  );
  refused(
    await runCli(["completion", "bsh"], { perms: [readGrant()] }),
    /did you mean 'bash'\?/,
    "typo",
  );
  refused(
    await runCli(["completion", "powershell"], { perms: [readGrant()] }),
    /use one of bash, zsh, fish/,
    "other",
  );
  refused(
    await runCli(["completion", "bash", "zsh"], { perms: [readGrant()] }),
    /unexpected 'zsh'/,
    "two",
  );
  assert.throws(() =>
    completionScript("bash", {
      program: "jwk",
      commands: [{ name: "a;b", summary: "", flags: [] }],
    })
  );
  assert.throws(() => completionScript("csh" as CompletionShell, { program: "jwk", commands: [] }));
});

globalThis.addEventListener("unload", () => {
  try {
    Deno.removeSync(dir, { recursive: true });
  } catch { /* already gone */ }
});
