/**
 * Finds the independent implementations that interop tests run against, and
 * the small protocol for talking to them. Each finder returns either a path
 * or the reason the peer is missing, and says so once on stdout.
 *
 * Outside CI a missing peer skips its tests (with the printed reason). With
 * `CI=true` every peer is expected to be installed, so a missing one fails.
 * @module
 */

/** A peer that was found (`path`) or not (`reason`). */
export type Peer = { name: string; path: string; reason?: undefined } | {
  name: string;
  path?: undefined;
  reason: string;
};

/** True on CI, where every peer must be present. */
export const IN_CI = (() => {
  try {
    return ["true", "1"].includes((Deno.env.get("CI") ?? "").toLowerCase());
  } catch {
    return false;
  }
})();

const TESTS_DIR = new URL("./", import.meta.url);
/** The repository's root folder. */
export const REPO_ROOT = new URL("../", TESTS_DIR);
/** Where the project's shared tools and vectors live, beside the repository. */
export const SHARED_DIR = new URL("../shared/", REPO_ROOT);

async function run(
  cmd: string,
  args: string[],
  env?: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = await new Deno.Command(cmd, { args, env, stdout: "piped", stderr: "piped" })
    .output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await Deno.stat(path)).isFile;
  } catch {
    return false;
  }
}

function lastLine(text: string): string {
  return text.trim().split("\n").at(-1) ?? "";
}

const found = new Map<string, Promise<Peer>>();

/**
 * Runs a finder once per process and prints what it decided. An `optional`
 * peer's tests skip (saying why) even on CI.
 */
function once(name: string, find: () => Promise<string>, optional = false): Promise<Peer> {
  let p = found.get(name);
  if (!p) {
    p = find().then(
      (path): Peer => {
        console.log(`peer ${name}: ${path}`);
        return { name, path };
      },
      (e): Peer => {
        const reason = e instanceof Error ? e.message : String(e);
        const ci = IN_CI && !optional ? " (CI: its tests FAIL)" : "";
        console.log(`peer ${name} missing${ci}: ${reason}`);
        return { name, reason };
      },
    );
    found.set(name, p);
  }
  return p;
}

/**
 * `/usr/bin/python3` (or env `PYTHON3`) able to import jwcrypto
 * (Debian: python3-jwcrypto).
 */
export function python3WithJwcrypto(): Promise<Peer> {
  return once("python3-jwcrypto", async () => {
    const python = Deno.env.get("PYTHON3") ?? "/usr/bin/python3";
    if (!await isFile(python)) throw new Error(`${python} not found (apt-get install python3)`);
    const r = await run(python, ["-c", "import jwcrypto.jwe, jwcrypto.jws"]);
    if (r.code !== 0) {
      throw new Error(
        `${python} cannot import jwcrypto (apt-get install python3-jwcrypto): ${
          lastLine(r.stderr)
        }`,
      );
    }
    return python;
  });
}

/**
 * The stepref oracle (step's own library, go.step.sm/crypto): env `STEPREF`
 * if set, else built from `../shared/tools/stepref` with its build.sh into
 * `$TMPDIR/jwk-tests/stepref` (Go's build cache makes a rebuild take about a
 * second; build.sh installs golang-go and golang-step-crypto-dev if missing).
 */
export function stepref(): Promise<Peer> {
  return once("stepref", async () => {
    const given = Deno.env.get("STEPREF");
    if (given) {
      if (!await isFile(given)) throw new Error(`STEPREF=${given} is not a file`);
      return given;
    }
    const build = new URL("tools/stepref/build.sh", SHARED_DIR).pathname;
    if (!await isFile(build)) {
      throw new Error(`${build} not found (set STEPREF to a built stepref binary)`);
    }
    const dir = `${Deno.env.get("TMPDIR") ?? "/tmp"}/jwk-tests`;
    await Deno.mkdir(dir, { recursive: true });
    const out = `${dir}/stepref`;
    // Build beside the final name, then rename: concurrent test runs never see half a binary.
    const tmp = `${out}.${Deno.pid}.tmp`;
    const r = await run("sh", [build, tmp]);
    if (r.code !== 0 || !await isFile(tmp)) {
      await Deno.remove(tmp).catch(() => {});
      throw new Error(`sh ${build} failed (${r.code}): ${lastLine(r.stderr || r.stdout)}`);
    }
    await Deno.rename(tmp, out);
    return out;
  });
}

/** latchset's `jose` command-line tool (Debian: jose), from PATH or env `JOSE`. */
export function latchsetJose(): Promise<Peer> {
  return once("jose (latchset)", async () => {
    const jose = Deno.env.get("JOSE") ?? "jose";
    let r;
    try {
      r = await run(jose, ["alg"]);
    } catch {
      throw new Error(`'${jose}' is not on PATH (apt-get install jose)`);
    }
    if (r.code !== 0 || !r.stdout.includes("PBES2-HS256+A128KW")) {
      throw new Error(`'${jose} alg' does not list PBES2-HS256+A128KW`);
    }
    return jose;
  });
}

/**
 * Whether tests that need `peer` should be ignored: only when it is missing
 * and we are not on CI (on CI they run, and {@link need} fails them).
 */
export function ignoreWithout(...peers: Peer[]): boolean {
  return !IN_CI && peers.some((p) => p.path === undefined);
}

/** The peer's path, or an error that says why it is missing. */
export function need(peer: Peer): string {
  if (peer.path === undefined) {
    throw new Error(`peer ${peer.name} is required here but missing: ${peer.reason}`);
  }
  return peer.path;
}

/**
 * A long-running peer that answers one JSON request per line with one JSON
 * line: `{"ok": value}` or `{"error": message}`. Requests are serialized.
 */
export class JsonLinePeer {
  #child: Deno.ChildProcess;
  #writer: WritableStreamDefaultWriter<Uint8Array>;
  #lines: AsyncIterator<string>;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(cmd: string, args: string[]) {
    this.#child = new Deno.Command(cmd, {
      args,
      stdin: "piped",
      stdout: "piped",
      stderr: "inherit",
    }).spawn();
    this.#writer = this.#child.stdin.getWriter();
    this.#lines = lines(this.#child.stdout)[Symbol.asyncIterator]();
  }

  /** Sends one request; resolves with `ok`, rejects with the peer's `error`. */
  request<T = unknown>(req: Record<string, unknown>): Promise<T> {
    const next = this.#queue.then(async () => {
      await this.#writer.write(new TextEncoder().encode(JSON.stringify(req) + "\n"));
      const line = await this.#lines.next();
      if (line.done) throw new Error("the peer exited");
      const answer = JSON.parse(line.value);
      if ("error" in answer) throw new PeerError(String(answer.error));
      return answer.ok as T;
    });
    this.#queue = next.catch(() => {});
    return next;
  }

  /** Ends the peer and waits for it. */
  async close(): Promise<void> {
    await this.#queue;
    await this.#writer.close();
    while (!(await this.#lines.next()).done) { /* drain */ }
    await this.#child.status;
  }
}

/** A failure the peer reported (as opposed to a broken peer). */
export class PeerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PeerError";
  }
}

async function* lines(stream: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  let buf = "";
  for await (const chunk of stream.pipeThrough(new TextDecoderStream())) {
    buf += chunk;
    let i;
    while ((i = buf.indexOf("\n")) >= 0) {
      yield buf.slice(0, i);
      buf = buf.slice(i + 1);
    }
  }
  if (buf) yield buf;
}

/** Starts the jwcrypto peer (tests/peers/jwcrypto_peer.py) with the given python. */
export function startJwcrypto(python: string): JsonLinePeer {
  return new JsonLinePeer(python, [new URL("peers/jwcrypto_peer.py", TESTS_DIR).pathname]);
}

/** Runs a command to completion; for one-shot peers such as stepref and jose. */
export { run };

/** A command-line tool whose answer to `args` passes `ok`, from PATH or env `envName`. */
function tool(
  name: string,
  envName: string,
  args: string[],
  apt: string,
  ok: (r: { code: number; stdout: string; stderr: string }) => boolean,
): Promise<Peer> {
  return once(name, async () => {
    const bin = Deno.env.get(envName) ?? name;
    let r;
    try {
      r = await run(bin, args);
    } catch {
      throw new Error(`'${bin}' is not on PATH (apt-get install ${apt})`);
    }
    if (!ok(r)) throw new Error(`'${bin} ${args.join(" ")}' failed: ${lastLine(r.stderr)}`);
    return bin;
  });
}

/** OpenSSL 3's `openssl` (Debian: openssl), from PATH or env `OPENSSL`. */
export function openssl(): Promise<Peer> {
  return tool("openssl", "OPENSSL", ["version"], "openssl", (r) => /^OpenSSL 3/.test(r.stdout));
}

/** OpenSSH's `ssh-keygen` (Debian: openssh-client), from PATH or env `SSH_KEYGEN`. */
export function sshKeygen(): Promise<Peer> {
  // ssh-keygen has no --version: its usage text (on a bad flag) proves it runs.
  return tool("ssh-keygen", "SSH_KEYGEN", ["-?"], "openssh-client", (r) => /usage/i.test(r.stderr));
}

/** Runs a command with bytes on stdin; returns exit code, stdout bytes and stderr text. */
export async function runBytes(
  cmd: string,
  args: string[],
  stdin?: Uint8Array,
): Promise<{ code: number; stdout: Uint8Array; stderr: string }> {
  const child = new Deno.Command(cmd, {
    args,
    stdin: stdin ? "piped" : "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  if (stdin) {
    const w = child.stdin.getWriter();
    await w.write(stdin);
    await w.close();
  }
  const out = await child.output();
  return { code: out.code, stdout: out.stdout, stderr: new TextDecoder().decode(out.stderr) };
}

/**
 * Runs a peer that must succeed here and returns its standard output; a
 * failure fails the test with the peer's stderr.
 */
export async function peerOutput(
  peer: Peer,
  args: string[],
  stdin?: Uint8Array,
): Promise<Uint8Array> {
  const r = await runBytes(need(peer), args, stdin);
  if (r.code !== 0) throw new Error(`${peer.name} ${args.join(" ")}: exit ${r.code}: ${r.stderr}`);
  return r.stdout;
}

/**
 * `/usr/bin/python3` (or env `PYTHON3`) able to import pyca/cryptography
 * (Debian: python3-cryptography, which python3-jwcrypto pulls in).
 */
export function python3WithCryptography(): Promise<Peer> {
  return once("python3-cryptography", async () => {
    const python = Deno.env.get("PYTHON3") ?? "/usr/bin/python3";
    if (!await isFile(python)) throw new Error(`${python} not found (apt-get install python3)`);
    const r = await run(python, ["-c", "import cryptography; print(cryptography.__version__)"]);
    if (r.code !== 0) {
      throw new Error(
        `${python} cannot import cryptography (apt-get install python3-cryptography): ${
          lastLine(r.stderr)
        }`,
      );
    }
    return python;
  });
}

/**
 * A python3 whose pyca/cryptography loads ML-DSA keys (cryptography 47 and
 * later, built on an OpenSSL with ML-DSA): env `PYTHON3_MLDSA`, else the
 * `python3` on PATH. Debian 12's cryptography 38 has none, and no Debian
 * package gives one, so tests treat this peer as optional even on CI.
 */
export function python3WithMlDsa(): Promise<Peer> {
  return once("python3-cryptography with ML-DSA", async () => {
    const python = Deno.env.get("PYTHON3_MLDSA") ?? "python3";
    const probe = "import cryptography\n" +
      "from cryptography.hazmat.primitives.asymmetric import mldsa\n" +
      "print(cryptography.__version__)";
    let r;
    try {
      r = await run(python, ["-c", probe]);
    } catch {
      throw new Error(`'${python}' is not on PATH`);
    }
    if (r.code !== 0) {
      throw new Error(
        `${python}'s cryptography has no ML-DSA (47 or later needed): ${lastLine(r.stderr)}`,
      );
    }
    return python;
  }, true);
}

/** Starts the pyca/cryptography peer (tests/peers/pyca_peer.py) with the given python. */
export function startPyca(python: string): JsonLinePeer {
  return new JsonLinePeer(python, [new URL("peers/pyca_peer.py", TESTS_DIR).pathname]);
}
