/**
 * The CLI's own path helpers (lib/cli/paths.ts) against `node:path`, for both
 * flavours, on a generated corpus: drives, UNC shares, mixed and repeated
 * separators, `.` and `..`, empty parts, trailing separators, relative and
 * absolute. node:path is the reference; the CLI avoids it only for its cost
 * at start-up.
 */
import assert from "node:assert/strict";
import nodePath from "node:path";
import { type PathFlavour, pathsFor } from "../lib/cli/paths.ts";
import { seededRandom } from "./_helpers.ts";

const ROOTS = [
  "",
  "/",
  "\\",
  "//",
  "\\\\",
  "///",
  "C:",
  "c:",
  "C:\\",
  "C:/",
  "z:\\\\",
  "1:",
  "C:..",
  "\\\\server\\share",
  "\\\\server\\share\\",
  "//server/share/",
  "//server//share",
  "\\/server\\/share\\",
  "\\\\server\\",
  "\\\\server",
  "\\\\?\\C:\\",
  "\\\\.\\pipe\\",
];
const PARTS = ["a", "b.json", ".", "..", "", "...", ".hidden", "a b", "é", "C:", "x:y", "..a"];
const SEPS = ["/", "\\", "//", "\\/", "/\\\\"];
const TRAILS = ["", "/", "\\", "//"];

function corpus(): string[] {
  const out = new Set<string>();
  // Every root with zero, one and two parts, with the plain separators.
  for (const root of ROOTS) {
    for (const trail of TRAILS) {
      out.add(root + trail);
      for (const a of PARTS) {
        out.add(root + a + trail);
        for (const b of PARTS) {
          for (const sep of ["/", "\\"]) out.add(root + a + sep + b + trail);
        }
      }
    }
  }
  // And random longer ones with every kind of separator.
  const next = seededRandom(20240611);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  for (let i = 0; i < 3000; i++) {
    let p = pick(ROOTS);
    const n = 1 + Math.floor(next() * 5);
    for (let j = 0; j < n; j++) p += (j > 0 ? pick(SEPS) : "") + pick(PARTS);
    out.add(p + pick(TRAILS));
  }
  return [...out];
}

const PATHS = corpus();
const FLAVOURS: [PathFlavour, typeof nodePath.posix][] = [
  ["posix", nodePath.posix],
  ["windows", nodePath.win32],
];

Deno.test("paths: the corpus is large and covers every kind of path", () => {
  assert.ok(PATHS.length > 10_000, `only ${PATHS.length} paths`);
  for (const kind of [/^[A-Za-z]:[\\/]/, /^[A-Za-z]:[^\\/]/, /^[\\/]{2}[^\\/]+[\\/]+[^\\/]+/]) {
    assert.ok(PATHS.some((p) => kind.test(p)), `no path like ${kind}`);
  }
  for (const bit of ["/../", "\\..\\", "/./", "//", "\\/"]) {
    assert.ok(PATHS.some((p) => p.includes(bit)), `no path with ${bit}`);
  }
});

for (const [flavour, node] of FLAVOURS) {
  const ours = pathsFor(flavour, () => Deno.cwd());

  Deno.test(`paths (${flavour}): dirname, basename, isAbsolute equal node:path's`, () => {
    for (const p of PATHS) {
      assert.equal(ours.dirname(p), node.dirname(p), `dirname(${JSON.stringify(p)})`);
      assert.equal(ours.basename(p), node.basename(p), `basename(${JSON.stringify(p)})`);
      assert.equal(ours.isAbsolute(p), node.isAbsolute(p), `isAbsolute(${JSON.stringify(p)})`);
    }
  });

  Deno.test(`paths (${flavour}): resolve equals node:path's, with and without a base`, () => {
    const bases = flavour === "posix" ? ["/srv/keys", "/", "//x/", "rel/dir", ""] : [
      "C:\\srv\\keys",
      "c:\\",
      "D:/x/",
      "\\\\host\\share\\dir",
      "\\top",
      "C:rel",
      "rel\\dir",
      "",
    ];
    for (const p of PATHS) {
      // Deno's node:path returns its POSIX current folder as it is from
      // win32.resolve when nothing else is absolute, where Node writes it with
      // "\\": the test below compares those with Node itself.
      const expected = node.resolve(p);
      if (flavour === "posix" || !expected.startsWith("/")) {
        assert.equal(ours.resolve(p), expected, `resolve(${JSON.stringify(p)})`);
      }
      for (const base of bases) {
        if (flavour === "windows" && node.resolve(base, p).startsWith("/")) continue;
        assert.equal(
          ours.resolve(base, p),
          node.resolve(base, p),
          `resolve(${JSON.stringify(base)}, ${JSON.stringify(p)})`,
        );
      }
    }
  });

  Deno.test(`paths (${flavour}): join puts a name in the same folder as node:path, unnormalized`, () => {
    const names = ["n.json", ".n.json.0123456789ab.tmp", "a b", "é"];
    const base = flavour === "posix" ? "/srv" : "C:\\srv";
    for (const dir of PATHS) {
      for (const name of names) {
        const joined = ours.join(dir, name);
        const where = `join(${JSON.stringify(dir)}, ${JSON.stringify(name)}) = ${joined}`;
        // The same place as node's own join would name...
        assert.equal(node.resolve(base, joined), node.resolve(base, dir, name), where);
        // ...written as the folder, then the name: nothing taken away.
        if (dir !== "" && dir !== ".") {
          assert.ok(joined.endsWith(name), where);
          if (joined.startsWith(dir)) {
            assert.ok(joined.length - dir.length - name.length <= 1, where);
          } else {
            // Only "\\x" (the folder x at the root, not a share) is rewritten,
            // as "\x": "\\x\name" would name a share.
            assert.equal(flavour, "windows", where);
            assert.equal(node.parse(dir).root.length, 1, where);
            assert.match(joined, /^\\[^\\/]/, where);
          }
        }
        assert.equal(ours.basename(joined), name, where);
        // Where there is nothing to normalize, exactly node's join.
        const plain = flavour === "posix"
          ? /^\/?([^/.][^/]*\/)*[^/.][^/]*$/
          : /^([A-Za-z]:\\)?([^\\/.:][^\\/:]*\\)*[^\\/.:][^\\/:]*$/;
        if (plain.test(dir)) assert.equal(joined, node.join(dir, name), where);
      }
    }
  });

  Deno.test(`paths (${flavour}): dirname names the folder the file is in`, () => {
    const base = flavour === "posix" ? "/srv/keys" : "C:\\srv\\keys";
    for (const p of PATHS) {
      const name = node.basename(p);
      if (
        name === "" || name === "." || name === ".." || (flavour === "windows" && /:/.test(name))
      ) {
        continue;
      }
      // node:path's dirname takes \\.\x as a share, its resolve as a device
      // and a path below it: no answer can agree with both.
      if (flavour === "windows" && /^[\\/]{2}[.?][\\/]/.test(p)) continue;
      // Lexically, the parent of the file: the folder temporary files go to.
      assert.equal(
        node.resolve(base, ours.dirname(p)),
        node.resolve(base, p, ".."),
        `dirname(${JSON.stringify(p)})`,
      );
    }
  });
}

Deno.test("paths (windows): a drive-relative path on another drive resolves from that drive's root", () => {
  // node:path's win32.resolve reads the real current folder (a POSIX one
  // here), so a Windows one is given to it as the first path instead; a
  // drive other than the current folder's has no known current folder of its
  // own (Windows keeps it in hidden =C: variables), so node:path and we take
  // its root.
  for (const cwd of ["D:\\cwd", "c:\\Users\\me\\", "\\\\srv\\share\\home"]) {
    const ours = pathsFor("windows", () => cwd);
    const cwdDrive = /^[A-Za-z]:/.exec(cwd)?.[0].toLowerCase();
    for (const base of ["", "C:", "C:x", "d:y", "\\\\h\\s\\t", "\\top", "rel"]) {
      for (const p of PATHS) {
        const drive = (/^[A-Za-z]:/.exec(p) ?? /^[A-Za-z]:/.exec(base))?.[0];
        const start = drive !== undefined && drive.toLowerCase() !== cwdDrive ? `${drive}\\` : cwd;
        assert.equal(
          ours.resolve(base, p),
          nodePath.win32.resolve(start, base, p),
          `resolve(${JSON.stringify(base)}, ${JSON.stringify(p)}) from ${cwd}`,
        );
      }
    }
  }
});

/** Node's own answers for every helper, flavour and case, or undefined without Node. */
async function askNode(cases: unknown): Promise<unknown[] | undefined> {
  const script = `
    const path = require("node:path");
    let input = "";
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (d) => input += d);
    process.stdin.on("end", () => {
      const out = JSON.parse(input).map(([flavour, fn, args]) => path[flavour][fn](...args));
      process.stdout.write(JSON.stringify(out));
    });`;
  let child: Deno.ChildProcess;
  try {
    child = new Deno.Command("node", {
      args: ["-e", script],
      stdin: "piped",
      stdout: "piped",
      stderr: "inherit",
      env: { NODE_OPTIONS: "" },
    }).spawn();
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return undefined;
    throw e;
  }
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(JSON.stringify(cases)));
  await writer.close();
  const out = await child.output();
  assert.equal(out.code, 0, "node failed");
  return JSON.parse(new TextDecoder().decode(out.stdout));
}

Deno.test("paths: every helper equals Node's own node:path, run in Node", async (t) => {
  // Deno's node:path is a re-implementation; Node itself is the reference.
  const cases: [string, string, string[]][] = [];
  for (const [flavour, nodeName] of [["posix", "posix"], ["windows", "win32"]] as const) {
    const bases = flavour === "posix" ? ["/srv", "rel"] : ["C:\\srv", "\\\\h\\s", "rel"];
    for (const p of PATHS) {
      for (const fn of ["dirname", "basename", "isAbsolute", "resolve"]) {
        cases.push([nodeName, fn, [p]]);
      }
      for (const base of bases) cases.push([nodeName, "resolve", [base, p]]);
    }
  }
  const answers = await askNode(cases);
  if (answers === undefined) {
    console.log("skipped: node is not on PATH (the node:path comparisons above still ran)");
    await t.step({ name: "node is not on PATH", ignore: true, fn: () => {} });
    return;
  }
  const helpers = { posix: pathsFor("posix"), win32: pathsFor("windows") };
  for (const [i, [flavour, fn, args]] of cases.entries()) {
    const h = helpers[flavour as "posix" | "win32"] as unknown as Record<
      string,
      (...a: string[]) => unknown
    >;
    assert.equal(
      h[fn](...args),
      answers[i],
      `${flavour}.${fn}(${JSON.stringify(args).slice(1, -1)})`,
    );
  }
});

Deno.test("paths: the exported helpers follow this platform", async () => {
  const paths = await import("../lib/cli/paths.ts");
  const node = Deno.build.os === "windows" ? nodePath.win32 : nodePath.posix;
  for (const p of ["a\\b/c", "C:x", "/a//b/", "\\\\s\\sh\\x"]) {
    assert.equal(paths.dirname(p), node.dirname(p));
    assert.equal(paths.basename(p), node.basename(p));
    assert.equal(paths.resolve(p), node.resolve(p));
    assert.equal(paths.resolve("/x", p), node.resolve("/x", p));
  }
});

Deno.test("paths: lib/cli never loads node:path", async () => {
  for await (const e of Deno.readDir(new URL("../lib/cli/", import.meta.url))) {
    const text = await Deno.readTextFile(new URL(`../lib/cli/${e.name}`, import.meta.url));
    assert.doesNotMatch(text, /from\s+["'](node:)?path["']/, `${e.name} imports node:path`);
  }
});

Deno.test("create: on POSIX a backslash is part of a file name, not a separator", async (t) => {
  if (Deno.build.os === "windows") {
    await t.step({ name: "a backslash separates on Windows", ignore: true, fn: () => {} });
    return;
  }
  const dir = await Deno.makeTempDir({ prefix: "jwk-paths-" });
  try {
    // Two different files whose last "\"-separated parts agree: once taken as
    // one file by a split on both separators.
    const run = (pub: string, priv: string) =>
      new Deno.Command(Deno.execPath(), {
        args: [
          "run",
          "--allow-read",
          "--allow-write",
          "--no-prompt",
          new URL("../cli.ts", import.meta.url).pathname,
          "create",
          pub,
          priv,
          "--kty",
          "OKP",
          "--no-password",
          "--insecure",
        ],
        cwd: dir,
        stdin: "null",
        stdout: "piped",
        stderr: "piped",
      }).output();
    const ok = await run("a\\k.json", "b\\k.json");
    assert.equal(ok.code, 0, new TextDecoder().decode(ok.stderr));
    const names = [];
    for await (const e of Deno.readDir(dir)) names.push(e.name);
    assert.deepEqual(names.sort(), ["a\\k.json", "b\\k.json"]);
    // The same file through "dir/.." is still one file.
    await Deno.mkdir(`${dir}/sub`);
    const same = await run("c.json", "sub/../c.json");
    assert.notEqual(same.code, 0);
    assert.match(new TextDecoder().decode(same.stderr), /^error: .*must differ.*\n$/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
