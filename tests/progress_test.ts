import assert from "node:assert/strict";
import { withProgress } from "../lib/cli/progress.ts";

class FakeStream {
  chunks: string[] = [];
  writeSync(bytes: Uint8Array): number {
    this.chunks.push(new TextDecoder().decode(bytes));
    return bytes.length;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const noEnv = () => undefined;

Deno.test("progress: nothing on a non-terminal, even for slow work", async () => {
  const s = new FakeStream();
  const v = await withProgress("Working", sleep(80).then(() => 7), {
    stream: s,
    isTerminal: false,
    env: noEnv,
    delayMs: 10,
    intervalMs: 10,
  });
  assert.equal(v, 7);
  assert.deepEqual(s.chunks, []);
});

Deno.test("progress: a terminal gets a spinner line, then the line is cleared", async () => {
  const s = new FakeStream();
  const v = await withProgress("Generating RSA key", sleep(120).then(() => "k"), {
    stream: s,
    isTerminal: true,
    env: noEnv,
    delayMs: 10,
    intervalMs: 20,
  });
  assert.equal(v, "k");
  assert.ok(s.chunks.length >= 3, `frames: ${s.chunks.length}`);
  assert.match(s.chunks[0], /^\r. Generating RSA key\.\.\.$/);
  assert.equal(s.chunks.at(-1), "\r\x1b[2K");
  assert.ok(s.chunks.every((c) => !c.includes("\n")), "never a newline");
});

Deno.test("progress: fast work shows nothing on a terminal", async () => {
  const s = new FakeStream();
  assert.equal(
    await withProgress("x", Promise.resolve(1), { stream: s, isTerminal: true, env: noEnv }),
    1,
  );
  assert.deepEqual(s.chunks, []);
});

Deno.test("progress: NO_COLOR and TERM=dumb silence it", async () => {
  for (
    const env of [
      (n: string) => (n === "NO_COLOR" ? "1" : undefined),
      (n: string) => (n === "TERM" ? "dumb" : undefined),
    ]
  ) {
    const s = new FakeStream();
    await withProgress("x", sleep(50), {
      stream: s,
      isTerminal: true,
      env,
      delayMs: 5,
      intervalMs: 5,
    });
    assert.deepEqual(s.chunks, []);
  }
});

Deno.test("progress: the line is cleared and the error kept when the work fails", async () => {
  const s = new FakeStream();
  await assert.rejects(
    withProgress("x", sleep(50).then(() => Promise.reject(new Error("boom"))), {
      stream: s,
      isTerminal: true,
      env: noEnv,
      delayMs: 5,
      intervalMs: 10,
    }),
    /boom/,
  );
  assert.equal(s.chunks.at(-1), "\r\x1b[2K");
});
