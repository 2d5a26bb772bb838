/**
 * `deno run` from a URL, as a user without a checkout runs the tool: the
 * checkout is served over HTTP on 127.0.0.1 (random port, for this test only),
 * and a child Deno runs `http://127.0.0.1:PORT/cli.ts create ...` from an
 * empty folder with the narrowest permissions: import from that one host,
 * read and write in that one folder, never prompt. Deno reads no deno.json
 * from a URL and finds none in that folder, so any module that needed the
 * import map would fail to load here.
 */
import assert from "node:assert/strict";
import { extname, join, normalize } from "node:path";
import { checkKeyPair, DENO, requireCli, ROOT, run, tempDir } from "./ship_helpers.ts";

const TYPES: Record<string, string> = {
  ".ts": "application/typescript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
};

/**
 * Serves the checkout's .ts, .js and .json files (nothing hidden, nothing outside
 * it) on 127.0.0.1 at a port the system picks; records every path asked for.
 */
function serveCheckout(): {
  url: string;
  requested: Set<string>;
  tamper: Set<string>;
  close: () => Promise<void>;
} {
  const requested = new Set<string>();
  // Paths whose content is changed on the way out, as a compromised host would.
  const tamper = new Set<string>();
  const controller = new AbortController();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: controller.signal, onListen() {} },
    async (req) => {
      const path = normalize(decodeURIComponent(new URL(req.url).pathname));
      requested.add(path);
      const type = TYPES[extname(path)];
      if (
        req.method !== "GET" || !type || path.includes("..") || /\/\./.test(path) ||
        path.startsWith("/tests/") || path.startsWith("/.tmp/")
      ) {
        return new Response("not here\n", { status: 404 });
      }
      try {
        let body = await Deno.readFile(join(ROOT, path));
        if (tamper.has(path)) body = new Uint8Array([...body, ...new TextEncoder().encode("//\n")]);
        return new Response(body, {
          headers: { "content-type": type },
        });
      } catch {
        return new Response("not found\n", { status: 404 });
      }
    },
  );
  // A test that hangs must not keep the port open: at most two minutes.
  const limit = setTimeout(() => controller.abort(), 120_000);
  const { port } = server.addr as Deno.NetAddr;
  return {
    url: `http://127.0.0.1:${port}`,
    requested,
    tamper,
    close: async () => {
      clearTimeout(limit);
      controller.abort();
      await server.finished;
    },
  };
}

Deno.test("deno run from a URL: creates working keys with narrow permissions", async (t) => {
  await requireCli();
  const server = serveCheckout();
  const [dir, cleanup] = await tempDir("url");
  try {
    const host = new URL(server.url).host;
    const perms = [
      "--no-prompt",
      `--allow-import=${host}`,
      `--allow-read=${dir}`,
      `--allow-write=${dir}`,
    ];
    await Deno.writeTextFile(join(dir, "password.txt"), "url test password\n");

    await t.step("default key (EC P-256, encrypted private file)", async () => {
      const r = await run(DENO, [
        "run",
        ...perms,
        `${server.url}/cli.ts`,
        "create",
        "jwk.pub.json",
        "jwk.priv.json",
        "--password-file",
        "password.txt",
      ], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /Your public key has been saved in jwk\.pub\.json\./);
      assert.match(r.stderr, /Your private key has been saved in jwk\.priv\.json\./);
      const { publicJwk } = await checkKeyPair(
        join(dir, "jwk.pub.json"),
        join(dir, "jwk.priv.json"),
        "url test password",
      );
      assert.equal(publicJwk.kty, "EC");
      assert.equal(publicJwk.alg, "ES256");
      // The files came over HTTP, not from the disk: the server saw them.
      assert.ok(server.requested.has("/cli.ts") && server.requested.has("/bundle/cli_create.js"));
    });

    await t.step("OKP key, plain private file, pinned with a lock file", async () => {
      const args = [
        "run",
        ...perms,
        "--lock=jwk.lock",
        `${server.url}/cli.ts`,
        "create",
        "ed.pub.json",
        "ed.priv.json",
        "--kty",
        "OKP",
        "--no-password",
        "--insecure",
      ];
      // As the README says: cache every module the commands may load, then run.
      const cached = await run(DENO, [
        "cache",
        "--lock=jwk.lock",
        `--allow-import=${host}`,
        `${server.url}/cli.ts`,
        `${server.url}/bundle/all.js`,
      ], { cwd: dir });
      assert.equal(cached.code, 0, cached.stderr);
      const r = await run(DENO, args, { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      const { publicJwk } = await checkKeyPair(
        join(dir, "ed.pub.json"),
        join(dir, "ed.priv.json"),
        undefined,
      );
      assert.equal(publicJwk.crv, "Ed25519");
      // The lock file pins every module by hash, and the npm packages left out
      // of the bundles (the PEM reader's CommonJS helpers) by npm integrity.
      const lock = JSON.parse(await Deno.readTextFile(join(dir, "jwk.lock")));
      assert.ok(lock.remote[`${server.url}/cli.ts`], "cli.ts is not in the lock file");
      assert.ok(
        lock.remote[`${server.url}/bundle/cli_create.js`],
        "bundle/cli_create.js is not in the lock file",
      );
      // ... also those this run did not need (the PEM reader), for the next one.
      assert.ok(
        lock.remote[`${server.url}/bundle/pem_read.js`],
        "bundle/pem_read.js is not locked",
      );
      assert.ok(Object.keys(lock.npm ?? {}).some((k) => k.startsWith("bcrypt-pbkdf@")));
      // A frozen run against the same lock file works too.
      const again = args.map((a) => a.replace(/^ed\./, "ed2.")).toSpliced(1, 0, "--frozen");
      const r2 = await run(DENO, again, { cwd: dir });
      assert.equal(r2.code, 0, r2.stderr);
      // A module changed on the server is refused, and nothing is written.
      server.tamper.add("/bundle/cli_create.js");
      const changed = again.map((a) => a.replace(/^ed2\./, "ed3.")).toSpliced(
        1,
        0,
        `--reload=${server.url}`,
      );
      const r3 = await run(DENO, changed, { cwd: dir });
      server.tamper.clear();
      assert.notEqual(r3.code, 0, "a changed module was run");
      assert.match(r3.stderr, /Integrity check failed/);
      await assert.rejects(Deno.stat(join(dir, "ed3.pub.json")));
    });

    await t.step("the module graph holds only this host and npm packages", async () => {
      for (const root of ["cli.ts", "bundle/all.js"]) {
        const r = await run(DENO, ["info", "--json", `${server.url}/${root}`], { cwd: dir });
        assert.equal(r.code, 0, r.stderr);
        const graph = JSON.parse(r.stdout) as { modules: { specifier: string }[] };
        const foreign = graph.modules.map((m) => m.specifier).filter((s) =>
          !s.startsWith(`${server.url}/`) && !s.startsWith("npm:") && !s.startsWith("node:")
        );
        assert.deepEqual(foreign, [], `${root}: modules from elsewhere than the server or npm`);
      }
    });

    await t.step("a file the grant does not cover is refused, and nothing is written", async () => {
      const outside = await Deno.makeTempDir({ prefix: "jwk-url-outside-" });
      try {
        const r = await run(DENO, [
          "run",
          ...perms,
          `${server.url}/cli.ts`,
          "create",
          join(outside, "x.pub.json"),
          join(outside, "x.priv.json"),
          "--no-password",
          "--insecure",
        ], { cwd: dir });
        assert.notEqual(r.code, 0, "writing outside the granted folder should fail");
        assert.deepEqual([...Deno.readDirSync(outside)], []);
      } finally {
        await Deno.remove(outside, { recursive: true });
      }
    });
  } finally {
    await server.close();
    await cleanup();
  }
});
