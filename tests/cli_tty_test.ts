/**
 * The CLI's terminal questions, driven through a real pseudo-terminal (tmux):
 * the password is typed twice without echo, a mismatch is refused, and an
 * existing file is only replaced after a "y".
 */
import assert from "node:assert/strict";
import { decryptJwk } from "../mod.ts";

const CLI = new URL("../cli.ts", import.meta.url).pathname;
const PASSWORD = "tty-Pa55word-never-shown";

function hasTmux(): boolean {
  try {
    return new Deno.Command("tmux", { args: ["-V"], stdout: "null", stderr: "null" })
      .outputSync().success;
  } catch {
    return false;
  }
}
const TMUX = hasTmux();
const inCi = Deno.env.get("CI") === "true";
if (!TMUX) {
  console.log(
    inCi ? "tmux is missing in CI: the terminal tests fail" : "skipped: tmux is not installed",
  );
}

/** One tmux server per test, so tests never share a screen. */
class Screen {
  readonly socket = `jwk-test-${crypto.randomUUID().slice(0, 8)}`;

  async tmux(...args: string[]): Promise<string> {
    const o = await new Deno.Command("tmux", {
      args: ["-L", this.socket, ...args],
      env: { TERM: "xterm" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    if (!o.success) throw new Error(`tmux ${args[0]}: ${new TextDecoder().decode(o.stderr)}`);
    return new TextDecoder().decode(o.stdout);
  }

  start(dir: string, cliArgs: string): Promise<string> {
    const deno = Deno.execPath();
    const cmd = `cd '${dir}' && '${deno}' run --allow-read --allow-write '${CLI}' ${cliArgs}; ` +
      `echo "EXIT=$?"; sleep 60`;
    return this.tmux("new-session", "-d", "-s", "t", "-x", "200", "-y", "50", cmd);
  }

  text(): Promise<string> {
    return this.tmux("capture-pane", "-p", "-t", "t", "-S", "-100");
  }

  /** Waits until the screen shows `what` (a bounded wait). */
  async waitFor(what: string | RegExp, ms = 20_000): Promise<string> {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      const t = await this.text();
      if (typeof what === "string" ? t.includes(what) : what.test(t)) return t;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the screen never showed ${what}:\n${await this.text()}`);
  }

  type(line: string): Promise<string> {
    return this.tmux("send-keys", "-t", "t", "-l", line).then(() =>
      this.tmux("send-keys", "-t", "t", "Enter")
    );
  }

  async close(): Promise<void> {
    await this.tmux("kill-server").catch(() => {});
  }
}

async function withScreen(fn: (s: Screen, dir: string) => Promise<void>): Promise<void> {
  const s = new Screen();
  const dir = await Deno.makeTempDir({ prefix: "jwk-tty-" });
  try {
    await fn(s, dir);
  } finally {
    await s.close();
    await Deno.remove(dir, { recursive: true });
  }
}

const opts = { ignore: !TMUX && !inCi, sanitizeResources: false, sanitizeOps: false };

Deno.test({
  name: "terminal: the password is asked twice, never echoed, and encrypts the key",
  ...opts,
  fn: () =>
    withScreen(async (s, dir) => {
      await s.start(dir, "create k.pub k.priv --kty OKP");
      await s.waitFor("Please enter the password to encrypt");
      await s.type(PASSWORD);
      await s.waitFor("Please enter the same password again");
      await s.type(PASSWORD);
      const screen = await s.waitFor(/EXIT=\d+/);
      assert.match(screen, /EXIT=0/);
      assert.match(screen, /Your private key has been saved in k\.priv\./);
      assert.ok(!screen.includes(PASSWORD), "the password was echoed on the terminal");
      const priv = await decryptJwk(await Deno.readTextFile(`${dir}/k.priv`), PASSWORD);
      const pub = JSON.parse(await Deno.readTextFile(`${dir}/k.pub`));
      assert.equal(priv.kid, pub.kid);
      assert.equal((await Deno.stat(`${dir}/k.priv`)).mode! & 0o777, 0o600);
    }),
});

Deno.test({
  name: "terminal: two different passwords are refused and nothing is written",
  ...opts,
  fn: () =>
    withScreen(async (s, dir) => {
      await s.start(dir, "create k.pub k.priv");
      await s.waitFor("Please enter the password to encrypt");
      await s.type(PASSWORD);
      await s.waitFor("Please enter the same password again");
      await s.type(PASSWORD + "x");
      const screen = await s.waitFor(/EXIT=\d+/);
      assert.doesNotMatch(screen, /EXIT=0/);
      assert.match(screen, /error: .*(match|differ)/i);
      assert.ok(!screen.includes(PASSWORD));
      assert.deepEqual([...Deno.readDirSync(dir)], []);
    }),
});

Deno.test({
  name: "terminal: an existing file is replaced only after y",
  ...opts,
  fn: () =>
    withScreen(async (s, dir) => {
      await Deno.writeTextFile(`${dir}/k.pub`, "old\n");
      await s.start(dir, "create k.pub k.priv --no-password --insecure");
      await s.waitFor(/overwrite k\.pub/);
      await s.type("n");
      let screen = await s.waitFor(/EXIT=\d+/);
      assert.doesNotMatch(screen, /EXIT=0/);
      assert.equal(await Deno.readTextFile(`${dir}/k.pub`), "old\n");
      assert.ok(!(await Deno.stat(`${dir}/k.priv`).catch(() => false)), "k.priv was written");

      await s.close();
      const again = new Screen();
      try {
        await again.start(dir, "create k.pub k.priv --no-password --insecure");
        await again.waitFor(/overwrite k\.pub/);
        await again.type("y");
        screen = await again.waitFor(/EXIT=\d+/);
        assert.match(screen, /EXIT=0/);
        assert.equal(JSON.parse(await Deno.readTextFile(`${dir}/k.pub`)).kty, "EC");
      } finally {
        await again.close();
      }
    }),
});

Deno.test({
  name: "terminal: change-pass asks the old password once and the new one twice, none echoed",
  ...opts,
  fn: () =>
    withScreen(async (s, dir) => {
      const { encryptJwk } = await import("../mod.ts");
      const jwk = { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA" };
      const file = JSON.stringify(await encryptJwk(jwk, "old-" + PASSWORD, { iterations: 1000 }));
      await Deno.writeTextFile(`${dir}/k.json`, file);
      await s.start(dir, "change-pass k.json");
      await s.waitFor("Please enter the password to decrypt k.json");
      await s.type("old-" + PASSWORD);
      await s.waitFor("Please enter the password to encrypt k.json");
      await s.type(PASSWORD);
      await s.waitFor("Please enter the same password again");
      await s.type(PASSWORD);
      const screen = await s.waitFor(/EXIT=\d+/);
      assert.match(screen, /EXIT=0/);
      assert.match(screen, /The password of k\.json has been changed\./);
      assert.ok(!screen.includes(PASSWORD), "a password was echoed on the terminal");
      assert.deepEqual(await decryptJwk(await Deno.readTextFile(`${dir}/k.json`), PASSWORD), jwk);
    }),
});

Deno.test({
  name: "terminal: format to a private PEM asks the new password twice, none echoed",
  ...opts,
  fn: () =>
    withScreen(async (s, dir) => {
      const jwk = { kty: "OKP", crv: "Ed25519", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo" };
      const d = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"; // RFC 8032, test 1
      await Deno.writeTextFile(`${dir}/k.json`, JSON.stringify({ ...jwk, d }));
      await s.start(dir, "format k.json --out k.pem");
      await s.waitFor("Please enter the password to encrypt the private key");
      await s.type(PASSWORD);
      await s.waitFor("Please enter the same password again");
      await s.type(PASSWORD);
      const screen = await s.waitFor(/EXIT=\d+/);
      assert.match(screen, /EXIT=0/);
      assert.ok(!screen.includes(PASSWORD), "the password was echoed on the terminal");
      const { readAnyKey } = await import("../mod.ts");
      const key = await readAnyKey(await Deno.readFile(`${dir}/k.pem`), {
        password: () => PASSWORD,
      });
      assert.equal(key.jwk.d, d);
    }),
});

Deno.test({
  name: "terminal: format never writes DER to a terminal",
  ...opts,
  fn: () =>
    withScreen(async (s, dir) => {
      const jwk = { kty: "OKP", crv: "Ed25519", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo" };
      await Deno.writeTextFile(`${dir}/k.pub.json`, JSON.stringify(jwk));
      await s.start(dir, "format k.pub.json --der");
      const screen = await s.waitFor(/EXIT=\d+/);
      assert.match(screen, /error: DER is binary: write it with --out FILE/);
      assert.match(screen, /EXIT=1/);
    }),
});
